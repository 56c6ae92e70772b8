// demarche-cli export and import-claims: the CSV's exact form, formula escaping, filters,
// code point offsets, refusals that add nothing, and the export -> import -> export trip.
#include "clirunner.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

const QString &header()
{
    static const QString columns = QStringLiteral(
        "claim_id,document_id,document_title,document_date,source,actor,actor_parent,target_actor,"
        "topic,topic_parent,stance,position,salience,attribution,quote,start,end,note,analyst,"
        "created_at,updated_at,document_url,topic_negative_pole,topic_positive_pole,page");
    return columns;
}

// The files of the fixture, imported in this order, so that a fresh project that imports
// them the same way has the same document ids.
struct Article
{
    const char *fileName;
    QByteArray bytes;
    QStringList options;
};

QList<Article> articles()
{
    return {
        {"article.txt",
         articleText(),
         {QStringLiteral("--title"), QStringLiteral("Ministers meet"), QStringLiteral("--date"),
          QStringLiteral("2024-03-31"), QStringLiteral("--source"),
          QStringLiteral("TASS, English")}},
        {"emoji.txt",
         QStringLiteral(
             "Kyiv 👍🏽 and 🇺🇦 and q\u0307 end. Kyiv demands “security” now.")
             .toUtf8(),
         {QStringLiteral("--url"), QStringLiteral("https://example.org/kyiv")}},
        {"minus.txt",
         QByteArray(
             "-40 percent is what they offered, said Lavrov.\n+1 for talks, said the ministry."),
         {}},
    };
}

bool importArticles(const QString &dir, const QString &project)
{
    for (const Article &article : articles()) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(article.fileName);
        if (!writeFile(path, article.bytes))
            return false;
        const CliResult result =
            run(QStringList{QStringLiteral("import"), project, path} + article.options);
        if (result.exitCode != 0) {
            qWarning("import failed: %s", result.describe().constData());
            return false;
        }
    }
    return true;
}

QStringList claimArgs(const QString &project, const QString &doc, const QString &quote,
                      const QString &actor, const QString &topic, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("claim"),
                       QStringLiteral("add"),
                       project,
                       QStringLiteral("--doc"),
                       doc,
                       QStringLiteral("--quote"),
                       quote,
                       QStringLiteral("--actor"),
                       actor,
                       QStringLiteral("--topic"),
                       topic}
           + extra;
}

// Reads an export into records; false (with a warning) when it is not strict RFC 4180
// or its header is not the contract's.
bool exportRecords(const QString &project, const QString &out, const QStringList &options,
                   QList<QHash<QString, QString>> *records)
{
    const CliResult result =
        run(QStringList{QStringLiteral("export"), project, QStringLiteral("--csv"), out} + options);
    QList<QStringList> rows;
    if (result.exitCode != 0 || !parseCsv(readFile(out), &rows) || rows.isEmpty()
        || rows.first().join(QLatin1Char(',')) != header()) {
        qWarning("export failed or malformed: %s", result.describe().constData());
        return false;
    }
    *records = csvRecords(rows);
    return true;
}

QHash<QString, QString> recordFor(const QList<QHash<QString, QString>> &records,
                                  const QString &claimId)
{
    for (const auto &record : records) {
        if (record.value(QStringLiteral("claim_id")) == claimId)
            return record;
    }
    return {};
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void headerLineEndsAndBom();
    void emptyProjectExportsHeader();
    void formulaEscape_data();
    void formulaEscape();
    void filters_data();
    void filters();
    void offsetsAreCodePoints();
    void failedExportWritesNothing_data();
    void failedExportWritesNothing();
    void importClaimsRefusals_data();
    void importClaimsRefusals();
    void importClaimsRecognisesEscapedQuote();
    void importClaimsSkipsWhatIsThere();
    void roundTrip_data();
    void roundTrip();
    void roundTripTargetBeforeHolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QStringList m_ids; // claim ids in the order added below
};

