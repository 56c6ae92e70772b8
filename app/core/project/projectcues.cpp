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
        m_book = CueBook::fromCodebook(m_project.actors(), m_project.topics());
        m_matcher = createCueMatcher(m_backend);
        m_matcher->setBook(m_book);
    }
    return *m_matcher;
}

const QList<CueEntry> &ProjectCues::entries(int group) const
{
    static const QList<CueEntry> none;
    return group >= 0 && group < m_book.groups().size() ? m_book.groups().at(group) : none;
}

void ProjectCues::codebookChanged()
{
    if (!m_matcher)
        return; // the book is read when the matcher is first made
    CueBook book = CueBook::fromCodebook(m_project.actors(), m_project.topics());
    if (book == m_book)
        return; // a colour or the order changed, not what is matched
    m_book = std::move(book);
    m_matcher->setBook(m_book);
    Q_EMIT changed();
}

} // namespace demarche
