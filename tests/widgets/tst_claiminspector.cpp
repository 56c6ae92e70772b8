// The claim inspector driven by keys as an analyst would: each edit reaches the store as
// one undo step (slider steps and note typing merged), undo and redo show in the fields,
// and changes made elsewhere (another command, a removal, the codebook) show at once.
#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/changeclaimcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/commands/removeclaimscommand.h"
#include "core/domain/topicscale.h"
#include "core/models/modelroles.h"
#include "core/project/project.h"
#include "widgets/common/elidedlabel.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/help/userguidedialog.h"
#include "widgets/inspector/claiminspector.h"
#include "widgets/inspector/codebookcombo.h"
#include "widgets/inspector/positioneditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace demarche;

class TestClaimInspector final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ClaimInspector> m_inspector;
    ActorId m_russia;
    ActorId m_lavrov; // under Russia
    ActorId m_usa;
    ClaimId m_claim;

    Project &project() { return *m_project; }
    ClaimInspector &inspector() { return *m_inspector; }
    QUndoStack &undo() { return *m_project->undoStack(); }

    Claim stored()
    {
        auto claim = m_project->store().claim(m_claim);
        if (!claim)
            qFatal("the claim is gone: %s", qPrintable(claim.error().message));
        return claim.value();
    }

    ActorId addActor(const QString &name, ActorId parent = {})
    {
        Actor actor;
        actor.name = name;
        actor.color = QColor(Qt::darkRed);
        actor.parent = parent;
        auto *command = new AddActorCommand(project(), actor);
        if (!project().execute(command))
            qFatal("cannot add an actor");
        return project().actors().last().id;
    }

    // Drags the slider's handle by `dx` pixels with the mouse.
    static void drag(QSlider *slider, int dx)
    {
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = slider->orientation();
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = slider->sliderPosition();
        option.sliderValue = slider->value();
        option.tickPosition = slider->tickPosition();
        option.tickInterval = slider->tickInterval();
        const QPoint handle =
            slider->style()
                ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
                .center();
        QTest::mousePress(slider, Qt::LeftButton, {}, handle);
        QTest::mouseMove(slider, handle + QPoint(dx / 2, 0));
        QTest::mouseMove(slider, handle + QPoint(dx, 0));
        QTest::mouseRelease(slider, Qt::LeftButton, {}, handle + QPoint(dx, 0));
    }

    bool emptyStateShown()
    {
        const auto labels = inspector().findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text() == QLatin1String("Select a claim to see its details"))
                return label->isVisible();
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto created =
            Project::create(m_dir.filePath(QStringLiteral("t%1.demarche").arg(++m_projects)));
        QVERIFY(created);
        m_project = std::move(created).value();
        m_usa = addActor(QStringLiteral("United States"));
        m_russia = addActor(QStringLiteral("Russia"));
        m_lavrov = addActor(QStringLiteral("Lavrov"), m_russia);

        Document document;
        document.title = QStringLiteral("Ministers meet");
        document.text = QStringLiteral("Moscow demands guarantees. Washington asks for talks.");
        auto *addDocument = new AddDocumentCommand(project(), document);
        QVERIFY(project().execute(addDocument));
        Claim claim;
        claim.document = addDocument->documentId();
        claim.start = 0;
        claim.end = 25;
        claim.holder = m_russia;
        claim.topic = project().topics().first().id;
        auto *addClaim = new AddClaimCommand(project(), claim);
        QVERIFY(project().execute(addClaim));
        m_claim = addClaim->claimId();
        undo().clear();

        m_inspector = std::make_unique<ClaimInspector>(project(), nullptr);
        m_inspector->resize(400, 600);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
        m_inspector->setClaim(m_claim);
    }

    void cleanup()
    {
        m_inspector.reset();
        m_project.reset();
    }

    void emptyStateUntilAClaimIsSet()
    {
        ClaimInspector fresh(project(), nullptr);
        fresh.show();
        QVERIFY(!fresh.claimId().isValid());
        const auto labels = fresh.findChildren<QLabel *>();
        auto hint = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == QLatin1String("Select a claim to see its details");
        });
        QVERIFY(hint != labels.cend());
        QVERIFY((*hint)->isVisible());
        QVERIFY(!fresh.holderCombo()->isVisible());

        QCOMPARE(inspector().claimId(), m_claim);
        QVERIFY(!emptyStateShown());
        QVERIFY(inspector().holderCombo()->isVisible());
        inspector().setClaim(ClaimId());
        QVERIFY(emptyStateShown());
    }

    void showsTheClaim()
    {
        const auto labels = inspector().findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *label : labels)
            texts.append(label->text());
        QVERIFY(texts.contains(QStringLiteral("“Moscow demands guarantees”")));
        QVERIFY(texts.contains(QStringLiteral("Ministers meet")));
        QCOMPARE(inspector().holderCombo()->currentActor(), m_russia);
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("Russia"));
        QCOMPARE(inspector().targetCombo()->currentIndex(), 0);
        QCOMPARE(inspector().targetCombo()->currentText(), QStringLiteral("— none —"));
        QCOMPARE(inspector().topicCombo()->currentText(), QStringLiteral("Ukraine"));
        QCOMPARE(inspector().stanceCombo()->currentText(), QStringLiteral("Assessment"));
        QVERIFY(!inspector().positionEditor()->setCheckBox()->isChecked());
        QVERIFY(!inspector().positionEditor()->slider()->isEnabled());
        QCOMPARE(inspector().salienceSpin()->value(), 3);
    }

    void childrenFollowTheirParentIndented()
    {
        const CodebookCombo *holder = inspector().holderCombo();
        QCOMPARE(holder->count(), 3);
        QCOMPARE(holder->itemText(0), QStringLiteral("United States"));
        QCOMPARE(holder->itemText(1), QStringLiteral("Russia"));
        QCOMPARE(holder->itemText(2), QStringLiteral("Lavrov"));
        QCOMPARE(holder->itemData(1, roles::DepthRole).toInt(), 0);
        QCOMPARE(holder->itemData(2, roles::DepthRole).toInt(), 1);
        QVERIFY(!holder->itemIcon(0).isNull());
        QCOMPARE(inspector().targetCombo()->count(), 4); // "none" first
    }

    void holderAndStanceByKeys()
    {
        inspector().holderCombo()->setFocus();
        QTest::keyClick(inspector().holderCombo(), Qt::Key_Down);
        QCOMPARE(stored().holder, m_lavrov);
        QTest::keyClick(inspector().stanceCombo(), Qt::Key_Up);
        QCOMPARE(stored().stance, Stance::Threat);
        QCOMPARE(undo().count(), 2);

        undo().undo();
        QCOMPARE(stored().stance, Stance::Assessment);
        QCOMPARE(inspector().stanceCombo()->currentText(), QStringLiteral("Assessment"));
        undo().undo();
        QCOMPARE(stored().holder, m_russia);
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("Russia"));
        undo().redo();
        QCOMPARE(stored().holder, m_lavrov);
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("Lavrov"));
    }

    void targetNoneAndBack()
    {
        CodebookCombo *target = inspector().targetCombo();
        QTest::keyClick(target, Qt::Key_Down);
        QCOMPARE(stored().target, m_usa);
        QCOMPARE(target->currentActor(), m_usa);
        QTest::keyClick(target, Qt::Key_Up);
        QVERIFY(!stored().target.isValid());
        // One "none": the invalid id, in the item and from the combo.
        QCOMPARE(target->currentIndex(), 0);
        QCOMPARE(target->currentActor(), ActorId());
        QCOMPARE(target->findActor(ActorId()), 0);
        QCOMPARE(target->itemData(0, roles::ActorIdRole).value<ActorId>(), ActorId());
        QVERIFY(!target->currentTopic().isValid());
        QCOMPARE(undo().count(), 2);
    }

    void sliderStepsAreOneUndoStep()
    {
        PositionEditor *position = inspector().positionEditor();
        QTest::keyClick(position->setCheckBox(), Qt::Key_Space);
        QCOMPARE(stored().position, std::optional<int>(0));
        QVERIFY(position->slider()->isEnabled());
        QCOMPARE(undo().count(), 1);

        for (int i = 0; i < 5; ++i)
            QTest::keyClick(position->slider(), Qt::Key_Right);
        QTest::keyClick(position->slider(), Qt::Key_PageUp);
        QCOMPARE(stored().position, std::optional<int>(15));
        QCOMPARE(position->spinBox()->value(), 15);
        QCOMPARE(undo().count(), 2); // six steps, one undo step

        undo().undo();
        QCOMPARE(stored().position, std::optional<int>(0));
        QCOMPARE(position->slider()->value(), 0);
        QCOMPARE(position->spinBox()->value(), 0);
        undo().redo();
        QCOMPARE(position->slider()->value(), 15);

        // The spin box mirrors the slider both ways.
        position->spinBox()->setValue(-40);
        QCOMPARE(position->slider()->value(), -40);
        QCOMPARE(stored().position, std::optional<int>(-40));
    }

    void eachDragIsAnUndoStepOfItsOwn()
    {
        PositionEditor *position = inspector().positionEditor();
        QTest::keyClick(position->setCheckBox(), Qt::Key_Space);
        drag(position->slider(), 60);
        const std::optional<int> first = stored().position;
        QVERIFY(first.value_or(0) > 0);
        QTest::keyClick(position->slider(), Qt::Key_Right); // still the same gesture
        drag(position->slider(), -30);
        const std::optional<int> second = stored().position;
        QVERIFY(second.value_or(1000) < *first);
        QCOMPARE(undo().count(), 3); // set, first drag with its key step, second drag
        undo().undo();
        QCOMPARE(stored().position, std::optional<int>(*first + 1));
        undo().undo();
        QCOMPARE(stored().position, std::optional<int>(0));
    }

    void clearingSetLeavesNoPosition()
    {
        PositionEditor *position = inspector().positionEditor();
        QTest::keyClick(position->setCheckBox(), Qt::Key_Space);
        QTest::keyClick(position->slider(), Qt::Key_Left);
        QCOMPARE(stored().position, std::optional<int>(-1));
        QTest::keyClick(position->setCheckBox(), Qt::Key_Space);
        QCOMPARE(stored().position, std::nullopt);
        QVERIFY(!position->slider()->isEnabled());
        QVERIFY(!position->spinBox()->isEnabled());
        QCOMPARE(undo().count(), 3); // set, move, clear: each its own step
        undo().undo();
        QCOMPARE(stored().position, std::optional<int>(-1));
        QVERIFY(position->setCheckBox()->isChecked());
        QVERIFY(position->slider()->isEnabled());
    }

    void salienceAndAttribution()
    {
        QTest::keyClick(inspector().salienceSpin(), Qt::Key_Up);
        QTest::keyClick(inspector().salienceSpin(), Qt::Key_Up);
        QCOMPARE(stored().salience, 5);
        QCOMPARE(undo().count(), 1);
        QTest::keyClick(inspector().attributionCombo(), Qt::Key_Up);
        QCOMPARE(stored().attribution, Attribution::Quote);
        undo().undo();
        undo().undo();
        QCOMPARE(stored().salience, 3);
        QCOMPARE(inspector().salienceSpin()->value(), 3);
    }

    void noteSavedAfterAPauseAsOneStep()
    {
        QPlainTextEdit *note = inspector().noteEdit();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Hard"));
        QCOMPARE(stored().note, QString()); // not yet: the analyst is typing
        QTRY_COMPARE(stored().note, QStringLiteral("Hard"));
        QTest::keyClicks(note, QStringLiteral("line"));
        QTRY_COMPARE(stored().note, QStringLiteral("Hardline"));
        QCOMPARE(undo().count(), 1);
        undo().undo();
        QCOMPARE(stored().note, QString());
        QCOMPARE(note->toPlainText(), QString());
        undo().redo();
        QCOMPARE(note->toPlainText(), QStringLiteral("Hardline"));
    }

    void noteSavedWhenFocusLeaves()
    {
        inspector().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&inspector()));
        QPlainTextEdit *note = inspector().noteEdit();
        note->setFocus();
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Tactical"));
        inspector().holderCombo()->setFocus();
        QCOMPARE(stored().note, QStringLiteral("Tactical"));
        // A new stay in the editor is a new undo step.
        note->setFocus();
        QTest::keyClick(note, Qt::Key_End);
        QTest::keyClicks(note, QStringLiteral("!"));
        inspector().holderCombo()->setFocus();
        QCOMPARE(stored().note, QStringLiteral("Tactical!"));
        QCOMPARE(undo().count(), 2);
        undo().undo();
        QCOMPARE(note->toPlainText(), QStringLiteral("Tactical"));
    }

    void switchingClaimsSavesTheNote()
    {
        QTest::keyClicks(inspector().noteEdit(), QStringLiteral("pending"));
        inspector().setClaim(ClaimId());
        QCOMPARE(stored().note, QStringLiteral("pending"));
    }

    void externalChangeShows()
    {
        Claim after = stored();
        after.holder = m_usa;
        after.position = 42;
        after.note = QStringLiteral("from elsewhere");
        QVERIFY(project().execute(new ChangeClaimCommand(project(), stored(), after)));
        QCOMPARE(undo().count(), 1); // the inspector pushed nothing in return
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("United States"));
        QCOMPARE(inspector().positionEditor()->slider()->value(), 42);
        QVERIFY(inspector().positionEditor()->setCheckBox()->isChecked());
        QCOMPARE(inspector().noteEdit()->toPlainText(), QStringLiteral("from elsewhere"));
        undo().undo();
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("Russia"));
        QVERIFY(!inspector().positionEditor()->setCheckBox()->isChecked());
        QCOMPARE(undo().count(), 1);
        QCOMPARE(undo().index(), 0);
    }

    // The poles of the claim's topic under the slider's ends, cut to fit with the whole
    // text in the tooltip; "scale not defined" where the topic has none.
    void positionEditorShowsTheScale()
    {
        PositionEditor *position = inspector().positionEditor();
        const Topic ukraine = project().topics().first();
        QVERIFY(ukraine.hasScale());
        QVERIFY(position->negativePoleLabel()->isVisible());
        QVERIFY(position->positivePoleLabel()->isVisible());
        QVERIFY(!position->noScaleLabel()->isVisible());
        QCOMPARE(position->negativePoleLabel()->fullText(), ukraine.negativePole);
        QCOMPARE(position->positivePoleLabel()->fullText(), ukraine.positivePole);
        QCOMPARE(position->negativePoleLabel()->toolTip(), topicscale::negativeEnd(ukraine));
        QVERIFY(position->positivePoleLabel()->toolTip().contains(ukraine.positivePole));
        QVERIFY(position->slider()->toolTip().contains(ukraine.scaleNote));
        // The negative pole is left of the positive one, each at its end of the editor.
        const QRect negative = position->negativePoleLabel()->geometry().translated(
            position->negativePoleLabel()->parentWidget()->mapTo(position, QPoint()));
        const QRect positive = position->positivePoleLabel()->geometry().translated(
            position->positivePoleLabel()->parentWidget()->mapTo(position, QPoint()));
        QVERIFY(negative.top() >= position->slider()->geometry().bottom());
        QCOMPARE(negative.left(), 0);
        QCOMPARE(positive.right(), position->width() - 1);
        QVERIFY(negative.right() < positive.left());

        // A narrow inspector cuts the poles; the dock does not widen for them.
        inspector().resize(260, 600);
        QTRY_VERIFY(position->negativePoleLabel()->isElided());
        QVERIFY(position->negativePoleLabel()->text().endsWith(QChar(0x2026)));
        QVERIFY(position->negativePoleLabel()->toolTip().contains(ukraine.negativePole));
        QCOMPARE(inspector().width(), 260);

        // The codebook's edit of the scale shows at once, and its undo too.
        Topic cleared = ukraine;
        cleared.negativePole.clear();
        cleared.positivePole.clear();
        QVERIFY(project().execute(new ChangeTopicCommand(project(), ukraine, cleared)));
        QVERIFY(!position->negativePoleLabel()->isVisible());
        QVERIFY(position->noScaleLabel()->isVisible());
        QCOMPARE(position->noScaleLabel()->accessibleName(), QStringLiteral("scale not defined"));
        undo().undo();
        QVERIFY(position->negativePoleLabel()->isVisible());
        QCOMPARE(position->negativePoleLabel()->fullText(), ukraine.negativePole);

        // A claim moved to a topic without poles says so where its position is entered.
        Topic arctic;
        arctic.name = QStringLiteral("Arctic");
        QVERIFY(project().execute(new AddTopicCommand(project(), arctic)));
        Claim moved = stored();
        moved.topic = project().topics().last().id;
        QVERIFY(project().execute(new ChangeClaimCommand(project(), stored(), moved)));
        QVERIFY(position->noScaleLabel()->isVisible());
        QVERIFY(!position->negativePoleLabel()->isVisible());

        // It is a link: the guide opens at its section on scales.
        GuideLinkLabel *link = position->noScaleLabel();
        QCOMPARE(link->anchor(), QStringLiteral("position-scales"));
        QTest::mouseClick(link, Qt::LeftButton, {}, link->contentsRect().center());
        auto *guide = inspector().window()->findChild<UserGuideDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->currentAnchor(), QStringLiteral("position-scales"));
        guide->close();
    }

    void removalEmptiesIt()
    {
        QVERIFY(project().execute(new RemoveClaimsCommand(project(), {m_claim})));
        QVERIFY(!inspector().claimId().isValid());
        QVERIFY(emptyStateShown());
    }

    void codebookChangesKeepTheSelection()
    {
        addActor(QStringLiteral("Aaland"));
        QCOMPARE(inspector().holderCombo()->count(), 4);
        QCOMPARE(inspector().holderCombo()->currentActor(), m_russia);
        Actor renamed = *project().actor(m_russia);
        renamed.name = QStringLiteral("Russian Federation");
        QVERIFY(project().execute(
            new ChangeActorCommand(project(), *project().actor(m_russia), renamed)));
        QCOMPARE(inspector().holderCombo()->currentText(), QStringLiteral("Russian Federation"));
        QCOMPARE(undo().count(), 2);
    }

    void readOnlyDisablesEditing()
    {
        inspector().setReadOnly(true);
        QVERIFY(!inspector().holderCombo()->isEnabled());
        QVERIFY(!inspector().positionEditor()->setCheckBox()->isEnabled());
        QVERIFY(inspector().noteEdit()->isReadOnly());
        inspector().setReadOnly(false);
        QVERIFY(inspector().holderCombo()->isEnabled());
        QVERIFY(!inspector().noteEdit()->isReadOnly());
    }
};

QTEST_MAIN(TestClaimInspector)
#include "tst_claiminspector.moc"