// Documents 1-3 from articles(); actors Russia, United States, Lavrov (under Russia) and
// @MFA_Russia (under Russia); the topic Nuclear under Iran; six claims.
void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("source.demarche"));
    CLI(created, {QStringLiteral("init"), m_project});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(importArticles(m_dir->path(), m_project));
    const QList<QStringList> steps = {
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("Russia")},
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("United States"),
         QStringLiteral("--alias"), QStringLiteral("Washington")},
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("Lavrov"),
         QStringLiteral("--parent"), QStringLiteral("Russia")},
        {QStringLiteral("actor"), QStringLiteral("add"), m_project, QStringLiteral("@MFA_Russia"),
         QStringLiteral("--parent"), QStringLiteral("Russia")},
        {QStringLiteral("topic"), QStringLiteral("add"), m_project, QStringLiteral("Nuclear"),
         QStringLiteral("--parent"), QStringLiteral("Iran"), QStringLiteral("--negative-pole"),
         QStringLiteral("No enrichment at all"), QStringLiteral("--positive-pole"),
         QStringLiteral("=Enrichment without limits")},
    };
    for (const QStringList &step : steps) {
        CLI(done, step);
        QVERIFY2(done.exitCode == 0, done.describe().constData());
    }
    const QString one = QStringLiteral("1");
    const QList<QStringList> claims = {
        claimArgs(m_project, one, QStringLiteral("Moscow demands security guarantees"),
                  QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                  {QStringLiteral("--target"), QStringLiteral("United States"),
                   QStringLiteral("--stance"), QStringLiteral("demand"),
                   QStringLiteral("--position"), QStringLiteral("-80"),
                   QStringLiteral("--salience"), QStringLiteral("5"), QStringLiteral("--note"),
                   QStringLiteral("=SUM(A1)")}),
        claimArgs(m_project, one, QStringLiteral("asked Russia for flexibility"),
                  QStringLiteral("United States"), QStringLiteral("Ukraine"),
                  {QStringLiteral("--position"), QStringLiteral("60"), QStringLiteral("--note"),
                   QStringLiteral("Line one\nline two, with \"quotes\"")}),
        claimArgs(m_project, one, QStringLiteral("Lavrov"), QStringLiteral("Lavrov"),
                  QStringLiteral("Syria"),
                  {QStringLiteral("--attribution"), QStringLiteral("quote")}),
        claimArgs(m_project, QStringLiteral("2"), QStringLiteral("👍🏽 and 🇺🇦"),
                  QStringLiteral("Russia"), QStringLiteral("Nuclear"),
                  {QStringLiteral("--position"), QStringLiteral("-40")}),
        claimArgs(m_project, QStringLiteral("3"),
                  QStringLiteral("-40 percent is what they offered"), QStringLiteral("Lavrov"),
                  QStringLiteral("Iran"),
                  {QStringLiteral("--position"), QStringLiteral("-40"), QStringLiteral("--note"),
                   QStringLiteral("-check the figure")}),
        claimArgs(m_project, QStringLiteral("3"), QStringLiteral("+1 for talks"),
                  QStringLiteral("@MFA_Russia"), QStringLiteral("Iran"),
                  {QStringLiteral("--stance"), QStringLiteral("support")}),
    };
    m_ids.clear();
    for (const QStringList &claim : claims) {
        CLI(added, claim);
        QVERIFY2(bareId(added) > 0, added.describe().constData());
        m_ids.append(QString::number(bareId(added)));
    }
}

void TestCliExport::headerLineEndsAndBom()
{
    const QString out = m_dir->filePath(QStringLiteral("claims.csv"));
    CLI(plain, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), out});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.err.isEmpty(), plain.err.constData());
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith(QByteArray(header().toUtf8() + "\r\n"))); // exact header, no BOM
    QVERIFY(bytes.endsWith("\r\n"));
    QList<QStringList> rows;
    QVERIFY2(parseCsv(bytes, &rows), bytes.constData()); // CRLF records, RFC 4180 quoting
    QCOMPARE(rows.size(), 1 + m_ids.size());
    for (const QStringList &row : std::as_const(rows))
        QCOMPARE(row.size(), header().count(QLatin1Char(',')) + 1);
    // The note with a line break, a comma and quotes survives as one field.
    const auto records = csvRecords(rows);
    QCOMPARE(recordFor(records, m_ids.at(1)).value(QStringLiteral("note")),
             QStringLiteral("Line one\nline two, with \"quotes\""));
    QCOMPARE(recordFor(records, m_ids.at(0)).value(QStringLiteral("source")),
             QStringLiteral("TASS, English"));
    QCOMPARE(recordFor(records, m_ids.at(0)).value(QStringLiteral("document_date")),
             QStringLiteral("2024-03-31"));
    QCOMPARE(recordFor(records, m_ids.at(0)).value(QStringLiteral("analyst")),
             QStringLiteral("tester"));
    // The topic's scale, last: a default topic's, and one given on the command line (a
    // pole that looks like a formula is escaped like any other text).
    QVERIFY(recordFor(records, m_ids.at(0))
                .value(QStringLiteral("topic_negative_pole"))
                .contains(QStringLiteral("Ukrainian sovereignty")));
    QCOMPARE(recordFor(records, m_ids.at(3)).value(QStringLiteral("topic_negative_pole")),
             QStringLiteral("No enrichment at all"));
    QCOMPARE(recordFor(records, m_ids.at(3)).value(QStringLiteral("topic_positive_pole")),
             QStringLiteral("'=Enrichment without limits"));

    CLI(bom, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), out,
              QStringLiteral("--bom")});
    QCOMPARE(bom.exitCode, 0);
    const QByteArray withBom = readFile(out);
    QVERIFY(withBom.startsWith(QByteArray("\xEF\xBB\xBF" + header().toUtf8() + "\r\n")));
    QCOMPARE(withBom.mid(3), bytes); // the same file otherwise
}

