#include "core/exchange/qdpximport.h"

#include "core/domain/names.h"
#include "core/domain/vocabulary.h"
#include "core/exchange/qdpxarchive.h"
#include "core/exchange/qdpxcodeplan.h"
#include "core/exchange/qdpxdescriptions.h"
#include "core/exchange/qdpxparser.h"
#include "core/exchange/qdpxtextmap.h"
#include "core/exchange/qdpxvocabulary.h"
#include "core/storage/projectstore.h"
#include "core/text/documenttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <memory>

namespace demarche {
namespace {

struct QdpxText
{
    Q_DECLARE_TR_FUNCTIONS(QdpxImport)
};

using qdpx::CodePlan;
using Role = CodePlan::Role;

// The actor a selection with a topic and no actor is given. A name in the data, not a
// text of the interface: it reads the same whatever the language.
const QString Unattributed = QStringLiteral("Unattributed");

// One claim to make, before the store has given its document and entries ids.
struct PlannedClaim
{
    Claim claim;       // offsets, stance, details, analyst, times
    int source = 0;    // index into the planned documents
    QString actorGuid; // empty: Unattributed
    QString topicGuid;
    QString targetName; // a Demarche file's "Target:"
    QString where;
};

struct PlannedDocument
{
    Document document;
};

QString where(const QdpxSource &source, const QdpxSelection &selection)
{
    //: a selection in the loss report: source name, start and end positions
    return QdpxText::tr("%1, %2\u2013%3").arg(source.name).arg(selection.start).arg(selection.end);
}

QString problemText(QdpxTextMap::Problem problem)
{
    using Problem = QdpxTextMap::Problem;
    switch (problem) {
    case Problem::OutOfRange:
        return QdpxText::tr("the position is outside the text; not imported");
    case Problem::SplitsCharacter:
        return QdpxText::tr("the position splits a character (between CR and LF, or inside "
                            "a letter and its accent); not imported");
    case Problem::NothingLeft:
        return QdpxText::tr("the selection holds only blank space; not imported");
    case Problem::Untraceable:
        return QdpxText::tr("the text has over 30 combining marks in a row, and positions "
                            "cannot follow its canonical form; not imported");
    case Problem::None:
        break;
    }
    return {};
}

class Importer
{
public:
    Importer(ProjectStore &store, qdpx::QdpxArchive archive, QdpxProject project, CodePlan plan)
        : m_store(store)
        , m_archive(std::move(archive))
        , m_project(std::move(project))
        , m_plan(std::move(plan))
    {
        m_report.writtenByDemarche = m_plan.writtenByDemarche;
        m_report.losses = m_project.losses + m_plan.losses;
        for (auto it = m_project.variables.cbegin(); it != m_project.variables.cend(); ++it)
            m_variableNames.insert(it.key(), it.value());
    }

    Result<QdpxImportReport> run()
    {
        for (QdpxSource &source : m_project.sources) {
            if (Status status = planSource(source); !status)
                return status.error();
            // Planned: the selections live on as claims, so the parsed ones can go.
            source.selections = {};
        }
        reportUnusedVariables();
        reportNeitherCodes();
        // Claims go in by creation time, so that a project Demarche wrote gets its claims
        // back in the order (and, in a new project, under the ids) they had.
        const bool allTimed = std::all_of(m_claims.cbegin(), m_claims.cend(), [](const auto &c) {
            return c.claim.createdAt.isValid();
        });
        if (allTimed)
            std::stable_sort(m_claims.begin(), m_claims.end(), [](const auto &a, const auto &b) {
                return a.claim.createdAt < b.claim.createdAt;
            });
        Status saved = m_store.transaction([this] { return save(); });
        if (!saved) // the store names the entry or document; the file goes first
            return Error{saved.error().kind,
                         m_archive.fileName() + QLatin1String(": ") + saved.error().message};
        return m_report;
    }

private:
    void lose(const QString &at, const QString &what) { m_report.losses.append({at, what}); }

    Status planSource(const QdpxSource &source)
    {
        if (!source.hasText) {
            //: %1 is an element of the file: PictureSource, AudioSource, ...
            lose(source.name,
                 QdpxText::tr("a %1 with no plain text; not imported").arg(source.element));
            return {};
        }
        QString missing;
        auto stored = m_archive.sourceText(source, &missing);
        if (!stored)
            return stored.error();
        if (!stored->has_value()) {
            lose(source.name, missing);
            return {};
        }
        auto map = std::make_unique<QdpxTextMap>(**stored);
        if (map->text().isEmpty()) {
            lose(source.name, QdpxText::tr("the text is empty; not imported"));
            return {};
        }
        if (source.otherSelections > 0)
            lose(source.name, QdpxText::tr("%n selection(s) on the pages rather than the text; "
                                           "not imported",
                                           nullptr, source.otherSelections));
        PlannedDocument planned;
        planned.document = document(source, map->text());
        const int index = int(m_documents.size());
        m_documents.append(planned);
        const DocumentText text(map->text());
        for (const QdpxSelection &selection : source.selections)
            planSelection(source, selection, *map, text, index);
        return {};
    }

