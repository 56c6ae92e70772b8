// demarche-cli report and matrix: the report's HTML and PDF, the filters, the matrix CSV,
// and refusals that write nothing and leave the project as it was.
#include "clirunner.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void help_data();
    void help();
    void html_data();
    void html();
    void pdf();
    void bothFormats();
    void headlessWithoutPlatform();
    void germanSystemLocale();
    void refusals_data();
    void refusals();
    void matrix_data();
    void matrix();
    void matrixRefusals_data();
    void matrixRefusals();

private:
    QStringList reportArgs(const QStringList &extra) const;

    std::unique_ptr<QTemporaryDir> m_dir; // the project, made once: no test changes it
    std::unique_ptr<QTemporaryDir> m_out; // each test's output files
    QString m_project;
};

// Document 1 (undated, the basic article) and document 2 (2024-03-02, Reuters):
//   Russia  Ukraine  -80/5 demand (doc 1)          Syria  10 support (doc 2)
//   Lavrov  Ukraine   40/2 proposal (doc 1)
//   USA     Ukraine   60 <"flexibility"> (doc 2)   Iran   none (doc 1)
void TestCliReport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    const QString second = m_dir->filePath(QStringLiteral("second.txt"));
    QVERIFY(writeFile(second, "Moscow backs a truce in Syria.\n"
                              "Washington asks for <real> \"flexibility\" & patience.\n"));
    CLI(imported,
        {QStringLiteral("import"), m_project, second, QStringLiteral("--title"),
         QStringLiteral("Truce <talks>"), QStringLiteral("--source"), QStringLiteral("Reuters"),
         QStringLiteral("--date"), QStringLiteral("2024-03-02")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    struct Spec
    {
        const char *doc;
        const char *quote;
        const char *actor;
        const char *topic;
        QStringList extra;
    };
    const QList<Spec> claims = {
        {"1",
         "Moscow demands security guarantees",
         "Russia",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("-80"), QStringLiteral("--salience"),
          QStringLiteral("5"), QStringLiteral("--stance"), QStringLiteral("demand")}},
        {"1",
         "Lavrov said",
         "Lavrov",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("40"), QStringLiteral("--salience"),
          QStringLiteral("2"), QStringLiteral("--stance"), QStringLiteral("proposal")}},
        {"2",
         "backs a truce in Syria",
         "Russia",
         "Syria",
         {QStringLiteral("--position"), QStringLiteral("10"), QStringLiteral("--stance"),
          QStringLiteral("support")}},
        {"2",
         "asks for <real> \"flexibility\" & patience",
         "United States",
         "Ukraine",
         {QStringLiteral("--position"), QStringLiteral("60")}},
        {"1", "the next round is in Geneva", "United States", "Iran", {}},
    };
    for (const Spec &spec : claims) {
        CLI(added, QStringList{QStringLiteral("claim"), QStringLiteral("add"), m_project,
                               QStringLiteral("--doc"), QLatin1String(spec.doc),
                               QStringLiteral("--quote"), QString::fromUtf8(spec.quote),
                               QStringLiteral("--actor"), QLatin1String(spec.actor),
                               QStringLiteral("--topic"), QLatin1String(spec.topic)}
                       + spec.extra);
        QVERIFY2(added.exitCode == 0, added.describe().constData());
    }
}

void TestCliReport::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

QStringList TestCliReport::reportArgs(const QStringList &extra) const
{
    return QStringList{QStringLiteral("report"),  m_project,
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--actor"), QStringLiteral("United States")}
           + extra;
}

void TestCliReport::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("demarche-cli report PROJECT"),
                                           QStringLiteral("demarche-cli matrix PROJECT")};
    QTest::newRow("report --help")
        << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--pdf <OUT>"), QStringLiteral("--html <OUT>"),
                       QStringLiteral("--no-roll-up"), QStringLiteral("--from <YYYY-MM-DD>"),
                       QStringLiteral("--stance <S>")};
    QTest::newRow("matrix --help")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--csv <OUT>"), QStringLiteral("--bom"),
                       QStringLiteral("--to <YYYY-MM-DD>")};
}

void TestCliReport::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    CLI(result, args);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    for (const QString &text : expected)
        QVERIFY2(result.outText().contains(text),
                 qPrintable(text + QLatin1String(" in ") + result.outText()));
}

