#include "core/commands/changeclaimcommand.h"
#include "core/commands/removeclaimscommand.h"
#include "core/project/projectselection.h"
#include "core/text/textindex.h"
#include "support/projectfixture.h"
#include "widgets/article/articlehighlighter.h"
#include "widgets/article/articleview.h"
#include "widgets/article/claimhighlighter.h"
#include "widgets/article/claimtooltip.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>
#include <QUndoStack>

#include <tuple>

using namespace demarche;

namespace {

// Three paragraphs; the last starts with an emoji, two UTF-16 units for one code point.
const QString articleText = QStringLiteral(
    "Moscow demands guarantees on neutrality.\n\n"
    "Washington asks for flexibility and restored flights between the two capitals, "
    "a long sentence that the reading column wraps over more than one line on screen.\n\n"
    "🙂 Kyiv rejects any deal.");

// The holders, each in its colour.
const QList<std::pair<QString, QColor>> holders = {
    {QStringLiteral("Russia"), QColor(0xe1, 0x57, 0x59)},
    {QStringLiteral("United States"), QColor(0x4e, 0x79, 0xa7)},
    {QStringLiteral("European Union"), QColor(0x59, 0xa1, 0x4f)},
    {QStringLiteral("Ukraine"), QColor(0xed, 0xc9, 0x48)},
};

// [start, end) of the first `quote` in the article, in code points.
std::pair<qint64, qint64> spanOf(const QString &quote)
{
    const qsizetype utf16 = articleText.indexOf(quote);
    Q_ASSERT(utf16 >= 0);
    const TextIndex index(articleText);
    return {index.toCodePoint(utf16), index.toCodePoint(utf16 + quote.size())};
}

int at(const QString &needle)
{
    return int(articleText.indexOf(needle));
}

} // namespace

class TestArticleView final : public QObject, private ProjectFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();

    void showsEmptyStateWithoutArticle();
    void showsTitleSourceAndDate();
    void layersOverlappingClaims();
    void highlightsClaimAcrossParagraphs();
    void codePointOffsetsAfterEmoji();
    void selectedClaimIsMarked();
    void keyboardSelectionSnapsToWords();
    void exactSelectionWithAlt();
    void contextMenuOffersTheGivenActions();
    void clickActivatesInnermostClaim();
    void escapeDropsTheSelectionThenTheClaim();
    void addUpdateRemoveRepaint();
    void refreshColorsRepaints();
    void revealClaimMovesCaret();
    void tooltipDescribesEveryClaimUnderMouse();
    void readingColumnAndLineSpacing();
    void cueHookMergesWithClaims();
    void longArticleHighlightsWhatIsShownFirst();
    void cuesUnderlineUnderClaims_data();
    void cuesUnderlineUnderClaims();
    void selectedClaimUnderlineWinsOverCue();
    void aliasEditAddsCueAndUndoRemovesIt();
    void renamingMovesTheCue();
    void recolouringRepaintsTheCue_data();
    void recolouringRepaintsTheCue();
    void cuesCanBeHidden();
    void tooltipNamesTheCue_data();
    void tooltipNamesTheCue();

private:
    QTextLayout::FormatRange formatAt(int position) const;
    QColor backgroundAt(int position) const;
    // How far a background stands out from the page (the sum of the channel differences).
    int depth(QColor background) const;
    QPoint pointOf(int position) const;
    void selectByKeyboard(int from, int count);
    // A claim on the first `quote` of the article by the `holder`-th holder (from 1).
    ClaimId addClaimOn(int holder, const QString &quote);
    // Moves a claim to the first `quote`, by the `holder`-th holder.
    void moveClaim(ClaimId id, int holder, const QString &quote);
    void select(ClaimId id) { project().selection().setCurrentClaim(id); }
    Claim storedClaim(ClaimId id) const { return m_project->store().claim(id).value(); }
    // Gives the `holder`-th holder (from 1) these aliases, or this name, through the
    // codebook's undo command.
    void setAliases(int holder, const QStringList &aliases);
    void rename(int holder, const QString &name);
    bool hasCue(int position) const;
    QColor cueColorAt(int position) const { return formatAt(position).format.underlineColor(); }
    // A cue in this colour, as a light page shows it.
    static QColor cueColor(QColor color) { return ArticleHighlighter::cueColor(color, false); }
    QColor holderColor(int holder) const { return holders.at(holder - 1).second; }

    QTemporaryDir m_dir;
    int m_projects = 0;
    QList<ActorId> m_holders;
    DocumentId m_document;
    QList<ClaimId> m_claims;
    ArticleView *m_view = nullptr;
};

