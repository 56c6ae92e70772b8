// The claims dock driven as an analyst would: typing in the search field, choosing
// filters, clicking and pressing keys in the table, while claims come and go through
// the real undo commands.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/models/claimfilterproxy.h"
#include "core/models/claimtablemodel.h"
#include "core/project/project.h"
#include "support/projectfixture.h"
#include "support/widgetlookup.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/claims/viewhint.h"
#include "widgets/help/guidelinklabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace demarche;

namespace {

const QString articleOne = QStringLiteral("Moscow demands the neutrality of Ukraine.\n"
                                          "Washington proposes talks on Syria.\n"
                                          "Lavrov rejects any sanctions on Iran.");
const QString articleTwo = QStringLiteral("The senators call for new sanctions on Iran.");

} // namespace

class TestClaimsPanel final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ClaimsPanel> m_panel;
    DocumentId m_one;
    DocumentId m_two;
    QHash<QString, ClaimId> m_claims;

    ClaimsPanel &panel() { return *m_panel; }

    template <typename T>
    T *child(const QString &name)
    {
        return testing::requireChild<T>(m_panel.get(), name);
    }

    ClaimId addClaim(DocumentId document, const QString &quote, const QString &holder,
                     const QString &topic, Stance stance = Stance::Assessment)
    {
        const QString &text = document == m_one ? articleOne : articleTwo;
        Claim claim;
        claim.document = document;
        claim.start = text.indexOf(quote);
        claim.end = claim.start + quote.size();
        claim.holder = actorId(holder);
        claim.topic = topicId(topic);
        claim.stance = stance;
        auto *command = new AddClaimCommand(project(), claim);
        if (claim.start < 0 || !project().execute(command))
            qFatal("cannot add claim %s", qPrintable(quote));
        m_claims.insert(quote, command->claimId());
        return command->claimId();
    }

    void newProject()
    {
        m_panel.reset();
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_claims.clear();
    }

    void showPanel()
    {
        m_panel = std::make_unique<ClaimsPanel>(project(), nullptr);
        m_panel->resize(1000, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    // The holders of the rows shown, in display order.
    QStringList shownHolders()
    {
        QStringList holders;
        const ClaimFilterProxy *proxy = panel().proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            holders.append(proxy->index(row, ClaimTableModel::HolderColumn).data().toString());
        return holders;
    }

    QPoint rowCentre(ClaimId id)
    {
        const QModelIndex source = panel().model()->indexOf(id);
        const QModelIndex index =
            panel().proxy()->mapFromSource(source.siblingAtColumn(ClaimTableModel::QuoteColumn));
        return panel().view()->visualRect(index).center();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Two articles, five actors (Lavrov under Russia), a sub-topic under Ukraine, and
    // five claims; the panel shown.
    void init()
    {
        newProject();
        m_one = addDocument(QStringLiteral("Ministers meet"), articleOne);
        m_two = addDocument(QStringLiteral("Senate debate"), articleTwo);
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("Senate hawks"));
        addActor(QStringLiteral("France"));
        Topic neutrality;
        neutrality.name = QStringLiteral("Neutrality");
        neutrality.parent = topicId(QStringLiteral("Ukraine"));
        QVERIFY(project().execute(new AddTopicCommand(project(), neutrality)));
        addClaim(m_one, QStringLiteral("Moscow demands the neutrality of Ukraine."),
                 QStringLiteral("Russia"), QStringLiteral("Neutrality"), Stance::Demand);
        addClaim(m_one, QStringLiteral("Washington proposes talks on Syria."),
                 QStringLiteral("United States"), QStringLiteral("Syria"), Stance::Proposal);
        addClaim(m_one, QStringLiteral("Lavrov rejects any sanctions on Iran."),
                 QStringLiteral("Lavrov"), QStringLiteral("Iran"), Stance::Refusal);
        addClaim(m_two, QStringLiteral("The senators call for new sanctions on Iran."),
                 QStringLiteral("Senate hawks"), QStringLiteral("Iran"), Stance::Demand);
        addClaim(m_one, QStringLiteral("Ukraine.\nWashington"), QStringLiteral("United States"),
                 QStringLiteral("Ukraine"));
        showPanel();
    }

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
    }

    // English plurals come from the numerus catalogue: "1 claim", "2 claims".
    void countSaysClaimOrClaims()
    {
        auto *count = child<QLabel>(QStringLiteral("claimCount"));
        QCOMPARE(count->text(), QStringLiteral("5 claims"));
        QList<ClaimId> all = m_claims.values();
        QList<ClaimId> gone = all.mid(1);
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), gone)));
        QCOMPARE(count->text(), QStringLiteral("1 claim"));
        QCOMPARE(project().undoStack()->undoText(), QStringLiteral("Delete 4 claims"));
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), {all.first()})));
        QCOMPARE(project().undoStack()->undoText(), QStringLiteral("Delete claim"));
        project().undoStack()->undo();
        project().undoStack()->undo();
        QCOMPARE(count->text(), QStringLiteral("5 claims"));
        child<QLineEdit>(QStringLiteral("claimSearch"))->setText(QStringLiteral("Lavrov rejects"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of 5 claims"));
    }

    // The holder's name is shown in full however wide the quote column could be; the
    // quote gives way and elides.
    void holderColumnFitsItsNames()
    {
        const QString name =
            QStringLiteral("Ministry of Foreign Affairs of Bosnia and Herzegovina");
        addActor(name);
        addClaim(m_two, QStringLiteral("new sanctions"), name, QStringLiteral("Iran"));
        QTableView *view = panel().view();
        const int holder = ClaimTableModel::HolderColumn;
        const int needed = view->fontMetrics().horizontalAdvance(name);
        QTRY_VERIFY2(
            view->columnWidth(holder) > needed,
            qPrintable(QStringLiteral("%1 <= %2").arg(view->columnWidth(holder)).arg(needed)));
        QVERIFY(view->columnWidth(ClaimTableModel::QuoteColumn) > 0);
    }

    // A selected row keeps its holder's colour swatch, whatever the highlight.
    void holderSwatchStaysOnASelectedRow()
    {
        const ClaimId id = m_claims.value(QStringLiteral("Washington proposes talks on Syria."));
        const QColor colour(0x20, 0x60, 0xd0);
        Actor usa = *project().actor(actorId(QStringLiteral("United States")));
        usa.color = colour;
        QVERIFY(project().changeActor(usa));
        QPalette palette = panel().view()->palette();
        palette.setColor(QPalette::Highlight, QColor(0x22, 0x66, 0xcc)); // close to the swatch
        panel().view()->setPalette(palette);
        panel().selectClaim(id);
        QTableView *view = panel().view();
        const QModelIndex index = panel().proxy()->mapFromSource(
            panel().model()->indexOf(id).siblingAtColumn(ClaimTableModel::HolderColumn));
        QVERIFY(view->selectionModel()->isSelected(index));
        const QImage shot = view->viewport()->grab(view->visualRect(index)).toImage();
        int exact = 0;
        int frame = 0;
        const QColor frameColour = palette.color(QPalette::HighlightedText);
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QColor pixel = shot.pixelColor(x, y);
                exact += pixel == colour;
                frame += pixel == frameColour;
            }
        }
        QVERIFY2(exact >= 16, qPrintable(QString::number(exact)));
        QVERIFY(frame > 0);
    }

    // The context menu's "Compare with" lists every other actor, indented as in the
    // codebook, and asks for the current claim's holder against the one chosen.
    void compareWithMenuOffersTheOtherActors()
    {
        panel().selectClaim(
            m_claims.value(QStringLiteral("Lavrov rejects any sanctions on Iran.")));
        auto *menu = child<QMenu>(QStringLiteral("compareWithMenu"));
        Q_EMIT menu->aboutToShow();
        QStringList names;
        for (const QAction *choice : menu->actions())
            names.append(choice->text());
        QCOMPARE(names, (QStringList{QStringLiteral("Russia"), QStringLiteral("United States"),
                                     QStringLiteral("Senate hawks"), QStringLiteral("France")}));

        panel().selectClaim(m_claims.value(QStringLiteral("Washington proposes talks on Syria.")));
        Q_EMIT menu->aboutToShow();
        names.clear();
        for (const QAction *choice : menu->actions())
            names.append(choice->text());
        QCOMPARE(names, (QStringList{QStringLiteral("Russia"), QStringLiteral("   Lavrov"),
                                     QStringLiteral("Senate hawks"), QStringLiteral("France")}));
        QSignalSpy spy(&panel(), &ClaimsPanel::compareRequested);
        menu->actions().at(1)->trigger();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ActorId>(), actorId(QStringLiteral("United States")));
        QCOMPARE(spy.at(0).at(1).value<ActorId>(), actorId(QStringLiteral("Lavrov")));
    }

    void searchFieldFiltersAsYouType()
    {
        auto *search = child<QLineEdit>(QStringLiteral("claimSearch"));
        auto *count = child<QLabel>(QStringLiteral("claimCount"));
        QCOMPARE(search->placeholderText(), QStringLiteral("Search quotes, notes, actors…"));
        QVERIFY(search->isClearButtonEnabled());
        QCOMPARE(count->text(), QStringLiteral("5 claims"));
        QVERIFY(!panel().isFiltered());

        QTest::keyClicks(search, QStringLiteral("SANCTIONS"));
        QCOMPARE(panel().proxy()->rowCount(), 2);
        QVERIFY(panel().isFiltered());
        QCOMPARE(count->text(), QStringLiteral("2 of 5 claims"));
        QCOMPARE(panel().filterDescription(), QStringLiteral("text “SANCTIONS”"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("senate hawks"));
        QCOMPARE(shownHolders(), QStringList{QStringLiteral("Senate hawks")});
        QTest::keyClicks(search, QStringLiteral(" ceasefire"));
        QCOMPARE(panel().proxy()->rowCount(), 0);
        QVERIFY(child<QLabel>(QStringLiteral("emptyHint"))->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("emptyHint"))->text(),
                 QStringLiteral("No claims match these filters."));
        search->clear();
        QCOMPARE(panel().proxy()->rowCount(), 5);
        QVERIFY(!child<QLabel>(QStringLiteral("emptyHint"))->isVisible());
    }

    void comboFilters_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("stance"); // -1 for all
        QTest::addColumn<QStringList>("holders");
        QTest::addColumn<QString>("description");

        QTest::addRow("actor and the actors under it")
            << QStringLiteral("Russia") << QString() << -1
            << QStringList{QStringLiteral("Lavrov"), QStringLiteral("Russia")}
            << QStringLiteral("actor Russia");
        QTest::addRow("actor without claims") << QStringLiteral("France") << QString() << -1
                                              << QStringList() << QStringLiteral("actor France");
        QTest::addRow("topic and its sub-topics")
            << QString() << QStringLiteral("Ukraine") << -1
            << QStringList{QStringLiteral("Russia"), QStringLiteral("United States")}
            << QStringLiteral("topic Ukraine");
        QTest::addRow("sub-topic")
            << QString() << QStringLiteral("Neutrality") << -1
            << QStringList{QStringLiteral("Russia")} << QStringLiteral("topic Neutrality");
        QTest::addRow("stance") << QString() << QString() << int(Stance::Demand)
                                << QStringList{QStringLiteral("Russia"),
                                               QStringLiteral("Senate hawks")}
                                << QStringLiteral("stance Demand");
        QTest::addRow("actor and topic")
            << QStringLiteral("Russia") << QStringLiteral("Iran") << -1
            << QStringList{QStringLiteral("Lavrov")} << QStringLiteral("actor Russia, topic Iran");
        QTest::addRow("all three")
            << QStringLiteral("United States") << QStringLiteral("Syria") << int(Stance::Proposal)
            << QStringList{QStringLiteral("United States")}
            << QStringLiteral("actor United States, topic Syria, stance Proposal");
    }

    void comboFilters()
    {
        QFETCH(QString, actor);
        QFETCH(QString, topic);
        QFETCH(int, stance);
        QFETCH(QStringList, holders);
        QFETCH(QString, description);

        auto *actors = child<QComboBox>(QStringLiteral("actorFilter"));
        auto *topics = child<QComboBox>(QStringLiteral("topicFilter"));
        auto *stances = child<QComboBox>(QStringLiteral("stanceFilter"));
        QCOMPARE(actors->itemText(0), QStringLiteral("All actors"));
        QCOMPARE(actors->count(), 1 + 5);
        QVERIFY(!actors->itemIcon(1).isNull());
        QCOMPARE(topics->itemText(0), QStringLiteral("All topics"));
        // Sub-topics follow their parent, indented.
        QCOMPARE(topics->itemText(1), QStringLiteral("Ukraine"));
        QCOMPARE(topics->itemText(2).trimmed(), QStringLiteral("Neutrality"));
        QVERIFY(topics->itemText(2).startsWith(u' '));
        QCOMPARE(stances->itemText(0), QStringLiteral("All stances"));

        if (!actor.isEmpty())
            actors->setCurrentIndex(actors->findText(actor));
        if (!topic.isEmpty())
            topics->setCurrentIndex(topics->findData(QVariant::fromValue(topicId(topic))));
        if (stance >= 0)
            stances->setCurrentIndex(stances->findData(stance));

        QStringList shown = shownHolders();
        shown.sort();
        QCOMPARE(shown, holders);
        QVERIFY(panel().isFiltered());
        QCOMPARE(panel().filterDescription(), description);
        QCOMPARE(child<QLabel>(QStringLiteral("claimCount"))->text(),
                 QStringLiteral("%1 of 5 claims").arg(holders.size()));

        actors->setCurrentIndex(0);
        topics->setCurrentIndex(0);
        stances->setCurrentIndex(0);
        QCOMPARE(panel().proxy()->rowCount(), 5);
        QVERIFY(!panel().isFiltered());
        QCOMPARE(panel().filterDescription(), QString());
    }

    void thisDocumentOnly()
    {
        auto *box = child<QCheckBox>(QStringLiteral("thisDocumentOnly"));
        QVERIFY(!box->isEnabled());
        panel().setCurrentDocument(m_one);
        QVERIFY(box->isEnabled());
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(box->isChecked());
        QCOMPARE(panel().proxy()->rowCount(), 4);
        QCOMPARE(panel().filterDescription(), QStringLiteral("document “Ministers meet”"));
        panel().setCurrentDocument(m_two);
        QCOMPARE(shownHolders(), QStringList{QStringLiteral("Senate hawks")});
        QCOMPARE(panel().proxy()->storeFilter().documents, QList<DocumentId>{m_two});
        QTest::mouseClick(box, Qt::LeftButton);
        QCOMPARE(panel().proxy()->rowCount(), 5);
    }

    void filtersSetElsewhereShowInTheControls()
    {
        auto *actors = child<QComboBox>(QStringLiteral("actorFilter"));
        auto *search = child<QLineEdit>(QStringLiteral("claimSearch"));
        panel().proxy()->setActor(actorId(QStringLiteral("Senate hawks")));
        panel().proxy()->setSearchText(QStringLiteral("iran"));
        QCOMPARE(actors->currentText(), QStringLiteral("Senate hawks"));
        QCOMPARE(search->text(), QStringLiteral("iran"));
        panel().proxy()->clearFilters();
        QCOMPARE(actors->currentIndex(), 0);
        QCOMPARE(search->text(), QString());
    }

    void combosFollowTheCodebook()
    {
        auto *actors = child<QComboBox>(QStringLiteral("actorFilter"));
        actors->setCurrentIndex(actors->findText(QStringLiteral("Russia")));
        QCOMPARE(panel().proxy()->rowCount(), 2);

        // Added and renamed actors appear; the choice stays.
        addActor(QStringLiteral("Türkiye"));
        QVERIFY(actors->findText(QStringLiteral("Türkiye")) > 0);
        const Actor before = *project().actor(actorId(QStringLiteral("Russia")));
        Actor after = before;
        after.name = QStringLiteral("Russian Federation");
        QVERIFY(project().execute(new ChangeActorCommand(project(), before, after)));
        QCOMPARE(actors->currentText(), QStringLiteral("Russian Federation"));
        QCOMPARE(panel().proxy()->rowCount(), 2);

        // A removed actor leaves the filter.
        actors->setCurrentIndex(actors->findText(QStringLiteral("France")));
        QCOMPARE(panel().proxy()->rowCount(), 0);
        QVERIFY(project().execute(
            new RemoveActorCommand(project(), actorId(QStringLiteral("France")))));
        QCOMPARE(actors->currentIndex(), 0);
        QCOMPARE(actors->findText(QStringLiteral("France")), -1);
        QCOMPARE(panel().proxy()->rowCount(), 5);

        auto *topics = child<QComboBox>(QStringLiteral("topicFilter"));
        Topic arctic;
        arctic.name = QStringLiteral("Arctic");
        QVERIFY(project().execute(new AddTopicCommand(project(), arctic)));
        QVERIFY(topics->findText(QStringLiteral("Arctic")) > 0);
    }

    void doubleClickAndEnterActivate()
    {
        QSignalSpy selected(&panel(), &ClaimsPanel::claimSelected);
        QSignalSpy activated(&panel(), &ClaimsPanel::claimActivated);
        const ClaimId lavrov =
            m_claims.value(QStringLiteral("Lavrov rejects any sanctions on Iran."));
        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, {}, rowCentre(lavrov));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<ClaimId>(), lavrov);
        QCOMPARE(panel().currentClaim(), lavrov);

        QTest::mouseDClick(panel().view()->viewport(), Qt::LeftButton, {}, rowCentre(lavrov));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<ClaimId>(), lavrov);

        // Down moves the current row (a selection by the analyst), Enter activates it.
        panel().view()->setFocus();
        QTest::keyClick(panel().view(), Qt::Key_Down);
        const ClaimId next = panel().currentClaim();
        QVERIFY(next.isValid() && next != lavrov);
        QCOMPARE(selected.last().first().value<ClaimId>(), next);
        QTest::keyClick(panel().view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<ClaimId>(), next);
    }

    void selectClaimIsQuiet()
    {
        QSignalSpy selected(&panel(), &ClaimsPanel::claimSelected);
        QSignalSpy activated(&panel(), &ClaimsPanel::claimActivated);
        const ClaimId senators =
            m_claims.value(QStringLiteral("The senators call for new sanctions on Iran."));
        panel().selectClaim(senators);
        QCOMPARE(panel().currentClaim(), senators);
        QCOMPARE(panel().selectedClaims(), QList<ClaimId>{senators});
        // Hidden by a filter: nothing is selected.
        panel().proxy()->setTopic(topicId(QStringLiteral("Syria")));
        panel().selectClaim(senators);
        QVERIFY(!panel().currentClaim().isValid());
        panel().proxy()->clearFilters();
        panel().selectClaim({});
        QVERIFY(panel().selectedClaims().isEmpty());
        QCOMPARE(selected.size(), 0);
        QCOMPARE(activated.size(), 0);
    }

    void deleteKeyRequestsDeletion()
    {
        QSignalSpy requested(&panel(), &ClaimsPanel::deleteRequested);
        const ClaimId first =
            m_claims.value(QStringLiteral("Moscow demands the neutrality of Ukraine."));
        const ClaimId second =
            m_claims.value(QStringLiteral("Washington proposes talks on Syria."));
        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, {}, rowCentre(first));
        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          rowCentre(second));
        QTest::keyClick(panel().view(), Qt::Key_Delete);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<QList<ClaimId>>(),
                 (QList<ClaimId>{first, second}));
        // Asking does not delete: the main window runs the command.
        QCOMPARE(panel().model()->rowCount(), 5);
    }

    void contextMenuActions()
    {
        auto *goTo = child<QAction>(QStringLiteral("goToClaim"));
        auto *remove = child<QAction>(QStringLiteral("deleteClaim"));
        auto *copy = child<QAction>(QStringLiteral("copyQuote"));
        QCOMPARE(goTo->text(), QStringLiteral("Go to claim"));
        QCOMPARE(remove->text(), QStringLiteral("Delete claim"));
        QCOMPARE(copy->text(), QStringLiteral("Copy quote"));

        const ClaimId spanning = m_claims.value(QStringLiteral("Ukraine.\nWashington"));
        panel().selectClaim(spanning);
        QSignalSpy activated(&panel(), &ClaimsPanel::claimActivated);
        QSignalSpy requested(&panel(), &ClaimsPanel::deleteRequested);
        goTo->trigger();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<ClaimId>(), spanning);
        remove->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<QList<ClaimId>>(), QList<ClaimId>{spanning});
        // The whole quote, line break included, not the elided cell.
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Ukraine.\nWashington"));
    }

    void claimsFollowTheUndoStack()
    {
        auto *count = child<QLabel>(QStringLiteral("claimCount"));
        auto *search = child<QLineEdit>(QStringLiteral("claimSearch"));
        QTest::keyClicks(search, QStringLiteral("senators"));
        QCOMPARE(count->text(), QStringLiteral("1 of 5 claims"));

        const ClaimId added = addClaim(m_two, QStringLiteral("senators call"),
                                       QStringLiteral("France"), QStringLiteral("Iran"));
        QCOMPARE(panel().proxy()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 of 6 claims"));
        QVERIFY(panel().proxy()->visibleClaimIds().contains(added));

        project().undoStack()->undo();
        QCOMPARE(panel().proxy()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 5 claims"));
        QVERIFY(!panel().model()->indexOf(added).isValid());
        project().undoStack()->redo();
        QCOMPARE(count->text(), QStringLiteral("2 of 6 claims"));
    }

    void removingTheCurrentClaimIsNoSelection()
    {
        QSignalSpy selected(&panel(), &ClaimsPanel::claimSelected);
        const ClaimId lavrov =
            m_claims.value(QStringLiteral("Lavrov rejects any sanctions on Iran."));
        QTest::mouseClick(panel().view()->viewport(), Qt::LeftButton, {}, rowCentre(lavrov));
        QCOMPARE(selected.size(), 1);
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), {lavrov})));
        QCOMPARE(panel().proxy()->rowCount(), 4);
        // Sorting and filtering move rows too; none of it is the analyst's choice.
        panel().view()->sortByColumn(ClaimTableModel::HolderColumn, Qt::DescendingOrder);
        panel().proxy()->setSearchText(QStringLiteral("Iran"));
        panel().proxy()->clearFilters();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(shownHolders().first(), QStringLiteral("United States"));
    }

    void emptyProjectShowsAHint()
    {
        newProject();
        m_one = addDocument(QStringLiteral("Ministers meet"), articleOne);
        addActor(QStringLiteral("Russia"));
        showPanel();
        auto *hint = child<QLabel>(QStringLiteral("emptyHint"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(),
                 QStringLiteral("No claims yet. Select text in an article and press T to tag it."));
        // Across the viewport, in its middle, and the link to the guide just below.
        const QRect area = panel().view()->viewport()->rect();
        QCOMPARE(hint->width(), area.width());
        QVERIFY(area.contains(hint->geometry()));
        QVERIFY(qAbs(hint->geometry().center().y() - area.center().y()) < hint->height());
        const GuideLinkLabel *link = qobject_cast<ViewHint *>(hint)->guideLink();
        QVERIFY(link && link->isVisible());
        QCOMPARE(link->anchor(), QStringLiteral("tagging"));
        QVERIFY(area.contains(link->geometry()));
        QVERIFY(link->geometry().top() > hint->geometry().center().y());
        QCOMPARE(child<QLabel>(QStringLiteral("claimCount"))->text(), QStringLiteral("0 claims"));

        addClaim(m_one, QStringLiteral("Moscow"), QStringLiteral("Russia"),
                 QStringLiteral("Ukraine"));
        QVERIFY(!hint->isVisible());
        project().undoStack()->undo();
        QVERIFY(hint->isVisible());
    }
};

QTEST_MAIN(TestClaimsPanel)
#include "tst_claimspanel.moc"
