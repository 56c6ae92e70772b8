// The analyst's views speak a newly chosen language at once, without a restart: once a
// translator that marks every text is installed, no interface text of the claims panel,
// the codebook, the claim inspector, the compare view, the matrix or the timeline is left
// unmarked; the models announce their new headers and labels without a reset, so that
// selections stay; and the combo boxes keep their choices while their labels change.
#include "core/domain/vocabulary.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/claimtablemodel.h"
#include "core/models/codebookitemmodel.h"
#include "core/models/comparisonmodel.h"
#include "core/models/documentlistmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "core/sample/sampleproject.h"
#include "support/markingtranslator.h"
#include "support/widgetlookup.h"
#include "widgets/claims/claimspanel.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/compare/compareview.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/matrix/matrixview.h"
#include "widgets/network/networkview.h"
#include "widgets/timeline/timelinechart.h"
#include "widgets/timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <functional>
#include <memory>

using namespace demarche;
using testing::MarkingTranslator;

namespace {

// The marking translator, for as long as it lives. Qt posts the language change to the
// windows, so the events are delivered before the texts are looked at.
class MarkedLanguage
{
public:
    MarkedLanguage()
    {
        QCoreApplication::installTranslator(&m_translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    ~MarkedLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    Q_DISABLE_COPY_MOVE(MarkedLanguage)

private:
    MarkingTranslator m_translator;
};

bool marked(const QVariant &text)
{
    return MarkingTranslator::isMarked(text.toString());
}

enum class View { Claims, Codebook, Inspector, Compare, Matrix, Timeline, Network };
enum class Model { Claims, Comparison, Actors, Matrix, Documents };

} // namespace

class TestRetranslation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    Project &project() { return *m_project; }

    ActorId actorNamed(const QString &name) const
    {
        for (const Actor &actor : m_project->actors()) {
            if (actor.name == name)
                return actor.id;
        }
        qFatal("no actor %s in the sample", qPrintable(name));
    }

    TopicId topicNamed(const QString &name) const
    {
        for (const Topic &topic : m_project->topics()) {
            if (topic.name == name)
                return topic.id;
        }
        qFatal("no topic %s in the sample", qPrintable(name));
    }

    ClaimId firstClaim() const
    {
        auto claims = m_project->store().claims();
        if (!claims || claims->isEmpty())
            qFatal("the sample has no claims");
        return claims->first().id;
    }

    // The names and titles of the sample: a header or menu that shows one shows data.
    QStringList dataTexts() const
    {
        QStringList texts;
        for (const Actor &actor : m_project->actors())
            texts.append(actor.name);
        for (const Topic &topic : m_project->topics())
            texts.append(topic.name);
        for (const Document &document : m_project->documents())
            texts.append(document.title);
        return texts;
    }

    QStringList withoutData(const QStringList &unmarked) const
    {
        const QStringList data = dataTexts();
        QStringList left;
        for (const QString &entry : unmarked) {
            const bool isData =
                std::any_of(data.cbegin(), data.cend(), [&entry](const QString &text) {
                    return entry.endsWith(QStringLiteral(": ") + text);
                });
            if (!isData)
                left.append(entry);
        }
        return left;
    }

    // The view, shown as a window of its own, and the object names of its labels that
    // show the user's data.
    struct ViewUnderTest
    {
        std::unique_ptr<QWidget> widget;
        QStringList dataLabels;
    };

    ViewUnderTest makeView(View kind)
    {
        switch (kind) {
        case View::Claims:
            return {std::make_unique<ClaimsPanel>(project()), QStringList()};
        case View::Codebook:
            return {std::make_unique<CodebookPanel>(project()), QStringList()};
        case View::Inspector: {
            auto inspector = std::make_unique<ClaimInspector>(project(), nullptr);
            inspector->setClaim(firstClaim());
            // The claim's document, analyst and times, and the poles of its topic.
            return {std::move(inspector),
                    QStringList{QStringLiteral("documentTitle"), QStringLiteral("analyst"),
                                QStringLiteral("created"), QStringLiteral("updated"),
                                QStringLiteral("negativePole"), QStringLiteral("positivePole")}};
        }
        case View::Compare:
            return {std::make_unique<CompareView>(project(), nullptr,
                                                  actorNamed(QStringLiteral("Russia")),
                                                  actorNamed(QStringLiteral("United States"))),
                    QStringList()};
        case View::Matrix: {
            auto matrix = std::make_unique<MatrixView>(project());
            matrix->setCurrentCell(actorNamed(QStringLiteral("Russia")),
                                   topicNamed(QStringLiteral("Ukraine")));
            return {std::move(matrix), QStringList()};
        }
        case View::Timeline: {
            auto timeline = std::make_unique<TimelineView>(project());
            timeline->setSelection(actorNamed(QStringLiteral("Russia")),
                                   topicNamed(QStringLiteral("Ukraine")));
            return {std::move(timeline), QStringList()};
        }
        case View::Network:
            return {std::make_unique<NetworkView>(project()), QStringList()};
        }
        return {};
    }

