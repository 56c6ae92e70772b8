#include "widgets/codebook/mergedialog.h"

#include "core/models/codebooktreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarche {

MergeDialog::MergeDialog(const CodebookTreeModel &model, qint64 from, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_from(from)
    , m_targets(new QComboBox(this))
    , m_explanation(new QLabel(this))
{
    const CodebookEntry *entry = model.entry(from);
    const QString name = entry ? entry->name : QString();
    setWindowTitle(tr("Merge “%1”").arg(name));

    m_targets->setObjectName(QStringLiteral("mergeTarget"));
    m_targets->setAccessibleName(tr("Merge into"));
    addTargets(0, 0);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("mergeExplanation"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_mergeButton = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_targets, &QComboBox::currentIndexChanged, this, &MergeDialog::updateExplanation);

    auto *form = new QFormLayout;
    form->addRow(tr("Merge “%1” &into:").arg(name), m_targets);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch();
    layout->addWidget(buttons);
    updateExplanation();
}

// The other entries as the tree shows them, children indented under their parent.
void MergeDialog::addTargets(qint64 parent, int depth)
{
    for (int row = 0; row < m_model.rowCount(m_model.indexOfEntry(parent)); ++row) {
        const QModelIndex index = m_model.index(row, 0, m_model.indexOfEntry(parent));
        const qint64 id = m_model.entryIdAt(index);
        if (id != m_from) {
            const CodebookEntry *entry = m_model.entry(id);
            m_targets->addItem(QString(qsizetype(depth) * 2, QChar::Nbsp) + entry->name, id);
            m_targets->setItemData(m_targets->count() - 1, entry->color, Qt::DecorationRole);
        }
        addTargets(id, depth + 1);
    }
}

qint64 MergeDialog::targetId() const
{
    return m_targets->currentData().toLongLong();
}

void MergeDialog::setTargetId(qint64 id)
{
    const int index = m_targets->findData(id);
    if (index >= 0)
        m_targets->setCurrentIndex(index);
}

QString MergeDialog::explanation() const
{
    return m_explanation->text();
}

void MergeDialog::updateExplanation()
{
    const CodebookEntry *from = m_model.entry(m_from);
    const CodebookEntry *into = m_model.entry(targetId());
    m_mergeButton->setEnabled(from && into);
    if (!from || !into) {
        m_explanation->setText(tr("There is no other entry to merge into."));
        return;
    }
    const int claims = m_model.claimCount(m_from);
    QString text;
    if (claims == 0)
        text = tr("No claim uses “%1”; it is deleted.").arg(from->name);
    else if (claims == 1)
        text = tr("The one claim of “%1” will move to “%2”; “%1” is then deleted.")
                   .arg(from->name, into->name);
    else
        text = tr("All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.", nullptr,
                  int(claims))
                   .arg(from->name, into->name);
    if (m_model.rowCount(m_model.indexOfEntry(m_from)) > 0)
        text += QLatin1Char(' ') + tr("Its sub-entries move under “%1”.").arg(into->name);
    m_explanation->setText(text);
}

} // namespace demarche