    Document document(const QdpxSource &source, const QString &text)
    {
        Document document;
        document.text = text;
        document.title = names::normalized(source.name.simplified());
        if (document.title.isEmpty())
            document.title = QdpxText::tr("Untitled source");
        document.importedAt = source.created;
        document.format = QStringLiteral("txt");
        if (!source.description.trimmed().isEmpty())
            lose(source.name, QdpxText::tr("the source's description was not imported"));
        for (auto it = source.values.cbegin(); it != source.values.cend(); ++it) {
            const QString name = m_variableNames.value(it.key());
            const QString value = it.value().trimmed();
            if (name == QStringView(qdpx::variable::PublicationDate)) {
                document.date = QDate::fromString(value.left(10), Qt::ISODate);
            } else if (name == QStringView(qdpx::variable::Source)) {
                document.source = value;
            } else if (name == QStringView(qdpx::variable::Url)) {
                document.url = value;
            } else if (name == QStringView(qdpx::variable::Language)) {
                document.language = value;
            } else if (name == QStringView(qdpx::variable::OriginalFile)) {
                document.fileName = value;
            } else if (name == QStringView(qdpx::variable::Format)) {
                if (!value.isEmpty())
                    document.format = value;
            } else if (name == QStringView(qdpx::variable::Pages)) {
                document.pages = pages(value, text.size());
            } else if (!value.isEmpty()) {
                m_unusedVariables.insert(name.isEmpty() ? it.key() : name);
            }
        }
        return document;
    }

    // "offset:page offset:page ...", in order; the list ends at the first entry that is not.
    static QList<PageStart> pages(const QString &value, qsizetype textLength)
    {
        QList<PageStart> pages;
        const auto entries = QStringView(value).split(u' ', Qt::SkipEmptyParts);
        for (const QStringView entry : entries) {
            const qsizetype colon = entry.indexOf(u':');
            bool offsetOk = false;
            bool pageOk = false;
            const qlonglong offset = colon < 0 ? -1 : entry.left(colon).toLongLong(&offsetOk);
            const int page = colon < 0 ? 0 : entry.mid(colon + 1).toInt(&pageOk);
            if (!offsetOk || !pageOk || offset < 0 || offset > textLength || page < 1
                || (!pages.isEmpty() && offset <= pages.constLast().offset))
                break;
            pages.append({qsizetype(offset), page});
        }
        return pages;
    }

    void planSelection(const QdpxSource &source, const QdpxSelection &selection,
                       const QdpxTextMap &map, const DocumentText &text, int index)
    {
        const QString at = where(source, selection);
        const auto range = map.map(selection.start, selection.end);
        if (range.problem != QdpxTextMap::Problem::None) {
            lose(at, problemText(range.problem));
            return;
        }
        if (range.end <= range.start) {
            lose(at, QdpxText::tr("the selection is empty; not imported"));
            return;
        }
        if (auto quote = text.slice(range.start, range.end); !quote) {
            lose(at, QdpxText::tr("%1; not imported").arg(quote.error().message));
            return;
        }
        QStringList actors;
        QStringList topics;
        std::optional<Stance> stance;
        for (const QString &guid : selection.codes) {
            const auto role = m_plan.roles.constFind(guid);
            if (role == m_plan.roles.cend()) {
                lose(at, QdpxText::tr("coded with a code that is not in the codebook; that "
                                      "coding was left out"));
                continue;
            }
            switch (*role) {
            case Role::Actor:
                if (!actors.contains(guid))
                    actors.append(guid);
                break;
            case Role::Topic:
                if (!topics.contains(guid))
                    topics.append(guid);
                break;
            case Role::Stance:
                if (stance && *stance != m_plan.stances.value(guid))
                    lose(at, QdpxText::tr("coded with several stances; the first was kept"));
                else
                    stance = m_plan.stances.value(guid);
                break;
            case Role::Neither:
                m_neitherUses[guid] += 1;
                break;
            }
        }
        if (topics.isEmpty()) {
            lose(at, actors.isEmpty()
                         ? QdpxText::tr("coded with no actor and no topic; not imported")
                         : QdpxText::tr("coded with an actor but no topic; not imported"));
            return;
        }
        if (actors.isEmpty()) {
            actors.append(QString());
            ++m_unattributed;
        }
        const auto pairs = int(actors.size() * topics.size());
        if (pairs > 1)
            lose(at, QdpxText::tr("coded with several actors or topics: one claim for each of "
                                  "its %n actor\u2013topic pair(s)",
                                  nullptr, pairs));

        PlannedClaim planned;
        planned.source = index;
        planned.where = at;
        Claim &claim = planned.claim;
        claim.start = range.start;
        claim.end = range.end;
        if (stance)
            claim.stance = *stance;
        claim.analyst = m_project.users.value(selection.creatingUser).simplified();
        if (names::firstControl(claim.analyst) >= 0)
            claim.analyst.clear();
        claim.createdAt = selection.created;
        claim.updatedAt = selection.modified.isValid() ? selection.modified : selection.created;
        if (m_plan.writtenByDemarche)
            readDetails(selection.description, at, planned);
        else
            claim.note = selection.description.trimmed();
        for (const QString &actor : std::as_const(actors)) {
            for (const QString &topic : std::as_const(topics)) {
                planned.actorGuid = actor;
                planned.topicGuid = topic;
                m_claims.append(planned);
            }
        }
    }