void TestArticleView::init()
{
    auto created =
        Project::create(m_dir.filePath(QStringLiteral("t%1.demarche").arg(++m_projects)));
    QVERIFY(created);
    m_project = std::move(created).value();
    m_holders.clear();
    for (const auto &[name, color] : holders) {
        Actor actor;
        actor.name = name;
        actor.color = color;
        auto *command = new AddActorCommand(project(), actor);
        QVERIFY(project().execute(command));
        m_holders.append(command->entryId());
    }
    m_document = addDocument(QStringLiteral("Ministers meet on the sidelines of the forum"),
                             articleText, QDate(2024, 3, 5), QStringLiteral("Wire service"));
    m_claims = {
        addClaimOn(1, QStringLiteral("demands guarantees")),
        addClaimOn(2, QStringLiteral("guarantees on neutrality")),
        addClaimOn(3, QStringLiteral("neutrality.\n\nWashington asks")),
        addClaimOn(4, QStringLiteral("Kyiv rejects")),
    };

    m_view = new ArticleView;
    m_view->resize(900, 700);
    m_view->setProject(m_project.get());
    project().selection().setCurrentDocument(m_document);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->textEdit()->setFocus();
}

void TestArticleView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_project.reset();
}

ClaimId TestArticleView::addClaimOn(int holder, const QString &quote)
{
    const auto [start, end] = spanOf(quote);
    Claim claim;
    claim.document = m_document;
    claim.start = start;
    claim.end = end;
    claim.holder = m_holders.at(holder - 1);
    claim.topic = project().topics().first().id;
    auto *command = new AddClaimCommand(project(), claim);
    if (!project().execute(command))
        qFatal("cannot add a claim on %s", qPrintable(quote));
    return command->claimId();
}

void TestArticleView::moveClaim(ClaimId id, int holder, const QString &quote)
{
    const Claim before = storedClaim(id);
    Claim after = before;
    std::tie(after.start, after.end) = spanOf(quote);
    after.holder = m_holders.at(holder - 1);
    if (!project().execute(new ChangeClaimCommand(project(), before, after)))
        qFatal("cannot move a claim to %s", qPrintable(quote));
}

QTextLayout::FormatRange TestArticleView::formatAt(int position) const
{
    const QTextBlock block = m_view->textEdit()->document()->findBlock(position);
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length)
            return range;
    }
    return {};
}

QColor TestArticleView::backgroundAt(int position) const
{
    const QTextCharFormat format = formatAt(position).format;
    return format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color()
                                                            : QColor();
}

int TestArticleView::depth(QColor background) const
{
    const QColor page = m_view->textEdit()->palette().color(QPalette::Base);
    return std::abs(background.red() - page.red()) + std::abs(background.green() - page.green())
           + std::abs(background.blue() - page.blue());
}

// The middle of the character at `position`, in viewport coordinates.
QPoint TestArticleView::pointOf(int position) const
{
    QTextCursor cursor(m_view->textEdit()->document());
    cursor.setPosition(position);
    const QRect before = m_view->textEdit()->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = m_view->textEdit()->cursorRect(cursor);
    return QPoint((before.x() + after.x()) / 2, before.center().y());
}

void TestArticleView::selectByKeyboard(int from, int count)
{
    QPlainTextEdit *edit = m_view->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(from);
    edit->setTextCursor(cursor);
    for (int i = 0; i < count; ++i)
        QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
}

// A long article opens with its first screens highlighted; the rest is highlighted in idle
// moments, and what scrolls into view is highlighted before it is shown.
void TestArticleView::longArticleHighlightsWhatIsShownFirst()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral(
                    "Paragraph %1 is filler text of some length, to make the article long.\n\n")
                    .arg(i);
    const qsizetype middle = text.indexOf(QStringLiteral("Paragraph 200 "));
    text += QStringLiteral("The last word on Kyiv.");
    const qsizetype last = text.indexOf(QStringLiteral("The last word"));
    const DocumentId document =
        addDocument(QStringLiteral("Long"), text, QDate(2024, 3, 6), QStringLiteral("Wire"));
    for (const qsizetype start : {middle, last}) {
        Claim claim;
        claim.document = document;
        claim.start = start;
        claim.end = start + 13;
        claim.holder = m_holders.first();
        claim.topic = project().topics().first().id;
        QVERIFY(project().execute(new AddClaimCommand(project(), claim)));
    }
    project().selection().setCurrentDocument(document);
    QCOMPARE(m_view->textEdit()->toPlainText(), text);
    QVERIFY2(!backgroundAt(int(middle)).isValid(), "far paragraphs wait for an idle moment");
    QVERIFY(!backgroundAt(int(last)).isValid());

    QScrollBar *bar = m_view->textEdit()->verticalScrollBar();
    bar->setValue(bar->maximum()); // no event loop in between: highlighted as it scrolls in
    QVERIFY(backgroundAt(int(last)).isValid());
    QTRY_VERIFY(backgroundAt(int(middle)).isValid());
}