    // Selects `index` and checks, once the language has changed, that the model said
    // so without a reset, that `label` was announced and reads marked, and that the
    // selection stayed.
    static void checkAnnounced(QAbstractItemModel &model, const QModelIndex &label, int role,
                               const QList<int> &translatedColumns)
    {
        QVERIFY(label.isValid());
        QVERIFY(!marked(label.data(role)));
        QItemSelectionModel selection(&model);
        const QPersistentModelIndex selected = label;
        selection.select(selected, QItemSelectionModel::ClearAndSelect);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const MarkedLanguage language;
        QVERIFY(marked(label.data(role)));
        for (const int column : translatedColumns)
            QVERIFY2(marked(model.headerData(column, Qt::Horizontal)),
                     qPrintable(model.headerData(column, Qt::Horizontal).toString()));
        if (!translatedColumns.isEmpty())
            QVERIFY(!headers.isEmpty());
        const bool announced = std::any_of(data.cbegin(), data.cend(), [&label](const auto &args) {
            const auto from = args.at(0).template value<QModelIndex>();
            const auto to = args.at(1).template value<QModelIndex>();
            return from.parent() == label.parent() && from.row() <= label.row()
                   && label.row() <= to.row() && from.column() <= label.column()
                   && label.column() <= to.column();
        });
        QVERIFY(announced);
        QCOMPARE(resets.size(), 0);
        QVERIFY(selected.isValid());
        QVERIFY(selection.isSelected(selected));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.demarche"));
        QVERIFY(createSampleProject(path));
        auto opened = Project::open(path);
        QVERIFY(opened);
        m_project = std::move(opened).value();
    }

    void cleanupTestCase() { m_project.reset(); }

    void everyTextFollowsTheLanguage_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("claims panel with its filter bar") << int(View::Claims);
        QTest::newRow("codebook panel and its pages") << int(View::Codebook);
        QTest::newRow("claim inspector and position editor") << int(View::Inspector);
        QTest::newRow("compare view") << int(View::Compare);
        QTest::newRow("matrix view with its legend") << int(View::Matrix);
        QTest::newRow("timeline view") << int(View::Timeline);
        QTest::newRow("network view") << int(View::Network);
    }

