#include "widgets/quicktag/quicktagmodel.h"

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
{}

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

void QuickTagModel::setSuggestedId(qint64 id)
{
    if (id == m_suggestedId)
        return;
    const int oldRow = rowOfId(m_suggestedId);
    m_suggestedId = id;
    for (const int row : {oldRow, rowOfId(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {SuggestedRole, Qt::AccessibleTextRole});
    }
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
    const bool suggested = m_suggestedId != 0 && entry.id == m_suggestedId;
    switch (role) {
    case Qt::DisplayRole:
        return entry.name;
    case Qt::ToolTipRole:
        return entry.alsoMatches.isEmpty()
                   ? QVariant()
                   : QVariant(QLocale().createSeparatedList(entry.alsoMatches));
    case Qt::AccessibleTextRole: {
        QString text = entry.name;
        if (suggested)
            text = tr("%1, suggested").arg(text);
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
        return m_filter.trimmed().isEmpty() ? entry.depth : 0;
    case SuggestedRole:
        return suggested;
    case CreateRole:
        return false;
    default:
        return {};
    }
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
    const QString needle = fold(m_filter.trimmed());
    QList<std::pair<int, int>> ranked; // (rank, entry); stable sort keeps codebook order
    bool exact = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        const int rank = needle.isEmpty() ? 0 : matchRank(i, needle);
        if (rank >= 0)
            ranked.append({rank, i});
        const Folded &folded = m_folded.at(i);
        exact = exact || folded.name == needle || folded.alsoMatches.contains(needle);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &rankedEntry : std::as_const(ranked))
        m_visible.append(rankedEntry.second);
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