void TestArticleView::showsEmptyStateWithoutArticle()
{
    QLabel *empty = nullptr;
    const QList<QLabel *> labels = m_view->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("import one")))
            empty = label;
    }
    if (!empty)
        QFAIL("no empty state label");
    QVERIFY(!empty->isVisible());
    QVERIFY(m_view->textEdit()->isVisible());
    QCOMPARE(m_view->documentId(), m_document);

    project().selection().setCurrentDocument(DocumentId());
    QVERIFY(empty->isVisible());
    QVERIFY(!m_view->textEdit()->isVisible());
    QVERIFY(!m_view->documentId().isValid());
    QVERIFY(m_view->textEdit()->document()->isEmpty());
    QVERIFY(!m_view->selectedSpan(false));
    QVERIFY(empty->alignment() & Qt::AlignHCenter);
}

void TestArticleView::showsTitleSourceAndDate()
{
    const QList<QLabel *> labels = m_view->findChildren<QLabel *>();
    QLabel *title = nullptr;
    QLabel *details = nullptr;
    for (QLabel *label : labels) {
        if (label->text() == QStringLiteral("Ministers meet on the sidelines of the forum"))
            title = label;
        if (label->text().startsWith(QStringLiteral("Wire service · ")))
            details = label;
    }
    if (!title || !details)
        QFAIL("no title or no source and date");
    QVERIFY(title->wordWrap());
    QVERIFY(title->font().pointSizeF() > details->font().pointSizeF());
    QVERIFY(details->text().contains(QStringLiteral("2024")));
    QVERIFY(!m_view->textEdit()->accessibleName().isEmpty());
    QVERIFY(!title->parentWidget()->accessibleName().isEmpty());
}

void TestArticleView::layersOverlappingClaims()
{
    const QColor onlyA = backgroundAt(at(QStringLiteral("demands")));
    const QColor both = backgroundAt(at(QStringLiteral("guarantees")));
    const QColor onlyB = backgroundAt(at(QStringLiteral(" on ")));
    QVERIFY(onlyA.isValid());
    QVERIFY(onlyB.isValid());
    QVERIFY(both.isValid());
    QVERIFY(onlyA != onlyB);
    QVERIFY(both != onlyA);
    QVERIFY(both != onlyB);
    // Layers add up: the overlap stands out from the page more than either claim alone.
    QVERIFY(depth(both) > depth(onlyA) + 20);
    QVERIFY(depth(both) > depth(onlyB) + 20);
    // One claim alone shows its holder's hue.
    QVERIFY(onlyA.red() > onlyA.blue());
    QVERIFY(onlyB.blue() > onlyB.red());
    // Text outside every claim has no background.
    QVERIFY(!backgroundAt(at(QStringLiteral("Moscow"))).isValid());
    // The whole overlap is one format range.
    const QTextLayout::FormatRange overlap = formatAt(at(QStringLiteral("guarantees")));
    QCOMPARE(overlap.start, at(QStringLiteral("guarantees")));
    QCOMPARE(overlap.length, int(QStringLiteral("guarantees").size()));
}

void TestArticleView::highlightsClaimAcrossParagraphs()
{
    const QColor dot = backgroundAt(at(QStringLiteral(".\n\nWashington")));
    const QColor washington = backgroundAt(at(QStringLiteral("Washington")));
    QVERIFY(dot.isValid());
    QCOMPARE(washington, dot);
    QVERIFY(washington.green() > washington.red());
    QVERIFY(!backgroundAt(at(QStringLiteral(" for flexibility"))).isValid());
    // Paragraphs 1 and 3 of the document's blocks carry it; the blank one has nothing.
    QCOMPARE(m_view->textEdit()->document()->findBlockByNumber(1).layout()->formats().size(), 0);
}

