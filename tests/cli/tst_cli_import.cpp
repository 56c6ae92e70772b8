// demarche-cli import and text: what goes in, in which encodings and formats, what comes
// back out byte for byte, and what is refused with the project left untouched.
#include "clirunner.h"
#include "core/import/importformats.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPrintsIdAndTitle();
    void importStoresDetails();
    void canonicalText_data();
    void canonicalText();
    void refusedFiles_data();
    void refusedFiles();
    void allowDuplicate();
    void titleStaysOnOneLine();
    void windows1252Warning();
    void helpListsEveryFormat_data();
    void helpListsEveryFormat();
};

void TestCliImport::helpListsEveryFormat_data()
{
    QTest::addColumn<QString>("suffix");
    for (const demarche::ImportFormat &format : demarche::importFormats())
        QTest::addRow("%s", qPrintable(format.key)) << format.suffixes.constFirst();
}

void TestCliImport::helpListsEveryFormat()
{
    QFETCH(QString, suffix);
    CLI(help, {QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString out = help.outText();
    QVERIFY2(out.contains(QString(u'.' + suffix)), qPrintable(out));
    QVERIFY2(out.contains(demarche::formatSuffixes()), qPrintable(out));
}

void TestCliImport::importPrintsIdAndTitle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    const QString first = dir.filePath(QStringLiteral("geneva-talks.txt"));
    const QString second = dir.filePath(QStringLiteral("readout.txt"));
    QVERIFY(writeFile(first, "The ministers met in Geneva.\n"));
    QVERIFY(writeFile(second, "The read-out mentions Syria.\n"));

    // One line per new document, in the order given; the title defaults to the file name.
    CLI(imported, {QStringLiteral("import"), project, first, second});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.isEmpty(), imported.err.constData());
    QCOMPARE(imported.out, QByteArray("1\tgeneva-talks\n2\treadout\n"));

    const QString third = dir.filePath(QStringLiteral("third.txt"));
    QVERIFY(writeFile(third, "A third article, about Iran.\n"));
    CLI(titled, {QStringLiteral("import"), project, third, QStringLiteral("--title"),
                 QStringLiteral("Tehran: talks résumé")});
    QCOMPARE(titled.exitCode, 0);
    QCOMPARE(titled.out, QStringLiteral("3\tTehran: talks résumé\n").toUtf8());
}

void TestCliImport::importStoresDetails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("tass.txt"));
    QVERIFY(writeFile(file, "Moscow restated its conditions.\n"));
    CLI(imported, {QStringLiteral("import"), project, file, QStringLiteral("--source"),
                   QStringLiteral("TASS"), QStringLiteral("--url"),
                   QStringLiteral("https://example.org/a?b=1&c=2"), QStringLiteral("--date"),
                   QStringLiteral("2024-02-29")});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QByteArray("1\ttass\n"));

    const QJsonArray documents = listJson(project, QStringLiteral("documents"));
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.first().toObject();
    QCOMPARE(document[QLatin1String("id")].toInt(), 1);
    QCOMPARE(document[QLatin1String("title")].toString(), QStringLiteral("tass"));
    QCOMPARE(document[QLatin1String("source")].toString(), QStringLiteral("TASS"));
    QCOMPARE(document[QLatin1String("url")].toString(),
             QStringLiteral("https://example.org/a?b=1&c=2"));
    QCOMPARE(document[QLatin1String("date")].toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(document[QLatin1String("format")].toString(), QStringLiteral("txt"));
    QCOMPARE(document[QLatin1String("file_name")].toString(), QStringLiteral("tass.txt"));
    QCOMPARE(document[QLatin1String("claims")].toInt(), 0);
}

