// The comparison report: what its HTML says and escapes, and the PDF written from it
// (read back with pdftotext from poppler-utils when it is installed).
#include "core/analysis/comparison.h"
#include "core/export/comparisoncsv.h"
#include "core/report/comparisonreport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(demarche::ClaimScope)

namespace {

enum : qint64 { Russia = 1, Lavrov, Usa };
enum : qint64 { Ukraine = 1, Syria, Grain };

Actor actor(qint64 id, const QString &name, qint64 parent = 0)
{
    Actor result;
    result.id = ActorId(id);
    result.name = name;
    result.parent = ActorId(parent);
    result.color = QColor(id == Usa ? "#1f77b4" : "#d62728");
    return result;
}

QList<Actor> actors()
{
    return {actor(Russia, QStringLiteral("Russia")),
            actor(Lavrov, QStringLiteral("Lavrov"), Russia),
            actor(Usa, QStringLiteral("USA <b>&</b>"))};
}

Topic topic(qint64 id, const QString &name, qint64 parent = 0)
{
    Topic result;
    result.id = TopicId(id);
    result.name = name;
    result.parent = TopicId(parent);
    return result;
}

// Ukraine has a scale (a pole with markup in it), Syria none.
QList<Topic> topics()
{
    Topic ukraine = topic(Ukraine, QStringLiteral("Ukraine"));
    ukraine.negativePole = QStringLiteral("Full Ukrainian sovereignty");
    ukraine.positivePole = QStringLiteral("Russia's <terms> & more");
    ukraine.scaleNote = QStringLiteral("0 is a ceasefire\non the line.");
    return {ukraine, topic(Syria, QStringLiteral("Syria & co")),
            topic(Grain, QStringLiteral("Grain deal"), Ukraine)};
}

// Document 1 is from March, 2 from January (so its quotes come first), 3 has no date.
QList<Document> documents()
{
    auto document = [](qint64 id, const char *title, const char *source, const QDate &date) {
        Document d;
        d.id = DocumentId(id);
        d.title = QString::fromUtf8(title);
        d.source = QString::fromUtf8(source);
        d.date = date;
        return d;
    };
    // Document 1 came from a PDF whose text starts on its third page.
    Document first = document(1, "Ministers meet in Antalya", "Reuters", QDate(2024, 3, 2));
    first.pages = {{0, 3}};
    return {first, document(2, "January <read-out>", "TASS", QDate(2024, 1, 20)),
            document(3, "Undated memo", "", QDate())};
}

Claim claim(qint64 holder, qint64 topicId, const QString &quote, std::optional<int> position,
            Stance stance, qint64 document)
{
    static qint64 next = 0;
    Claim result;
    result.id = ClaimId(++next);
    result.document = DocumentId(document);
    result.start = next;
    result.end = next + quote.size();
    result.quote = quote;
    result.holder = ActorId(holder);
    result.topic = TopicId(topicId);
    result.position = position;
    result.stance = stance;
    return result;
}

QList<Claim> claims()
{
    return {
        claim(Russia, Ukraine, QStringLiteral("Moscow demands guarantees"), -80, Stance::Demand, 1),
        claim(Lavrov, Ukraine, QStringLiteral("Lavrov rules out talks"), -40, Stance::Refusal, 2),
        claim(Usa, Ukraine, QStringLiteral("<script>alert(\"x\")</script> & more"), 60,
              Stance::Proposal, 1),
        claim(Usa, Syria, QStringLiteral("Washington wants a ceasefire"), {}, Stance::Support, 3),
        claim(Russia, Grain, QStringLiteral("grain must flow"), 10, Stance::Commitment, 1),
    };
}

Comparison comparison(const ClaimScope &scope = {}, const QList<TopicId> &only = {})
{
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    options.scope = scope;
    options.topics = only;
    QHash<DocumentId, QDate> dates;
    for (const Document &d : documents())
        dates.insert(d.id, d.date);
    return compareClaims(actors().at(0), actors().at(2), actors(), topics(), claims(), options,
                         dates);
}

ComparisonReport report(const ClaimScope &scope = {}, const QList<TopicId> &only = {})
{
    ComparisonReport result(comparison(scope, only), documents());
    result.setProjectName(QStringLiteral("Talks & <tea>"));
    result.setReportDate(QDate(2024, 5, 9));
    return result;
}

// The text of the PDF, or of one of its pages; empty when pdftotext is missing.
QString pdfText(const QString &path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlContent();
    void htmlEscapes();
    void statesEachTopicsScale();
    void evidenceInDateOrder();
    void filters_data();
    void filters();
    void emptyComparison();
    void writeHtml();
    void writePdf();
    void longPdfHasPageNumbers();
    void membersAreNamed();
    void pdfTextIsTheQuote();
    void headingsKeepTheirText();
    void failedWritesLeaveNothing();
    void followsTheDefaultLocale();
    void csvIgnoresTheDefaultLocale();
};

void TestReport::htmlContent()
{
    const QString html = report().toHtml();
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QCOMPARE(report().title(), QStringLiteral("Positions of Russia and USA <b>&</b>"));
    QVERIFY(html.contains(
        QLatin1String("<h1>Positions of Russia and USA &lt;b&gt;&amp;&lt;/b&gt;</h1>")));
    QVERIFY(html.contains(QLatin1String("2024-05-09")));
    QVERIFY(html.contains(QLatin1String("Talks &amp; &lt;tea&gt;")));
    for (const char *text : {"Ukraine", "Syria &amp; co", "Grain deal", "Moscow demands guarantees",
                             "Washington wants a ceasefire", "Ministers meet in Antalya", "Reuters",
                             "2024-03-02", "Demand", "Refusal"})
        QVERIFY2(html.contains(QLatin1String(text)), text);
    QVERIFY(html.contains(QStringLiteral("under Ukraine"))); // Grain deal's parent
    // Means: Russia on Ukraine (-80 and -40, salience 3 each) and the distance to 60.
    QVERIFY(html.contains(QStringLiteral("<td class=\"number\">\u221260.0</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"number\">120.0</td>")));
    QVERIFY(html.contains(QStringLiteral("only USA &lt;b&gt;&amp;&lt;/b&gt;"))); // Syria
    QVERIFY(html.contains(QStringLiteral("undated")));
    QVERIFY(html.contains(QStringLiteral("color:#d62728")));
    // Quotes from the paged document cite their page; the others have none to cite.
    QVERIFY(html.contains(QStringLiteral("Ministers meet in Antalya · p. 3"))
            || html.contains(QStringLiteral("Ministers meet in Antalya, p. 3"))
            || html.contains(QStringLiteral("Ministers meet in Antalya")
                             + QLatin1String(" &middot; p. 3")));
    QCOMPARE(html.count(QStringLiteral("p. 3")), 3); // three claims in document 1
    QVERIFY(!html.contains(QStringLiteral("p. 1")));
}

void TestReport::htmlEscapes()
{
    const QString html = report().toHtml();
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<b>&</b>")));
    QVERIFY(!html.contains(QLatin1String("<read-out>")));
    QVERIFY(html.contains(
        QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more")));
    QVERIFY(html.contains(QLatin1String("January &lt;read-out&gt;")));
    // Every tag in the page is one of ours.
    const QStringList allowed{
        QStringLiteral("!DOCTYPE"), QStringLiteral("html"),  QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
        QStringLiteral("body"),     QStringLiteral("h1"),    QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("p"),     QStringLiteral("table"),
        QStringLiteral("tr"),       QStringLiteral("th"),    QStringLiteral("td"),
        QStringLiteral("span"),     QStringLiteral("br")};
    qsizetype at = 0;
    while ((at = html.indexOf(QLatin1Char('<'), at)) >= 0) {
        ++at;
        if (at < html.size() && html.at(at) == QLatin1Char('/'))
            ++at;
        qsizetype end = at;
        while (end < html.size()
               && (html.at(end).isLetterOrNumber() || html.at(end) == QLatin1Char('!')))
            ++end;
        const QString name = html.mid(at, end - at);
        QVERIFY2(allowed.contains(name),
                 qPrintable(QStringLiteral("unexpected tag <%1").arg(name)));
    }
}

// Positions are read against each topic's poles: the report states them in the table
// and under each topic's heading, and says where a topic has none.
void TestReport::statesEachTopicsScale()
{
    const QString html = report().toHtml();
    const QString scale = QStringLiteral(
        "\u2212100: Full Ukrainian sovereignty \u00b7 +100: Russia's &lt;terms&gt; &amp; more");
    QVERIFY2(html.count(scale) == 2, qPrintable(html)); // the table, and the topic's section
    QVERIFY(html.contains(QStringLiteral("Scale: ") + scale
                          + QStringLiteral(" (0 is a ceasefire on the line.)")));
    QVERIFY(html.contains(
        QStringLiteral("<span class=\"scale\">Scale not defined</span><br>only"))); // Syria
    // An undefined scale is said once, in its section, not on its summary row.
    QVERIFY(!html.contains(QStringLiteral("<span class=\"scale\">scale not defined</span>")));
    // The scale comes before the positions it explains.
    const qsizetype section = html.lastIndexOf(QStringLiteral("Scale: ") + scale);
    QVERIFY(section < html.indexOf(QLatin1String("Moscow demands guarantees")));
}

void TestReport::evidenceInDateOrder()
{
    const QString html = report().toHtml();
    const qsizetype january = html.indexOf(QLatin1String("Lavrov rules out talks"));
    const qsizetype march = html.indexOf(QLatin1String("Moscow demands guarantees"));
    QVERIFY(january > 0 && march > 0);
    QVERIFY(january < march); // document 2 is older, though imported later
}

void TestReport::filters_data()
{
    QTest::addColumn<ClaimScope>("scope");
    QTest::addColumn<QList<TopicId>>("only");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("none") << ClaimScope() << QList<TopicId>{}
                          << QStringList{QStringLiteral("all topics"),
                                         QStringLiteral("all documents"),
                                         QStringLiteral("any date"), QStringLiteral("all stances"),
                                         QStringLiteral("counted for their actor")};
    ClaimScope range;
    range.from = QDate(2024, 1, 1);
    range.to = QDate(2024, 2, 29);
    QTest::newRow("date range")
        << range << QList<TopicId>{}
        << QStringList{QStringLiteral("from 2024-01-01 to 2024-02-29; undated documents left out")};
    ClaimScope from;
    from.from = QDate(2024, 3, 1);
    QTest::newRow("from only") << from << QList<TopicId>{}
                               << QStringList{QStringLiteral("from 2024-03-01 on")};
    ClaimScope until;
    until.to = QDate(2024, 3, 1);
    QTest::newRow("until only") << until << QList<TopicId>{}
                                << QStringList{QStringLiteral("until 2024-03-01")};
    ClaimScope chosen;
    chosen.documents = {DocumentId(2), DocumentId(1)};
    chosen.stances = {Stance::Refusal, Stance::Demand};
    QTest::newRow("documents and stances")
        << chosen << QList<TopicId>{TopicId(Ukraine)}
        << QStringList{QStringLiteral("January &lt;read-out&gt;; Ministers meet in Antalya"),
                       QStringLiteral("Refusal / red line, Demand"),
                       QStringLiteral(">Ukraine</td>")};
}

void TestReport::filters()
{
    QFETCH(ClaimScope, scope);
    QFETCH(QList<TopicId>, only);
    QFETCH(QStringList, expected);
    const QString html = report(scope, only).toHtml();
    for (const QString &text : expected)
        QVERIFY2(html.contains(text), qPrintable(text));
}

void TestReport::emptyComparison()
{
    ClaimScope none;
    none.stances = {Stance::Threat};
    const QString html = report(none).toHtml();
    QVERIFY(html.contains(QLatin1String("Neither actor has claims on these topics.")));
    QVERIFY(!html.contains(QLatin1String("<h2>Ukraine")));
}

void TestReport::writeHtml()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.html"));
    const ComparisonReport r = report();
    const Status written = r.writeHtml(path);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), r.toHtml());
}

