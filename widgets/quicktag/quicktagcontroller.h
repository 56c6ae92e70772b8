#pragma once

#include "core/domain/ids.h"

#include <QObject>
#include <QPointer>

namespace demarche {

class ArticleView;
class Project;
class QuickTagPopup;

// Turns a text selection in the article view into a claim: shows the quick-tag popup
// next to the selection (actor, then topic, with suggestions ranked from the codebook's
// names, aliases and keywords found in and around the selection), runs the
// AddClaimCommand and makes the new claim current.
// One per window: it keeps its popup from one project to the next.
class QuickTagController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickTagController)

public:
    explicit QuickTagController(ArticleView &view, QObject *parent = nullptr);
    ~QuickTagController() override;

    // Null while no project is open; closes a popup left open for the previous one.
    void setProject(Project *project);

    // Starts tagging the current selection; false (with a status message) if there is none.
    bool tagSelection();
    QuickTagPopup *popup() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillPopup();
    void finish(ActorId actorId, TopicId topicId);
    void createActor(const QString &name);
    void createTopic(const QString &name);

    Project *m_project = nullptr;
    ArticleView &m_view;
    // Parented to the view so that it pops up over the window; the view may go first.
    QPointer<QuickTagPopup> m_popup;
    DocumentId m_document;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace demarche
