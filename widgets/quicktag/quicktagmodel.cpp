#include "widgets/quicktag/quicktagmodel.h"

#include "core/domain/languagechange.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace demarche {
namespace {

constexpr int NumberedRows = 9;

// Lower case without accents, so that "turkiye" finds "Türkiye".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded();
}

// The word to show for a suggestion: "Russia" suggested by "Russia" needs no reason; by
// "Moscow" it does.
QString reasonFor(const QuickTagEntry &entry, const QuickTagSuggestion &suggestion)
{
    return fold(suggestion.word) == fold(entry.name) ? QString() : suggestion.word;
}

// Whether a word of `text` (or a run of words) begins with `needle`.
bool wordStartsWith(const QString &text, const QString &needle)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool wordStart =
            text.at(i).isLetterOrNumber() && (i == 0 || !text.at(i - 1).isLetterOrNumber());
        if (wordStart && QStringView(text).mid(i).startsWith(needle))
            return true;
    }
    return false;
}

} // namespace

QuickTagModel::QuickTagModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The suggestions' reasons and the tooltips are worded in data().
    onLanguageChange(this, [this]() {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void QuickTagModel::setEntries(const QList<QuickTagEntry> &entries)
{
    m_entries = entries;
    m_folded.clear();
    m_folded.reserve(entries.size());
    for (const QuickTagEntry &entry : entries) {
        Folded folded{fold(entry.name), {}};
        for (const QString &other : entry.alsoMatches)
            folded.alsoMatches.append(fold(other));
        m_folded.append(folded);
    }
    refilter();
}

void QuickTagModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void QuickTagModel::setSuggestions(const QList<QuickTagSuggestion> &suggestions)
{
    m_suggestions.clear();
    for (const QuickTagSuggestion &suggestion : suggestions) {
        if (suggestion.id != 0 && !suggestionFor(suggestion.id))
            m_suggestions.append(suggestion);
    }
    refilter();
}

void QuickTagModel::setCreateText(const QString &text)
{
    m_createText = text;
    if (m_showCreate) {
        const QModelIndex last = index(rowCount() - 1);
        Q_EMIT dataChanged(last, last, {Qt::DisplayRole, Qt::AccessibleTextRole});
    }
}

int QuickTagModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_visible.size()) + (m_showCreate ? 1 : 0);
}

QVariant QuickTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (isCreateRow(row)) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return m_createText.arg(createName());
        case IdRole:
            return qint64(0);
        case NumberRole:
        case DepthRole:
            return 0;
        case SuggestedRole:
            return false;
        case CreateRole:
            return true;
        default:
            return {};
        }
    }

    const QuickTagEntry &entry = m_entries.at(m_visible.at(row));
    const int number = row < NumberedRows ? row + 1 : 0;
    const QuickTagSuggestion *suggestion = suggestionFor(entry.id);
    switch (role) {
    case Qt::DisplayRole:
        return entry.name;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!entry.alsoMatches.isEmpty())
            lines.append(QLocale().createSeparatedList(entry.alsoMatches));
        if (suggestion) {
            lines.append(suggestion->inSelection
                             ? tr("Suggested: the selection says “%1”").arg(suggestion->word)
                             : tr("Suggested: the sentence around the selection says “%1”")
                                   .arg(suggestion->word));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleTextRole: {
        QString text = entry.name;
        if (suggestion) {
            const QString reason = reasonFor(entry, *suggestion);
            if (reason.isEmpty()) {
                text = suggestion->inSelection ? tr("%1, suggested").arg(text)
                                               : tr("%1, suggested by the sentence").arg(text);
            } else {
                text = suggestion->inSelection
                           ? tr("%1, suggested for “%2”").arg(text, reason)
                           : tr("%1, suggested for “%2” in the sentence").arg(text, reason);
            }
        }
        return number > 0 ? tr("%1: %2").arg(QString::number(number), text) : text;
    }
    case Qt::DecorationRole:
    case ColorRole:
        return entry.color;
    case IdRole:
        return entry.id;
    case NumberRole:
        return number;
    case DepthRole:
        return m_depths.at(row);
    case SuggestedRole:
        return suggestion != nullptr;
    case SuggestionWordRole:
        return suggestion ? reasonFor(entry, *suggestion) : QString();
    case CreateRole:
        return false;
    default:
        return {};
    }
}