void TestReport::writePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status written = report().writePdf(path);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const char *expected :
         {"Positions of Russia and USA <b>&</b>", "Ukraine", "Syria & co", "Grain deal",
          "Full Ukrainian sovereignty", "Moscow demands guarantees",
          "<script>alert(\"x\")</script> & more", "Page 1 of "})
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QLatin1String(" in: ") + text));
}

void TestReport::longPdfHasPageNumbers()
{
    QList<Claim> many;
    for (int i = 0; i < 120; ++i)
        many.append(claim(i % 2 ? Usa : Russia, Ukraine,
                          QStringLiteral("statement number %1 on the talks").arg(i), i % 200 - 100,
                          Stance::Assessment, 1 + i % 3));
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    ComparisonReport r(
        compareClaims(actors().at(0), actors().at(2), actors(), topics(), many, options),
        documents());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(r.writePdf(path));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(QLatin1String("Page 2 of ")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("statement number 119 on the talks")));
}

// Lavrov's claim counts for Russia and says so; Russia's own claims need no name.
void TestReport::membersAreNamed()
{
    const QString html = report().toHtml();
    QVERIFY2(html.contains(QStringLiteral(
                 "<span class=\"speaker\">Lavrov:</span> \u201cLavrov rules out talks\u201d")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<p class=\"quote\">\u201cMoscow demands guarantees")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(report().writePdf(path));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; CI installs it");
    QVERIFY2(text.contains(QStringLiteral("Lavrov: \u201cLavrov rules out talks\u201d")),
             qPrintable(text));
}

// Copied or searched in a PDF reader, a quote reads as the article does: no ligature
// glyphs (U+FB00 ... U+FB06) standing for "fi", "fl", "ff", "ffi", "ffl".
void TestReport::pdfTextIsTheQuote()
{
    const QString quote = QStringLiteral(
        "greater flexibility from officials on the fifty affiliated offices, staff in effect");
    QList<Claim> claims{
        claim(Russia, Ukraine, quote, 10, Stance::Proposal, 1),
        claim(Usa, Ukraine, QStringLiteral("a final offer"), 20, Stance::Proposal, 1)};
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    ComparisonReport r(
        compareClaims(actors().at(0), actors().at(2), actors(), topics(), claims, options),
        documents());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ligatures.pdf"));
    QVERIFY(r.writePdf(path));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; CI installs it");
    for (char16_t ligature = 0xfb00; ligature <= 0xfb06; ++ligature)
        QVERIFY2(!text.contains(QChar(ligature)), qPrintable(text));
    QVERIFY2(text.simplified().contains(quote), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("a final offer")));
}

