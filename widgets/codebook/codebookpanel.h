#pragma once

#include "core/domain/ids.h"
#include "core/models/codebookitemmodel.h"

#include <QWidget>

class QAction;
class QTabWidget;

namespace demarche {

class CodebookPage;
class Project;

// The codebook dock: actors and topics on two tabs, each a tree edited in place with
// its own row of actions. Tells which entry the analyst selected.
class CodebookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPanel)

public:
    explicit CodebookPanel(Project &project, QWidget *parent = nullptr);
    ~CodebookPanel() override;

    void showActors();
    void showTopics();
    void selectActor(ActorId id);
    void selectTopic(TopicId id);
    // No edits at all, for a project opened read-only.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    ActorTreeModel *actorModel() const { return m_actorModel; }
    TopicTreeModel *topicModel() const { return m_topicModel; }
    CodebookPage *actorsPage() const { return m_actorsPage; }
    CodebookPage *topicsPage() const { return m_topicsPage; }
    CodebookPage *currentPage() const;
    QAction *topicScaleAction() const { return m_topicScale; }
    // Asks for the poles and the note of a topic's scale; one undo command.
    void editTopicScale(TopicId id);

Q_SIGNALS:
    void actorSelected(demarche::ActorId id);
    void topicSelected(demarche::TopicId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Project &m_project;
    ActorTreeModel *m_actorModel;
    TopicTreeModel *m_topicModel;
    QTabWidget *m_tabs;
    CodebookPage *m_actorsPage = nullptr;
    CodebookPage *m_topicsPage = nullptr;
    QAction *m_topicScale = nullptr;
    bool m_readOnly = false;
};

} // namespace demarche
