#include "core/project/projectcues.h"

#include "core/project/project.h"

namespace demarche {

ProjectCues::ProjectCues(Project &project, CueBackend backend)
    : QObject(&project)
    , m_project(project)
    , m_backend(backend)
{
    connect(&project, &Project::actorsChanged, this, &ProjectCues::codebookChanged);
    connect(&project, &Project::topicsChanged, this, &ProjectCues::codebookChanged);
    connect(&project, &Project::reloaded, this, &ProjectCues::codebookChanged);
}

ProjectCues::~ProjectCues() = default;

CueMatcher &ProjectCues::matcher()
{
    if (!m_matcher) {
        m_matcher = createCueMatcher(m_backend);
        m_matcher->setBook(CueBook::fromCodebook(m_project.actors(), m_project.topics()));
    }
    return *m_matcher;
}

const QList<CueEntry> &ProjectCues::entries(int group) const
{
    static const QList<CueEntry> none;
    if (!m_matcher)
        return none;
    const QList<QList<CueEntry>> &groups = m_matcher->book().groups();
    return group >= 0 && group < groups.size() ? groups.at(group) : none;
}

void ProjectCues::codebookChanged()
{
    if (!m_matcher)
        return; // the book is read when the matcher is first made
    const CueBook book = CueBook::fromCodebook(m_project.actors(), m_project.topics());
    if (book == m_matcher->book())
        return; // a colour or the order changed, not what is matched
    m_matcher->setBook(book);
    Q_EMIT changed();
}

} // namespace demarche