void TestCliReport::html_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString moscow = QStringLiteral("Moscow demands security guarantees");
    const QString lavrov = QStringLiteral("Lavrov said");
    const QString truce = QStringLiteral("backs a truce in Syria");
    const QString geneva = QStringLiteral("the next round is in Geneva");
    QTest::newRow("everything")
        << QStringList{}
        << QStringList{QStringLiteral("<h1>Positions of Russia and United States</h1>"),
                       moscow,
                       lavrov,
                       truce,
                       geneva,
                       QStringLiteral("<h2>Ukraine"),
                       QStringLiteral("<h2>Syria"),
                       QStringLiteral("<h2>Iran"),
                       QStringLiteral("Project basic"),
                       QStringLiteral("Truce &lt;talks&gt;"),
                       QStringLiteral("asks for &lt;real&gt; &quot;flexibility&quot; &amp; "
                                      "patience")}
        << QStringList{QStringLiteral("<real>"), QStringLiteral("<talks>")};
    QTest::newRow("--no-roll-up") << QStringList{QStringLiteral("--no-roll-up")}
                                  << QStringList{moscow, QStringLiteral("not counted")}
                                  << QStringList{lavrov};
    QTest::newRow("--no-rollup, as in compare")
        << QStringList{QStringLiteral("--no-rollup")} << QStringList{moscow} << QStringList{lavrov};
    QTest::newRow("--topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("syria")}
                             << QStringList{truce, QStringLiteral("only Russia")}
                             << QStringList{moscow, geneva};
    QTest::newRow("--from leaves undated out")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01")}
        << QStringList{truce, QStringLiteral("from 2024-01-01 on")}
        << QStringList{moscow, lavrov, geneva};
    QTest::newRow("--to before every date")
        << QStringList{QStringLiteral("--to"), QStringLiteral("2024-03-01")}
        << QStringList{QStringLiteral("Neither actor has claims")} << QStringList{truce, moscow};
    QTest::newRow("--from and --to on the day")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-02"),
                       QStringLiteral("--to"), QStringLiteral("2024-03-02")}
        << QStringList{truce} << QStringList{moscow};
    QTest::newRow("--stance") << QStringList{QStringLiteral("--stance"), QStringLiteral("demand"),
                                             QStringLiteral("--stance"), QStringLiteral("support")}
                              << QStringList{moscow, truce, QStringLiteral("Demand, Support")}
                              << QStringList{lavrov, geneva};
}

void TestCliReport::html()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString out = m_out->filePath(QStringLiteral("report.html"));
    CLI(result, reportArgs(QStringList{QStringLiteral("--html"), out} + options));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    const QString html = QString::fromUtf8(readFile(out));
    for (const QString &text : present)
        QVERIFY2(html.contains(text), qPrintable(text));
    for (const QString &text : absent)
        QVERIFY2(!html.contains(text), qPrintable(text));
}