// No page ends on a heading whose text is on the next page: a topic's name with the line
// under it, an actor's name with its summary. Many short topics put headings at page ends.
void TestReport::headingsKeepTheirText()
{
    QList<Topic> many;
    QList<Claim> claims;
    for (int t = 1; t <= 45; ++t) {
        many.append(topic(t, QStringLiteral("Subject %1").arg(t, 2, 10, QLatin1Char('0'))));
        for (int i = 0; i < 1 + (t * 7) % 4; ++i)
            claims.append(claim(Russia, t,
                                QStringLiteral("Moscow on subject %1, point %2").arg(t).arg(i),
                                (t * 13 + i) % 200 - 100, Stance::Demand, 1 + (i + t) % 3));
        for (int i = 0; i < (t * 5) % 3; ++i)
            claims.append(claim(Usa, t,
                                QStringLiteral("Washington on subject %1, point %2").arg(t).arg(i),
                                (t * 17 + i) % 200 - 100, Stance::Proposal, 1 + (i + t) % 3));
    }
    ComparisonOptions options;
    options.a = ActorId(Russia);
    options.b = ActorId(Usa);
    ComparisonReport r(
        compareClaims(actors().at(0), actors().at(2), actors(), many, claims, options),
        documents());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("headings.pdf"));
    QVERIFY(r.writePdf(path));
    if (pdfText(path).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; CI installs it");
    const QRegularExpression heading(
        QStringLiteral("^(Subject \\d+|Russia|USA <b>&</b>|both spoke.*|only .*)$"));
    int pages = 0;
    for (int page = 1;; ++page) {
        const QString text = pdfText(path, page);
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1String("<pdftotext")))
            break;
        pages = page;
        QStringList lines;
        for (const QString &line : text.split(u'\n')) {
            const QString trimmed = line.trimmed();
            // The footer: the title and the page number.
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("Positions of "))
                && !trimmed.startsWith(QLatin1String("Page ")))
                lines.append(trimmed);
        }
        QVERIFY(!lines.isEmpty());
        QVERIFY2(
            !heading.match(lines.constLast()).hasMatch(),
            qPrintable(QStringLiteral("page %1 ends on \"%2\"").arg(page).arg(lines.constLast())));
    }
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
}

