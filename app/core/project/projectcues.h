#pragma once

#include "core/cues/cuebackend.h"
#include "core/cues/documentcues.h"

#include <QObject>

#include <memory>

namespace demarche {

class Project;

// The project's codebook as cues: one matcher for every view of the project, its book kept
// in step with the actors and topics. The matcher is made on first use, so that commands
// that never look for cues never load an engine.
class ProjectCues final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectCues)

public:
    // Owned by the project, which makes it before any view listens, so that the book has
    // followed a codebook edit by the time the views hear of it.
    explicit ProjectCues(Project &project, CueBackend backend = defaultCueBackend());
    ~ProjectCues() override;

    // The matcher, its book the codebook as it is now.
    CueMatcher &matcher();
    QList<Cue> find(QStringView text) { return findCues(matcher(), text); }

    // The entries a cue names, actors first, in codebook order; none before the matcher
    // is made (no cue has been found yet).
    const QList<CueEntry> &entries(int group) const;

Q_SIGNALS:
    // Names, aliases or keywords changed: cues found before may be wrong.
    void changed();

private:
    void codebookChanged();

    Project &m_project;
    CueBackend m_backend;
    std::unique_ptr<CueMatcher> m_matcher;
};

} // namespace demarche
