#include "widgets/codebook/codebookpanel.h"

#include "core/commands/codebookcommands.h"
#include "core/project/project.h"
#include "widgets/codebook/codebookpage.h"
#include "widgets/codebook/topicscaledialog.h"

#include <QAction>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace demarche {

CodebookPanel::CodebookPanel(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_actorModel(new ActorTreeModel(project, this))
    , m_topicModel(new TopicTreeModel(project, this))
    , m_tabs(new QTabWidget(this))
{
    m_actorsPage = new CodebookPage(*m_actorModel, {}, m_tabs);
    m_topicsPage = new CodebookPage(*m_topicModel, {}, m_tabs);
    m_topicScale =
        m_topicsPage->addEntryEditAction(QString(), QString(), QStringLiteral("editTopicScale"));
    connect(m_topicScale, &QAction::triggered, this,
            [this]() { editTopicScale(TopicId(m_topicsPage->currentEntry())); });
    m_tabs->setObjectName(QStringLiteral("codebookTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_actorsPage, QString());
    m_tabs->addTab(m_topicsPage, QString());
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);

    connect(m_actorsPage, &CodebookPage::entrySelected, this,
            [this](qint64 id) { Q_EMIT actorSelected(ActorId(id)); });
    connect(m_topicsPage, &CodebookPage::entrySelected, this,
            [this](qint64 id) { Q_EMIT topicSelected(TopicId(id)); });
    setReadOnly(project.isReadOnly());
}

CodebookPanel::~CodebookPanel() = default;

void CodebookPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CodebookPanel::retranslateUi()
{
    m_actorsPage->setTexts({tr("New actor"), tr("Add an actor"),
                            tr("Add an actor under the selected one"), tr("Actors"),
                            tr("No actors yet. Press Insert, or Add above, to add "
                               "the states, organisations and people you follow.")});
    m_topicsPage->setTexts({tr("New topic"), tr("Add a topic"),
                            tr("Add a sub-topic under the selected topic"), tr("Topics"),
                            tr("No topics yet. Press Insert, or Add above, to add "
                               "the files the actors negotiate.")});
    m_topicsPage->setActionTexts(m_topicScale, tr("Scale…"),
                                 tr("Say what -100 and +100 mean on the selected topic"));
    m_tabs->setTabText(m_tabs->indexOf(m_actorsPage), tr("&Actors"));
    m_tabs->setTabText(m_tabs->indexOf(m_topicsPage), tr("&Topics"));
}

CodebookPage *CodebookPanel::currentPage() const
{
    return m_tabs->currentWidget() == m_topicsPage ? m_topicsPage : m_actorsPage;
}

void CodebookPanel::showActors()
{
    m_tabs->setCurrentWidget(m_actorsPage);
}

void CodebookPanel::showTopics()
{
    m_tabs->setCurrentWidget(m_topicsPage);
}

void CodebookPanel::selectActor(ActorId id)
{
    showActors();
    m_actorsPage->selectEntry(id.value());
}

void CodebookPanel::selectTopic(TopicId id)
{
    showTopics();
    m_topicsPage->selectEntry(id.value());
}

void CodebookPanel::editTopicScale(TopicId id)
{
    const Topic *topic = m_project.topic(id);
    if (m_readOnly || m_project.isReadOnly() || !topic)
        return;
    TopicScaleDialog dialog(*topic, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The topic may have changed or gone while the dialog was open.
    const Topic *now = m_project.topic(id);
    if (!now)
        return;
    Topic after = *now;
    const Topic edited = dialog.topic();
    after.negativePole = edited.negativePole;
    after.positivePole = edited.positivePole;
    after.scaleNote = edited.scaleNote;
    if (after.negativePole == now->negativePole && after.positivePole == now->positivePole
        && after.scaleNote == now->scaleNote)
        return; // nothing to undo
    m_project.execute(new ChangeTopicCommand(m_project, *now, after));
}

void CodebookPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_actorsPage->setReadOnly(readOnly);
    m_topicsPage->setReadOnly(readOnly);
}

} // namespace demarche