void TestArticleView::codePointOffsetsAfterEmoji()
{
    const Claim kyiv = storedClaim(m_claims.at(3));
    QCOMPARE(kyiv.start, at(QStringLiteral("Kyiv")) - 1); // one code point for two units
    QVERIFY(backgroundAt(at(QStringLiteral("Kyiv"))).isValid());
    QVERIFY(backgroundAt(at(QStringLiteral("rejects any")) + 6).isValid());
    QVERIFY(!backgroundAt(at(QStringLiteral(" any deal"))).isValid());
    QVERIFY(!backgroundAt(at(QStringLiteral(" Kyiv"))).isValid());

    // A selection there comes back in code points too.
    selectByKeyboard(at(QStringLiteral("yiv")), 5); // "yiv r"
    const auto span = m_view->selectedSpan(false).value_or(std::pair<qint64, qint64>{-1, -1});
    QCOMPARE(span.first, kyiv.start);
    QCOMPARE(span.second, kyiv.end);
}

void TestArticleView::selectedClaimIsMarked()
{
    const int on = at(QStringLiteral(" on "));
    const QColor plain = backgroundAt(on);
    QVERIFY(!formatAt(on).format.fontUnderline());
    select(m_claims.at(1));
    QCOMPARE(m_view->selectedClaim(), m_claims.at(1));
    QVERIFY(formatAt(on).format.fontUnderline());
    QVERIFY(depth(backgroundAt(on)) > depth(plain));
    // Only the selected claim's text is marked.
    QVERIFY(!formatAt(at(QStringLiteral("demands"))).format.fontUnderline());
    select(ClaimId());
    QVERIFY(!m_view->selectedClaim().isValid());
    QVERIFY(!formatAt(on).format.fontUnderline());
    QCOMPARE(backgroundAt(on), plain);
    // An unknown claim selects nothing.
    select(ClaimId(99));
    QVERIFY(!m_view->selectedClaim().isValid());
}

void TestArticleView::keyboardSelectionSnapsToWords()
{
    QVERIFY(!m_view->hasTextSelection());
    QVERIFY(!m_view->selectedSpan(false));
    // "mands guaran" -> "demands guarantees"
    selectByKeyboard(at(QStringLiteral("mands")), 12);
    QVERIFY(m_view->hasTextSelection());
    QCOMPARE(m_view->textEdit()->textCursor().selectedText(), QStringLiteral("mands guaran"));
    // value_or: -1 marks "no span" and fails the comparisons below.
    const std::pair<qint64, qint64> none{-1, -1};
    const auto snapped = m_view->selectedSpan(false).value_or(none);
    const Claim demands = storedClaim(m_claims.at(0));
    QCOMPARE(snapped.first, demands.start);
    QCOMPARE(snapped.second, demands.end);
    // Exact keeps the partial words.
    const auto exact = m_view->selectedSpan(true).value_or(none);
    QCOMPARE(exact.first, qint64(at(QStringLiteral("mands"))));
    QCOMPARE(exact.second, qint64(at(QStringLiteral("mands")) + 12));
    QVERIFY(!m_view->exactSelectionRequested());
    const QRect rect = m_view->selectionRect();
    QVERIFY(!rect.isEmpty());
    QVERIFY(m_view->rect().contains(rect));

    // Punctuation and spaces alone leave nothing.
    selectByKeyboard(at(QStringLiteral(".\n\nWash")), 1);
    QVERIFY(m_view->hasTextSelection());
    QVERIFY(!m_view->selectedSpan(false));
}

void TestArticleView::exactSelectionWithAlt()
{
    QWidget *viewport = m_view->textEdit()->viewport();
    const QPoint from = pointOf(at(QStringLiteral("mands")));
    const QPoint to = pointOf(at(QStringLiteral("uarantees")));
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, to);
    QVERIFY(m_view->hasTextSelection());
    QVERIFY(m_view->exactSelectionRequested());

    // A press inside a selection would start dragging it: drop the selection first.
    QTest::keyClick(m_view->textEdit(), Qt::Key_Escape);
    QVERIFY(!m_view->hasTextSelection());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(m_view->hasTextSelection());
    QVERIFY(!m_view->exactSelectionRequested());
}