void TestCliReport::pdf()
{
    const QString out = m_out->filePath(QStringLiteral("report.pdf"));
    CLI(result, reportArgs({QStringLiteral("--pdf"), out}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(readFile(out).startsWith("%PDF-"));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("report.html"))));

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *expected :
         {"Positions of Russia and United States", "Ukraine", "Syria", "Iran",
          "Moscow demands security guarantees", "Truce <talks>", "Page 1 of"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestCliReport::bothFormats()
{
    const QString pdf = m_out->filePath(QStringLiteral("both.pdf"));
    const QString html = m_out->filePath(QStringLiteral("both.html"));
    CLI(result, reportArgs({QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    QVERIFY(readFile(html).startsWith("<!DOCTYPE html>"));
}

// A batch job on a server has neither a display nor QT_QPA_PLATFORM set.
void TestCliReport::headlessWithoutPlatform()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    const QString out = m_out->filePath(QStringLiteral("headless.pdf"));
    process.start(QStringLiteral(DEMARCHE_CLI_PATH), reportArgs({QStringLiteral("--pdf"), out}));
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardError().isEmpty(), "nothing on stderr");
    QVERIFY(readFile(out).startsWith("%PDF-"));
}

// Under a German system locale the report reads as German readers write dates and
// decimals; the CSV and JSON written for programs stay ISO and '.'.
void TestCliReport::germanSystemLocale()
{
    const auto runGerman = [](const QStringList &args, const QString &outFile = QString()) {
        QProcess process;
        if (!outFile.isEmpty())
            process.setStandardOutputFile(outFile);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(DEMARCHE_CLI_PATH), args);
        const bool finished = process.waitForFinished(30000);
        return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QString html = m_out->filePath(QStringLiteral("de.html"));
    QCOMPARE(runGerman(reportArgs({QStringLiteral("--html"), html})), 0);
    const QString report = QString::fromUtf8(readFile(html));
    QVERIFY2(report.contains(QLatin1String("02.03.2024")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("\u221245,7")), qPrintable(report));

    const QString matrix = m_out->filePath(QStringLiteral("de-matrix.csv"));
    QCOMPARE(runGerman({QStringLiteral("matrix"), m_project, QStringLiteral("--csv"), matrix}), 0);
    const QString neutral = m_out->filePath(QStringLiteral("c-matrix.csv"));
    CLI(result, {QStringLiteral("matrix"), m_project, QStringLiteral("--csv"), neutral});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(readFile(neutral).contains(",-45.7,"));
    QCOMPARE(readFile(matrix), readFile(neutral));

    const QString listed = m_out->filePath(QStringLiteral("de-documents.json"));
    QCOMPARE(runGerman({QStringLiteral("list"), m_project, QStringLiteral("documents"),
                        QStringLiteral("--format"), QStringLiteral("json")},
                       listed),
             0);
    QVERIFY2(readFile(listed).contains("\"2024-03-02\""), readFile(listed).constData());
}

void TestCliReport::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");

    const QStringList html{QStringLiteral("--html"), QStringLiteral("OUT/report.html")};
    const QStringList actors{QStringLiteral("report"),  QStringLiteral("PROJECT"),
                             QStringLiteral("--actor"), QStringLiteral("Russia"),
                             QStringLiteral("--actor"), QStringLiteral("United States")};
    QTest::newRow("one actor") << QStringList{QStringLiteral("report"), QStringLiteral("PROJECT"),
                                              QStringLiteral("--actor"), QStringLiteral("Russia")}
                                      + html
                               << 1 << QStringLiteral("--actor");
    QTest::newRow("no output") << actors << 1 << QStringLiteral("--pdf");
    QTest::newRow("bad date") << actors + html
                                     + QStringList{QStringLiteral("--from"),
                                                   QStringLiteral("2024-13-01")}
                              << 1 << QStringLiteral("2024-13-01");
    QTest::newRow("from after to")
        << actors + html
               + QStringList{QStringLiteral("--from"), QStringLiteral("2024-05-01"),
                             QStringLiteral("--to"), QStringLiteral("2024-04-01")}
        << 1 << QStringLiteral("--from 2024-05-01");
    QTest::newRow("unknown stance")
        << actors + html + QStringList{QStringLiteral("--stance"), QStringLiteral("fury")} << 1
        << QStringLiteral("fury");
    QTest::newRow("unknown option")
        << actors + html + QStringList{QStringLiteral("--colour")} << 1 << QStringLiteral("colour");
    QTest::newRow("unknown actor")
        << QStringList{QStringLiteral("report"),  QStringLiteral("PROJECT"),
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--actor"), QStringLiteral("Atlantis")}
               + html
        << 2 << QStringLiteral("Atlantis");
    QTest::newRow("same actor twice")
        << QStringList{QStringLiteral("report"),  QStringLiteral("PROJECT"),
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--actor"), QStringLiteral("moscow")}
               + html
        << 2 << QStringLiteral("Russia");
    QTest::newRow("unknown topic")
        << actors + html + QStringList{QStringLiteral("--topic"), QStringLiteral("Mars")} << 2
        << QStringLiteral("Mars");
    QTest::newRow("pdf into a missing folder")
        << actors + QStringList{QStringLiteral("--pdf"), QStringLiteral("OUT/no/such/report.pdf")}
        << 2 << QStringLiteral("report.pdf");
    QTest::newRow("html into a missing folder")
        << actors + QStringList{QStringLiteral("--html"), QStringLiteral("OUT/no/such/r.html")} << 2
        << QStringLiteral("r.html");
    QTest::newRow("output over the project")
        << actors + QStringList{QStringLiteral("--pdf"), QStringLiteral("PROJECT")} << 2
        << QStringLiteral("basic.demarche");
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("report"),  QStringLiteral("OUT/nothing.demarche"),
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--actor"), QStringLiteral("United States")}
               + html
        << 3 << QStringLiteral("nothing.demarche");
}

void TestCliReport::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, needle);
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    args.replaceInStrings(QStringLiteral("OUT"), m_out->path());
    const QByteArray before = snapshot(m_project);
    const QByteArray projectBytes = readFile(m_project);
    CLI_FAILS(code, needle, args);
    QCOMPARE(snapshot(m_project), before);
    QCOMPARE(readFile(m_project), projectBytes);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{}); // no output, not even a temporary file
}