void TestCliImport::canonicalText_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected"); // the canonical text in UTF-8
    QTest::addColumn<QString>("title");

    const QByteArray cafe = QStringLiteral("Café in Genève").toUtf8();
    QTest::newRow("UTF-8") << QStringLiteral("plain.txt")
                           << QByteArray("Caf\xC3\xA9 in Gen\xC3\xA8ve\n") << cafe
                           << QStringLiteral("plain");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("bom.txt")
                                    << QByteArray("\xEF\xBB\xBF"
                                                  "Caf\xC3\xA9 in Gen\xC3\xA8ve")
                                    << cafe << QStringLiteral("bom");
    const QString text = QStringLiteral("Café in Genève");
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16LE with BOM")
        << QStringLiteral("le.txt") << le << cafe << QStringLiteral("le");
    QTest::newRow("UTF-16BE with BOM")
        << QStringLiteral("be.txt") << be << cafe << QStringLiteral("be");
    QTest::newRow("Windows-1252") << QStringLiteral("cp1252.txt")
                                  << QByteArray("Caf\xE9 \x93quoted\x94 costs 5 \x80")
                                  << QStringLiteral("Café “quoted” costs 5 €").toUtf8()
                                  << QStringLiteral("cp1252");
    QTest::newRow("CRLF and CR become LF")
        << QStringLiteral("crlf.txt") << QByteArray("one\r\ntwo\rthree\r\n")
        << QByteArray("one\ntwo\nthree") << QStringLiteral("crlf");
    // NFC: "e" + COMBINING ACUTE ACCENT is stored as the single code point "é".
    QTest::newRow("NFD becomes NFC")
        << QStringLiteral("nfd.txt") << QByteArray("Cafe\xCC\x81 and Gene\xCC\x80ve")
        << QStringLiteral("Café and Genève").toUtf8() << QStringLiteral("nfd");
    QTest::newRow("Hangul jamo compose")
        << QStringLiteral("hangul.txt") << QByteArray("\xE1\x84\x80\xE1\x85\xA1 talks")
        << QStringLiteral("\uAC00 talks").toUtf8() << QStringLiteral("hangul");
    // No precomposed form exists: q + COMBINING DOT ABOVE stays two code points.
    QTest::newRow("combining mark kept")
        << QStringLiteral("qdot.txt") << QByteArray("q\xCC\x87 mark")
        << QByteArray("q\xCC\x87 mark") << QStringLiteral("qdot");
    const QByteArray emoji = QStringLiteral("Peace 🕊️ and 👍🏽 now 🇺🇦").toUtf8();
    QTest::newRow("emoji unchanged") << QStringLiteral("emoji.txt") << emoji + "\n"
                                     << emoji << QStringLiteral("emoji");
    QTest::newRow("Markdown") << QStringLiteral("talks.md")
                              << QByteArray("# Talks in Geneva\n\nThe **minister** said "
                                            "[nothing](https://example.org) *today*.\n")
                              << QByteArray("Talks in Geneva\n\nThe minister said nothing today.")
                              << QStringLiteral("Talks in Geneva");
    QTest::newRow("HTML") << QStringLiteral("readout.html")
                          << QByteArray(
                                 "<!DOCTYPE html><html><head><title>Read-out &amp; notes</title>"
                                 "<style>p { color: red; }</style>"
                                 "<script>var hidden = 1;</script></head>"
                                 "<body><p>Lavrov &amp; Blinken met.</p>"
                                 "<!-- a comment --><p>Caf&eacute; talk.</p></body></html>")
                          << QStringLiteral("Lavrov & Blinken met.\n\nCafé talk.").toUtf8()
                          << QStringLiteral("Read-out & notes");
}

void TestCliImport::canonicalText()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QFETCH(QString, title);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    const QString file = dir.filePath(fileName);
    QVERIFY(writeFile(file, bytes));

    CLI(imported, {QStringLiteral("import"), project, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.outText(), QStringLiteral("1\t") + title + QLatin1Char('\n'));

    CLI(text, {QStringLiteral("text"), project, QStringLiteral("1")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), text.err.constData());
    QCOMPARE(text.out, expected); // byte for byte
}