void TestArticleView::contextMenuOffersTheGivenActions()
{
    QAction tagAction(QStringLiteral("&Tag Selection…"));
    QSignalSpy tag(&tagAction, &QAction::triggered);
    m_view->setContextMenuActions({&tagAction});
    selectByKeyboard(at(QStringLiteral("Moscow")), 6);
    QWidget *viewport = m_view->textEdit()->viewport();
    const QPoint pos = pointOf(at(QStringLiteral("Moscow")));
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    QMenu *menu = nullptr;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *candidate = qobject_cast<QMenu *>(window); candidate && candidate->isVisible())
            menu = candidate;
    }
    if (!menu)
        QFAIL("no context menu");
    const QList<QAction *> actions = menu->actions();
    QVERIFY(!actions.isEmpty());
    QAction *first = actions.first();
    QCOMPARE(first, &tagAction); // the same action as in the window's menus
    QVERIFY(actions.at(1)->isSeparator());
    // The standard entries are still there.
    QVERIFY(actions.size() > 2);
    first->trigger();
    QCOMPARE(tag.count(), 1);
    menu->close();
}

void TestArticleView::clickActivatesInnermostClaim()
{
    QSignalSpy activated(m_view, &ArticleView::claimActivated);
    QWidget *viewport = m_view->textEdit()->viewport();

    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointOf(at(QStringLiteral("emands"))));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().value<ClaimId>(), m_claims.at(0));
    QCOMPARE(m_view->selectedClaim(), m_claims.at(0));
    QCOMPARE(project().selection().currentClaim(), m_claims.at(0));

    // "guarantees" is under claims 1 and 2; claim 1 is the shorter one.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointOf(at(QStringLiteral("arantees"))));
    QCOMPARE(activated.last().first().value<ClaimId>(), m_claims.at(0));
    // "neutrality" is under claims 2 and 3; claim 2 is the shorter one.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointOf(at(QStringLiteral("utrality"))));
    QCOMPARE(activated.last().first().value<ClaimId>(), m_claims.at(1));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointOf(at(QStringLiteral("ashington"))));
    QCOMPARE(activated.last().first().value<ClaimId>(), m_claims.at(2));
    QCOMPARE(m_view->selectedClaim(), m_claims.at(2));

    // Plain text selects nothing.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, pointOf(at(QStringLiteral("oscow"))));
    QCOMPARE(activated.count(), 5);
    QVERIFY(!activated.last().first().value<ClaimId>().isValid());
    QVERIFY(!m_view->selectedClaim().isValid());
    QVERIFY(!project().selection().currentClaim().isValid());
}

void TestArticleView::escapeDropsTheSelectionThenTheClaim()
{
    QPlainTextEdit *edit = m_view->textEdit();
    select(m_claims.at(3));
    selectByKeyboard(at(QStringLiteral("Moscow")), 2);
    // The window's commands own these keys; the read-only text ignores them.
    for (const Qt::Key key : {Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_Return, Qt::Key_T})
        QTest::keyClick(edit, key);
    QCOMPARE(edit->toPlainText(), articleText);
    QVERIFY(m_view->hasTextSelection());

    // Escape drops the text selection first, then the claim.
    QSignalSpy activated(m_view, &ArticleView::claimActivated);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!m_view->hasTextSelection());
    QCOMPARE(m_view->selectedClaim(), m_claims.at(3));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!m_view->selectedClaim().isValid());
    QVERIFY(!project().selection().currentClaim().isValid());
    QCOMPARE(activated.count(), 1);
}

void TestArticleView::addUpdateRemoveRepaint()
{
    const int moscow = at(QStringLiteral("Moscow"));
    const int flights = at(QStringLiteral("flights"));
    QVERIFY(!backgroundAt(moscow).isValid());

    const ClaimId added = addClaimOn(2, QStringLiteral("Moscow"));
    QVERIFY(backgroundAt(moscow).isValid());
    QCOMPARE(backgroundAt(moscow), backgroundAt(at(QStringLiteral(" on "))));

    // Moved to another paragraph and another holder.
    moveClaim(added, 1, QStringLiteral("flights"));
    QVERIFY(!backgroundAt(moscow).isValid());
    QCOMPARE(backgroundAt(flights), backgroundAt(at(QStringLiteral("demands"))));

    // A claim across paragraphs moved away clears both paragraphs.
    moveClaim(m_claims.at(2), 3, QStringLiteral("restored"));
    QVERIFY(!backgroundAt(at(QStringLiteral("Washington"))).isValid());
    QVERIFY(!backgroundAt(at(QStringLiteral(".\n\nWashington"))).isValid());
    QVERIFY(backgroundAt(at(QStringLiteral("restored"))).isValid());
    // ... and "neutrality" is now under claim 2 alone.
    QCOMPARE(backgroundAt(at(QStringLiteral("neutrality"))),
             backgroundAt(at(QStringLiteral(" on "))));

    select(added);
    QCOMPARE(m_view->selectedClaim(), added);
    QVERIFY(project().execute(new RemoveClaimsCommand(project(), {added})));
    QVERIFY(!backgroundAt(flights).isValid());
    QVERIFY(!m_view->selectedClaim().isValid());

    // Undone, it comes back.
    project().undoStack()->undo();
    QVERIFY(backgroundAt(flights).isValid());
}

