#pragma once

#include "core/commands/addclaimcommand.h"
#include "core/commands/adddocumentcommand.h"
#include "core/commands/codebookcommands.h"
#include "core/project/project.h"

#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace demarche {

// A project for tests that build it through the real undo commands, finding codebook
// entries by name. Failures stop the test program: a broken fixture is not a result.
class ProjectFixture
{
protected:
    std::unique_ptr<Project> m_project;

    Project &project() { return *m_project; }

    // "word00 word01 …": a text whose every word is 6 characters and starts at 7 × its index.
    static QString numberedWords(int count)
    {
        QStringList words;
        for (int i = 0; i < count; ++i)
            words.append(QStringLiteral("word%1").arg(i, 2, 10, QLatin1Char('0')));
        return words.join(QLatin1Char(' '));
    }

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

    DocumentId addDocument(const QString &title, const QString &text, const QDate &date = {},
                           const QString &source = {})
    {
        Document document;
        document.title = title;
        document.text = text;
        document.date = date;
        document.source = source;
        auto *command = new AddDocumentCommand(project(), document);
        if (!project().execute(command))
            qFatal("cannot add a document");
        return command->documentId();
    }

    // A claim on [start, end) of the document, by the actor and on the topic so named.
    ClaimId addClaimAt(DocumentId document, qint64 start, qint64 end, const QString &holder,
                       const QString &topic, Stance stance = Stance::Assessment,
                       std::optional<int> position = {}, int salience = 3)
    {
        Claim claim;
        claim.document = document;
        claim.start = start;
        claim.end = end;
        claim.holder = actorId(holder);
        claim.topic = topicId(topic);
        claim.stance = stance;
        claim.position = position;
        claim.salience = salience;
        auto *command = new AddClaimCommand(project(), claim);
        if (start < 0 || !project().execute(command))
            qFatal("cannot add a claim by %s on %s", qPrintable(holder), qPrintable(topic));
        return command->claimId();
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