    void everyTextFollowsTheLanguage()
    {
        QFETCH(int, view);
        auto [widget, dataLabels] = makeView(View(view));
        widget->resize(1000, 700);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        // Before: the English texts, which the check must be able to tell apart.
        const QStringList english = withoutData(testing::unmarkedTexts(widget.get(), dataLabels));
        QVERIFY(!english.isEmpty());
        {
            const MarkedLanguage language;
            const QStringList unmarked =
                withoutData(testing::unmarkedTexts(widget.get(), dataLabels));
            QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u'\n')));
        }
        // And back: the same English texts once the translator is gone.
        QCOMPARE(withoutData(testing::unmarkedTexts(widget.get(), dataLabels)), english);
    }

    void compareViewHeadersFollowTheLanguage()
    {
        CompareView view(project(), nullptr, actorNamed(QStringLiteral("Russia")),
                         actorNamed(QStringLiteral("United States")));
        view.show();
        const MarkedLanguage language;
        QAbstractItemModel *model = view.view()->model();
        QVERIFY(marked(model->headerData(ComparisonModel::TopicColumn, Qt::Horizontal)));
        QVERIFY(marked(model->headerData(ComparisonModel::ComparisonColumn, Qt::Horizontal)));
        // The actors' columns are named after them: data, not interface.
        QCOMPARE(model->headerData(ComparisonModel::ActorAColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Russia"));
    }

    // A longer language does not cut a heading short: the narrow columns (position,
    // salience) grow to their headings when the language changes.
    void claimsHeadingsFitTheLanguage()
    {
        ClaimsPanel panel(project());
        panel.resize(1000, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const MarkedLanguage language;
        QHeaderView *header = panel.view()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || column == ClaimTableModel::QuoteColumn)
                continue;
            QVERIFY2(
                header->sectionSize(column) >= header->sectionSizeHint(column),
                qPrintable(panel.view()->model()->headerData(column, Qt::Horizontal).toString()));
        }
    }

    void timelineChartFollowsTheLanguage()
    {
        TimelineView view(project());
        view.setSelection(actorNamed(QStringLiteral("Russia")),
                          topicNamed(QStringLiteral("Ukraine")));
        view.show();
        QVERIFY(view.isChartShown());
        const MarkedLanguage language;
        TimelineChart *chart = view.chart();
        QVERIFY(marked(chart->title()));
        QVERIFY(marked(chart->positionAxis()->titleText()));
        QVERIFY(marked(chart->countAxis()->titleText()));
        QVERIFY(marked(chart->positionSeries()->name()));
        QVERIFY(MarkingTranslator::isMarked(view.statusText()));
    }

    void modelsAnnounceNewTexts_data()
    {
        QTest::addColumn<int>("model");
        QTest::newRow("claims: headers and stances") << int(Model::Claims);
        QTest::newRow("comparison: headers and evidence") << int(Model::Comparison);
        QTest::newRow("actors: headers and kinds") << int(Model::Actors);
        QTest::newRow("matrix: cell tooltips") << int(Model::Matrix);
        QTest::newRow("documents: headers and tooltips") << int(Model::Documents);
    }

    void modelsAnnounceNewTexts()
    {
        QFETCH(int, model);
        switch (Model(model)) {
        case Model::Claims: {
            ClaimTableModel claims(project());
            QAbstractItemModelTester tester(&claims,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QList<int> columns;
            for (int column = 0; column < ClaimTableModel::ColumnCount; ++column)
                columns.append(column);
            checkAnnounced(claims, claims.index(2, ClaimTableModel::StanceColumn), Qt::DisplayRole,
                           columns);
            break;
        }
        case Model::Comparison: {
            ComparisonModel comparison(project());
            comparison.setActors(actorNamed(QStringLiteral("Russia")),
                                 actorNamed(QStringLiteral("United States")));
            QAbstractItemModelTester tester(&comparison,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            // The first quote of either side, whose line names its stance.
            QModelIndex evidence;
            for (int row = 0; row < comparison.rowCount() && !evidence.isValid(); ++row) {
                const QModelIndex topic = comparison.index(row, 0);
                for (int child = 0; child < comparison.rowCount(topic); ++child) {
                    for (const int column :
                         {ComparisonModel::ActorAColumn, ComparisonModel::ActorBColumn}) {
                        const QModelIndex cell = comparison.index(child, column, topic);
                        if (!evidence.isValid() && comparison.claimAt(cell).isValid())
                            evidence = cell;
                    }
                }
            }
            checkAnnounced(comparison, evidence, roles::MetaTextRole,
                           {ComparisonModel::TopicColumn, ComparisonModel::ComparisonColumn});
            break;
        }
        case Model::Actors: {
            ActorTreeModel actors(project());
            QAbstractItemModelTester tester(&actors,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const int kind = actors.column(CodebookTreeModel::Field::Kind);
            checkAnnounced(actors, actors.index(0, kind), Qt::DisplayRole,
                           {actors.column(CodebookTreeModel::Field::Name), kind});
            break;
        }
        case Model::Matrix: {
            ActorTopicMatrixModel matrix(project());
            QAbstractItemModelTester tester(&matrix,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            // Topics and actors head the matrix: data, not interface.
            const QModelIndex cell =
                matrix.index(matrix.rowOf(actorNamed(QStringLiteral("Russia"))),
                             matrix.columnOf(topicNamed(QStringLiteral("Ukraine"))));
            checkAnnounced(matrix, cell, Qt::ToolTipRole, {});
            break;
        }
        case Model::Documents: {
            DocumentListModel documents(project());
            QAbstractItemModelTester tester(&documents,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            checkAnnounced(documents, documents.index(0, DocumentListModel::TitleColumn),
                           Qt::ToolTipRole,
                           {DocumentListModel::TitleColumn, DocumentListModel::DateColumn,
                            DocumentListModel::SourceColumn, DocumentListModel::ClaimsColumn});
            break;
        }
        }
    }

    // Each combo listing stances, attributions, modes or periods keeps what was chosen
    // while its labels change, and reads English again afterwards.
    void combosKeepTheirChoice_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QVariant>("choice");
        QTest::newRow("claims: stance filter")
            << int(View::Claims) << QStringLiteral("stanceFilter")
            << QVariant(int(Stance::Support));
        QTest::newRow("inspector: stance")
            << int(View::Inspector) << QStringLiteral("stance") << QVariant();
        QTest::newRow("inspector: attribution")
            << int(View::Inspector) << QStringLiteral("attribution") << QVariant();
        QTest::newRow("compare: documents")
            << int(View::Compare) << QStringLiteral("documentFilter") << QVariant(1);
        QTest::newRow("matrix: colour mode")
            << int(View::Matrix) << QStringLiteral("colourMode") << QVariant(1);
        QTest::newRow("timeline: period") << int(View::Timeline) << QStringLiteral("timelinePeriod")
                                          << QVariant(int(TimelinePeriod::Month));
    }

    void combosKeepTheirChoice()
    {
        QFETCH(int, view);
        QFETCH(QString, combo);
        QFETCH(QVariant, choice);
        auto [widget, dataLabels] = makeView(View(view));
        widget->show();
        auto *box = testing::requireChild<QComboBox>(widget.get(), combo);
        if (choice.isValid())
            box->setCurrentIndex(box->findData(choice));
        QVERIFY(box->currentIndex() >= 0);
        const QVariant chosen = box->currentData();
        const QString english = box->currentText();
        {
            const MarkedLanguage language;
            QCOMPARE(box->currentData(), chosen);
            QVERIFY2(MarkingTranslator::isMarked(box->currentText()),
                     qPrintable(box->currentText()));
        }
        QCOMPARE(box->currentData(), chosen);
        QCOMPARE(box->currentText(), english);
    }
};

QTEST_MAIN(TestRetranslation)
#include "tst_retranslation.moc"