    void readDetails(const QString &description, const QString &at, PlannedClaim &planned)
    {
        Claim &claim = planned.claim;
        const QStringList rest{QString::fromUtf16(qdpx::key::Note)};
        for (const auto &[field, value] : qdpx::descriptionFields(description, rest)) {
            bool ok = false;
            if (field == QStringView(qdpx::key::Position)) {
                const int position = value.toInt(&ok);
                if (ok && position >= Claim::MinPosition && position <= Claim::MaxPosition)
                    claim.position = position;
                else
                    badValue(at, field, value);
            } else if (field == QStringView(qdpx::key::Salience)) {
                const int salience = value.toInt(&ok);
                if (ok && salience >= Claim::MinSalience && salience <= Claim::MaxSalience)
                    claim.salience = salience;
                else
                    badValue(at, field, value);
            } else if (field == QStringView(qdpx::key::Attribution)) {
                if (const auto attribution = vocabulary::attributionFromKey(value))
                    claim.attribution = *attribution;
                else
                    badValue(at, field, value);
            } else if (field == QStringView(qdpx::key::Target)) {
                planned.targetName = value;
            } else if (field == QStringView(qdpx::key::Note)) {
                claim.note = value;
            } else {
                badValue(at, field, value);
            }
        }
    }

    void badValue(const QString &at, const QString &field, const QString &value)
    {
        const QString line = field.isEmpty() ? value : field + QLatin1String(": ") + value;
        lose(at, QdpxText::tr("the description line \u201c%1\u201d was not understood; left out")
                     .arg(line));
    }

    void reportUnusedVariables()
    {
        QStringList names = m_unusedVariables.values();
        names.sort();
        for (const QString &name : std::as_const(names))
            lose(name, QdpxText::tr("the variable was not imported"));
    }

    void reportNeitherCodes()
    {
        for (auto it = m_plan.roles.cbegin(); it != m_plan.roles.cend(); ++it) {
            if (it.value() != Role::Neither || !m_plan.paths.contains(it.key()))
                continue;
            const int uses = m_neitherUses.value(it.key());
            if (uses == 0 && m_plan.containers.contains(it.key()))
                continue;
            m_neither.append({m_plan.paths.value(it.key()),
                              QdpxText::tr("the code is neither an actor nor a topic; %n "
                                           "coding(s) with it were left out",
                                           nullptr, uses)});
        }
        std::sort(m_neither.begin(), m_neither.end(),
                  [](const QdpxLoss &a, const QdpxLoss &b) { return a.where < b.where; });
        m_report.losses += m_neither;
    }

    template <typename Item, typename Add>
    Status addEntries(const QList<CodePlan::Planned<Item>> &planned, QList<Item> existing,
                      QHash<QString, decltype(Item::id)> &ids, int &added, Add add)
    {
        QHash<QString, decltype(Item::id)> byKey;
        for (const Item &item : existing)
            byKey.insert(names::key(item.name), item.id);
        for (const auto &entry : planned) {
            const QString key = names::key(entry.item.name);
            if (const auto found = byKey.constFind(key); found != byKey.cend()) {
                ids.insert(entry.guid, *found);
                continue;
            }
            Item item = entry.item;
            item.parent = ids.value(entry.parentGuid);
            auto made = add(item);
            if (!made)
                return Error{made.error().kind,
                             entry.path + QLatin1String(": ") + made.error().message};
            ids.insert(entry.guid, made->id);
            byKey.insert(key, made->id);
            ++added;
        }
        return {};
    }

