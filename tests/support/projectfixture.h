#pragma once

#include "commands/adddocumentcommand.h"
#include "commands/codebookcommands.h"
#include "project/project.h"

#include <QColor>
#include <QString>

#include <memory>

namespace demarche {

// A project for tests that build it through the real undo commands, finding codebook
// entries by name. Failures stop the test program: a broken fixture is not a result.
class ProjectFixture
{
protected:
    std::unique_ptr<Project> m_project;

    Project &project() { return *m_project; }

    ActorId actorId(const QString &name) const
    {
        for (const Actor &actor : m_project->actors()) {
            if (actor.name == name)
                return actor.id;
        }
        return {};
    }

    TopicId topicId(const QString &name) const
    {
        for (const Topic &topic : m_project->topics()) {
            if (topic.name == name)
                return topic.id;
        }
        return {};
    }

    DocumentId addDocument(const QString &title, const QString &text)
    {
        Document document;
        document.title = title;
        document.text = text;
        auto *command = new AddDocumentCommand(project(), document);
        if (!project().execute(command))
            qFatal("cannot add a document");
        return command->documentId();
    }

    ActorId addActor(const QString &name, ActorId parent = {})
    {
        Actor actor;
        actor.name = name;
        actor.color = QColor(Qt::red);
        actor.parent = parent;
        auto *command = new AddActorCommand(project(), actor);
        if (!project().execute(command))
            qFatal("cannot add an actor");
        return command->entryId();
    }
};

} // namespace demarche