void TestCliImport::refusedFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind"); // how to make the file: bytes, missing, directory, huge

    QTest::newRow("missing file") << QStringLiteral("absent.txt") << QByteArray()
                                  << QStringLiteral("missing");
    QTest::newRow("directory") << QStringLiteral("folder.txt") << QByteArray()
                               << QStringLiteral("directory");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray()
                           << QStringLiteral("bytes");
    QTest::newRow("whitespace only")
        << QStringLiteral("blank.txt") << QByteArray(" \n\t\r\n  \n") << QStringLiteral("bytes");
    QTest::newRow("NUL bytes") << QStringLiteral("nul.txt") << QByteArray("text\0with NUL", 13)
                               << QStringLiteral("bytes");
    QTest::newRow("binary image") << QStringLiteral("photo.txt")
                                  << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                  << QStringLiteral("bytes");
    QTest::newRow("empty HTML")
        << QStringLiteral("empty.html")
        << QByteArray("<html><head><title>Nothing</title></head><body> </body></html>")
        << QStringLiteral("bytes");
    QTest::newRow("unsupported type")
        << QStringLiteral("notes.rtf") << QByteArray("{\\rtf1 text}") << QStringLiteral("bytes");
    QTest::newRow("51 MB") << QStringLiteral("huge.txt") << QByteArray() << QStringLiteral("huge");
    // Same canonical text as document 1, however its bytes differ.
    QTest::newRow("duplicate") << QStringLiteral("copy.txt") << articleText()
                               << QStringLiteral("bytes");
    QTest::newRow("duplicate with CRLF") << QStringLiteral("copy-crlf.txt")
                                         << QByteArray(articleText()).replace("\n", "\r\n") + "\r\n"
                                         << QStringLiteral("bytes");
}

void TestCliImport::refusedFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    const QString file = dir.filePath(fileName);
    if (kind == QLatin1String("bytes")) {
        QVERIFY(writeFile(file, bytes));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("huge")) {
        // Real text, so that only the size is wrong with it.
        QByteArray line(1023, 'a');
        line.append('\n');
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 51 * 1024; ++i)
            QCOMPARE(out.write(line), qint64(line.size()));
        out.close();
        QCOMPARE(QFileInfo(file).size(), qint64(51) * 1024 * 1024);
    }
    const QByteArray before = snapshot(project);
    CLI_FAILS(2, fileName, {QStringLiteral("import"), project, file});
    QCOMPARE(snapshot(project), before);
    if (kind == QLatin1String("huge"))
        QFile::remove(file);
}

void TestCliImport::allowDuplicate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString project;
    QVERIFY(makeBasicProject(dir.path(), &project));
    const QString copy = dir.filePath(QStringLiteral("copy.txt"));
    QVERIFY(writeFile(copy, articleText()));
    CLI_FAILS(2, QStringLiteral("copy.txt"), {QStringLiteral("import"), project, copy});
    CLI(again, {QStringLiteral("import"), project, copy, QStringLiteral("--allow-duplicate")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("2\tcopy\n"));
    CLI(text, {QStringLiteral("text"), project, QStringLiteral("2")});
    QCOMPARE(text.out, articleText());
    QCOMPARE(listJson(project, QStringLiteral("documents")).size(), 2);
}

void TestCliImport::titleStaysOnOneLine()
{
    // "One line per new document": a --title with a line break must not break the line.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(writeFile(file, "Text.\n"));
    CLI(imported, {QStringLiteral("import"), project, file, QStringLiteral("--title"),
                   QStringLiteral("Talks\nin Geneva")});
    QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, imported.describe().constData());
    if (imported.exitCode == 0) {
        QCOMPARE(imported.out.count('\n'), 1);
        QVERIFY(imported.out.startsWith("1\tTalks"));
    }
}

void TestCliImport::windows1252Warning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.demarche"));
    CLI(init, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("legacy.txt"));
    QVERIFY(writeFile(file, "Die Gespr\xE4"
                            "che in M\xFC"
                            "nchen.\n"));
    CLI(imported, {QStringLiteral("import"), project, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QByteArray("1\tlegacy\n"));
    // The guess is announced, on one line that names the file.
    QVERIFY2(isOneLineError(imported, QStringLiteral("legacy.txt")),
             imported.describe().constData());
    QVERIFY2(imported.errText().contains(QStringLiteral("1252")), imported.err.constData());

    // Clean UTF-8 gets no warning at all.
    const QString clean = dir.filePath(QStringLiteral("clean.txt"));
    QVERIFY(writeFile(clean, QStringLiteral("Die Gespräche in München gingen weiter.\n").toUtf8()));
    CLI(quiet, {QStringLiteral("import"), project, clean});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    CLI(text, {QStringLiteral("text"), project, QStringLiteral("1")});
    QCOMPARE(text.out, QStringLiteral("Die Gespräche in München.").toUtf8());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
