#pragma once

#include "core/domain/ids.h"

#include <QObject>

namespace demarche {

class ArticleView;
class Project;
class QuickTagPopup;

// Turns a text selection in the article view into a claim: shows the quick-tag popup
// next to the selection (actor, then topic, with suggestions from the codebook's
// aliases and keywords) and runs the AddClaimCommand.
class TagController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagController)

public:
    TagController(Project &project, ArticleView &view, QObject *parent = nullptr);

    // Starts tagging the current selection; false (with a status message) if there is none.
    bool tagSelection();
    QuickTagPopup *popup() const { return m_popup; }

Q_SIGNALS:
    void claimTagged(demarche::ClaimId id);
    void statusMessage(const QString &message);

private:
    void fillPopup();
    void finish(qint64 actorId, qint64 topicId);
    void createActor(const QString &name);
    void createTopic(const QString &name);

    Project &m_project;
    ArticleView &m_view;
    QuickTagPopup *m_popup = nullptr;
    DocumentId m_document;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace demarche