void TestCliExport::emptyProjectExportsHeader()
{
    const QString project = m_dir->filePath(QStringLiteral("empty.demarche"));
    CLI(created, {QStringLiteral("init"), project});
    QCOMPARE(created.exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("empty.csv"));
    CLI(exported, {QStringLiteral("export"), project, QStringLiteral("--csv"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(readFile(out), QByteArray(header().toUtf8() + "\r\n"));
}

void TestCliExport::formulaEscape_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("escaped (default)") << true;
    QTest::newRow("--no-formula-escape") << false;
}

void TestCliExport::formulaEscape()
{
    QFETCH(bool, escape);
    const QString out = m_dir->filePath(QStringLiteral("claims.csv"));
    QList<QHash<QString, QString>> records;
    QVERIFY(exportRecords(
        m_project, out, escape ? QStringList() : QStringList{QStringLiteral("--no-formula-escape")},
        &records));
    QCOMPARE(records.size(), m_ids.size());
    const QString mark = escape ? QStringLiteral("'") : QString();
    auto byId = [&records](const QString &id) { return recordFor(records, id); };
    const auto sum = byId(m_ids.at(0));
    QCOMPARE(sum.value(QStringLiteral("note")), mark + QStringLiteral("=SUM(A1)"));
    QCOMPARE(sum.value(QStringLiteral("position")),
             QStringLiteral("-80")); // a number, never escaped
    const auto minus = byId(m_ids.at(4));
    QCOMPARE(minus.value(QStringLiteral("quote")),
             mark + QStringLiteral("-40 percent is what they offered"));
    QCOMPARE(minus.value(QStringLiteral("note")), mark + QStringLiteral("-check the figure"));
    QCOMPARE(minus.value(QStringLiteral("position")), QStringLiteral("-40"));
    const auto plus = byId(m_ids.at(5));
    QCOMPARE(plus.value(QStringLiteral("quote")), mark + QStringLiteral("+1 for talks"));
    QCOMPARE(plus.value(QStringLiteral("actor")), mark + QStringLiteral("@MFA_Russia"));
    QCOMPARE(plus.value(QStringLiteral("actor_parent")), QStringLiteral("Russia"));
    QVERIFY(plus.value(QStringLiteral("position")).isEmpty());
    // Ordinary text is never touched.
    QCOMPARE(byId(m_ids.at(2)).value(QStringLiteral("quote")), QStringLiteral("Lavrov"));
}

void TestCliExport::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("claims"); // indexes into m_ids

    QTest::newRow("no filter") << QStringList{} << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("--actor") << QStringList{QStringLiteral("--actor"), QStringLiteral("Russia")}
                             << QList<int>{0, 3};
    QTest::newRow("--actor by alias")
        << QStringList{QStringLiteral("--actor"), QStringLiteral("washington")} << QList<int>{1};
    QTest::newRow("two --actor") << QStringList{QStringLiteral("--actor"), QStringLiteral("russia"),
                                                QStringLiteral("--actor"), QStringLiteral("LAVROV")}
                                 << QList<int>{0, 2, 3, 4};
    QTest::newRow("--topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("Ukraine")}
                             << QList<int>{0, 1};
    QTest::newRow("two --topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("syria"),
                                                QStringLiteral("--topic"),
                                                QStringLiteral("nuclear")}
                                 << QList<int>{2, 3};
    QTest::newRow("--doc") << QStringList{QStringLiteral("--doc"), QStringLiteral("3")}
                           << QList<int>{4, 5};
    QTest::newRow("two --doc") << QStringList{QStringLiteral("--doc"), QStringLiteral("2"),
                                              QStringLiteral("--doc"), QStringLiteral("3")}
                               << QList<int>{3, 4, 5};
    QTest::newRow("--doc and --actor")
        << QStringList{QStringLiteral("--doc"), QStringLiteral("1"), QStringLiteral("--actor"),
                       QStringLiteral("Lavrov")}
        << QList<int>{2};
    QTest::newRow("all three, nothing matches")
        << QStringList{QStringLiteral("--doc"),   QStringLiteral("2"),
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--topic"), QStringLiteral("Ukraine")}
        << QList<int>{};
}

void TestCliExport::filters()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, claims);
    QList<QHash<QString, QString>> records;
    QVERIFY(exportRecords(m_project, m_dir->filePath(QStringLiteral("f.csv")), options, &records));
    QSet<QString> got;
    for (const auto &record : std::as_const(records))
        got.insert(record.value(QStringLiteral("claim_id")));
    QSet<QString> expected;
    for (int index : std::as_const(claims))
        expected.insert(m_ids.at(index));
    QCOMPARE(got, expected);
    QCOMPARE(records.size(), claims.size()); // no row twice
}

void TestCliExport::offsetsAreCodePoints()
{
    for (const QStringList &options :
         {QStringList{}, QStringList{QStringLiteral("--no-formula-escape")}}) {
        QList<QHash<QString, QString>> records;
        QVERIFY(
            exportRecords(m_project, m_dir->filePath(QStringLiteral("o.csv")), options, &records));
        QCOMPARE(records.size(), m_ids.size());
        for (const auto &record : std::as_const(records)) {
            CLI(text,
                {QStringLiteral("text"), m_project, record.value(QStringLiteral("document_id"))});
            QCOMPARE(text.exitCode, 0);
            const QString slice =
                codePointSlice(text.outText(), record.value(QStringLiteral("start")).toLongLong(),
                               record.value(QStringLiteral("end")).toLongLong());
            QString quote = record.value(QStringLiteral("quote"));
            if (options.isEmpty() && quote.startsWith(QLatin1Char('\'')) && slice != quote)
                quote.remove(0, 1); // the formula escape is not part of the text
            QCOMPARE(slice, quote);
        }
    }
}

void TestCliExport::failedExportWritesNothing_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("needle");
    QTest::newRow("folder missing")
        << QStringLiteral("no/such/folder/out.csv") << QStringList{} << QStringLiteral("out.csv");
    QTest::newRow("unknown --actor")
        << QStringLiteral("keep.csv")
        << QStringList{QStringLiteral("--actor"), QStringLiteral("Narnia")}
        << QStringLiteral("Narnia");
    QTest::newRow("unknown --topic")
        << QStringLiteral("keep.csv")
        << QStringList{QStringLiteral("--topic"), QStringLiteral("Mars")} << QStringLiteral("Mars");
    QTest::newRow("unknown --doc")
        << QStringLiteral("keep.csv") << QStringList{QStringLiteral("--doc"), QStringLiteral("99")}
        << QStringLiteral("99");
}

