#pragma once

#include "widgets/quicktag/quicktagentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace demarche {

// The entries of one quick-tag stage (actors or topics), filtered and numbered.
//
// With no filter the suggested entries come first, best first, then the others in
// codebook order; the first nine rows carry the numbers 1-9. A filter keeps the entries
// whose name, alias or keyword contains it, best matches first (name prefix, then word
// prefix, then alias prefix, then anywhere), numbered 1-9 again in that order. While the
// filter names no entry exactly, a last, unnumbered row offers to create one by that name.
class QuickTagModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickTagModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64; 0 on the create row
        ColorRole,                 // QColor of the swatch
        NumberRole,                // int 1-9, or 0 when the row has no number key
        DepthRole,                 // int indentation; 0 while filtering and when suggested
        SuggestedRole,             // bool
        SuggestionWordRole,        // QString: the word that suggested it; empty when that
                                   // is the name itself, or the row is not suggested
        CreateRole,                // bool: the "Create …" row
    };

    explicit QuickTagModel(QObject *parent = nullptr);

    void setEntries(const QList<QuickTagEntry> &entries);
    const QList<QuickTagEntry> &entries() const { return m_entries; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // Best first, one per entry; an id that is not among the entries is not listed.
    void setSuggestions(const QList<QuickTagSuggestion> &suggestions);
    const QList<QuickTagSuggestion> &suggestions() const { return m_suggestions; }

    // The create row's text, with %1 for the typed name: tr("Create actor “%1”").
    void setCreateText(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    bool isCreateRow(int row) const;
    // True when the filter matches no entry, so only the create row (if any) is listed.
    bool hasNoMatches() const { return m_visible.isEmpty(); }
    // The name the create row would create: the filter, trimmed.
    QString createName() const { return m_filter.trimmed(); }
    // -1 when no row carries that number or id.
    int rowForNumber(int number) const;
    int rowOfId(qint64 id) const;
    const QuickTagEntry *entryAt(int row) const;

private:
    struct Folded
    {
        QString name;
        QStringList alsoMatches;
    };

    void refilter();
    int matchRank(int entry, const QString &needle) const;
    const QuickTagSuggestion *suggestionFor(qint64 id) const;

    QList<QuickTagEntry> m_entries;
    QList<Folded> m_folded; // m_entries' texts, case- and accent-folded once
    QList<int> m_visible;   // indices into m_entries, in display order
    QList<int> m_depths;    // each visible row's indentation
    bool m_showCreate = false;
    QString m_filter;
    QString m_createText;
    QList<QuickTagSuggestion> m_suggestions;
};

} // namespace demarche