void TestCliReport::matrix_data()
{
    QTest::addColumn<QStringList>("options");
    // "actor/topic claims positioned mean stances" for every cell with claims
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("roll-up") << QStringList{}
                             << QStringList{
                                    QStringLiteral("Russia/Ukraine 2 2 -45.7 demand:1,proposal:1"),
                                    QStringLiteral("Russia/Syria 1 1 10.0 support:1"),
                                    QStringLiteral("United States/Ukraine 1 1 60.0 assessment:1"),
                                    QStringLiteral("United States/Iran 1 0  assessment:1"),
                                    QStringLiteral("Lavrov/Ukraine 1 1 40.0 proposal:1")};
    QTest::newRow("--no-roll-up")
        << QStringList{QStringLiteral("--no-roll-up")}
        << QStringList{QStringLiteral("Russia/Ukraine 1 1 -80.0 demand:1"),
                       QStringLiteral("Russia/Syria 1 1 10.0 support:1"),
                       QStringLiteral("United States/Ukraine 1 1 60.0 assessment:1"),
                       QStringLiteral("United States/Iran 1 0  assessment:1"),
                       QStringLiteral("Lavrov/Ukraine 1 1 40.0 proposal:1")};
    QTest::newRow("--from") << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01")}
                            << QStringList{
                                   QStringLiteral("Russia/Syria 1 1 10.0 support:1"),
                                   QStringLiteral("United States/Ukraine 1 1 60.0 assessment:1")};
    QTest::newRow("--stance") << QStringList{QStringLiteral("--stance"), QStringLiteral("proposal")}
                              << QStringList{QStringLiteral("Russia/Ukraine 1 1 40.0 proposal:1"),
                                             QStringLiteral("Lavrov/Ukraine 1 1 40.0 proposal:1")};
}

void TestCliReport::matrix()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const QString out = m_out->filePath(QStringLiteral("matrix.csv"));
    CLI(result,
        QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--csv"), out} + options);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QList<QStringList> rows;
    QVERIFY2(parseCsv(readFile(out), &rows), readFile(out).constData());
    QCOMPARE(rows.at(0).mid(0, 8),
             (QStringList{QStringLiteral("actor"), QStringLiteral("actor_parent"),
                          QStringLiteral("topic"), QStringLiteral("topic_parent"),
                          QStringLiteral("claims"), QStringLiteral("positioned"),
                          QStringLiteral("mean_position"), QStringLiteral("demand")}));
    QCOMPARE(rows.size(), 1 + 3 * 3); // every actor x topic cell, empty ones included
    QStringList got;
    for (const auto &record : csvRecords(rows)) {
        if (record.value(QStringLiteral("claims")) == QLatin1String("0"))
            continue;
        QStringList stances;
        for (const QString &key : rows.at(0).mid(7)) {
            if (record.value(key) != QLatin1String("0"))
                stances.append(key + QLatin1Char(':') + record.value(key));
        }
        got.append(record.value(QStringLiteral("actor")) + QLatin1Char('/')
                   + record.value(QStringLiteral("topic")) + QLatin1Char(' ')
                   + record.value(QStringLiteral("claims")) + QLatin1Char(' ')
                   + record.value(QStringLiteral("positioned")) + QLatin1Char(' ')
                   + record.value(QStringLiteral("mean_position")) + QLatin1Char(' ')
                   + stances.join(QLatin1Char(',')));
    }
    QCOMPARE(got, expected);
    const auto records = csvRecords(rows);
    QCOMPARE(records.at(6).value(QStringLiteral("actor")), QStringLiteral("Lavrov"));
    QCOMPARE(records.at(6).value(QStringLiteral("actor_parent")), QStringLiteral("Russia"));
}

void TestCliReport::matrixRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    QTest::newRow("no --csv") << QStringList{QStringLiteral("matrix"), QStringLiteral("PROJECT")}
                              << 1 << QStringLiteral("--csv");
    QTest::newRow("bad date") << QStringList{QStringLiteral("matrix"), QStringLiteral("PROJECT"),
                                             QStringLiteral("--csv"),  QStringLiteral("OUT/m.csv"),
                                             QStringLiteral("--to"),   QStringLiteral("31.12.2024")}
                              << 1 << QStringLiteral("31.12.2024");
    QTest::newRow("missing folder")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("PROJECT"), QStringLiteral("--csv"),
                       QStringLiteral("OUT/no/such/m.csv")}
        << 2 << QStringLiteral("m.csv");
    QTest::newRow("over the project")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("PROJECT"), QStringLiteral("--csv"),
                       QStringLiteral("PROJECT")}
        << 2 << QStringLiteral("basic.demarche");
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("OUT/gone.demarche"),
                       QStringLiteral("--csv"), QStringLiteral("OUT/m.csv")}
        << 3 << QStringLiteral("gone.demarche");
}

void TestCliReport::matrixRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, needle);
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    args.replaceInStrings(QStringLiteral("OUT"), m_out->path());
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(code, needle, args);
    QCOMPARE(snapshot(m_project), before);
    QCOMPARE(QDir(m_out->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{});
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
