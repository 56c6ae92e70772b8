#include "core/report/comparisonreport.h"

#include "core/domain/topicscale.h"
#include "core/domain/vocabulary.h"
#include "core/io/outputfile.h"
#include "core/report/pdfdocument.h"
#include "core/report/reportformat.h"

#include <QIODevice>
#include <QStringList>

namespace demarche {
namespace {

using reportformat::html;

// Kept short and plain so that the PDF (QTextDocument's CSS subset) and a browser's print
// look alike; @page and page-break rules only matter to browsers.
const char *const styleSheet = R"(
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 10pt;
       color: #1f2328; }
h1 { font-size: 18pt; font-weight: bold; margin: 0 0 2px 0; }
h2 { font-size: 13pt; font-weight: bold; margin: 26px 0 6px 0; color: #1f2328;
     page-break-after: avoid; }
h3 { font-size: 10.5pt; font-weight: bold; margin: 12px 0 2px 0; page-break-after: avoid; }
p { margin: 0 0 4px 0; }
.subtitle { color: #57606a; margin: 0 0 14px 0; }
.note { color: #57606a; font-size: 8pt; margin: 6px 0 0 0; }
table { border-collapse: collapse; }
th { background-color: #eef1f4; text-align: left; font-weight: bold; }
th, td { border: 1px solid #c9d1d9; padding: 4px 8px; vertical-align: top; }
td.number, th.number { text-align: right; }
table.filters td { border: none; padding: 1px 16px 1px 0; }
table.filters td.label { color: #57606a; }
tr { page-break-inside: avoid; }
.parent { color: #57606a; font-weight: normal; font-size: 10pt; }
.summary { color: #57606a; margin: 0 0 4px 0; }
.outcome { color: #57606a; margin: 0 0 2px 0; }
.quote { margin: 8px 0 1px 18px; }
.speaker { font-weight: bold; }
.meta { margin: 0 0 2px 18px; color: #57606a; font-size: 8pt; }
.empty { margin: 2px 0 2px 18px; color: #57606a; font-style: italic; }
.scale { color: #57606a; font-size: 8pt; font-weight: normal; }
)";

QString cell(const QString &content, bool number = false)
{
    return (number ? QLatin1String("<td class=\"number\">") : QLatin1String("<td>")) + content
           + QLatin1String("</td>");
}

QString headerCell(const QString &content, bool number = false)
{
    return (number ? QLatin1String("<th class=\"number\">") : QLatin1String("<th>")) + content
           + QLatin1String("</th>");
}

QString stanceSummary(const QMap<Stance, int> &counts)
{
    QStringList parts;
    for (const Stance stance : vocabulary::allStances()) {
        if (const int count = counts.value(stance); count > 0)
            parts.append(vocabulary::label(stance) + QLatin1Char(' ') + reportformat::count(count));
    }
    return parts.join(QLatin1String(", "));
}

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}

Error writeError(const QString &path, const QString &reason)
{
    return ioError(ComparisonReport::tr("Could not write the report to %1: %2")
                       .arg(OutputFile::displayName(path), reason));
}

} // namespace

ComparisonReport::ComparisonReport(Comparison comparison, const QList<Document> &documents)
    : m_comparison(std::move(comparison))
    , m_reportDate(QDate::currentDate())
{
    m_documents.reserve(documents.size());
    for (const Document &document : documents) {
        Document listed = document;
        listed.text.clear(); // only the details are shown; a text may be large
        m_documents.insert(listed.id, listed);
    }
}

QString ComparisonReport::title() const
{
    return tr("Positions of %1 and %2").arg(m_comparison.a.name, m_comparison.b.name);
}

QString ComparisonReport::toHtml() const
{
    QString page = QLatin1String("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<title>")
                   + html(title()) + QLatin1String("</title>\n<style>") + QLatin1String(styleSheet)
                   + QLatin1String("</style>\n</head>\n<body>\n");
    page += QLatin1String("<h1>") + html(title()) + QLatin1String("</h1>\n");
    QString subtitle = tr("Report of %1").arg(reportformat::date(m_reportDate));
    if (!m_projectName.isEmpty())
        subtitle = tr("Project %1 \u00b7 report of %2")
                       .arg(m_projectName, reportformat::date(m_reportDate));
    page += QLatin1String("<p class=\"subtitle\">") + html(subtitle) + QLatin1String("</p>\n");
    page += filtersHtml();
    page += summaryTableHtml();
    for (const TopicComparison &row : m_comparison.topics)
        page += topicHtml(row);
    page += QLatin1String("</body>\n</html>\n");
    return page;
}

QString ComparisonReport::filtersHtml() const
{
    const ClaimScope &scope = m_comparison.scope;
    QStringList topics;
    for (const Topic &topic : m_comparison.allTopics) {
        if (m_comparison.onlyTopics.contains(topic.id))
            topics.append(topic.name);
    }
    QStringList documents;
    for (const DocumentId id : scope.documents) {
        const Document document = m_documents.value(id);
        documents.append(document.title.isEmpty() ? tr("document %1").arg(id.value())
                                                  : document.title);
    }
    QString dates = tr("any date");
    const QString from = scope.from ? reportformat::date(*scope.from) : QString();
    const QString to = scope.to ? reportformat::date(*scope.to) : QString();
    if (scope.from && scope.to)
        dates = tr("from %1 to %2; undated documents left out").arg(from, to);
    else if (scope.from)
        dates = tr("from %1 on; undated documents left out").arg(from);
    else if (scope.to)
        dates = tr("until %1; undated documents left out").arg(to);
    QStringList stances;
    for (const Stance stance : scope.stances)
        stances.append(vocabulary::label(stance));

    const QList<std::pair<QString, QString>> lines{
        {tr("Topics"), topics.isEmpty() ? tr("all topics") : topics.join(QLatin1String(", "))},
        {tr("Documents"),
         documents.isEmpty() ? tr("all documents") : documents.join(QLatin1String("; "))},
        {tr("Publication dates"), dates},
        {tr("Stances"), stances.isEmpty() ? tr("all stances") : stances.join(QLatin1String(", "))},
        {tr("Members' claims"), m_comparison.rollUp
                                    ? tr("counted for their actor (a minister for his state)")
                                    : tr("not counted; only each actor's own claims")},
    };
    QString text = QLatin1String("<table class=\"filters\" cellspacing=\"0\">\n");
    for (const auto &[label, value] : lines) {
        text += QLatin1String("<tr><td class=\"label\">") + html(label) + QLatin1String("</td><td>")
                + html(value) + QLatin1String("</td></tr>\n");
    }
    return text + QLatin1String("</table>\n");
}

QString ComparisonReport::summaryTableHtml() const
{
    const Comparison &c = m_comparison;
    QString text =
        QLatin1String("<h2>") + html(tr("Positions by topic")) + QLatin1String("</h2>\n");
    if (c.topics.isEmpty()) {
        return text + QLatin1String("<p class=\"empty\">")
               + html(tr("Neither actor has claims on these topics.")) + QLatin1String("</p>\n");
    }
    text +=
        QLatin1String("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>")
        + headerCell(html(tr("Topic")))
        + headerCell(
            reportformat::actorLabel(c.a) + QLatin1String("<br>") + html(tr("mean position")), true)
        + headerCell(
            reportformat::actorLabel(c.b) + QLatin1String("<br>") + html(tr("mean position")), true)
        + headerCell(html(tr("Distance")), true) + headerCell(html(tr("Status")))
        + headerCell(html(tr("Claims")) + QLatin1String("<br>")
                         + html(tr("%1 / %2").arg(c.a.name, c.b.name)),
                     true)
        + QLatin1String("</tr>\n");
    for (const TopicComparison &row : c.topics) {
        text += QLatin1String("<tr>") + cell(topicName(row.topic) + scaleLine(row.topic))
                + cell(reportformat::position(row.a.meanPosition), true)
                + cell(reportformat::position(row.b.meanPosition), true)
                + cell(reportformat::position(row.distance), true) + cell(html(statusText(row)))
                + cell(reportformat::count(row.a.claims.size()) + QLatin1String(" / ")
                           + reportformat::count(row.b.claims.size()),
                       true)
                + QLatin1String("</tr>\n");
    }
    text += QLatin1String("</table>\n<p class=\"note\">")
            + html(tr("Mean positions are weighted by salience, on each topic's scale from "
                      "−100 to 100 (its ends under its name); claims without a position "
                      "count in the claims but not in the mean. Topics where neither actor "
                      "spoke are left out."))
            + QLatin1String("</p>\n");
    return text;
}

QString ComparisonReport::topicName(const Topic &topic) const
{
    QString name = html(topic.name);
    if (!topic.parent.isValid())
        return name;
    for (const Topic &parent : m_comparison.allTopics) {
        if (parent.id == topic.parent) {
            name += QLatin1String(" <span class=\"parent\">(")
                    + html(tr("under %1").arg(parent.name)) + QLatin1String(")</span>");
            break;
        }
    }
    return name;
}

// A defined scale under the topic's name in the summary table; an undefined one is said once,
// in the topic's section, rather than on every row.
QString ComparisonReport::scaleLine(const Topic &topic)
{
    if (!topic.hasScale())
        return {};
    return QLatin1String("<br><span class=\"scale\">") + html(topicscale::summary(topic))
           + QLatin1String("</span>");
}

// "Scale: −100: … · +100: …", what the positions below are read against.
QString ComparisonReport::scaleText(const Topic &topic)
{
    if (!topic.hasScale())
        return tr("Scale not defined");
    QString text = tr("Scale: %1").arg(topicscale::summary(topic));
    if (!topic.scaleNote.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(topic.scaleNote.simplified());
    return text;
}

QString ComparisonReport::statusText(const TopicComparison &row) const
{
    switch (row.status) {
    case ComparisonStatus::Both:
        return tr("both spoke");
    case ComparisonStatus::OnlyA:
        return tr("only %1").arg(m_comparison.a.name);
    case ComparisonStatus::OnlyB:
        return tr("only %1").arg(m_comparison.b.name);
    }
    return {};
}

QString ComparisonReport::topicHtml(const TopicComparison &row) const
{
    // The outcome again under the heading, so that the evidence reads without the table.
    QString outcome = statusText(row);
    if (row.distance)
        outcome = tr("%1; distance %2").arg(outcome, reportformat::position(row.distance));
    return QLatin1String("<h2>") + topicName(row.topic)
           + QLatin1String("</h2>\n")
           // One paragraph for the scale and the outcome: the PDF keeps a heading with the
           // paragraph under it, so neither line can be left behind at a page's end.
           + QLatin1String(R"(<p class="outcome"><span class="scale">)")
           + html(scaleText(row.topic)) + QLatin1String("</span><br>") + html(outcome)
           + QLatin1String("</p>\n") + sideHtml(m_comparison.a, row.a)
           + sideHtml(m_comparison.b, row.b);
}

QString ComparisonReport::sideHtml(const Actor &actor, const ActorPosition &side) const
{
    QString text =
        QLatin1String("<h3>") + reportformat::actorLabel(actor) + QLatin1String("</h3>\n");
    if (side.claims.isEmpty()) {
        return text + QLatin1String("<p class=\"empty\">") + html(tr("No claims on this topic."))
               + QLatin1String("</p>\n");
    }
    // "claims: 4" rather than a plural form, which English would need a catalogue for.
    QStringList summary{tr("claims: %1").arg(side.claims.size())};
    if (side.meanPosition)
        summary.append(tr("mean position %1").arg(reportformat::position(side.meanPosition)));
    summary.append(stanceSummary(side.stanceCounts));
    text += QLatin1String("<p class=\"summary\">") + html(summary.join(separator()))
            + QLatin1String("</p>\n");
    for (const Claim &claim : side.claims)
        text += claimHtml(claim, actor);
    return text;
}

QString ComparisonReport::claimHtml(const Claim &claim, const Actor &side) const
{
    const Document document = m_documents.value(claim.document);
    QStringList meta{vocabulary::label(claim.stance)};
    if (document.date.isValid())
        meta.append(reportformat::date(document.date));
    else
        meta.append(tr("undated"));
    if (!document.source.isEmpty())
        meta.append(document.source);
    if (!document.title.isEmpty())
        meta.append(document.title);
    if (const int page = pageAt(document.pages, claim.start); page > 0)
        //: The page of the article a quote is on: "p. 3"
        meta.append(tr("p. %1").arg(page));
    if (claim.position)
        meta.append(tr("position %1, salience %2")
                        .arg(reportformat::position(*claim.position))
                        .arg(claim.salience));
    // A member's claim counted for its actor names its speaker: "Lavrov: “…”".
    QString speaker;
    if (const Actor *member = memberSpeaker(claim, side, m_comparison.actors))
        speaker = QLatin1String("<span class=\"speaker\">") + html(tr("%1:").arg(member->name))
                  + QLatin1String("</span> ");
    //: A quote from an article, in this language's quotation marks
    const QString quoted = tr("\u201c%1\u201d").arg(claim.quote);
    return QStringLiteral("<p class=\"quote\">") + speaker + html(quoted)
           + QStringLiteral("</p>\n<p class=\"meta\">") + html(meta.join(separator()))
           + QLatin1String("</p>\n");
}

Status ComparisonReport::writeHtml(const QString &path) const
{
    OutputFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    const QByteArray bytes = toHtml().toUtf8();
    if (file.device()->write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancel();
        return writeError(path, reason);
    }
    return file.commit();
}

Status ComparisonReport::writePdf(const QString &path) const
{
    return writeHtmlAsPdf(toHtml(), path, title());
}

} // namespace demarche
