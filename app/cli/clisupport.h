#pragma once

#include "cli/console.h"
#include "core/domain/actor.h"
#include "core/domain/result.h"
#include "core/domain/topic.h"
#include "core/storage/projectstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <chrono>
#include <memory>
#include <optional>
#include <type_traits>

namespace demarche::cli {

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName);
QCommandLineOption flagOption(const QString &name, const QString &description);

// How long the commands wait for a project that another program is writing before they
// give up with "locked"; ProjectStore::DefaultBusyTimeout unless main() sets it.
void setBusyTimeout(std::chrono::milliseconds timeout);

// For commands that change the project; a read-only project is refused as such.
Result<std::unique_ptr<ProjectStore>> openProject(const QString &path);
// For commands that only read: not a byte of the project is written, and a project in a
// folder or on a disk that cannot be written is read all the same.
Result<std::unique_ptr<ProjectStore>> openProjectToRead(const QString &path);

// A whole number from an option, or a usage error naming the option.
Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name);
Result<std::optional<QColor>> colorOption(const QCommandLineParser &parser);
// A date given as YYYY-MM-DD, or none when the option is absent.
Result<std::optional<QDate>> dateOption(const QCommandLineParser &parser, const QString &name);

// The id a DOC_ID argument gives, or a usage error naming the argument.
Result<DocumentId> documentIdArgument(const QString &id);

// Finds each named actor or topic (names, then aliases or keywords) or says which is unknown.
Result<QList<ActorId>> actorIds(const QList<Actor> &actors, const QStringList &names);
Result<QList<TopicId>> topicIds(const QList<Topic> &topics, const QStringList &names);

// `remove PROJECT ID...`: reads every id first, then removes them all in one transaction,
// or none when one cannot go.
template <typename Parse, typename Remove>
int removeAllOrNone(const QStringList &positional, Parse parseId, Remove remove)
{
    using Id = std::decay_t<decltype(parseId(QString()).value())>;
    QList<Id> ids;
    for (const QString &argument : positional.mid(1)) {
        const auto id = parseId(argument);
        if (!id)
            return fail(id.error());
        ids.append(id.value());
    }
    auto store = openProject(positional.at(0));
    if (!store)
        return fail(store.error());
    ProjectStore &project = *store.value();
    const Status removed = project.transaction([&]() -> Status {
        for (const Id id : std::as_const(ids)) {
            if (Status status = remove(project, id); !status)
                return status;
        }
        return {};
    });
    return removed ? Success : fail(removed.error());
}

} // namespace demarche::cli
