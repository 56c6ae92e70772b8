#include "core/exchange/qdpxcodeplan.h"

#include "core/domain/names.h"
#include "core/domain/vocabulary.h"
#include "core/exchange/qdpxdescriptions.h"
#include "core/exchange/qdpxvocabulary.h"

#include <QCoreApplication>

namespace demarche::qdpx {
namespace {

struct QdpxText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImport)
};

const QdpxCode *topCode(const QList<QdpxCode> &codes, const char16_t *name)
{
    for (const QdpxCode &code : codes) {
        if (code.name == QStringView(name))
            return &code;
    }
    return nullptr;
}

QString childPath(const QString &parent, const QString &name)
{
    return parent.isEmpty() ? name : parent + u'/' + name;
}

// Every code whose name, or path from the top, is `wanted` (compared as names are).
void findCodes(const QList<QdpxCode> &codes, const QString &parentPath, const QString &wanted,
               QList<const QdpxCode *> &found)
{
    const QString wantedKey = names::key(wanted);
    for (const QdpxCode &code : codes) {
        const QString path = childPath(parentPath, code.name);
        if (names::key(code.name) == wantedKey || names::key(path) == wantedKey)
            found.append(&code);
        findCodes(code.children, path, wanted, found);
    }
}

class Planner
{
public:
    explicit Planner(CodePlan &plan)
        : m_plan(plan)
    {}

    void paths(const QList<QdpxCode> &codes, const QString &parentPath)
    {
        for (const QdpxCode &code : codes) {
            const QString path = childPath(parentPath, code.name);
            m_plan.paths.insert(code.guid, path);
            m_plan.roles.insert(code.guid, CodePlan::Role::Neither);
            paths(code.children, path);
        }
    }

    // `kind` Actor or Topic: the codes below (not `codes`' parent itself) become entries.
    void entries(const QList<QdpxCode> &codes, CodePlan::Role kind, const QString &parentGuid,
                 const QString *skipGuid = nullptr)
    {
        for (const QdpxCode &code : codes) {
            if (skipGuid && code.guid == *skipGuid)
                continue;
            const QString path = m_plan.paths.value(code.guid);
            const QString name = names::normalized(code.name.simplified());
            QString below = parentGuid;
            if (name.isEmpty() || names::firstControl(name) >= 0) {
                m_plan.losses.append({path, QdpxText::tr("the code has no usable name; left out, "
                                                         "with what is coded with it")});
            } else if (kind == CodePlan::Role::Actor) {
                m_plan.actors.append({actor(code, name, path), code.guid, parentGuid, path});
                m_plan.roles.insert(code.guid, kind);
                below = code.guid;
            } else {
                m_plan.topics.append({topic(code, name, path), code.guid, parentGuid, path});
                m_plan.roles.insert(code.guid, kind);
                below = code.guid;
            }
            entries(code.children, kind, below, skipGuid);
        }
    }

    void stances(const QdpxCode &parent)
    {
        for (const QdpxCode &code : parent.children) {
            if (const auto stance = vocabulary::stanceFromKey(code.name.trimmed())) {
                m_plan.stances.insert(code.guid, *stance);
                m_plan.roles.insert(code.guid, CodePlan::Role::Stance);
            }
        }
    }

private:
    void unknownLine(const QString &path, const QString &line)
    {
        m_plan.losses.append(
            {path, QdpxText::tr("the description line \u201c%1\u201d was not understood; left "
                                "out")
                       .arg(line)});
    }

    void foreignDescription(const QString &path, const QString &description)
    {
        if (!description.trimmed().isEmpty())
            m_plan.losses.append({path, QdpxText::tr("the code's description was not imported")});
    }

    Actor actor(const QdpxCode &code, const QString &name, const QString &path)
    {
        Actor actor;
        actor.name = name;
        actor.color = QColor::fromString(code.color);
        if (!m_plan.writtenByDemarche) {
            foreignDescription(path, code.description);
            return actor;
        }
        for (const auto &[field, value] : descriptionFields(code.description, {})) {
            if (field == QStringView(key::Kind) && vocabulary::actorKindFromKey(value))
                actor.kind = *vocabulary::actorKindFromKey(value);
            else if (field == QStringView(key::Alias) && !value.isEmpty())
                actor.aliases.append(value);
            else
                unknownLine(path, field.isEmpty() ? value : field + QLatin1String(": ") + value);
        }
        return actor;
    }

    Topic topic(const QdpxCode &code, const QString &name, const QString &path)
    {
        Topic topic;
        topic.name = name;
        topic.color = QColor::fromString(code.color);
        if (!m_plan.writtenByDemarche) {
            foreignDescription(path, code.description);
            return topic;
        }
        const QStringList rest{QString::fromUtf16(key::ScaleNote)};
        for (const auto &[field, value] : descriptionFields(code.description, rest)) {
            if (field == QStringView(key::Keyword) && !value.isEmpty())
                topic.keywords.append(value);
            else if (field == QStringView(key::NegativePole))
                topic.negativePole = value;
            else if (field == QStringView(key::PositivePole))
                topic.positivePole = value;
            else if (field == QStringView(key::ScaleNote))
                topic.scaleNote = value;
            else
                unknownLine(path, field.isEmpty() ? value : field + QLatin1String(": ") + value);
        }
        return topic;
    }

    CodePlan &m_plan;
};

} // namespace

bool isDemarcheCodeTree(const QList<QdpxCode> &codes)
{
    return topCode(codes, ActorsCode) && topCode(codes, TopicsCode) && topCode(codes, StancesCode);
}

Result<CodePlan> planCodes(const QList<QdpxCode> &codes, const QString &actorsUnder)
{
    CodePlan plan;
    Planner planner(plan);
    planner.paths(codes, QString());
    if (isDemarcheCodeTree(codes)) {
        const QdpxCode *actors = topCode(codes, ActorsCode);
        const QdpxCode *topics = topCode(codes, TopicsCode);
        const QdpxCode *stances = topCode(codes, StancesCode);
        plan.writtenByDemarche = true;
        if (!actorsUnder.trimmed().isEmpty())
            plan.losses.append({actorsUnder, QdpxText::tr("not used: the file was written by "
                                                          "Demarche, whose actors are known")});
        plan.containers = {actors->guid, topics->guid, stances->guid};
        planner.entries(actors->children, CodePlan::Role::Actor, QString());
        planner.entries(topics->children, CodePlan::Role::Topic, QString());
        planner.stances(*stances);
        return plan;
    }
    if (actorsUnder.trimmed().isEmpty()) {
        planner.entries(codes, CodePlan::Role::Topic, QString());
        return plan;
    }
    QList<const QdpxCode *> found;
    findCodes(codes, QString(), actorsUnder.trimmed(), found);
    if (found.isEmpty())
        return badInput(QdpxText::tr("the file has no code named \u201c%1\u201d to hold the actors")
                            .arg(actorsUnder));
    if (found.size() > 1)
        return badInput(QdpxText::tr("several codes are named \u201c%1\u201d; "
                                     "give its path from the top, as in \u201c%2\u201d")
                            .arg(actorsUnder, plan.paths.value(found.constFirst()->guid)));
    const QdpxCode &container = *found.constFirst();
    plan.containers = {container.guid};
    planner.entries(container.children, CodePlan::Role::Actor, QString());
    planner.entries(codes, CodePlan::Role::Topic, QString(), &container.guid);
    return plan;
}

} // namespace demarche::qdpx