void TestCliExport::failedExportWritesNothing()
{
    QFETCH(QString, out);
    QFETCH(QStringList, options);
    QFETCH(QString, needle);
    const QString path = m_dir->filePath(out);
    const bool keep = out == QLatin1String("keep.csv");
    if (keep)
        QVERIFY(writeFile(path, "an earlier export\r\n"));
    CLI_FAILS(2, needle,
              QStringList{QStringLiteral("export"), m_project, QStringLiteral("--csv"), path}
                  + options);
    if (keep)
        QCOMPARE(readFile(path), QByteArray("an earlier export\r\n"));
    else
        QVERIFY(!QFileInfo::exists(path));
    // No temporary file is left behind either.
    const QStringList left = QDir(m_dir->path()).entryList({QStringLiteral("*.csv*")}, QDir::Files);
    QCOMPARE(left, keep ? QStringList{QStringLiteral("keep.csv")} : QStringList{});
}

void TestCliExport::importClaimsRefusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("createMissing");
    QTest::addColumn<QStringList>("needles");

    const QByteArray head = "document_id,start,end,quote,actor,topic,stance,position\r\n";
    const QByteArray good = "1,17,31,Moscow demands,Russia,Ukraine,demand,-40\r\n"
                            "1,0,6,Lavrov,Lavrov,Syria,,\r\n";
    auto names = [](const char *a, const char *b) {
        return QStringList{QLatin1String(a), QLatin1String(b)};
    };
    QTest::newRow("unknown actor")
        << head + good + "1,0,6,Lavrov,Narnia,Syria,,\r\n"
        << false
        << QStringList{QStringLiteral("row 4"), QStringLiteral("'actor'"),
                       QStringLiteral("Narnia")};
    QTest::newRow("unknown topic") << head + good + "1,0,6,Lavrov,Lavrov,Mars,,\r\n"
                                   << false << names("row 4", "'topic'");
    QTest::newRow("bad stance") << head + good + "1,0,6,Lavrov,Lavrov,Syria,bluster,\r\n"
                                << false
                                << QStringList{QStringLiteral("row 4"), QStringLiteral("'stance'"),
                                               QStringLiteral("bluster")};
    QTest::newRow("bad stance after a created actor")
        << head + "1,0,6,Lavrov,Narnia,Syria,,\r\n1,0,6,Lavrov,Lavrov,Syria,bluster,\r\n"
        << true << names("row 3", "'stance'");
    QTest::newRow("quote mismatch") << head + good + "1,17,31,Moscow demanded,Russia,Ukraine,,\r\n"
                                    << false << names("row 4", "'quote'");
    QTest::newRow("position 150") << head + good + "1,0,6,Lavrov,Lavrov,Syria,,150\r\n"
                                  << false << names("row 4", "'position'");
    QTest::newRow("end past the text") << head + good + "1,0,9999,Lavrov,Lavrov,Syria,,\r\n"
                                       << false << names("row 4", "'end'");
    QTest::newRow("unknown document") << head + good + "9,0,6,Lavrov,Lavrov,Syria,,\r\n"
                                      << false << names("row 4", "'document_id'");
    QTest::newRow("unterminated quoted field") << head + good + "1,0,6,\"Lavrov,Lavrov,Syria,,\r\n"
                                               << false << names("row 4", "unterminated");
    QTest::newRow("missing column") << QByteArray("document_id,start,end,quote,actor,stance\r\n"
                                                  "1,0,6,Lavrov,Lavrov,\r\n")
                                    << false << names("'topic'", "missing");
}

