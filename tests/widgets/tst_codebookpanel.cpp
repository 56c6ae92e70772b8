// The codebook dock driven as an analyst would: buttons, keys and in-place editors on
// the offscreen platform, message boxes and dialogs answered as they pop up.
#include "core/commands/addclaimcommand.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "widgets/codebook/codebookpage.h"
#include "widgets/codebook/codebookpanel.h"
#include "widgets/codebook/mergedialog.h"
#include "widgets/codebook/topicscaledialog.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace demarche;

namespace {

// Calls `handle` with the next modal dialog of type T as soon as it is shown; the caller
// then opens it (exec() blocks until `handle` closes it).
template <typename T>
void whenModal(const std::function<void(T *)> &handle)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, handle]() {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            handle(dialog);
    });
    timer->start(10);
}

QPushButton *buttonNamed(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestCodebookPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<CodebookPanel> m_panel;
    ActorId m_russia;
    ActorId m_lavrov;
    ActorId m_usa;
    ClaimId m_claim;

    Project &project() { return *m_project; }
    CodebookPage &page() { return *m_panel->actorsPage(); }
    QTreeView &view() { return *page().view(); }
    QUndoStack &undo() { return *m_project->undoStack(); }

    // Straight into the project: the fixture needs no undo.
    ActorId addActor(const QString &name, ActorId parent = {})
    {
        Actor actor;
        actor.name = name;
        actor.parent = parent;
        auto added = project().insertActor(actor);
        return added ? added->id : ActorId();
    }

    QString actorName(ActorId id)
    {
        const Actor *actor = project().actor(id);
        return actor ? actor->name : QString();
    }

    QStringList rootNames()
    {
        QStringList names;
        for (int row = 0; row < view().model()->rowCount(); ++row)
            names.append(view().model()->index(row, 0).data().toString());
        return names;
    }

    void select(ActorId id, CodebookTreeModel::Field field = CodebookTreeModel::Field::Name)
    {
        const ActorTreeModel &model = *m_panel->actorModel();
        view().setCurrentIndex(model.indexOf(id, model.column(field)));
        view().setFocus();
    }

    // The in-place editor the view has open, if any.
    template <typename Editor>
    Editor *openEditor()
    {
        return qobject_cast<Editor *>(QApplication::focusWidget());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Actors Russia[Lavrov], USA; Lavrov holds one claim on Ukraine.
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("p%1.demarche").arg(++m_counter)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_russia = addActor(QStringLiteral("Russia"));
        m_lavrov = addActor(QStringLiteral("Lavrov"), m_russia);
        m_usa = addActor(QStringLiteral("USA"));
        Document document;
        document.title = QStringLiteral("Talks");
        document.text = QStringLiteral("Lavrov demands guarantees.");
        auto added = project().insertDocument(document, ProjectStore::Duplicates::Allow);
        QVERIFY(added);
        Claim claim;
        claim.document = added->id;
        claim.end = 6;
        claim.holder = m_lavrov;
        claim.topic = project().topics().at(0).id;
        auto *command = new AddClaimCommand(project(), claim);
        QVERIFY(project().execute(command));
        m_claim = command->claimId();
        undo().clear();

        m_panel = std::make_unique<CodebookPanel>(project());
        m_panel->resize(700, 400);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
    }

    void showsBothCodebooksAsTrees()
    {
        QCOMPARE(rootNames(), QStringList({QStringLiteral("Russia"), QStringLiteral("USA")}));
        QVERIFY(view().isExpanded(m_panel->actorModel()->indexOf(m_russia)));
        m_panel->showTopics();
        QVERIFY(m_panel->topicsPage()->isVisible());
        QCOMPARE(m_panel->topicsPage()->view()->model()->rowCount(), 3);
        m_panel->showActors();
        QVERIFY(page().isVisible());
        QCOMPARE(page().addEntryAction()->shortcut(), QKeySequence(Qt::Key_Insert));
        QWidget *deleteButton = page().toolBar()->widgetForAction(page().deleteAction());
        QCOMPARE(deleteButton->accessibleName(), QStringLiteral("Delete the selected entry"));
        QVERIFY(page().deleteAction()->toolTip().startsWith(QStringLiteral("Delete the selected")));
    }

    // Long aliases are elided; the names beside them stay whole.
    void namesStayReadableBesideLongAliases()
    {
        Actor russia = *project().actor(m_russia);
        for (int i = 0; i < 12; ++i)
            russia.aliases.append(QStringLiteral("Russian Federation delegation %1").arg(i));
        QVERIFY(project().changeActor(russia));
        m_panel->resize(420, 400);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QHeaderView *header = view().header();
        const int name = m_panel->actorModel()->column(CodebookTreeModel::Field::Name);
        const int aliases = m_panel->actorModel()->column(CodebookTreeModel::Field::Aliases);
        QVERIFY(name >= 0 && aliases >= 0);
        view().doItemsLayout();
        // Indentation, swatch and the longest name fit the column.
        const int needed = static_cast<QAbstractItemView &>(view()).sizeHintForColumn(name);
        QVERIFY2(
            needed <= header->sectionSize(name),
            qPrintable(
                QStringLiteral("%1 wide, %2 needed").arg(header->sectionSize(name)).arg(needed)));
        const QString aliasText =
            m_panel->actorModel()->indexOf(m_russia, aliases).data().toString();
        QVERIFY(view().fontMetrics().horizontalAdvance(aliasText) > header->sectionSize(aliases));
        QVERIFY(header->sectionSize(aliases) > 0);
    }

    void addWithButtonThenRenameInPlace()
    {
        QWidget *button = page().toolBar()->widgetForAction(page().addEntryAction());
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(project().actors().size(), 4);
        const ActorId added = project().actors().constLast().id;
        QCOMPARE(actorName(added), QStringLiteral("New actor"));
        QCOMPARE(page().currentEntry(), added.value());

        auto *editor = openEditor<QLineEdit>();
        QVERIFY(editor);
        QCOMPARE(editor->selectedText(), QStringLiteral("New actor"));
        QTest::keyClicks(editor, QStringLiteral("Turkey"));
        QTest::keyClick(editor, Qt::Key_Enter);
        // The delegate commits on Enter once the editor has seen the key: queued.
        QTRY_COMPARE(actorName(added), QStringLiteral("Turkey"));
        QCOMPARE(undo().count(), 2);

        // A second new entry gets a name of its own; Escape keeps it.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(openEditor<QLineEdit>());
        QTest::keyClick(openEditor<QLineEdit>(), Qt::Key_Escape);
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keyClick(openEditor<QLineEdit>(), Qt::Key_Escape);
        QCOMPARE(actorName(project().actors().constLast().id), QStringLiteral("New actor 2"));

        // F2 renames the selected entry; undo takes the name back.
        select(m_russia);
        QTest::keyClick(&view(), Qt::Key_F2);
        editor = openEditor<QLineEdit>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Russian Federation"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(actorName(m_russia), QStringLiteral("Russian Federation"));
        QCOMPARE(page().currentEntry(), m_russia.value());
        undo().undo();
        QCOMPARE(actorName(m_russia), QStringLiteral("Russia"));
        QCOMPARE(view().currentIndex().data().toString(), QStringLiteral("Russia"));
    }

    void addChildUnderSelection()
    {
        select(m_usa);
        QTest::keyClick(&view(), Qt::Key_Insert, Qt::ControlModifier | Qt::ShiftModifier);
        auto *editor = openEditor<QLineEdit>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Blinken"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(undo().count(), 2);
        const Actor &child = project().actors().constLast();
        QCOMPARE(child.name, QStringLiteral("Blinken"));
        QCOMPARE(child.parent, m_usa);
        // A state's member is a person (a minister, a spokesperson), not another state.
        QCOMPARE(child.kind, ActorKind::Person);
        QVERIFY(view().isExpanded(m_panel->actorModel()->indexOf(m_usa)));
    }

    void moveDownChangesOrder()
    {
        const ActorTreeModel &model = *m_panel->actorModel();
        select(m_russia);
        QVERIFY(!page().moveUpAction()->isEnabled());
        QVERIFY(page().moveDownAction()->isEnabled());
        QTest::keyClick(&view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(rootNames(), QStringList({QStringLiteral("USA"), QStringLiteral("Russia")}));
        QCOMPARE(project().actors().at(0).id, m_usa);
        QCOMPARE(model.quickTagNumber(m_usa.value()), 1);
        QCOMPARE(model.quickTagNumber(m_lavrov.value()), 3);
        // The selection stays on the moved entry, which cannot move further down.
        QCOMPARE(page().currentEntry(), m_russia.value());
        QVERIFY(!page().moveDownAction()->isEnabled());
        QVERIFY(page().moveUpAction()->isEnabled());
        undo().undo();
        QCOMPARE(rootNames(), QStringList({QStringLiteral("Russia"), QStringLiteral("USA")}));
    }

    void deleteUnusedActor()
    {
        select(m_usa);
        QTest::keyClick(&view(), Qt::Key_Delete);
        QVERIFY(!project().actor(m_usa));
        QCOMPARE(rootNames(), QStringList({QStringLiteral("Russia")}));
        QCOMPARE(page().currentEntry(), m_lavrov.value()); // its neighbour in the codebook
        undo().undo();
        QCOMPARE(actorName(m_usa), QStringLiteral("USA"));
    }

    void deleteUsedActorOffersReassign()
    {
        QString message;
        QString explanation;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            message = box->text();
            whenModal<MergeDialog>([&](MergeDialog *dialog) {
                dialog->setTargetId(m_russia.value());
                explanation = dialog->explanation();
                dialog->accept();
            });
            buttonNamed(box, QStringLiteral("Reassign to…"))->click();
        });
        select(m_lavrov);
        page().deleteAction()->trigger();
        QCOMPARE(message, QStringLiteral("“Lavrov” is used by one claim."));
        QCOMPARE(explanation,
                 QStringLiteral("The one claim of “Lavrov” will move to “Russia”; “Lavrov” is "
                                "then deleted."));
        QVERIFY(!project().actor(m_lavrov));
        QCOMPARE(project().store().claim(m_claim)->holder, m_russia);
        QCOMPARE(page().currentEntry(), m_russia.value());
        undo().undo();
        QCOMPARE(project().store().claim(m_claim)->holder, m_lavrov);
    }

    void cancelledDeleteKeepsTheActor()
    {
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        select(m_lavrov);
        QTest::keyClick(&view(), Qt::Key_Delete);
        QCOMPARE(actorName(m_lavrov), QStringLiteral("Lavrov"));
        QCOMPARE(undo().count(), 0);
    }

    void mergeDialogPicksTarget()
    {
        QStringList targets;
        whenModal<MergeDialog>([&](MergeDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("mergeTarget"));
            for (int i = 0; i < combo->count(); ++i)
                targets.append(combo->itemText(i).trimmed());
            dialog->setTargetId(m_usa.value());
            buttonNamed(dialog, QStringLiteral("Merge"))->click();
        });
        select(m_lavrov);
        QTest::keyClick(&view(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(targets, QStringList({QStringLiteral("Russia"), QStringLiteral("USA")}));
        QVERIFY(!project().actor(m_lavrov));
        QCOMPARE(project().store().claim(m_claim)->holder, m_usa);
        QCOMPARE(m_panel->actorModel()->claimCount(m_usa.value()), 1);
    }

    void colourSwatchOpensTheColourDialog()
    {
        whenModal<QColorDialog>([](QColorDialog *dialog) {
            dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
            dialog->accept();
        });
        select(m_usa, CodebookTreeModel::Field::Colour);
        QTest::keyClick(&view(), Qt::Key_Space);
        QCOMPARE(project().actor(m_usa)->color, QColor(0x12, 0x34, 0x56));
        QCOMPARE(undo().count(), 1);
    }

    void kindIsChosenFromTheVocabulary()
    {
        select(m_lavrov, CodebookTreeModel::Field::Kind);
        QTest::keyClick(&view(), Qt::Key_F2);
        auto *combo = openEditor<QComboBox>();
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("person")));
        QTest::keyClick(combo, Qt::Key_Enter);
        QTRY_COMPARE(project().actor(m_lavrov)->kind, ActorKind::Person);
        QCOMPARE(view().currentIndex().data().toString(), QStringLiteral("Person"));
    }

    void kindEditorIsNotClipped()
    {
        select(m_usa, CodebookTreeModel::Field::Kind);
        QTest::keyClick(&view(), Qt::Key_F2);
        auto *combo = openEditor<QComboBox>();
        QVERIFY(combo);
        // The editor is as large as it needs for the longest kind ("Organisation"), and
        // its column as wide.
        QVERIFY(combo->width() >= combo->sizeHint().width());
        QVERIFY(combo->height() >= combo->sizeHint().height());
        const int column = m_panel->actorModel()->column(CodebookTreeModel::Field::Kind);
        QVERIFY2(view().columnWidth(column) >= combo->sizeHint().width(),
                 qPrintable(QStringLiteral("column %1, editor %2")
                                .arg(view().columnWidth(column))
                                .arg(combo->sizeHint().width())));
        QTest::keyClick(combo, Qt::Key_Escape);
    }

    void selectionIsAnnounced()
    {
        QSignalSpy actors(m_panel.get(), &CodebookPanel::actorSelected);
        select(m_usa);
        QCOMPARE(actors.count(), 1);
        QCOMPARE(actors.at(0).at(0).value<ActorId>(), m_usa);
        QSignalSpy topics(m_panel.get(), &CodebookPanel::topicSelected);
        m_panel->selectTopic(project().topics().at(1).id);
        QVERIFY(!topics.isEmpty());
        QCOMPARE(topics.constLast().at(0).value<TopicId>(), project().topics().at(1).id);
    }

    // The topic's scale is edited in its dialog, from the toolbar, as one undo step.
    void scaleIsEditedAndUndone()
    {
        const Topic before = project().topics().at(1);
        QVERIFY(before.hasScale()); // a default topic comes with one
        QStringList shown;
        whenModal<TopicScaleDialog>([&](TopicScaleDialog *dialog) {
            shown = {dialog->negativePoleEdit()->text(), dialog->positivePoleEdit()->text()};
            dialog->negativePoleEdit()->setText(QStringLiteral("  Isolation of Damascus "));
            dialog->positivePoleEdit()->clear();
            dialog->noteEdit()->setPlainText(QStringLiteral("Aid alone is 0."));
            dialog->accept();
        });
        m_panel->selectTopic(before.id);
        QAction *scale = m_panel->topicScaleAction();
        QVERIFY(scale->isEnabled());
        QWidget *button = m_panel->topicsPage()->toolBar()->widgetForAction(scale);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(shown, QStringList({before.negativePole, before.positivePole}));
        const Topic *after = project().topic(before.id);
        QCOMPARE(after->negativePole, QStringLiteral("Isolation of Damascus"));
        QVERIFY(after->positivePole.isEmpty());
        QCOMPARE(after->scaleNote, QStringLiteral("Aid alone is 0."));
        QCOMPARE(after->name, before.name);
        QCOMPARE(undo().count(), 1);
        undo().undo();
        QCOMPARE(project().topic(before.id)->negativePole, before.negativePole);
        QCOMPARE(project().topic(before.id)->positivePole, before.positivePole);
        QCOMPARE(project().topic(before.id)->scaleNote, before.scaleNote);

        // Cancelled, or unchanged: nothing to undo.
        whenModal<TopicScaleDialog>([](TopicScaleDialog *dialog) { dialog->reject(); });
        scale->trigger();
        whenModal<TopicScaleDialog>([](TopicScaleDialog *dialog) { dialog->accept(); });
        scale->trigger();
        QCOMPARE(undo().index(), 0);
        QCOMPARE(undo().count(), 1);
    }

    void readOnlyAllowsNoEdits()
    {
        m_panel->setReadOnly(true);
        select(m_usa);
        for (QAction *action : {page().addEntryAction(), page().addChildAction(),
                                page().moveUpAction(), page().moveDownAction(),
                                page().mergeAction(), page().deleteAction(), page().colourAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QTest::keyClick(&view(), Qt::Key_F2);
        QVERIFY(!openEditor<QLineEdit>());
        QTest::keyClick(&view(), Qt::Key_Insert);
        QTest::keyClick(&view(), Qt::Key_Delete);
        QCOMPARE(project().actors().size(), 3);
        QCOMPARE(undo().count(), 0);
        m_panel->selectTopic(project().topics().at(0).id);
        QVERIFY(!m_panel->topicScaleAction()->isEnabled());
        m_panel->setReadOnly(false);
        QVERIFY(m_panel->topicScaleAction()->isEnabled());
        select(m_usa);
        QVERIFY(page().deleteAction()->isEnabled());
    }
};

QTEST_MAIN(TestCodebookPanel)
#include "tst_codebookpanel.moc"
