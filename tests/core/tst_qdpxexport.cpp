// exportQdpx: a project with every kind of fact Demarche keeps, written as REFI-QDA and read
// back with QuaZip; the archive keeps the schema's rules (tests/support/qdpxchecker), each
// selection points at its quote in code points, and the descriptions say what
// docs/REFI-QDA.md says. Outputs that cannot hold an archive are refused by name.
#include "core/exchange/qdpxvocabulary.h"
#include "core/exchange/qdpxwriter.h"
#include "core/storage/projectstore.h"
#include "support/qdpxchecker.h"
#include "support/qdpxschema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace demarche;
using namespace qdpxtest;

namespace {

// Emoji and a flag (outside the BMP) before the quotes, so that code points and UTF-16
// units differ; Cyrillic and accents for UTF-8 of every width.
const QString &firstText()
{
    static const QString text =
        QStringLiteral("Kyiv 👍🏽 demands “security” now. Лавров said no "
                       "to 🇺🇦 talks.\nÉtape deux: the sea.");
    return text;
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> points = text.toUcs4();
    if (start < 0 || end > points.size() || start > end)
        return QStringLiteral("<outside>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start,
                             end - start);
}

const QdeElement *codeNamed(const QdeElement &root, const QString &name)
{
    for (const QdeElement *code : root.findAll(QStringLiteral("Code"))) {
        if (code->attribute(QStringLiteral("name")) == name)
            return code;
    }
    return nullptr;
}

QString descriptionOf(const QdeElement *element)
{
    if (!element)
        return QStringLiteral("<no element>");
    const QdeElement *description = element->child(QStringLiteral("Description"));
    return description ? description->text : QString();
}

} // namespace

class TestQdpxExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QdpxArchive m_archive;
    QHash<QString, ClaimId> m_claims; // by a short label
    QHash<QString, DocumentId> m_documents;
    QHash<QString, ActorId> m_actors;
    QHash<QString, TopicId> m_topics;

    ActorId addActor(const QString &name, ActorKind kind, const QString &parent,
                     const QStringList &aliases, const QColor &color)
    {
        Actor actor;
        actor.name = name;
        actor.kind = kind;
        actor.parent = m_actors.value(parent);
        actor.aliases = aliases;
        actor.color = color;
        auto added = m_store->addActor(actor);
        if (!added)
            qFatal("cannot add actor %s", qPrintable(added.error().message));
        m_actors.insert(name, added->id);
        return added->id;
    }

    void addTopic(Topic topic, const QString &parent)
    {
        topic.parent = m_topics.value(parent);
        auto added = m_store->addTopic(topic);
        if (!added)
            qFatal("cannot add topic %s", qPrintable(added.error().message));
        m_topics.insert(topic.name, added->id);
    }

    void addDocument(const QString &title, Document document)
    {
        document.title = title;
        auto added = m_store->addDocument(document, ProjectStore::Duplicates::Allow);
        if (!added)
            qFatal("cannot add document %s", qPrintable(added.error().message));
        m_documents.insert(title, added->id);
    }

    void addClaim(const QString &label, Claim claim, const QString &document, const QString &quote)
    {
        claim.document = m_documents.value(document);
        const QString text = m_store->document(claim.document)->text;
        const QList<uint> points = text.toUcs4();
        const QList<uint> wanted = quote.toUcs4();
        for (qsizetype i = 0; i + wanted.size() <= points.size(); ++i) {
            if (points.mid(i, wanted.size()) == wanted) {
                claim.start = i;
                claim.end = i + wanted.size();
                break;
            }
        }
        auto added = m_store->addClaim(claim);
        if (!added)
            qFatal("cannot add claim %s", qPrintable(added.error().message));
        m_claims.insert(label, added->id);
    }

    void buildProject()
    {
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("Talks 2024.demarche")));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        m_store = std::move(store).value();

        addActor(QStringLiteral("Russia"), ActorKind::State, {},
                 {QStringLiteral("Russian Federation"), QStringLiteral("RF")},
                 QColor(0xaa, 0x00, 0x11));
        addActor(QStringLiteral("Lavrov"), ActorKind::Person, QStringLiteral("Russia"),
                 {QStringLiteral("Sergey Lavrov")}, QColor(0xcc, 0x22, 0x33));
        addActor(QStringLiteral("Ukraine"), ActorKind::State, {}, {}, QColor(0x00, 0x57, 0xb7));
        addActor(QStringLiteral("Servant of the People"), ActorKind::Faction,
                 QStringLiteral("Ukraine"), {}, {});
        addActor(QStringLiteral("OSCE"), ActorKind::Organisation, {}, {}, {});

        Topic security;
        security.name = QStringLiteral("Security");
        security.color = QColor(0x12, 0x34, 0x56);
        addTopic(security, {});
        Topic sea;
        sea.name = QStringLiteral("Black Sea");
        sea.keywords = {QStringLiteral("Black Sea"), QStringLiteral("Sevastopol")};
        sea.negativePole = QStringLiteral("Russian control");
        sea.positivePole = QStringLiteral("Free navigation");
        sea.scaleNote = QStringLiteral("Score the goal, not the tone.\nIgnore rhetoric.");
        addTopic(sea, QStringLiteral("Security"));

        Document first;
        first.text = firstText();
        first.date = QDate(2024, 3, 31);
        first.source = QStringLiteral("TASS, English");
        first.url = QStringLiteral("https://example.org/a?x=1&y=2");
        first.language = QStringLiteral("uk");
        first.fileName = QStringLiteral("talks.pdf");
        first.format = QStringLiteral("pdf");
        first.pages = {{0, 1}, {56, 2}};
        addDocument(QStringLiteral("Ministers <meet> & talk"), first);
        Document quiet;
        quiet.text = QStringLiteral("Nothing claimed here.");
        addDocument(QStringLiteral("Quiet"), quiet);
        Document third;
        third.text = QStringLiteral("The OSCE 🕊️ welcomed talks.\nKyiv agreed 🤝 at last.");
        addDocument(QStringLiteral("Third"), third);

        Claim demand;
        demand.holder = m_actors.value(QStringLiteral("Ukraine"));
        demand.target = m_actors.value(QStringLiteral("Russia"));
        demand.topic = m_topics.value(QStringLiteral("Black Sea"));
        demand.stance = Stance::Demand;
        demand.position = 80;
        demand.note = QStringLiteral("Said twice.\nSee the annex.");
        demand.analyst = QStringLiteral("anna");
        addClaim(QStringLiteral("demand"), demand, QStringLiteral("Ministers <meet> & talk"),
                 QStringLiteral("demands “security” now"));

        Claim refusal;
        refusal.holder = m_actors.value(QStringLiteral("Lavrov"));
        refusal.topic = m_topics.value(QStringLiteral("Security"));
        refusal.stance = Stance::Refusal;
        refusal.analyst = QStringLiteral("Bohdan Ü");
        addClaim(QStringLiteral("refusal"), refusal, QStringLiteral("Ministers <meet> & talk"),
                 QStringLiteral("Лавров said no to 🇺🇦 talks.\nÉtape"));

        Claim support;
        support.holder = m_actors.value(QStringLiteral("Servant of the People"));
        support.topic = m_topics.value(QStringLiteral("Black Sea"));
        support.stance = Stance::Support;
        support.position = -40;
        support.salience = 5;
        support.attribution = Attribution::Quote;
        support.analyst = QStringLiteral("anna");
        addClaim(QStringLiteral("support"), support, QStringLiteral("Third"),
                 QStringLiteral("Kyiv agreed 🤝 at last."));

        Claim welcome;
        welcome.holder = m_actors.value(QStringLiteral("OSCE"));
        welcome.topic = m_topics.value(QStringLiteral("Security"));
        welcome.stance = Stance::Assessment;
        welcome.attribution = Attribution::Inference;
        welcome.salience = 1;
        welcome.analyst = QStringLiteral("anna");
        welcome.note = QStringLiteral("Bell \a here"); // XML 1.0 cannot carry it
        addClaim(QStringLiteral("welcome"), welcome, QStringLiteral("Third"),
                 QStringLiteral("The OSCE 🕊️ welcomed talks."));
    }

    const QdeElement *selectionOf(const QString &label) const
    {
        auto claim = m_store->claim(m_claims.value(label));
        if (!claim)
            return nullptr;
        auto document = m_store->document(claim->document);
        for (const QdeElement *source : m_archive.project.findAll(QStringLiteral("TextSource"))) {
            if (source->attribute(QStringLiteral("name")) != document->title)
                continue;
            for (const QdeElement *selection :
                 source->childrenNamed(QStringLiteral("PlainTextSelection"))) {
                if (selection->attribute(QStringLiteral("startPosition")).toLongLong()
                        == claim->start
                    && selection->attribute(QStringLiteral("endPosition")).toLongLong()
                           == claim->end)
                    return selection;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        buildProject();
        const QString out = m_dir.filePath(QStringLiteral("talks.qdpx"));
        auto exported = exportQdpx(*m_store, out, {});
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported->documents, 3);
        QCOMPARE(exported->claims, 4);
        const QString read = readQdpx(out, m_archive);
        QVERIFY2(read.isEmpty(), qPrintable(read));
    }

    void keepsTheSchemasRules()
    {
        const QStringList problems = checkQdpx(m_archive);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_archive.qdeName, QStringLiteral("project.qde"));
        const QdeElement &project = m_archive.project;
        QCOMPARE(project.attribute(QStringLiteral("name")), QStringLiteral("Talks 2024"));
        QVERIFY(project.attribute(QStringLiteral("origin")).startsWith(QLatin1String("Demarche")));
        QVERIFY(project.attribute(QStringLiteral("creationDateTime")).endsWith(QLatin1Char('Z')));
        QStringList order;
        for (const QdeElement &child : project.children)
            order << child.name;
        QCOMPARE(order, (QStringList{QStringLiteral("Users"), QStringLiteral("CodeBook"),
                                     QStringLiteral("Variables"), QStringLiteral("Sources")}));
        for (const QdeElement *element : project.findAll(QStringLiteral("Coding")))
            QVERIFY(schema::isSchemaGuid(element->attribute(QStringLiteral("guid"))));
    }

    void writesEachTextOnceInLowerCaseSources()
    {
        const QList<const QdeElement *> sources =
            m_archive.project.findAll(QStringLiteral("TextSource"));
        QCOMPARE(sources.size(), 3);
        QStringList expected{QStringLiteral("project.qde")};
        for (const QdeElement *source : sources) {
            const QString guid = source->attribute(QStringLiteral("guid"));
            QCOMPARE(source->attribute(QStringLiteral("plainTextPath")),
                     QStringLiteral("internal://") + guid + QStringLiteral(".txt"));
            const QString entry = QStringLiteral("sources/") + guid + QStringLiteral(".txt");
            expected << entry;
            const QByteArray bytes = m_archive.entries.value(entry);
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            const DocumentId id = m_documents.value(source->attribute(QStringLiteral("name")));
            QVERIFY(id.isValid());
            QCOMPARE(bytes, m_store->document(id)->text.toUtf8());
        }
        QStringList names = m_archive.entryNames;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void selectionsPointAtTheQuotesInCodePoints_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("afterWideCharacters"); // UTF-16 offsets differ there
        QTest::newRow("after an emoji") << QStringLiteral("demand") << true;
        QTest::newRow("a flag inside, across a line") << QStringLiteral("refusal") << true;
        QTest::newRow("at the start") << QStringLiteral("welcome") << false;
        QTest::newRow("on the second line") << QStringLiteral("support") << true;
    }

    void selectionsPointAtTheQuotesInCodePoints()
    {
        QFETCH(QString, label);
        QFETCH(bool, afterWideCharacters);
        auto claim = m_store->claim(m_claims.value(label));
        QVERIFY(claim);
        const QdeElement *selection = selectionOf(label);
        QVERIFY2(selection, "no selection at the claim's offsets in its document's source");
        const QString text = m_store->document(claim->document)->text;
        QCOMPARE(text.indexOf(claim->quote) != claim->start, afterWideCharacters);
        const QdeElement *source = nullptr;
        for (const QdeElement *candidate :
             m_archive.project.findAll(QStringLiteral("TextSource"))) {
            if (candidate->childrenNamed(QStringLiteral("PlainTextSelection")).contains(selection))
                source = candidate;
        }
        QVERIFY(source);
        QCOMPARE(codePointSlice(sourceText(m_archive, *source),
                                selection->attribute(QStringLiteral("startPosition")).toLongLong(),
                                selection->attribute(QStringLiteral("endPosition")).toLongLong()),
                 claim->quote);
    }

    void codesEachClaimWithItsActorTopicAndStance_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("analyst");
        QTest::newRow("demand") << QStringLiteral("demand")
                                << QStringList{QStringLiteral("Ukraine"),
                                               QStringLiteral("Black Sea"),
                                               QStringLiteral("Demand")}
                                << QStringLiteral("anna");
        QTest::newRow("refusal") << QStringLiteral("refusal")
                                 << QStringList{QStringLiteral("Lavrov"),
                                                QStringLiteral("Security"),
                                                QStringLiteral("Refusal")}
                                 << QStringLiteral("Bohdan Ü");
        QTest::newRow("support") << QStringLiteral("support")
                                 << QStringList{QStringLiteral("Servant of the People"),
                                                QStringLiteral("Black Sea"),
                                                QStringLiteral("Support")}
                                 << QStringLiteral("anna");
    }

    void codesEachClaimWithItsActorTopicAndStance()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, codes);
        QFETCH(QString, analyst);
        const QdeElement *selection = selectionOf(label);
        QVERIFY(selection);
        QStringList coded;
        for (const QdeElement *coding : selection->childrenNamed(QStringLiteral("Coding"))) {
            const QString target =
                coding->child(QStringLiteral("CodeRef"))->attribute(QStringLiteral("targetGUID"));
            for (const QdeElement *code : m_archive.project.findAll(QStringLiteral("Code"))) {
                if (code->attribute(QStringLiteral("guid")) == target)
                    coded << code->attribute(QStringLiteral("name"));
            }
        }
        QCOMPARE(coded, codes);
        QString userName;
        for (const QdeElement *user : m_archive.project.findAll(QStringLiteral("User"))) {
            if (user->attribute(QStringLiteral("guid"))
                == selection->attribute(QStringLiteral("creatingUser")))
                userName = user->attribute(QStringLiteral("name"));
        }
        QCOMPARE(userName, analyst);
        QCOMPARE(m_archive.project.findAll(QStringLiteral("User")).size(), 2);
    }

    void describesWhatCodesCannotSay_data()
    {
        QTest::addColumn<QString>("kind"); // "code" or a claim's label
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::newRow("state with aliases") << "code"
                                            << "Russia"
                                            << "Kind: state\nAlias: Russian Federation\nAlias: RF";
        QTest::newRow("person") << "code"
                                << "Lavrov"
                                << "Kind: person\nAlias: Sergey Lavrov";
        QTest::newRow("faction") << "code"
                                 << "Servant of the People"
                                 << "Kind: faction";
        QTest::newRow("organisation") << "code"
                                      << "OSCE"
                                      << "Kind: organisation";
        QTest::newRow("topic with a scale")
            << "code"
            << "Black Sea"
            << "Keyword: Black Sea\nKeyword: Sevastopol\nNegative pole: Russian control\n"
               "Positive pole: Free navigation\nScale note:\nScore the goal, not the tone.\n"
               "Ignore rhetoric.";
        QTest::newRow("topic without facts") << "code"
                                             << "Security"
                                             << "";
        QTest::newRow("stance") << "code"
                                << "Threat"
                                << "";
        QTest::newRow("claim with all")
            << "claim"
            << "demand"
            << "Position: 80\nSalience: 3\nAttribution: paraphrase\nTarget: Russia\nNote:\n"
               "Said twice.\nSee the annex.";
        QTest::newRow("claim without position, target, note")
            << "claim"
            << "refusal"
            << "Salience: 3\nAttribution: paraphrase";
        QTest::newRow("claim with negative position")
            << "claim"
            << "support"
            << "Position: -40\nSalience: 5\nAttribution: quote";
        QTest::newRow("inference, a control character")
            << "claim"
            << "welcome"
            << "Salience: 1\nAttribution: inference\nNote:\nBell \xEF\xBF\xBD here";
    }

    void describesWhatCodesCannotSay()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, description);
        const QdeElement *element =
            kind == QLatin1String("code") ? codeNamed(m_archive.project, name) : selectionOf(name);
        QCOMPARE(descriptionOf(element), description);
    }

    void nestsTheCodebook()
    {
        const QdeElement *codes =
            m_archive.project.child(QStringLiteral("CodeBook"))->child(QStringLiteral("Codes"));
        QStringList top;
        for (const QdeElement &code : codes->children) {
            top << code.attribute(QStringLiteral("name"));
            QCOMPARE(code.attribute(QStringLiteral("isCodable")), QStringLiteral("false"));
        }
        QCOMPARE(top, (QStringList{QStringLiteral("Actors"), QStringLiteral("Topics"),
                                   QStringLiteral("Stances")}));
        const QdeElement *russia = codeNamed(m_archive.project, QStringLiteral("Russia"));
        QCOMPARE(russia->attribute(QStringLiteral("color")), QStringLiteral("#aa0011"));
        QCOMPARE(russia->childrenNamed(QStringLiteral("Code")).size(), 1);
        QCOMPARE(russia->childrenNamed(QStringLiteral("Code"))
                     .first()
                     ->attribute(QStringLiteral("name")),
                 QStringLiteral("Lavrov"));
        const QList<Actor> actors = m_store->actors().value();
        QCOMPARE(actors.size(), 5);
        for (const Actor &actor : actors) {
            const QdeElement *code = codeNamed(m_archive.project, actor.name);
            QVERIFY2(code, qPrintable(actor.name));
            QCOMPARE(code->attribute(QStringLiteral("color")),
                     actor.color.isValid() ? actor.color.name() : QString());
        }
        const QdeElement *security = codeNamed(m_archive.project, QStringLiteral("Security"));
        QCOMPARE(security->childrenNamed(QStringLiteral("Code"))
                     .first()
                     ->attribute(QStringLiteral("name")),
                 QStringLiteral("Black Sea"));
        QStringList stances;
        for (const QdeElement &code : codes->children.last().children)
            stances << code.attribute(QStringLiteral("name"));
        QCOMPARE(stances, (QStringList{QStringLiteral("Demand"), QStringLiteral("Proposal"),
                                       QStringLiteral("Concession"), QStringLiteral("Refusal"),
                                       QStringLiteral("Support"), QStringLiteral("Criticism"),
                                       QStringLiteral("Commitment"), QStringLiteral("Threat"),
                                       QStringLiteral("Assessment")}));
    }

    void valuesTheDocumentsVariables()
    {
        QHash<QString, QString> variables; // GUID -> name
        for (const QdeElement *variable : m_archive.project.findAll(QStringLiteral("Variable")))
            variables.insert(variable->attribute(QStringLiteral("guid")),
                             variable->attribute(QStringLiteral("name")));
        QCOMPARE(variables.size(), 7);
        const QdeElement *source = nullptr;
        for (const QdeElement *candidate :
             m_archive.project.findAll(QStringLiteral("TextSource"))) {
            if (candidate->attribute(QStringLiteral("name"))
                == QLatin1String("Ministers <meet> & talk"))
                source = candidate;
        }
        QVERIFY(source);
        QStringList values;
        for (const QdeElement *value : source->childrenNamed(QStringLiteral("VariableValue"))) {
            const QdeElement &datum = value->children.last();
            values << variables.value(value->child(QStringLiteral("VariableRef"))
                                          ->attribute(QStringLiteral("targetGUID")))
                          + QLatin1Char('=') + datum.name + QLatin1Char(':') + datum.text;
        }
        QCOMPARE(values, (QStringList{QStringLiteral("Publication date=DateValue:2024-03-31"),
                                      QStringLiteral("Source=TextValue:TASS, English"),
                                      QStringLiteral("URL=TextValue:https://example.org/a?x=1&y=2"),
                                      QStringLiteral("Language=TextValue:uk"),
                                      QStringLiteral("Original file=TextValue:talks.pdf"),
                                      QStringLiteral("Format=TextValue:pdf"),
                                      QStringLiteral("Pages=TextValue:0:1 56:2")}));
    }

    // The checker is what the other tests trust: each rule it knows must catch its break.
    void checkerFindsBrokenRules_data()
    {
        QTest::addColumn<QString>("pattern"); // in project.qde, its first match replaced
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("problem");
        QTest::newRow("Variables before CodeBook")
            << "(<CodeBook>[\\s\\S]*</CodeBook>\\s*)(<Variables>[\\s\\S]*</Variables>)"
            << "\\2\\1"
            << "not allowed here";
        QTest::newRow("a required attribute left out") << " isCodable=\"false\""
                                                       << ""
                                                       << "lacks the required isCodable";
        QTest::newRow("a GUID in another form") << "<Code guid=\""
                                                << "<Code guid=\"x"
                                                << "not a GUID";
        QTest::newRow("a code reference to nothing")
            << "<CodeRef targetGUID=\"[^\"]*\""
            << "<CodeRef targetGUID=\"00000000-0000-4000-8000-000000000000\""
            << "names no Code";
        QTest::newRow("an unknown user") << " creatingUser=\"[^\"]*\""
                                         << " creatingUser=\"00000000-0000-4000-8000-000000000000\""
                                         << "names no User";
        QTest::newRow("a GUID twice") << "(<Code guid=\"([^\"]*)\"[\\s\\S]*?<Code guid=\")[^\"]*\""
                                      << "\\1\\2\""
                                      << "is not unique";
        QTest::newRow("a selection beyond its text") << "endPosition=\"\\d+\""
                                                     << "endPosition=\"100000\""
                                                     << "outside the text";
        QTest::newRow("a selection ending before it starts") << "startPosition=\"\\d+\""
                                                             << "startPosition=\"99999\""
                                                             << "outside the text";
        QTest::newRow("a date-time without time") << "creationDateTime=\"[^\"]*\""
                                                  << "creationDateTime=\"2024-03-31\""
                                                  << "not an xsd:dateTime";
        QTest::newRow("a colour by name") << "color=\"[^\"]*\""
                                          << "color=\"red\""
                                          << "not an RGB colour";
        QTest::newRow("a Coding without its CodeRef") << "<CodeRef targetGUID=\"[^\"]*\"/>"
                                                      << ""
                                                      << "needs CodeRef";
        QTest::newRow("an internal file missing") << "plainTextPath=\"internal://"
                                                  << "plainTextPath=\"internal://x"
                                                  << "is not in the archive";
        QTest::newRow("another namespace") << "urn:QDA-XML:project:1.0"
                                           << "urn:QDA-XML:codebook:1.0"
                                           << "not in the project namespace";
    }

    void checkerFindsBrokenRules()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(QString, problem);
        QdpxArchive broken = m_archive;
        QString xml = QString::fromUtf8(broken.entries.value(broken.qdeName));
        const QRegularExpression expression(pattern);
        const QRegularExpressionMatch match = expression.match(xml);
        QVERIFY2(match.hasMatch(), "the pattern matches nothing in the export");
        QString replaced = replacement;
        for (int group = match.lastCapturedIndex(); group >= 1; --group)
            replaced.replace(QStringLiteral("\\%1").arg(group), match.captured(group));
        xml.replace(match.capturedStart(), match.capturedLength(), replaced);
        QVERIFY(checkQdpx(broken).isEmpty()); // the copy as exported is still clean
        const QString parsed = parseProjectXml(xml.toUtf8(), broken.project);
        QVERIFY2(parsed.isEmpty(), qPrintable(parsed));
        const QStringList problems = checkQdpx(broken);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void checkerWantsLowerCaseSources()
    {
        QdpxArchive broken = m_archive;
        for (const QString &name : m_archive.entryNames) {
            if (name.startsWith(QLatin1String("sources/"))) {
                broken.entries.insert(QStringLiteral("Sources/") + name.mid(8),
                                      broken.entries.take(name));
            }
        }
        QVERIFY(checkQdpx(broken)
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("is not in the archive")));
    }

    void exportsAnEmptyProject()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("empty.demarche")));
        QVERIFY(store);
        const QString out = dir.filePath(QStringLiteral("empty.qdpx"));
        auto exported = exportQdpx(*store.value(), out);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported->claims, 0);
        QdpxArchive archive;
        const QString read = readQdpx(out, archive);
        QVERIFY2(read.isEmpty(), qPrintable(read));
        const QStringList problems = checkQdpx(archive);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!archive.project.child(QStringLiteral("Sources")));
        QVERIFY(!archive.project.child(QStringLiteral("Users")));
        QCOMPARE(archive.entryNames, QStringList{QStringLiteral("project.qde")});
    }

    void refusesWhatCannotHoldAnArchive_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("pipe");
        QTest::newRow("the project") << QStringLiteral("project") << QStringLiteral("project");
        QTest::newRow("a missing folder")
            << QStringLiteral("missing/out.qdpx") << QStringLiteral("cannot be written");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("folder");
    }

    void refusesWhatCannotHoldAnArchive()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.filePath(target);
        if (target == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        else if (target == QLatin1String("folder"))
            QVERIFY(QDir(dir.path()).mkdir(target));
        else if (target == QLatin1String("project"))
            path = m_store->path();
        const QByteArray projectBefore = [&] {
            QFile file(m_store->path());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        auto exported = exportQdpx(*m_store, path); // a FIFO would block here if it opened it
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(exported.error().message));
        QVERIFY2(exported.error().message.contains(reason), qPrintable(exported.error().message));
        QFile project(m_store->path());
        QVERIFY(project.open(QIODevice::ReadOnly));
        QCOMPARE(project.readAll(), projectBefore);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void reportsProgressAndCancels()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled.qdpx"));
        QdpxExportOptions options;
        options.progressInterval = 2;
        QList<qint64> seen;
        options.progress = [&](qint64 written, qint64 total) {
            seen << written;
            return total == 4 && written < 2;
        };
        auto exported = exportQdpx(*m_store, out, options);
        QVERIFY(!exported);
        QVERIFY(exported.error().message.contains(QLatin1String("cancelled")));
        QCOMPARE(seen, (QList<qint64>{0, 2}));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestQdpxExport)
#include "tst_qdpxexport.moc"
