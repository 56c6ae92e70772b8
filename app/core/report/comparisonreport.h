#pragma once

#include "core/analysis/comparison.h"
#include "core/domain/document.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace demarche {

// A printable account of a comparison: the title, the date, the filters it was made with,
// a table of positions per topic and, per topic, each side's quotes with their sources.
// The same self-contained HTML is saved as is or laid out as an A4 PDF.
class ComparisonReport final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    // `documents` are the project's documents (a listing without texts will do); they give
    // the evidence its titles, sources and dates.
    ComparisonReport(Comparison comparison, const QList<Document> &documents);

    void setProjectName(const QString &name) { m_projectName = name; }
    void setReportDate(const QDate &date) { m_reportDate = date; } // today by default

    QString title() const; // "Positions of A and B"
    QString toHtml() const;

    // Both write `path` as io/outputfile.h says (a file is replaced only once complete, a
    // pipe is streamed into, the open project is refused) and name the path when they fail. The PDF
    // needs a QGuiApplication (for fonts) and says so if there is none.
    Status writeHtml(const QString &path) const;
    Status writePdf(const QString &path) const;

private:
    QString filtersHtml() const;
    QString summaryTableHtml() const;
    QString statusText(const TopicComparison &row) const;
    QString topicHtml(const TopicComparison &row) const;
    QString sideHtml(const Actor &actor, const ActorPosition &side) const;
    QString claimHtml(const Claim &claim, const Actor &side) const;
    QString topicName(const Topic &topic) const;
    static QString scaleText(const Topic &topic);
    static QString scaleLine(const Topic &topic);

    Comparison m_comparison;
    QHash<DocumentId, Document> m_documents;
    QString m_projectName;
    QDate m_reportDate;
};

} // namespace demarche
