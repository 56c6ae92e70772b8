#include "cli/clisupport.h"

#include "cli/console.h"
#include "core/domain/namelookup.h"
#include "core/domain/translation.h"

#include <QCoreApplication>

namespace demarche::cli {
namespace {

std::chrono::milliseconds busyTimeout = ProjectStore::DefaultBusyTimeout;

} // namespace

void setBusyTimeout(std::chrono::milliseconds timeout)
{
    busyTimeout = timeout;
}

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QCommandLineOption flagOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

Result<std::unique_ptr<ProjectStore>> openProject(const QString &path)
{
    return ProjectStore::open(path, ProjectStore::Access::ReadWrite, busyTimeout);
}

Result<std::unique_ptr<ProjectStore>> openProjectToRead(const QString &path)
{
    return ProjectStore::open(path, ProjectStore::Access::ReadOnly, busyTimeout);
}

Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString value = parser.value(name);
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok)
        return usageError(CliText::tr("--%1: '%2' is not a whole number").arg(name, value));
    return number;
}

Result<std::optional<QDate>> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<QDate>();
    const QString value = parser.value(name);
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return usageError(CliText::tr("--%1: '%2' is not a date like 2024-03-31").arg(name, value));
    return std::optional<QDate>(date);
}

Result<DocumentId> documentIdArgument(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0)
        return usageError(CliText::tr("'%1' is not a document id").arg(id));
    return DocumentId(number);
}

Result<std::optional<QColor>> colorOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("color")))
        return std::optional<QColor>();
    const QString value = parser.value(QStringLiteral("color"));
    const QColor color = QColor::fromString(value);
    if (!value.startsWith(QLatin1Char('#')) || value.size() != 7 || !color.isValid())
        return usageError(CliText::tr("--color: '%1' is not a colour like #1f77b4").arg(value));
    return std::optional<QColor>(color);
}

Result<QList<ActorId>> actorIds(const QList<Actor> &actors, const QStringList &names)
{
    QList<ActorId> ids;
    for (const QString &name : names) {
        const Actor *actor = findActorOrAlias(actors, name);
        if (!actor)
            return badInput(CliText::tr("no actor named \u201c%1\u201d in the project").arg(name));
        ids.append(actor->id);
    }
    return ids;
}

Result<QList<TopicId>> topicIds(const QList<Topic> &topics, const QStringList &names)
{
    QList<TopicId> ids;
    for (const QString &name : names) {
        const Topic *topic = findTopicOrKeyword(topics, name);
        if (!topic)
            return badInput(CliText::tr("no topic named \u201c%1\u201d in the project").arg(name));
        ids.append(topic->id);
    }
    return ids;
}

} // namespace demarche::cli
