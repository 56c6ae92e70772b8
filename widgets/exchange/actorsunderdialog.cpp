#include "widgets/exchange/actorsunderdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace demarche {
namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int CountRole = Qt::UserRole + 1;
// Deeper trees are cut by the reader too; the dialog only shows what it can.
constexpr int MaxDepth = 64;

int codesBelow(const QdpxCode &code)
{
    int count = 0;
    for (const QdpxCode &child : code.children)
        count += 1 + codesBelow(child);
    return count;
}

} // namespace

ActorsUnderDialog::ActorsUnderDialog(const QString &fileName, const QList<QdpxCode> &codes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_none(new QTreeWidgetItem(m_tree))
    , m_explanation(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCodes(nullptr, codes, QString(), 0);
    m_tree->expandToDepth(0);

    const QdpxCode *likely = likelyActorsCode(codes);
    QTreeWidgetItem *initial = m_none;
    for (int i = 1; likely && i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, PathRole).toString() == likely->name)
            initial = m_tree->topLevelItem(i);
    }
    // Not a code of the file: set apart from them.
    QFont italic = m_none->font(0);
    italic.setItalic(true);
    m_none->setFont(0, italic);
    m_tree->setCurrentItem(initial);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ActorsUnderDialog::updateExplanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);
    retranslateUi();
    resize(520, 460);
}

const QdpxCode *ActorsUnderDialog::likelyActorsCode(const QList<QdpxCode> &codes)
{
    static const QRegularExpression actorish(
        QStringLiteral("^(actors?|speakers?|holders?|akteure?|acteurs?|акторы?|актори?)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QdpxCode &code : codes) {
        if (!code.children.isEmpty() && actorish.match(code.name.trimmed()).hasMatch())
            return &code;
    }
    return nullptr;
}

QString ActorsUnderDialog::actorsUnder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

void ActorsUnderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ActorsUnderDialog::retranslateUi()
{
    setWindowTitle(tr("Import REFI-QDA Project"));
    m_intro->setText(tr("“%1” was made by another program. Which of its codes holds the "
                        "actors? The codes below the one you choose become actors; every "
                        "other code becomes a topic.")
                         .arg(m_fileName));
    //: The first choice in a list of codes: no code holds actors.
    m_none->setText(0, tr("None: every code becomes a topic"));
    updateExplanation();
}

void ActorsUnderDialog::addCodes(QTreeWidgetItem *parent, const QList<QdpxCode> &codes,
                                 const QString &path, int depth)
{
    if (depth >= MaxDepth)
        return;
    for (const QdpxCode &code : codes) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        const QString own = path.isEmpty() ? code.name : path + QLatin1Char('/') + code.name;
        item->setText(0, code.name);
        item->setToolTip(0, own);
        item->setData(0, PathRole, own);
        item->setData(0, CountRole, codesBelow(code));
        addCodes(item, code.children, own, depth + 1);
    }
}

void ActorsUnderDialog::updateExplanation()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item == m_none) {
        m_explanation->setText(tr("Every code becomes a topic. Coded passages become claims "
                                  "of the actor “Unattributed”."));
        return;
    }
    const int below = item->data(0, CountRole).toInt();
    m_explanation->setText(
        tr("%n code(s) below “%1” become actors; the other codes become topics.", nullptr, below)
            .arg(item->text(0)));
}

} // namespace demarche
