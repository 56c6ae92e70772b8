#include "widgets/help/userguidedialog.h"

#include "widgets/help/userguide.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace demarche {
namespace {

constexpr int AnchorRole = Qt::UserRole;

QToolButton *toolButton(QWidget *parent, QStyle::StandardPixmap icon, const QKeySequence &key)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setShortcut(key);
    button->setAutoRaise(true);
    return button;
}

void nameButton(QToolButton *button, const QString &text)
{
    button->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, button->shortcut().toString(QKeySequence::NativeText)));
    button->setAccessibleName(text);
}

// The anchor a heading block carries: the id of its <h2> or <h3>.
QString anchorOf(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty())
            return names.constFirst();
    }
    return {};
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_back(toolButton(this, QStyle::SP_ArrowBack, QKeySequence::Back))
    , m_forward(toolButton(this, QStyle::SP_ArrowForward, QKeySequence::Forward))
    , m_top(new QToolButton(this))
{
    setObjectName(QStringLiteral("userGuide"));
    resize(920, 660);

    m_browser->setObjectName(QStringLiteral("guidePage"));
    m_browser->setOpenExternalLinks(true);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    // Headings wrap rather than scroll sideways.
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setTextElideMode(Qt::ElideNone);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setClearButtonEnabled(true);
    m_findStatus->setObjectName(QStringLiteral("guideFindStatus"));
    m_findStatus->setForegroundRole(QPalette::PlaceholderText);

    m_top->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_top->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_top);
    bar->addStretch(1);
    bar->addWidget(m_findStatus);
    bar->addWidget(m_find, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 670});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this]() {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(findAction);
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this]() { find(false); });
    addAction(findNext);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this]() { find(true); });
    addAction(findPrevious);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_top, &QToolButton::clicked, this, [this]() { showAnchor(QString()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::followSource);
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showAnchor(item->data(AnchorRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showAnchor(item->data(AnchorRole).toString()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this]() { find(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this]() {
        // Searches as the user types, from the top of the page.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        find(false);
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    retranslateUi();
    m_browser->setSource(userGuideUrl());
    fillContents();
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The guide in the new language, at the same section; the pages visited were in
        // the old one.
        const QUrl url = userGuideUrl(currentAnchor());
        if (m_browser->source().adjusted(QUrl::RemoveFragment)
            != url.adjusted(QUrl::RemoveFragment)) {
            m_browser->setSource(url);
            m_browser->clearHistory();
            fillContents();
            followSource(url);
        }
    }
    QDialog::changeEvent(event);
}

void UserGuideDialog::retranslateUi()
{
    setWindowTitle(tr("Demarche User Guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_contents->setAccessibleName(tr("Contents"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setAccessibleName(tr("Find in the guide"));
    //: Go back to the section read before.
    nameButton(m_back, tr("Back"));
    nameButton(m_forward, tr("Forward"));
    m_top->setToolTip(tr("Contents of the guide"));
    m_top->setAccessibleName(tr("Top of the guide"));
    if (!m_findStatus->text().isEmpty())
        m_findStatus->setText(tr("Not found"));
}

void UserGuideDialog::showAnchor(const QString &anchor)
{
    const QUrl url = userGuideUrl(anchor);
    if (m_browser->source() == url && !anchor.isEmpty()) {
        m_browser->scrollToAnchor(anchor); // the reader may have scrolled away since
        return;
    }
    m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

QString UserGuideDialog::currentAnchor() const
{
    return m_browser->source().fragment();
}

void UserGuideDialog::fillContents()
{
    m_contents->clear();
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level != 2 && level != 3)
            continue;
        const QString anchor = anchorOf(block);
        if (anchor.isEmpty())
            continue;
        auto *item = new QListWidgetItem(block.text().simplified(), m_contents);
        item->setData(AnchorRole, anchor);
        if (level == 3) {
            item->setText(QStringLiteral("    ") + item->text());
        } else {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
}

void UserGuideDialog::followSource(const QUrl &source)
{
    // The URL that arrives: the browser may not have taken it as its source() yet.
    const QString anchor = source.fragment();
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        if (item->data(AnchorRole).toString() == anchor) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(item);
            return;
        }
    }
    m_contents->clearSelection();
}

void UserGuideDialog::find(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wraps round once, as find in a browser does.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
}

} // namespace demarche