void TestCliExport::importClaimsRefusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, createMissing);
    QFETCH(QStringList, needles);
    const QString file = m_dir->filePath(QStringLiteral("incoming.csv"));
    QVERIFY(writeFile(file, csv));
    QStringList args{QStringLiteral("import-claims"), m_project, file};
    if (createMissing)
        args.append(QStringLiteral("--create-missing"));
    const QByteArray before = snapshot(m_project);
    for (const QString &needle : std::as_const(needles))
        CLI_FAILS(2, needle, args);
    CLI_FAILS(2, QStringLiteral("incoming.csv"), args);
    QCOMPARE(snapshot(m_project), before); // not one claim, actor or topic added
}

void TestCliExport::importClaimsRecognisesEscapedQuote()
{
    const QString file = m_dir->filePath(QStringLiteral("escaped.csv"));
    QVERIFY(writeFile(file, "document_id,start,end,quote,actor,topic,note\r\n"
                            "3,0,32,'-40 percent is what they offered,Russia,Iran,'=1+1\r\n"));
    CLI(imported, {QStringLiteral("import-claims"), m_project, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(
        imported.out,
        QByteArray("1 claim imported; 0 already present; 0 actors created; 0 topics created\n"));
    const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
    QCOMPARE(claims.size(), m_ids.size() + 1);
    // The new claim is Russia's; the same span was Lavrov's already.
    int russian = 0;
    for (const QJsonValue &claim : claims) {
        if (claim[QLatin1String("quote")].toString()
                == QLatin1String("-40 percent is what they offered")
            && claim[QLatin1String("actor")].toString() == QLatin1String("Russia"))
            ++russian;
    }
    QCOMPARE(russian, 1);
}

void TestCliExport::importClaimsSkipsWhatIsThere()
{
    const QString out = m_dir->filePath(QStringLiteral("again.csv"));
    CLI(exported, {QStringLiteral("export"), m_project, QStringLiteral("--csv"), out});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray before = snapshot(m_project);
    CLI(imported, {QStringLiteral("import-claims"), m_project, out});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.outText(),
             QStringLiteral(
                 "0 claims imported; %1 already present; 0 actors created; 0 topics created\n")
                 .arg(m_ids.size()));
    QCOMPARE(snapshot(m_project), before);
}

void TestCliExport::roundTrip_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("default") << QStringList{};
    QTest::newRow("--no-formula-escape") << QStringList{QStringLiteral("--no-formula-escape")};
    QTest::newRow("--bom") << QStringList{QStringLiteral("--bom")};
}