void TestArticleView::refreshColorsRepaints()
{
    const int demands = at(QStringLiteral("demands"));
    const QColor before = backgroundAt(demands);
    // Recoloured in the codebook: the claims follow.
    for (const int holder : {1, 4}) {
        Actor actor = *project().actor(m_holders.at(holder - 1));
        const Actor was = actor;
        actor.color = QColor(Qt::blue);
        QVERIFY(project().execute(new ChangeActorCommand(project(), was, actor)));
    }
    const QColor after = backgroundAt(demands);
    QVERIFY(after != before);
    QVERIFY(after.blue() > after.red());
    QCOMPARE(backgroundAt(at(QStringLiteral("Kyiv"))), after);
}

void TestArticleView::revealClaimMovesCaret()
{
    m_view->revealClaim(m_claims.at(3));
    QCOMPARE(m_view->selectedClaim(), m_claims.at(3));
    QCOMPARE(m_view->textEdit()->textCursor().position(), at(QStringLiteral("Kyiv")));
    QVERIFY(!m_view->hasTextSelection());
    QVERIFY(formatAt(at(QStringLiteral("Kyiv"))).format.fontUnderline());
}

void TestArticleView::tooltipDescribesEveryClaimUnderMouse()
{
    QWidget *viewport = m_view->textEdit()->viewport();
    const QPoint overlap = pointOf(at(QStringLiteral("arantees")));
    QHelpEvent event(QEvent::ToolTip, overlap, viewport->mapToGlobal(overlap));
    QApplication::sendEvent(viewport, &event);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("<b>Russia</b>")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("<b>United States</b>")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("<hr>")));
    QVERIFY(!QToolTip::text().contains(QStringLiteral("European Union")));

    const QPoint single = pointOf(at(QStringLiteral("Kyiv")));
    QHelpEvent second(QEvent::ToolTip, single, viewport->mapToGlobal(single));
    QApplication::sendEvent(viewport, &second);
    QTRY_VERIFY(QToolTip::text().startsWith(claimToolTip(project(), storedClaim(m_claims.at(3)))));

    const QPoint plain = pointOf(at(QStringLiteral("Moscow")));
    QHelpEvent third(QEvent::ToolTip, plain, viewport->mapToGlobal(plain));
    QApplication::sendEvent(viewport, &third);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestArticleView::readingColumnAndLineSpacing()
{
    QPlainTextEdit *edit = m_view->textEdit();
    m_view->resize(1800, 700);
    QTRY_VERIFY(edit->viewport()->width() < 1200);
    const int column = edit->viewport()->width();
    const qreal average = QFontMetricsF(edit->font()).averageCharWidth();
    QVERIFY(column > 60 * average);
    QVERIFY(column < 85 * average);
    // Centred: as much space left of the viewport as right of it, scroll bar aside.
    const int left = edit->viewport()->x();
    const int right = edit->width() - edit->verticalScrollBar()->width()
                      - (edit->viewport()->x() + edit->viewport()->width());
    QVERIFY(qAbs(left - right) <= 2);
    QCOMPARE(edit->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOn);

    // The long second paragraph wraps; its lines are spread apart.
    QApplication::processEvents();
    const QTextBlock paragraph = edit->document()->findBlockByNumber(2);
    edit->document()->documentLayout()->blockBoundingRect(paragraph);
    const QTextLayout *layout = paragraph.layout();
    QVERIFY(layout->lineCount() > 1);
    const qreal pitch = layout->lineAt(1).y() - layout->lineAt(0).y();
    QVERIFY(pitch > layout->lineAt(0).height() * 1.3);
    QVERIFY(pitch < layout->lineAt(0).height() * 1.5);
    // The text edit is read-only and browsable by keyboard.
    QVERIFY(edit->isReadOnly());
    QVERIFY(edit->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

namespace {

// What a cue layer will do: add its formats over the claims' in the same pass.
class BoldNames final : public ClaimHighlighter
{
public:
    using ClaimHighlighter::ClaimHighlighter;

protected:
    void highlightCues(const QString &text) override
    {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (qsizetype i = text.indexOf(QStringLiteral("Moscow")); i >= 0;
             i = text.indexOf(QStringLiteral("Moscow"), i + 1))
            mergeFormat(int(i), 6, bold);
    }
};

} // namespace

void TestArticleView::cueHookMergesWithClaims()
{
    QTextDocument document;
    document.documentLayout(); // a document without a layout announces no changes
    BoldNames highlighter(&document);
    highlighter.resetClaims({{4, 13, ClaimId(1)}}, {{ClaimId(1), qRgb(255, 0, 0)}});
    document.setPlainText(QStringLiteral("Pro Moscow and Moscow"));
    const QList<QTextLayout::FormatRange> ranges = document.firstBlock().layout()->formats();
    const auto formatAt = [&](int position) {
        for (const QTextLayout::FormatRange &range : ranges) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    QCOMPARE(formatAt(5).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(5).hasProperty(QTextFormat::BackgroundBrush)); // claim and cue
    QCOMPARE(formatAt(12).fontWeight(), int(QFont::Normal));        // claim only
    QVERIFY(formatAt(12).hasProperty(QTextFormat::BackgroundBrush));
    QCOMPARE(formatAt(16).fontWeight(), int(QFont::Bold)); // cue only
    QVERIFY(!formatAt(16).hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(!formatAt(1).hasProperty(QTextFormat::FontWeight));
}

void TestArticleView::setAliases(int holder, const QStringList &aliases)
{
    const Actor before = *project().actor(m_holders.at(holder - 1));
    Actor after = before;
    after.aliases = aliases;
    if (!project().execute(new ChangeActorCommand(project(), before, after)))
        qFatal("cannot change the aliases of %s", qPrintable(before.name));
}

void TestArticleView::rename(int holder, const QString &name)
{
    const Actor before = *project().actor(m_holders.at(holder - 1));
    Actor after = before;
    after.name = name;
    if (!project().execute(new ChangeActorCommand(project(), before, after)))
        qFatal("cannot rename %s", qPrintable(before.name));
}

bool TestArticleView::hasCue(int position) const
{
    return formatAt(position).format.underlineStyle() == ArticleHighlighter::CueUnderline;
}

void TestArticleView::cuesUnderlineUnderClaims_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QColor>("color");
    // A word of the claim over the cue, whose background the cue keeps; none: no claim.
    QTest::addColumn<QString>("claimWord");

    QTest::newRow("topic keyword under a claim")
        << QStringLiteral("Kyiv") << QColor(0x4e, 0x79, 0xa7) << QStringLiteral("rejects");
    QTest::newRow("actor alias under a claim")
        << QStringLiteral("Washington") << holders.at(1).second << QStringLiteral("asks");
    QTest::newRow("actor alias alone")
        << QStringLiteral("Moscow") << holders.at(0).second << QString();
}

void TestArticleView::cuesUnderlineUnderClaims()
{
    QFETCH(QString, word);
    QFETCH(QColor, color);
    QFETCH(QString, claimWord);
    setAliases(1, {QStringLiteral("Moscow")});
    setAliases(2, {QStringLiteral("Washington"), QStringLiteral("U.S.")});

    const int start = at(word);
    QVERIFY(hasCue(start));
    QCOMPARE(cueColorAt(start), cueColor(color));
    QVERIFY(!formatAt(start).format.fontUnderline());
    // The whole word and nothing after it.
    QVERIFY(hasCue(start + int(word.size()) - 1));
    QVERIFY(!hasCue(start + int(word.size())));
    if (claimWord.isEmpty()) {
        QVERIFY(!backgroundAt(start).isValid());
    } else {
        QVERIFY(backgroundAt(start).isValid());
        QCOMPARE(backgroundAt(start), backgroundAt(at(claimWord)));
        QVERIFY(!hasCue(at(claimWord)));
    }
}

// Only one underline fits under a letter: the selected claim's, as it is the stronger mark.
void TestArticleView::selectedClaimUnderlineWinsOverCue()
{
    const int kyiv = at(QStringLiteral("Kyiv"));
    QVERIFY(hasCue(kyiv));
    select(m_claims.at(3));
    QVERIFY(formatAt(kyiv).format.fontUnderline());
    QVERIFY(!hasCue(kyiv));
    QCOMPARE(cueColorAt(kyiv), holderColor(4).darker(140));
    select(ClaimId());
    QVERIFY(hasCue(kyiv));
}

void TestArticleView::aliasEditAddsCueAndUndoRemovesIt()
{
    const int moscow = at(QStringLiteral("Moscow"));
    QVERIFY(!hasCue(moscow));
    setAliases(1, {QStringLiteral("moscow")}); // any case
    QVERIFY(hasCue(moscow));
    QCOMPARE(formatAt(moscow).length, 6);
    QCOMPARE(cueColorAt(moscow), cueColor(holderColor(1)));

    project().undoStack()->undo();
    QVERIFY(!hasCue(moscow));
    project().undoStack()->redo();
    QVERIFY(hasCue(moscow));
}

void TestArticleView::renamingMovesTheCue()
{
    const int washington = at(QStringLiteral("Washington"));
    const int moscow = at(QStringLiteral("Moscow"));
    rename(2, QStringLiteral("Washington"));
    QVERIFY(hasCue(washington));
    QVERIFY(!hasCue(moscow));
    rename(2, QStringLiteral("Moscow"));
    QVERIFY(!hasCue(washington));
    QVERIFY(hasCue(moscow));
    QCOMPARE(cueColorAt(moscow), cueColor(holderColor(2)));
    // The claim over Washington is still there.
    QVERIFY(backgroundAt(washington).isValid());
}

void TestArticleView::recolouringRepaintsTheCue_data()
{
    QTest::addColumn<bool>("topic");
    QTest::addColumn<QString>("word");
    QTest::newRow("actor") << false << QStringLiteral("Moscow");
    QTest::newRow("topic") << true << QStringLiteral("Kyiv");
}

void TestArticleView::recolouringRepaintsTheCue()
{
    QFETCH(bool, topic);
    QFETCH(QString, word);
    setAliases(1, {QStringLiteral("Moscow")});
    const int position = at(word);
    const QColor before = cueColorAt(position);
    QVERIFY(before.isValid());
    const QColor green(0x20, 0x90, 0x30);
    if (topic) {
        const Topic was = *project().topic(topicId(QStringLiteral("Ukraine")));
        Topic changed = was;
        changed.color = green;
        QVERIFY(project().execute(new ChangeTopicCommand(project(), was, changed)));
    } else {
        const Actor was = *project().actor(m_holders.at(0));
        Actor changed = was;
        changed.color = green;
        QVERIFY(project().execute(new ChangeActorCommand(project(), was, changed)));
    }
    QVERIFY(hasCue(position));
    QCOMPARE(cueColorAt(position), cueColor(green));
    QVERIFY(cueColorAt(position) != before);
}

void TestArticleView::cuesCanBeHidden()
{
    const int kyiv = at(QStringLiteral("Kyiv"));
    const QColor claim = backgroundAt(kyiv);
    QVERIFY(m_view->cuesShown());
    QVERIFY(hasCue(kyiv));
    m_view->setCuesShown(false);
    QVERIFY(!m_view->cuesShown());
    QVERIFY(!hasCue(kyiv));
    QCOMPARE(backgroundAt(kyiv), claim);
    // Hidden, they do not come back with a codebook edit.
    setAliases(1, {QStringLiteral("Moscow")});
    QVERIFY(!hasCue(at(QStringLiteral("Moscow"))));
    m_view->setCuesShown(true);
    QVERIFY(hasCue(kyiv));
    QVERIFY(hasCue(at(QStringLiteral("Moscow"))));
}

void TestArticleView::tooltipNamesTheCue_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("withClaim");
    QTest::newRow("alias") << QStringLiteral("Moscow") << QStringLiteral("Russia (actor)") << false;
    QTest::newRow("keyword under a claim")
        << QStringLiteral("Kyiv") << QStringLiteral("Ukraine (topic)") << true;
}

void TestArticleView::tooltipNamesTheCue()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QFETCH(bool, withClaim);
    setAliases(1, {QStringLiteral("Moscow")});
    QWidget *viewport = m_view->textEdit()->viewport();
    const QPoint point = pointOf(at(word) + 1);
    QHelpEvent event(QEvent::ToolTip, point, viewport->mapToGlobal(point));
    QApplication::sendEvent(viewport, &event);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().endsWith(expected), qPrintable(QToolTip::text()));
    QCOMPARE(QToolTip::text().contains(QStringLiteral("<hr>")), withClaim);
    QToolTip::hideText();
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
