// CodebookPage: the edits behind its actions. Each becomes one undo command through
// the model; a refusal has already been reported by the project.
#include "core/models/codebooktreemodel.h"
#include "core/models/modelroles.h"
#include "widgets/codebook/codebookpage.h"
#include "widgets/codebook/mergedialog.h"

#include <QColorDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace demarche {

void CodebookPage::addEntry(qint64 parent)
{
    if (m_readOnly)
        return;
    const qint64 id = m_model.addEntry(m_model.uniqueName(m_texts.newEntry), parent);
    if (id == 0)
        return;
    selectEntry(id);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(m_model.indexOfEntry(id, m_model.column(CodebookTreeModel::Field::Name)));
}

void CodebookPage::moveCurrent(int step)
{
    const qint64 id = currentEntry();
    if (m_readOnly || !m_model.canMove(id, step))
        return;
    // The layout change keeps the selection on the moved entry.
    m_model.moveEntry(id, step);
}

void CodebookPage::mergeCurrent()
{
    const qint64 id = currentEntry();
    if (m_readOnly || id == 0)
        return;
    mergeInto(id);
}

bool CodebookPage::mergeInto(qint64 from)
{
    MergeDialog dialog(m_model, from, this);
    if (dialog.exec() != QDialog::Accepted || dialog.targetId() == 0)
        return false;
    const qint64 into = dialog.targetId();
    if (!m_model.mergeEntry(from, into))
        return false;
    selectEntry(into);
    return true;
}

void CodebookPage::deleteCurrent()
{
    const qint64 id = currentEntry();
    const CodebookEntry *entry = m_model.entry(id);
    if (m_readOnly || !entry)
        return;
    const int claims = m_model.claimCount(id);
    if (claims == 0) {
        m_model.removeEntry(id);
        return;
    }
    // Deleting would orphan the claims: offer to move them instead.
    QMessageBox box(QMessageBox::Warning, tr("Delete “%1”").arg(entry->name),
                    claims == 1 ? tr("“%1” is used by one claim.").arg(entry->name)
                                : tr("“%1” is used by %2 claims.").arg(entry->name).arg(claims),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Reassign the claims to another entry, which deletes “%1”, or cancel.")
            .arg(entry->name));
    QPushButton *reassign = box.addButton(tr("Reassign to…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reassign);
    box.exec();
    if (box.clickedButton() == reassign)
        mergeInto(id);
}

void CodebookPage::chooseColour(qint64 id)
{
    const CodebookEntry *entry = m_model.entry(id);
    if (m_readOnly || !entry)
        return;
    QColorDialog dialog(entry->color, this);
    dialog.setWindowTitle(tr("Colour of “%1”").arg(entry->name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The entry may have gone while the dialog was open (an undo from elsewhere).
    const QModelIndex index = m_model.indexOfEntry(id);
    if (index.isValid())
        m_model.setData(index, dialog.selectedColor(), roles::ColorRole);
}

} // namespace demarche