void TestCliExport::roundTrip()
{
    QFETCH(QStringList, options);
    QList<QHash<QString, QString>> first;
    QVERIFY(
        exportRecords(m_project, m_dir->filePath(QStringLiteral("first.csv")), options, &first));

    // A fresh project holding the same documents under the same ids.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString fresh = other.filePath(QStringLiteral("fresh.demarche"));
    CLI(created, {QStringLiteral("init"), fresh});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(importArticles(other.path(), fresh));
    CLI(imported,
        {QStringLiteral("import-claims"), fresh, m_dir->filePath(QStringLiteral("first.csv")),
         QStringLiteral("--create-missing")});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(
        imported.outText(),
        QStringLiteral("%1 claims imported; 0 already present; 4 actors created; 1 topic created\n")
            .arg(m_ids.size()));

    QList<QHash<QString, QString>> second;
    QVERIFY(exportRecords(fresh, other.filePath(QStringLiteral("second.csv")), options, &second));
    QCOMPARE(second.size(), first.size());
    const QStringList columns = header().split(QLatin1Char(','));
    for (qsizetype row = 0; row < first.size(); ++row) {
        for (const QString &column : columns) {
            if (column == QLatin1String("claim_id") || column == QLatin1String("created_at")
                || column == QLatin1String("updated_at"))
                continue;
            const QString where = QStringLiteral("row %1, column %2").arg(row + 1).arg(column);
            QVERIFY2(first.at(row).value(column) == second.at(row).value(column),
                     qPrintable(where + QStringLiteral(": '") + first.at(row).value(column)
                                + QStringLiteral("' became '") + second.at(row).value(column)
                                + QLatin1Char('\'')));
        }
    }
}

void TestCliExport::roundTripTargetBeforeHolder()
{
    // Lavrov (under Russia) is first met as the *target* of an earlier row, then as the
    // actor of a later one: the re-created Lavrov must still roll up to Russia.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    for (const QStringList &claim :
         {claimArgs(project, QStringLiteral("1"), QStringLiteral("Lavrov said"),
                    QStringLiteral("United States"), QStringLiteral("Ukraine"),
                    {QStringLiteral("--target"), QStringLiteral("Lavrov")}),
          claimArgs(project, QStringLiteral("1"), QStringLiteral("the next round is in Geneva"),
                    QStringLiteral("Lavrov"), QStringLiteral("Ukraine"))}) {
        CLI(added, claim);
        QCOMPARE(added.exitCode, 0);
    }
    QList<QHash<QString, QString>> first;
    QVERIFY(exportRecords(project, dir.filePath(QStringLiteral("first.csv")), {}, &first));
    QCOMPARE(first.at(1).value(QStringLiteral("actor_parent")), QStringLiteral("Russia"));

    QTemporaryDir other;
    QVERIFY(other.isValid());
    QString fresh = other.filePath(QStringLiteral("fresh.demarche"));
    const QString article = other.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeFile(article, articleText()));
    CLI(created, {QStringLiteral("init"), fresh});
    CLI(importedText, {QStringLiteral("import"), fresh, article, QStringLiteral("--title"),
                       QStringLiteral("Ministers meet")});
    QCOMPARE(importedText.exitCode, 0);
    CLI(imported, {QStringLiteral("import-claims"), fresh,
                   dir.filePath(QStringLiteral("first.csv")), QStringLiteral("--create-missing")});
    QCOMPARE(imported.exitCode, 0);
    QList<QHash<QString, QString>> second;
    QVERIFY(exportRecords(fresh, other.filePath(QStringLiteral("second.csv")), {}, &second));
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(1).value(QStringLiteral("actor")), QStringLiteral("Lavrov"));
    QCOMPARE(second.at(1).value(QStringLiteral("actor_parent")), QStringLiteral("Russia"));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