const QuickTagSuggestion *QuickTagModel::suggestionFor(qint64 id) const
{
    const auto it = std::find_if(m_suggestions.cbegin(), m_suggestions.cend(),
                                 [id](const QuickTagSuggestion &s) { return s.id == id; });
    return it == m_suggestions.cend() ? nullptr : &*it;
}

bool QuickTagModel::isCreateRow(int row) const
{
    return m_showCreate && row == m_visible.size();
}

int QuickTagModel::rowForNumber(int number) const
{
    if (number < 1 || number > NumberedRows || number > m_visible.size())
        return -1;
    return number - 1;
}

int QuickTagModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_entries.at(m_visible.at(row)).id == id)
            return row;
    }
    return -1;
}

const QuickTagEntry *QuickTagModel::entryAt(int row) const
{
    if (row < 0 || row >= m_visible.size())
        return nullptr;
    return &m_entries.at(m_visible.at(row));
}

void QuickTagModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    m_depths.clear();
    const QString needle = fold(m_filter.trimmed());
    bool exact = false;
    if (needle.isEmpty()) {
        // The suggestions first, best first, then the rest of the codebook's tree.
        QList<bool> moved(m_entries.size(), false);
        for (const QuickTagSuggestion &suggestion : std::as_const(m_suggestions)) {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries.at(i).id == suggestion.id && !moved.at(i)) {
                    moved[i] = true;
                    m_visible.append(i);
                    m_depths.append(0);
                    break;
                }
            }
        }
        // A child whose parent moved up loses that step of indentation, so that it never
        // seems to belong to the entry above it.
        QList<bool> movedAtDepth; // of the last entry seen at each depth: its ancestors
        for (int i = 0; i < m_entries.size(); ++i) {
            const int depth = std::max(0, m_entries.at(i).depth);
            movedAtDepth.resize(depth + 1);
            movedAtDepth[depth] = moved.at(i);
            if (moved.at(i))
                continue;
            m_visible.append(i);
            m_depths.append(
                depth
                - int(std::count(movedAtDepth.cbegin(), movedAtDepth.cbegin() + depth, true)));
        }
    } else {
        QList<std::pair<int, int>> ranked; // (rank, entry); stable sort keeps codebook order
        for (int i = 0; i < m_entries.size(); ++i) {
            const int rank = matchRank(i, needle);
            if (rank >= 0)
                ranked.append({rank, i});
            const Folded &folded = m_folded.at(i);
            exact = exact || folded.name == needle || folded.alsoMatches.contains(needle);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &rankedEntry : std::as_const(ranked)) {
            m_visible.append(rankedEntry.second);
            m_depths.append(0); // flat: the matches are not in tree order
        }
    }
    // An entry that merely contains the text ("EU" in "European Union") must not stop
    // the analyst from creating the one they typed; an exact name or alias does.
    m_showCreate = !needle.isEmpty() && !exact;
    endResetModel();
}

int QuickTagModel::matchRank(int entry, const QString &needle) const
{
    const Folded &folded = m_folded.at(entry);
    if (folded.name.startsWith(needle))
        return 0;
    if (wordStartsWith(folded.name, needle))
        return 1;
    const QStringList &others = folded.alsoMatches;
    if (std::any_of(others.cbegin(), others.cend(),
                    [&needle](const QString &o) { return wordStartsWith(o, needle); }))
        return 2;
    if (folded.name.contains(needle))
        return 3;
    if (std::any_of(others.cbegin(), others.cend(),
                    [&needle](const QString &o) { return o.contains(needle); }))
        return 4;
    return -1;
}

} // namespace demarche