void TestReport::failedWritesLeaveNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ComparisonReport r = report();
    for (const QString &name :
         {QStringLiteral("missing/report.pdf"), QStringLiteral("missing/report.html")}) {
        const QString path = dir.filePath(name);
        const Status written =
            name.endsWith(QLatin1String(".pdf")) ? r.writePdf(path) : r.writeHtml(path);
        QVERIFY(!written);
        QCOMPARE(written.error().kind, Error::Kind::Io);
        QVERIFY2(written.error().message.contains(QFileInfo(name).fileName()),
                 qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{});
}

// The language machinery sets the default locale; dates and decimals follow it.
void TestReport::followsTheDefaultLocale()
{
    QCOMPARE(QLocale().language(), QLocale::C); // the tests' LC_ALL=C.UTF-8: ISO, as above
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });

    const QString html = report().toHtml();
    QVERIFY(html.contains(QLatin1String("09.05.2024"))); // the report's date
    QVERIFY(html.contains(QLatin1String("02.03.2024"))); // a document's date
    QVERIFY(!html.contains(QLatin1String("2024-03-02")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"number\">\u221260,0</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"number\">120,0</td>")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status written = report().writePdf(path);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(QLatin1String("09.05.2024")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u221260,0")), qPrintable(text));
}

// A file for programs reads the same in every locale: '.' decimals.
void TestReport::csvIgnoresTheDefaultLocale()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto written = [&dir](const QString &name) {
        const QString path = dir.filePath(name);
        if (!writeComparisonCsv(comparison(), path, false))
            return QByteArray();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray neutral = written(QStringLiteral("c.csv"));
    QVERIFY(neutral.contains(",-60.0,"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(written(QStringLiteral("de.csv")), neutral);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
