// The compare view driven as an analyst would: choosing actors in the combos, swapping
// them, ticking filters, clicking quotes and pressing Enter, while claims arrive through
// the real undo commands; and the exports it writes.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/io/openprojects.h"
#include "core/models/comparisonmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "support/projectfixture.h"
#include "widgets/compare/comparebar.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/scopefilter.h"
#include "widgets/inspector/codebookcombo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace demarche;

namespace {

const QString articleOne = QStringLiteral("Moscow demands the neutrality of Ukraine.\n"
                                          "Washington proposes talks on Ukraine.\n"
                                          "Paris wants talks on Syria.\n"
                                          "Washington supports sanctions on Iran.");
const QString articleTwo = QStringLiteral("Lavrov rejects a grain corridor.\n"
                                          "Moscow insists on guarantees for Ukraine.");

} // namespace

class TestCompareView final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<CompareView> m_compare;
    DocumentId m_one;
    DocumentId m_two;
    QHash<QString, ClaimId> m_claims;

    CompareView &compare() { return *m_compare; }
    ComparisonModel &model() { return *m_compare->model(); }
    QTreeView &tree() { return *m_compare->view(); }

    ClaimId addClaim(DocumentId document, const QString &quote, const QString &holder,
                     const QString &topic, Stance stance, std::optional<int> position = {})
    {
        const QString &text = document == m_one ? articleOne : articleTwo;
        const qint64 start = text.indexOf(quote);
        const ClaimId id =
            addClaimAt(document, start, start + quote.size(), holder, topic, stance, position);
        m_claims.insert(quote, id);
        return id;
    }

    void newProject()
    {
        m_compare.reset();
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_claims.clear();
    }

    void showView()
    {
        m_compare = std::make_unique<CompareView>(project(), nullptr);
        m_compare->resize(1100, 600);
        m_compare->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_compare.get()));
    }

    // The names of the topic rows shown, depth first.
    QStringList shownTopics(const QModelIndex &parent = {})
    {
        QStringList names;
        for (int row = 0; row < model().rowCount(parent); ++row) {
            const QModelIndex index = model().index(row, 0, parent);
            if (model().rowKind(index) != ComparisonModel::RowKind::Topic)
                continue;
            names.append(index.data().toString());
            names.append(shownTopics(index));
        }
        return names;
    }

    // The cell showing a claim's quote.
    QModelIndex quoteCell(ClaimId id, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model().rowCount(parent); ++row) {
            for (const int column :
                 {ComparisonModel::ActorAColumn, ComparisonModel::ActorBColumn}) {
                const QModelIndex cell = model().index(row, column, parent);
                if (model().claimAt(cell) == id)
                    return cell;
            }
            const QModelIndex found = quoteCell(id, model().index(row, 0, parent));
            if (found.isValid())
                return found;
        }
        return {};
    }

    static void choose(CodebookCombo *combo, ActorId id)
    {
        const int index = combo->findActor(id);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The last pair is kept per project in the settings: keep them to the test.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DemarcheTests"));
        QSettings().remove(QStringLiteral("compare"));
    }

    // France first in the codebook but without claims; Russia (Lavrov under it) and the
    // United States with claims; Grain deal under Ukraine.
    void init()
    {
        newProject();
        m_one = addDocument(QStringLiteral("Ministers meet"), articleOne, QDate(2024, 3, 2),
                            QStringLiteral("Reuters"));
        m_two = addDocument(QStringLiteral("Talks resume"), articleTwo, QDate(2024, 1, 10),
                            QStringLiteral("Reuters"));
        addActor(QStringLiteral("France"));
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("Lavrov"), russia);
        Topic grain;
        grain.name = QStringLiteral("Grain deal");
        grain.parent = topicId(QStringLiteral("Ukraine"));
        QVERIFY(project().execute(new AddTopicCommand(project(), grain)));
        addClaim(m_one, QStringLiteral("Moscow demands the neutrality of Ukraine."),
                 QStringLiteral("Russia"), QStringLiteral("Ukraine"), Stance::Demand, -60);
        addClaim(m_one, QStringLiteral("Washington proposes talks on Ukraine."),
                 QStringLiteral("United States"), QStringLiteral("Ukraine"), Stance::Proposal, 40);
        addClaim(m_two, QStringLiteral("Lavrov rejects a grain corridor."),
                 QStringLiteral("Lavrov"), QStringLiteral("Grain deal"), Stance::Refusal, -20);
        addClaim(m_two, QStringLiteral("Moscow insists on guarantees for Ukraine."),
                 QStringLiteral("Russia"), QStringLiteral("Ukraine"), Stance::Demand);
        showView();
    }

    void cleanup()
    {
        m_compare.reset();
        m_project.reset();
    }

    void opensOnTheFirstActorsWithClaims()
    {
        QCOMPARE(compare().actorA(), actorId(QStringLiteral("Russia")));
        QCOMPARE(compare().actorB(), actorId(QStringLiteral("United States")));
        QCOMPARE(compare().bar()->actorACombo()->currentText(), QStringLiteral("Russia"));
        QCOMPARE(shownTopics(),
                 (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain deal")}));
        // Expanded: the quotes are on screen.
        const QModelIndex quote =
            quoteCell(m_claims.value(QStringLiteral("Lavrov rejects a grain corridor.")));
        QVERIFY(quote.isValid());
        QVERIFY(tree().visualRect(quote).isValid());
        QCOMPARE(compare().hintText(), QString());
    }

    void opensOnTheActorsItIsGiven()
    {
        const ActorId usa = actorId(QStringLiteral("United States"));
        const ActorId russia = actorId(QStringLiteral("Russia"));
        CompareView given(project(), nullptr, usa, russia);
        QCOMPARE(given.actorA(), usa);
        QCOMPARE(given.actorB(), russia);
        QCOMPARE(given.model()->comparison().a.id, usa);
        QCOMPARE(given.bar()->actorACombo()->currentText(), QStringLiteral("United States"));
        // An actor the codebook lacks falls back to the project's last pair, which was
        // just shown, and without one to the default pair.
        CompareView fallback(project(), nullptr, usa, ActorId(9999));
        QCOMPARE(fallback.actorA(), usa);
        QCOMPARE(fallback.actorB(), russia);
        QSettings().remove(QStringLiteral("compare"));
        CompareView fresh(project(), nullptr, usa, ActorId(9999));
        QCOMPARE(fresh.actorA(), russia);
        QCOMPARE(fresh.actorB(), usa);
    }

    // Russia and its member Lavrov have spoken, the United States not yet: Russia is
    // compared with the United States, not with its own minister.
    void opensAgainstAnotherTopLevelActor()
    {
        newProject();
        const DocumentId document = addDocument(QStringLiteral("Talks resume"), articleTwo);
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("Lavrov"), russia);
        addActor(QStringLiteral("United States"));
        addClaimAt(document, 0, 14, QStringLiteral("Lavrov"), QStringLiteral("Ukraine"));
        addClaimAt(document, 33, 39, QStringLiteral("Russia"), QStringLiteral("Ukraine"));
        showView();
        QCOMPARE(compare().actorA(), russia);
        QCOMPARE(compare().actorB(), actorId(QStringLiteral("United States")));
        QCOMPARE(compare().bar()->actorBCombo()->currentText(), QStringLiteral("United States"));
    }

    // Each project opens on the pair last compared in it; a pair with a removed actor
    // gives way to the default.
    void remembersThePairPerProject()
    {
        const ActorId france = actorId(QStringLiteral("France"));
        const ActorId lavrov = actorId(QStringLiteral("Lavrov"));
        choose(compare().bar()->actorACombo(), france);
        choose(compare().bar()->actorBCombo(), lavrov);
        QCOMPARE(compare().actorB(), lavrov);
        const QString firstPath = project().path();
        showView(); // the view built again, as after a restart
        QCOMPARE(compare().actorA(), france);
        QCOMPARE(compare().actorB(), lavrov);
        QCOMPARE(compare().bar()->actorACombo()->currentText(), QStringLiteral("France"));

        init(); // another project, the same codebook: its own default pair
        QVERIFY(project().path() != firstPath);
        QCOMPARE(compare().actorA(), actorId(QStringLiteral("Russia")));
        QCOMPARE(compare().actorB(), actorId(QStringLiteral("United States")));

        // The first project again, reopened from its file.
        m_compare.reset();
        auto reopened = Project::open(firstPath);
        QVERIFY(reopened);
        m_project = std::move(reopened).value();
        showView();
        QCOMPARE(compare().actorA(), france);
        QCOMPARE(compare().actorB(), lavrov);
    }

    // In Russia's column Lavrov's quote says it is his, and quotes of one document share
    // a row while a quote from another stands alone.
    void quotesNameTheirSpeakerAndPairWhenRelated()
    {
        const QModelIndex lavrov =
            quoteCell(m_claims.value(QStringLiteral("Lavrov rejects a grain corridor.")));
        QVERIFY(lavrov.isValid());
        QCOMPARE(lavrov.data().toString(),
                 QStringLiteral("Lavrov: Lavrov rejects a grain corridor."));
        QVERIFY(tree().visualRect(lavrov).isValid());
        const QModelIndex own =
            quoteCell(m_claims.value(QStringLiteral("Moscow demands the neutrality of Ukraine.")));
        QCOMPARE(own.data().toString(),
                 QStringLiteral("Moscow demands the neutrality of Ukraine."));

        // Document one: Moscow's demand beside Washington's proposal.
        const QModelIndex proposal =
            quoteCell(m_claims.value(QStringLiteral("Washington proposes talks on Ukraine.")));
        QCOMPARE(proposal.row(), own.row());
        QCOMPARE(proposal.parent(), own.parent());
        // Document two's claim has nothing of Washington's beside it.
        const QModelIndex insists =
            quoteCell(m_claims.value(QStringLiteral("Moscow insists on guarantees for Ukraine.")));
        QVERIFY(insists.row() != own.row());
        const QModelIndex empty = insists.siblingAtColumn(ComparisonModel::ActorBColumn);
        QVERIFY(!model().claimAt(empty).isValid());
        QVERIFY(!empty.data(roles::PositionRole).isValid());
    }

    void choosingActorsFillsTheTree()
    {
        auto *first = compare().bar()->actorACombo();
        auto *second = compare().bar()->actorBCombo();
        choose(first, actorId(QStringLiteral("France")));
        QCOMPARE(compare().actorA(), actorId(QStringLiteral("France")));
        QCOMPARE(shownTopics(), QStringList{QStringLiteral("Ukraine")});

        addClaim(m_one, QStringLiteral("Paris wants talks on Syria."), QStringLiteral("France"),
                 QStringLiteral("Syria"), Stance::Proposal);
        QCOMPARE(shownTopics(), (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Syria")}));

        // Up from the United States is Lavrov, listed under Russia.
        second->setFocus();
        QTest::keyClick(second, Qt::Key_Up);
        QCOMPARE(second->currentText(), QStringLiteral("Lavrov"));
        QCOMPARE(compare().actorB(), actorId(QStringLiteral("Lavrov")));
        QCOMPARE(model().headerData(ComparisonModel::ActorBColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Lavrov"));
        // Ukraine without claims of either, shown for its sub-topic.
        QCOMPARE(shownTopics(),
                 (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain deal"),
                              QStringLiteral("Syria")}));
    }

    void addedClaimAppearsWithoutReload()
    {
        QSignalSpy resets(&model(), &QAbstractItemModel::modelReset);
        const ClaimId id =
            addClaim(m_one, QStringLiteral("Washington supports sanctions on Iran."),
                     QStringLiteral("United States"), QStringLiteral("Iran"), Stance::Support, 50);
        QCOMPARE(shownTopics(),
                 (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain deal"),
                              QStringLiteral("Iran")}));
        const QModelIndex quote = quoteCell(id);
        QVERIFY(quote.isValid());
        QCOMPARE(quote.column(), int(ComparisonModel::ActorBColumn));
        QVERIFY(tree().visualRect(quote).isValid()); // the new topic is expanded too
        QCOMPARE(resets.count(), 0);
    }

    void clickOnQuoteActivatesClaim_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::newRow("A's quote") << QStringLiteral("Moscow insists on guarantees for Ukraine.");
        QTest::newRow("B's quote") << QStringLiteral("Washington proposes talks on Ukraine.");
        QTest::newRow("a member's quote") << QStringLiteral("Lavrov rejects a grain corridor.");
    }

    void clickOnQuoteActivatesClaim()
    {
        QFETCH(QString, quote);
        QSignalSpy activated(&compare(), &CompareView::claimActivated);
        const QModelIndex cell = quoteCell(m_claims.value(quote));
        QVERIFY(cell.isValid());
        tree().scrollTo(cell);
        QTest::mouseClick(tree().viewport(), Qt::LeftButton, {}, tree().visualRect(cell).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ClaimId>(), m_claims.value(quote));
    }

    void clickOnTopicActivatesNothing()
    {
        QSignalSpy activated(&compare(), &CompareView::claimActivated);
        const QModelIndex topic =
            model().topicIndex(topicId(QStringLiteral("Ukraine")), ComparisonModel::ActorAColumn);
        QTest::mouseClick(tree().viewport(), Qt::LeftButton, {}, tree().visualRect(topic).center());
        QCOMPARE(activated.count(), 0);
    }

    // Enter on a quote activates it; on another cell of the row, A's quote.
    void enterActivatesClaim_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("quote");
        // Row 1 is document one's pair, row 0 January's quote of Russia's alone.
        QTest::newRow("A's cell") << 1 << int(ComparisonModel::ActorAColumn)
                                  << QStringLiteral("Moscow demands the neutrality of Ukraine.");
        QTest::newRow("B's cell") << 1 << int(ComparisonModel::ActorBColumn)
                                  << QStringLiteral("Washington proposes talks on Ukraine.");
        QTest::newRow("the bar") << 1 << int(ComparisonModel::ComparisonColumn)
                                 << QStringLiteral("Moscow demands the neutrality of Ukraine.");
        QTest::newRow("B's empty cell")
            << 0 << int(ComparisonModel::ActorBColumn)
            << QStringLiteral("Moscow insists on guarantees for Ukraine.");
    }

    void enterActivatesClaim()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, quote);
        QSignalSpy activated(&compare(), &CompareView::claimActivated);
        const QModelIndex ukraine = model().topicIndex(topicId(QStringLiteral("Ukraine")));
        const QModelIndex cell = model().index(row, column, ukraine);
        tree().setFocus();
        tree().setCurrentIndex(cell);
        QTest::keyClick(&tree(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ClaimId>(), m_claims.value(quote));
    }

    void swapButtonSwaps()
    {
        const ActorId russia = actorId(QStringLiteral("Russia"));
        const ActorId usa = actorId(QStringLiteral("United States"));
        QTest::mouseClick(compare().bar()->swapButton(), Qt::LeftButton);
        QCOMPARE(compare().actorA(), usa);
        QCOMPARE(compare().actorB(), russia);
        QCOMPARE(compare().bar()->actorACombo()->currentText(), QStringLiteral("United States"));
        QCOMPARE(compare().bar()->actorBCombo()->currentText(), QStringLiteral("Russia"));
        const QModelIndex grain = model().topicIndex(topicId(QStringLiteral("Grain deal")),
                                                     ComparisonModel::ActorBColumn);
        QCOMPARE(grain.data(roles::ClaimCountRole).toInt(), 1);
    }

    void filtersReachTheRows()
    {
        ScopeFilter *scope = compare().bar()->scopeFilter();
        // Roll-up off: Lavrov's claim is no longer Russia's.
        compare().bar()->rollUpBox()->click();
        QCOMPARE(shownTopics(), QStringList{QStringLiteral("Ukraine")});
        compare().bar()->rollUpBox()->click();

        // Topics without claims.
        compare().bar()->showEmptyBox()->click();
        QVERIFY(shownTopics().contains(QStringLiteral("Syria")));
        compare().bar()->showEmptyBox()->click();
        QVERIFY(!shownTopics().contains(QStringLiteral("Syria")));

        // Proposals only: only the United States' claim is left.
        const QList<QAction *> stances = scope->stanceButton()->menu()->actions();
        const auto proposal = std::find_if(stances.cbegin(), stances.cend(), [](QAction *action) {
            return action->isCheckable() && action->data().toInt() == int(Stance::Proposal);
        });
        QVERIFY(proposal != stances.cend());
        (*proposal)->trigger();
        QCOMPARE(model().scope().stances, QList<Stance>{Stance::Proposal});
        QCOMPARE(shownTopics(), QStringList{QStringLiteral("Ukraine")});
        QCOMPARE(model()
                     .topicIndex(topicId(QStringLiteral("Ukraine")), ComparisonModel::ActorAColumn)
                     .data(roles::ClaimCountRole)
                     .toInt(),
                 0);
        (*proposal)->trigger();

        // A date range from February leaves out the January article.
        QComboBox *mode = scope->documentModeCombo();
        mode->setCurrentIndex(mode->findData(ScopeFilter::DateRange));
        QVERIFY(scope->fromEdit()->isVisible());
        QCOMPARE(scope->fromEdit()->date(), QDate(2024, 1, 10)); // the earliest publication
        scope->fromEdit()->setDate(QDate(2024, 2, 1));
        QCOMPARE(model().scope().from, std::optional<QDate>(QDate(2024, 2, 1)));
        QCOMPARE(shownTopics(), QStringList{QStringLiteral("Ukraine")});
        QCOMPARE(model().rowCount(model().topicIndex(topicId(QStringLiteral("Ukraine")))), 1);

        // Chosen documents: none ticked counts everything, one ticked only that one.
        mode->setCurrentIndex(mode->findData(ScopeFilter::ChosenDocuments));
        QVERIFY(!scope->fromEdit()->isVisible());
        QCOMPARE(shownTopics(),
                 (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain deal")}));
        const QList<QAction *> documents = scope->documentsButton()->menu()->actions();
        QCOMPARE(documents.size(), 2);
        documents.at(1)->trigger(); // Talks resume
        QCOMPARE(model().scope().documents, QList<DocumentId>{m_two});
        QCOMPARE(shownTopics(),
                 (QStringList{QStringLiteral("Ukraine"), QStringLiteral("Grain deal")}));
        QCOMPARE(model()
                     .topicIndex(topicId(QStringLiteral("Ukraine")), ComparisonModel::ActorBColumn)
                     .data(roles::ClaimCountRole)
                     .toInt(),
                 0);
    }

    void emptyStates_data()
    {
        QTest::addColumn<int>("actors");
        QTest::addColumn<bool>("sameActor");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no actors") << 0 << false << QStringLiteral("Comparing needs two actors");
        QTest::newRow("one actor") << 1 << false << QStringLiteral("Comparing needs two actors");
        QTest::newRow("the same actor twice")
            << 2 << true << QStringLiteral("Choose two different actors");
        QTest::newRow("no claims")
            << 2 << false << QStringLiteral("Neither Alpha nor Beta has claims yet");
    }

    void emptyStates()
    {
        QFETCH(int, actors);
        QFETCH(bool, sameActor);
        QFETCH(QString, hint);
        newProject();
        if (actors > 0)
            addActor(QStringLiteral("Alpha"));
        if (actors > 1)
            addActor(QStringLiteral("Beta"));
        showView();
        if (sameActor)
            compare().setActors(actorId(QStringLiteral("Alpha")), actorId(QStringLiteral("Alpha")));
        QVERIFY2(compare().hintText().startsWith(hint), qPrintable(compare().hintText()));
        QCOMPARE(model().rowCount(), 0);
        QCOMPARE(compare().bar()->csvButton()->isEnabled(), actors == 2 && !sameActor);

        // Adding the second actor clears "needs two actors".
        if (actors == 1) {
            addActor(QStringLiteral("Beta"));
            QVERIFY2(compare().hintText().startsWith(QStringLiteral("Neither Alpha nor Beta")),
                     qPrintable(compare().hintText()));
        }
    }

    void exportsCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("comparison.csv"));
        const Status written = compare().exportCsv(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0).trimmed(),
                 QByteArray("topic,topic_parent,status,actor_a,claims_a,mean_position_a,"
                            "stances_a,actor_b,claims_b,mean_position_b,stances_b,distance"));
        QVERIFY(lines.at(1).startsWith("Ukraine,,both,Russia,2,"));
        QVERIFY(lines.at(2).startsWith("Grain deal,Ukraine,only-a,Russia,1,"));
    }

    void exportOntoTheProjectIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("report") << QStringLiteral("report");
    }

    // A report is saved as PDF unless the name ends in .html, so the project's own name
    // would get a PDF over it.
    void exportOntoTheProjectIsRefused()
    {
        QFETCH(QString, kind);
        const QString path = project().path();
        const Status written =
            kind == QLatin1String("csv") ? compare().exportCsv(path) : compare().exportReport(path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QLatin1String("is the open project itself")),
                 qPrintable(written.error().message));
        QVERIFY(isOpenProject(path));
    }

    void exportsReport_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("pdf") << QStringLiteral("report.pdf");
        QTest::newRow("html") << QStringLiteral("report.html");
    }

    void exportsReport()
    {
        QFETCH(QString, fileName);
        const QString path = m_dir.filePath(fileName);
        const Status written = compare().exportReport(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString text;
        if (fileName.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
            const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            if (pdftotext.isEmpty())
                QSKIP("pdftotext is not installed; the PDF's text is not checked");
            QProcess process;
            process.start(pdftotext, {path, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(30000));
            text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        } else {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>") || bytes.contains("<html"));
            text = QString::fromUtf8(bytes);
        }
        for (const QString &expected :
             {QStringLiteral("Ukraine"), QStringLiteral("Grain deal"), QStringLiteral("Russia"),
              QStringLiteral("United States"), QStringLiteral("Lavrov rejects a grain corridor.")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