    Status save()
    {
        auto actors = m_store.actors();
        if (!actors)
            return actors.error();
        auto topics = m_store.topics();
        if (!topics)
            return topics.error();
        if (Status s = addEntries<Actor>(m_plan.actors, actors.value(), m_actorIds, m_report.actors,
                                         [this](const Actor &a) { return m_store.addActor(a); });
            !s)
            return s;
        if (Status s = addEntries<Topic>(m_plan.topics, topics.value(), m_topicIds, m_report.topics,
                                         [this](const Topic &t) { return m_store.addTopic(t); });
            !s)
            return s;
        auto all = m_store.actors();
        if (!all)
            return all.error();
        QHash<QString, ActorId> actorByKey;
        for (const Actor &actor : all.value())
            actorByKey.insert(names::key(actor.name), actor.id);
        if (m_unattributed > 0) {
            ActorId id = actorByKey.value(names::key(Unattributed));
            if (!id.isValid()) {
                Actor actor;
                actor.name = Unattributed;
                auto made = m_store.addActor(actor);
                if (!made)
                    return made.error();
                id = made->id;
                ++m_report.actors;
                lose(Unattributed, QdpxText::tr("the actor was created for the selections "
                                                "coded with a topic and no actor"));
            }
            lose(Unattributed, QdpxText::tr("%n selection(s) coded with a topic and no actor "
                                            "became claims of this actor",
                                            nullptr, m_unattributed));
            m_actorIds.insert(QString(), id);
        }

        QList<DocumentId> documentIds;
        for (PlannedDocument &planned : m_documents) {
            const QString title = planned.document.title;
            // Moved: the text is needed only until it is stored.
            auto added =
                m_store.addDocument(std::move(planned.document), ProjectStore::Duplicates::Allow);
            if (!added)
                return Error{added.error().kind,
                             title + QLatin1String(": ") + added.error().message};
            documentIds.append(added->id);
            ++m_report.documents;
        }

        QList<Claim> claims;
        claims.reserve(m_claims.size());
        for (PlannedClaim &planned : m_claims) {
            Claim claim = std::move(planned.claim); // one copy of each claim at a time
            claim.document = documentIds.at(planned.source);
            claim.holder = m_actorIds.value(planned.actorGuid);
            claim.topic = m_topicIds.value(planned.topicGuid);
            if (!planned.targetName.isEmpty()) {
                claim.target = actorByKey.value(names::key(planned.targetName));
                if (!claim.target.isValid())
                    lose(planned.where, QdpxText::tr("the target \u201c%1\u201d is not an actor; "
                                                     "left out")
                                            .arg(planned.targetName));
            }
            claims.append(claim);
        }
        auto added = m_store.addClaims(claims, [this](int i) { return m_claims.at(i).where; });
        if (!added)
            return added.error();
        m_report.claims = int(added->size());
        return {};
    }

    ProjectStore &m_store;
    qdpx::QdpxArchive m_archive;
    QdpxProject m_project;
    CodePlan m_plan;
    QdpxImportReport m_report;
    QHash<QString, QString> m_variableNames;
    QSet<QString> m_unusedVariables;
    QHash<QString, int> m_neitherUses;
    QList<QdpxLoss> m_neither;
    int m_unattributed = 0;
    QList<PlannedDocument> m_documents;
    QList<PlannedClaim> m_claims;
    QHash<QString, ActorId> m_actorIds;
    QHash<QString, TopicId> m_topicIds;
};

Result<QdpxProject> readProject(qdpx::QdpxArchive &archive)
{
    auto xml = archive.projectXml();
    if (!xml)
        return xml.error();
    return qdpx::parseProject(xml.value(), archive.fileName());
}

} // namespace

Result<QdpxImportReport> importQdpx(ProjectStore &store, const QString &qdpxPath,
                                    const QdpxImportOptions &options)
{
    auto archive = qdpx::QdpxArchive::open(qdpxPath);
    if (!archive)
        return archive.error();
    auto project = readProject(archive.value());
    if (!project)
        return project.error();
    auto plan = qdpx::planCodes(project->codes, options.actorsUnder);
    if (!plan)
        return badInput(QStringLiteral("%1: %2").arg(qdpxPath, plan.error().message));
    return Importer(store, std::move(archive.value()), std::move(project.value()),
                    std::move(plan.value()))
        .run();
}

Result<QdpxImportReport> importQdpxAsNewProject(const QString &qdpxPath, const QString &projectPath,
                                                const QdpxImportOptions &options)
{
    auto store = ProjectStore::create(projectPath);
    if (!store)
        return store.error();
    Result<QdpxImportReport> report = importQdpx(**store, qdpxPath, options);
    store->reset(); // closed before it can be removed
    if (!report)
        QFile::remove(projectPath);
    return report;
}

Result<QList<QdpxCode>> readQdpxCodeTree(const QString &qdpxPath)
{
    auto archive = qdpx::QdpxArchive::open(qdpxPath);
    if (!archive)
        return archive.error();
    auto project = readProject(archive.value());
    if (!project)
        return project.error();
    return project->codes;
}

} // namespace demarche
