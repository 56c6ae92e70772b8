#include "core/models/documentlistmodel.h"

#include "core/domain/languagechange.h"
#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/models/newtexts.h"
#include "core/project/project.h"

#include <algorithm>

namespace demarche {
namespace {

bool byId(const Document &a, const Document &b)
{
    return a.id < b.id;
}

} // namespace

DocumentListModel::DocumentListModel(const Project &project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_documents(project.documents())
{
    connect(&project, &Project::documentAdded, this, &DocumentListModel::addDocument);
    connect(&project, &Project::documentChanged, this, &DocumentListModel::changeDocument);
    connect(&project, &Project::claimCountChanged, this, &DocumentListModel::changeDocument);
    connect(&project, &Project::documentRemoved, this, &DocumentListModel::removeDocument);
    connect(&project, &Project::reloaded, this, &DocumentListModel::reload);
    // Headers, tooltips and dates read in the new language.
    onLanguageChange(this, [this]() { announceNewTexts(*this); });
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return document.title;
        case DateColumn:
            return document.date.isValid() ? displayformat::date(document.date) : QString();
        case SourceColumn:
            return document.source;
        case ClaimsColumn:
            return document.claimCount;
        default:
            return {};
        }
    case roles::SortRole:
        switch (index.column()) {
        case DateColumn:
            return document.date; // an unset date is the smallest
        case ClaimsColumn:
            return document.claimCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ClaimsColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ToolTipRole:
        return toolTip(document);
    case roles::DocumentIdRole:
        return QVariant::fromValue(document.id);
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case ClaimsColumn:
        return tr("Claims");
    default:
        return {};
    }
}

QModelIndex DocumentListModel::indexOf(DocumentId id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

Document DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row) : Document();
}

int DocumentListModel::rowOf(DocumentId id) const
{
    Document key;
    key.id = id;
    const auto found = std::lower_bound(m_documents.cbegin(), m_documents.cend(), key, byId);
    if (found == m_documents.cend() || found->id != id)
        return -1;
    return int(found - m_documents.cbegin());
}

void DocumentListModel::addDocument(const Document &document)
{
    if (rowOf(document.id) >= 0)
        return;
    // A document put back by undo returns to its old place.
    const auto at = std::lower_bound(m_documents.cbegin(), m_documents.cend(), document, byId);
    const int row = int(at - m_documents.cbegin());
    beginInsertRows({}, row, row);
    m_documents.insert(row, document);
    m_documents[row].text.clear();
    endInsertRows();
}

void DocumentListModel::changeDocument(const Document &document)
{
    const int row = rowOf(document.id);
    if (row < 0)
        return;
    m_documents[row] = document;
    m_documents[row].text.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DocumentListModel::removeDocument(const Document &document)
{
    const int row = rowOf(document.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_documents.removeAt(row);
    endRemoveRows();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_documents = m_project.documents();
    endResetModel();
}

QString DocumentListModel::toolTip(const Document &document)
{
    QStringList lines;
    lines.append(document.title);
    if (!document.fileName.isEmpty())
        lines.append(tr("File: %1").arg(document.fileName));
    if (!document.url.isEmpty())
        lines.append(tr("URL: %1").arg(document.url));
    if (document.importedAt.isValid()) {
        lines.append(tr("Imported: %1").arg(displayformat::dateTime(document.importedAt)));
    }
    return lines.join(u'\n');
}

} // namespace demarche
