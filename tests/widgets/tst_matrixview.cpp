// The matrix view driven as an analyst would: clicking cells and actor names, moving
// with the arrows, opening a listed claim, asking for a comparison, switching the colour
// scale and exporting, while claims come and go through the real undo commands.
#include "core/commands/addclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/io/openprojects.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "support/projectfixture.h"
#include "support/widgetlookup.h"
#include "widgets/matrix/matrixcelldelegate.h"
#include "widgets/matrix/matrixclaimlist.h"
#include "widgets/matrix/matrixheaderview.h"
#include "widgets/matrix/matrixlegend.h"
#include "widgets/matrix/matrixview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace demarche;

class TestMatrixView final : public QObject, private ProjectFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_nextWord = 0;
    DocumentId m_document;
    QHash<QString, ClaimId> m_claims;
    std::unique_ptr<MatrixView> m_view;

    MatrixView &view() { return *m_view; }
    QTableView *table() { return m_view->table(); }

    template <typename T>
    T *child(const QString &name)
    {
        return testing::requireChild<T>(m_view.get(), name);
    }

    ClaimId addClaim(const QString &name, const QString &holder, const QString &topic,
                     Stance stance, std::optional<int> position = {})
    {
        const qint64 start = qint64(m_nextWord++) * 7;
        const ClaimId id =
            addClaimAt(m_document, start, start + 6, holder, topic, stance, position);
        m_claims.insert(name, id);
        return id;
    }

    void newProject()
    {
        m_view.reset();
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("v%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_claims.clear();
        m_nextWord = 0;
        m_document = addDocument(QStringLiteral("Talks in Antalya"), numberedWords(40));
    }

    void showView()
    {
        m_view = std::make_unique<MatrixView>(project());
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    QModelIndex cell(const QString &actor, const QString &topic)
    {
        const ActorTopicMatrixModel *model = view().model();
        return model->index(model->rowOf(actorId(actor)), model->columnOf(topicId(topic)));
    }

    void clickCell(const QModelIndex &index)
    {
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table()->visualRect(index).center());
    }

    void clickActor(const QString &actor, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QHeaderView *header = table()->verticalHeader();
        const int row = view().model()->rowOf(actorId(actor));
        const QPoint centre(header->width() / 2,
                            header->sectionViewportPosition(row) + header->sectionSize(row) / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, centre);
    }

    QList<ClaimId> ids(const QStringList &names)
    {
        QList<ClaimId> list;
        for (const QString &name : names)
            list.append(m_claims.value(name));
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Russia with Lavrov under it, the United States and France; five claims.
    void init()
    {
        newProject();
        const ActorId russia = addActor(QStringLiteral("Russia"));
        addActor(QStringLiteral("United States"));
        addActor(QStringLiteral("France"));
        addActor(QStringLiteral("Lavrov"), russia);
        addClaim(QStringLiteral("c1"), QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                 Stance::Demand, -60);
        addClaim(QStringLiteral("c2"), QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                 Stance::Refusal, -20);
        addClaim(QStringLiteral("c3"), QStringLiteral("Lavrov"), QStringLiteral("Ukraine"),
                 Stance::Demand);
        addClaim(QStringLiteral("c4"), QStringLiteral("United States"), QStringLiteral("Ukraine"),
                 Stance::Support, 70);
        addClaim(QStringLiteral("c5"), QStringLiteral("United States"), QStringLiteral("Syria"),
                 Stance::Proposal);
        showView();
    }

    void cleanup()
    {
        m_view.reset();
        m_project.reset();
    }

    void showsCountsWithActorsAndTopicsAsHeaders()
    {
        QCOMPARE(table()->model(), view().model());
        QVERIFY(qobject_cast<MatrixHeaderView *>(table()->verticalHeader()));
        const QAbstractItemModel *model = table()->model();
        QStringList actors;
        for (int row = 0; row < model->rowCount(); ++row)
            actors.append(model->headerData(row, Qt::Vertical).toString());
        QCOMPARE(actors, (QStringList{QStringLiteral("Russia"), QStringLiteral("Lavrov"),
                                      QStringLiteral("United States"), QStringLiteral("France")}));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Ukraine"));
        QCOMPARE(cell(QStringLiteral("Russia"), QStringLiteral("Ukraine")).data().toInt(), 3);
        QCOMPARE(cell(QStringLiteral("United States"), QStringLiteral("Syria")).data().toInt(), 1);
        QCOMPARE(cell(QStringLiteral("France"), QStringLiteral("Iran")).data(), QVariant());
        // Lavrov's name is indented under Russia's.
        QCOMPARE(model->headerData(1, Qt::Vertical, roles::DepthRole).toInt(), 1);
        // Square-ish cells.
        const QRect rect =
            table()->visualRect(cell(QStringLiteral("Russia"), QStringLiteral("Iran")));
        QVERIFY(rect.width() >= rect.height());
        QVERIFY(rect.width() <= rect.height() * 4);
        QVERIFY(!child<QLabel>(QStringLiteral("matrixHint"))->isVisible());

        // Roll-up off: Russia's own claims only.
        child<QCheckBox>(QStringLiteral("rollUp"))->click();
        QCOMPARE(cell(QStringLiteral("Russia"), QStringLiteral("Ukraine")).data().toInt(), 2);
    }

    void clickingACellListsItsClaims()
    {
        MatrixClaimList *list = view().claimList();
        clickCell(cell(QStringLiteral("United States"), QStringLiteral("Syria")));
        QCOMPARE(list->shownClaims(), ids({QStringLiteral("c5")}));
        clickCell(cell(QStringLiteral("Russia"), QStringLiteral("Ukraine")));
        QList<ClaimId> shown = list->shownClaims();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ids({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
        QVERIFY(!child<QLabel>(QStringLiteral("claimListHint"))->isVisible());
        const QTreeWidgetItem *first = list->topLevelItem(0);
        QCOMPARE(first->text(MatrixClaimList::DocumentColumn), QStringLiteral("Talks in Antalya"));
        QStringList holders;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            holders.append(list->topLevelItem(i)->text(MatrixClaimList::HolderColumn));
        holders.sort();
        QCOMPARE(holders, (QStringList{QStringLiteral("Lavrov"), QStringLiteral("Russia"),
                                       QStringLiteral("Russia")}));

        // The arrows move across cells and the list follows.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex(),
                 cell(QStringLiteral("Lavrov"), QStringLiteral("Ukraine")));
        QCOMPARE(list->shownClaims(), ids({QStringLiteral("c3")}));
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(list->shownClaims(), ids({QStringLiteral("c4")}));
        QTest::keyClick(table(), Qt::Key_Right);
        QCOMPARE(table()->currentIndex(),
                 cell(QStringLiteral("United States"), QStringLiteral("Syria")));
        QCOMPARE(list->shownClaims(), ids({QStringLiteral("c5")}));
        QTest::keyClick(table(), Qt::Key_Right);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(child<QLabel>(QStringLiteral("claimListHint"))->text(),
                 QStringLiteral("No claims: United States on Iran."));
    }

    // A listed claim's date reads as the chosen language writes it, with the whole year.
    void listedDatesKeepTheWholeYear()
    {
        Document dated = *m_project->documentInfo(m_document);
        dated.date = QDate(2026, 7, 9);
        QVERIFY(m_project->changeDocument(dated));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MatrixClaimList *list = view().claimList();
        clickCell(cell(QStringLiteral("United States"), QStringLiteral("Syria")));
        QCOMPARE(list->topLevelItemCount(), 1);
        const QModelIndex date = list->model()->index(0, MatrixClaimList::DateColumn);
        const auto *delegate =
            qobject_cast<const QStyledItemDelegate *>(list->itemDelegateForIndex(date));
        QVERIFY(delegate);
        const QString shown = delegate->displayText(date.data(), QLocale());
        QLocale::setDefault(before);
        QCOMPARE(shown, QStringLiteral("09.07.2026"));
    }

    void activatingAListedClaimEmitsIt()
    {
        QSignalSpy activated(&view(), &MatrixView::claimActivated);
        clickCell(cell(QStringLiteral("United States"), QStringLiteral("Ukraine")));
        // Enter in the table goes down to the claims; Enter there opens one.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        MatrixClaimList *list = view().claimList();
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<ClaimId>(), m_claims.value(QStringLiteral("c4")));

        const QRect item = list->visualItemRect(list->topLevelItem(0));
        // A double-click: a click, then the second press that the system reports as double.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, item.center());
        QCOMPARE(activated.size(), 1);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, item.center());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<ClaimId>(), m_claims.value(QStringLiteral("c4")));
    }

    void twoSelectedActorsCanBeCompared()
    {
        auto *compare = child<QPushButton>(QStringLiteral("compareButton"));
        QSignalSpy requested(&view(), &MatrixView::compareRequested);
        QVERIFY(!compare->isEnabled());
        clickActor(QStringLiteral("United States"));
        QCOMPARE(view().selectedActors(), QList<ActorId>{actorId(QStringLiteral("United States"))});
        QVERIFY(!compare->isEnabled());
        clickActor(QStringLiteral("Russia"), Qt::ControlModifier);
        QCOMPARE(view().selectedActors(),
                 (QList<ActorId>{actorId(QStringLiteral("Russia")),
                                 actorId(QStringLiteral("United States"))}));
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<ActorId>(), actorId(QStringLiteral("Russia")));
        QCOMPARE(requested.at(0).at(1).value<ActorId>(), actorId(QStringLiteral("United States")));

        // Enter in the table asks too.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Enter);
        QCOMPARE(requested.size(), 2);

        // A third actor, or a single cell, is not a pair.
        clickActor(QStringLiteral("France"), Qt::ControlModifier);
        QCOMPARE(view().selectedActors().size(), 3);
        QVERIFY(!compare->isEnabled());
        clickCell(cell(QStringLiteral("France"), QStringLiteral("Syria")));
        QVERIFY(view().selectedActors().isEmpty());
        QVERIFY(!compare->isEnabled());
    }

    void theCurrentCellCanBeChartedOverTime()
    {
        auto *button = child<QPushButton>(QStringLiteral("overTimeButton"));
        QSignalSpy requested(&view(), &MatrixView::timelineRequested);
        table()->setCurrentIndex(QModelIndex());
        QVERIFY(!button->isEnabled());
        clickCell(cell(QStringLiteral("France"), QStringLiteral("Syria")));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<ActorId>(), actorId(QStringLiteral("France")));
        QCOMPARE(requested.at(0).at(1).value<TopicId>(), topicId(QStringLiteral("Syria")));
    }

    void aNewClaimUpdatesTheCellLive()
    {
        const QModelIndex usa = cell(QStringLiteral("United States"), QStringLiteral("Syria"));
        clickCell(usa);
        QCOMPARE(view().claimList()->topLevelItemCount(), 1);
        const ClaimId added = addClaim(QStringLiteral("c6"), QStringLiteral("United States"),
                                       QStringLiteral("Syria"), Stance::Commitment, 30);
        QCOMPARE(usa.data().toInt(), 2);
        QCOMPARE(view().claimList()->topLevelItemCount(), 2);
        QVERIFY(view().claimList()->shownClaims().contains(added));
        QCOMPARE(table()->currentIndex(), usa);

        project().undoStack()->undo();
        QCOMPARE(usa.data().toInt(), 1);
        QCOMPARE(view().claimList()->shownClaims(), ids({QStringLiteral("c5")}));

        // A new actor resets the model; the current cell stays where it was.
        addActor(QStringLiteral("Blinken"), actorId(QStringLiteral("United States")));
        QCOMPARE(table()->currentIndex(),
                 cell(QStringLiteral("United States"), QStringLiteral("Syria")));
        QCOMPARE(view().claimList()->shownClaims(), ids({QStringLiteral("c5")}));
    }

    void switchingTheColourModeRecolours()
    {
        const QModelIndex usa = cell(QStringLiteral("United States"), QStringLiteral("Ukraine"));
        const MatrixCellDelegate *delegate = view().cellDelegate();
        QCOMPARE(table()->itemDelegate(), delegate);
        const QColor byCount = delegate->background(usa, table()->palette()).color();
        auto *legend = child<MatrixLegend>(QStringLiteral("legend"));
        QCOMPARE(legend->highText(), QStringLiteral("3"));
        auto *mode = child<QComboBox>(QStringLiteral("colourMode"));
        QCOMPARE(mode->currentText(), QStringLiteral("Number of claims"));
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentText(), QStringLiteral("Mean position"));
        QCOMPARE(delegate->colourMode(), MatrixColourScale::Mode::ByPosition);
        QCOMPARE(legend->colourMode(), MatrixColourScale::Mode::ByPosition);
        const QColor byPosition = delegate->background(usa, table()->palette()).color();
        QVERIFY(byPosition != byCount);
        QCOMPARE(byPosition, delegate->scale(table()->palette()).positionColour(70));
        // The cell says the mean it is coloured by, not the count.
        QCOMPARE(delegate->text(usa), QStringLiteral("70.0"));
        QCOMPARE(delegate->text(cell(QStringLiteral("Russia"), QStringLiteral("Ukraine"))),
                 QStringLiteral("\u221240.0"));
        QCOMPARE(legend->lowText(), QStringLiteral("\u2212100"));
        QCOMPARE(legend->highText(), QStringLiteral("+100"));
        // The scales start from the table's base colour, and follow a dark palette.
        QCOMPARE(delegate->scale(table()->palette()).base(),
                 view().palette().color(QPalette::Base));
        QPalette dark = view().palette();
        dark.setColor(QPalette::Base, QColor(35, 35, 38));
        view().setPalette(dark);
        QCOMPARE(delegate->scale(table()->palette()).base(), QColor(35, 35, 38));
        const QModelIndex noPosition =
            cell(QStringLiteral("United States"), QStringLiteral("Syria"));
        QCOMPARE(delegate->textColour(noPosition, table()->palette()), QColor(Qt::white));
    }

    // A small matrix fills the table rather than sitting in its top left corner, at any
    // size; a large one keeps its cells readable and scrolls.
    void tableFillsTheViewport()
    {
        const auto filled = [this]() {
            const QHeaderView *columns = table()->horizontalHeader();
            const QHeaderView *rows = table()->verticalHeader();
            return columns->length() == table()->viewport()->width()
                   && rows->length() == table()->viewport()->height();
        };
        QVERIFY(table()->viewport()->width() > 0);
        QTRY_VERIFY(filled());
        m_view->resize(1400, 900);
        QTRY_VERIFY(filled());
        m_view->resize(700, 560);
        QTRY_VERIFY(filled());

        const int minimumWidth = table()->horizontalHeader()->minimumSectionSize();
        for (int i = 0; i < 40; ++i) {
            Topic topic;
            topic.name = QStringLiteral("Topic %1").arg(i);
            QVERIFY(project().execute(new AddTopicCommand(project(), topic)));
        }
        QTRY_VERIFY(table()->horizontalHeader()->length() > table()->viewport()->width());
        QVERIFY(table()->horizontalHeader()->sectionSize(0) >= minimumWidth);
        QVERIFY(table()->horizontalScrollBar()->isVisible());
    }

    void exportWritesTheMatrix()
    {
        const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
        QVERIFY(view().exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith(
            "actor,actor_parent,topic,topic_parent,claims,positioned,mean_position,demand"));
        QVERIFY(lines.contains(QByteArray("Russia,,Ukraine,,3,2,-40.0,2,0,0,1,0,0,0,0,0\r")));

        // A folder that is not there: a message names the file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/matrix.csv"));
        QVERIFY(!view().exportCsv(bad));
        auto *box = view().findChild<QMessageBox *>(QStringLiteral("exportError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(bad)));
        box->close();
    }

    // The export's own refusal reaches the analyst, and the project file stays in place.
    void exportOntoTheProjectIsRefusedAndShown()
    {
        const QString path = project().path();
        QVERIFY(!view().exportCsv(path));
        auto *box = view().findChild<QMessageBox *>(QStringLiteral("exportError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(QLatin1String("is the open project itself")),
                 qPrintable(box->informativeText()));
        box->close();
        QVERIFY(isOpenProject(path));
    }

    void emptyStatesExplainWhatToDo()
    {
        newProject();
        showView();
        auto *hint = child<QLabel>(QStringLiteral("matrixHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().startsWith(QStringLiteral("No actors yet")));
        QVERIFY(!child<QPushButton>(QStringLiteral("compareButton"))->isEnabled());
        addActor(QStringLiteral("Russia"));
        QVERIFY(hint->text().startsWith(QStringLiteral("No claims yet")));
        QCOMPARE(view().model()->rowCount(), 1);
        addClaim(QStringLiteral("first"), QStringLiteral("Russia"), QStringLiteral("Iran"),
                 Stance::Threat);
        QVERIFY(!hint->isVisible());
        QVERIFY(view().exportCsv(m_dir.filePath(QStringLiteral("small.csv"))));
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
