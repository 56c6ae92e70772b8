#include "core/import/importfile.h"
#include "core/import/plaintexthead.h"
#include "core/import/textimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;
using namespace demarche::textimport;

class TestTextImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void canonicalText_data();
    void canonicalText();
    void readsFiles_data();
    void readsFiles();
    void refusesFiles_data();
    void refusesFiles();
    void refusesDirectory();
    void refusesMissingFile();
    void refusesOversizedFile();
    void refusesUnreadableFile();
    void plainTextHead_data();
    void plainTextHead();
    void headlineOfATextFile();
    void fromStringForPastedText();
    void fromStringRefusesNul();
    void markupFixtures_data();
    void markupFixtures();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestTextImporter::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestTextImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void TestTextImporter::canonicalText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nfc") << QStringLiteral("Gene\u0300ve e\u0301") << QStringLiteral("Genève é");
    QTest::newRow("crlf and cr") << "a\r\nb\rc\n"
                                 << "a\nb\nc";
    QTest::newRow("bom") << QStringLiteral("\uFEFFtext") << "text";
    // Found by fuzz_import_txt: the mark led the text once the blank lines went.
    QTest::newRow("bom after blank lines") << QStringLiteral("\r\r\uFEFFtext") << "text";
    QTest::newRow("bom twice") << QStringLiteral("\uFEFF\uFEFFa\n\uFEFFb") << "a\nb";
    QTest::newRow("trailing blanks per line") << "a  \t\nb \n"
                                              << "a\nb";
    QTest::newRow("leading indentation kept") << "a\n    b"
                                              << "a\n    b";
    QTest::newRow("blank lines collapsed") << "a\n\n\n\n b\n \t \n\n\nc"
                                           << "a\n\n b\n\nc";
    QTest::newRow("outer blank space") << " \n\n  a b \n\n"
                                       << "a b";
    QTest::newRow("astral and emoji kept")
        << QStringLiteral("𝔘 🇺🇦 👩‍👩‍👧 🕊️")
        << QStringLiteral("𝔘 🇺🇦 👩‍👩‍👧 🕊️");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u'x' << QStringLiteral("\uFFFDx");
    QTest::newRow("nul dropped") << QString(QChar(0)) + u'x' << "x";
    QTest::newRow("only blank") << " \n\t\n"
                                << "";

    // Long runs that Qt alone normalises in time growing with the square of their length:
    // a megabyte took 20 s and more; these would outlast the test's timeout.
    QTest::newRow("decomposed accents, one long line")
        << QStringLiteral("e\u0301").repeated(2 * 1024 * 1024)
        << QStringLiteral("é").repeated(2 * 1024 * 1024);
    QTest::newRow("decomposed syllables, one long line")
        << QStringLiteral("\u1100\u1161\u11A8").repeated(1024 * 1024)
        << QStringLiteral("\uAC01").repeated(1024 * 1024);
    // Unicode's stream-safe format: a joiner after every 30 combining marks.
    const QString cgj(QChar(0x034F));
    QTest::newRow("30 combining marks kept") << u'a' + QStringLiteral("\u0316").repeated(30)
                                             << u'a' + QStringLiteral("\u0316").repeated(30);
    QTest::newRow("more than 30 combining marks broken up")
        << u'a' + QStringLiteral("\u0301").repeated(65)
        << QStringLiteral("\u00E1") + QStringLiteral("\u0301").repeated(29) + cgj
               + QStringLiteral("\u0301").repeated(30) + cgj + QStringLiteral("\u0301").repeated(5);
    QTest::newRow("combining marks reordered between joiners")
        << u'a' + QStringLiteral("\u0301\u0316").repeated(16)
        << QStringLiteral("\u00E1") + QStringLiteral("\u0316").repeated(15)
               + QStringLiteral("\u0301").repeated(14) + cgj + QStringLiteral("\u0316\u0301");
    const QString marks = QStringLiteral("\u0301\u0316").repeated(15);
    QTest::newRow("a million combining marks")
        << u'a' + marks.repeated(1024 * 1024 / marks.size() + 1)
        << QString(u'a' + QString(marks + cgj).repeated(1024 * 1024 / marks.size() + 1).chopped(1))
               .normalized(QString::NormalizationForm_C);
}

void TestTextImporter::canonicalText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString once = textimport::canonicalText(input);
    QCOMPARE(once, expected);
    QCOMPARE(textimport::canonicalText(once), once); // idempotent
}

void TestTextImporter::readsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("warned");

    QTest::newRow("txt utf-8") << "a.txt" << QByteArray("Lavrov said:\r\n\r\n  \"No.\"  \r\n")
                               << "Lavrov said:\n\n  \"No.\""
                               << ""
                               << "txt"
                               << "UTF-8" << false;
    QTest::newRow("txt nfd becomes nfc")
        << "a.txt" << QStringLiteral("Gene\u0300ve").toUtf8() << QStringLiteral("Genève") << ""
        << "txt"
        << "UTF-8" << false;
    QTest::newRow("txt emoji") << "a.txt" << QStringLiteral("🕊️ peace 𝔘").toUtf8()
                               << QStringLiteral("🕊️ peace 𝔘") << ""
                               << "txt"
                               << "UTF-8" << false;
    QTest::newRow("txt windows-1252")
        << "old.txt" << QByteArray("\x93Yes\x94 \x80 5") << QStringLiteral("“Yes” € 5") << ""
        << "txt"
        << "Windows-1252" << true;
    QTest::newRow("txt utf-16le") << "w.txt" << QByteArray("\xFF\xFEh\0i\0", 6) << "hi"
                                  << ""
                                  << "txt"
                                  << "UTF-16LE (BOM)" << false;
    QTest::newRow("txt utf-16be") << "w.txt" << QByteArray("\xFE\xFF\0h\0i", 6) << "hi"
                                  << ""
                                  << "txt"
                                  << "UTF-16BE (BOM)" << false;
    QTest::newRow("md") << "n.md" << QByteArray("# Talks\n\nThe *minister* said.\n")
                        << "Talks\n\nThe minister said."
                        << "Talks"
                        << "md"
                        << "UTF-8 (BOM)" << false;
    QTest::newRow("html") << "p.HTM"
                          << QByteArray("<html><head><title>Read-out</title></head>"
                                        "<body><p>One &amp; two</p></body></html>")
                          << "One & two"
                          << "Read-out"
                          << "html"
                          << "UTF-8" << false;
    QTest::newRow("html declared latin-1")
        << "p.html" << QByteArray("<meta charset=iso-8859-1><p>caf\xE9 \x96 d\xE9tente</p>")
        << QStringLiteral("café – détente") << ""
        << "html"
        << "Windows-1252" << false;
}

void TestTextImporter::readsFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(bool, warned);

    if (encoding == QLatin1String("UTF-8 (BOM)"))
        bytes.prepend("\xEF\xBB\xBF");
    const QString path = write(name, bytes);
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->text, text);
    QCOMPARE(result->title, title);
    QCOMPARE(result->format, format);
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->text, textimport::canonicalText(result->text));
    if (warned) {
        QCOMPARE(result->warnings,
                 QStringList{path + QLatin1String(": not valid UTF-8; decoded as Windows-1252")});
    } else {
        QVERIFY(result->warnings.isEmpty());
    }
}

void TestTextImporter::refusesFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << "e.txt" << QByteArray() << "contains no text";
    QTest::newRow("white space only") << "w.txt" << QByteArray(" \r\n\t\n  ") << "contains no text";
    QTest::newRow("markup without text")
        << "m.html" << QByteArray("<html><script>x()</script><p> </p></html>")
        << "contains no text";
    QTest::newRow("markdown without text")
        << "m.md" << QByteArray("---\n\n[a]: http://x\n") << "contains no text";
    QTest::newRow("nul bytes") << "n.txt" << QByteArray("text\0more", 9)
                               << "is a binary file, not text";
    QTest::newRow("png") << "image.html" << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                         << "is a binary file, not text";
    QTest::newRow("control characters") << "c.txt" << QByteArray(20, '\x01') + "some text"
                                        << "is a binary file, not text";
    QTest::newRow("utf-16 with nul character")
        << "u.txt" << QByteArray("\xFF\xFEh\0\0\0", 6) << "is a binary file, not text";
    QTest::newRow("rtf") << "report.rtf" << QByteArray("{\\rtf1 text}")
                         << "unsupported file type '.rtf'; expected .txt, .md, .html, .htm, .pdf, "
                            ".docx or .odt";
    QTest::newRow("no extension") << "README" << QByteArray("text")
                                  << "unsupported file type (no extension); expected .txt, .md, "
                                     ".html, .htm, .pdf, .docx or .odt";
}

void TestTextImporter::refusesFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = write(name, bytes);
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::BadInput);
    QCOMPARE(result.error().message, path + QLatin1String(": ") + problem);
}

void TestTextImporter::refusesDirectory()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.txt"));
    QVERIFY(QDir().mkpath(path));
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, path + QLatin1String(": is a directory, not a file"));
}

void TestTextImporter::refusesMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.txt"));
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, path + QLatin1String(": no such file"));
}

void TestTextImporter::refusesOversizedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(51LL * 1024 * 1024 + 200 * 1024)); // sparse on most file systems
    file.close();
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, path + QLatin1String(": is 51.2 MB; the limit is 50 MB"));

    // One byte over the limit is reported as over it, not as "50.0 MB".
    QVERIFY(file.resize(MaxImportFileSize + 1));
    QCOMPARE(readImportFile(path).error().message,
             path + QLatin1String(": is 50.1 MB; the limit is 50 MB"));
}

void TestTextImporter::refusesUnreadableFile()
{
    const QString path = write(QStringLiteral("secret.txt"), "text");
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root)");
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(path + QLatin1String(": cannot be read: ")),
             qPrintable(result.error().message));
}

void TestTextImporter::plainTextHead_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text"); // empty: the input unchanged

    const QString body = QStringLiteral("Moscow sent a delegation.");
    const auto withBody = [&body](const char *head, const char *tail = "") -> QString {
        return QString::fromUtf8(head) + body + QString::fromUtf8(tail);
    };
    QTest::newRow("headline") << withBody("Talks in Riyadh\n\n") << "Talks in Riyadh"
                              << "" << QDate() << "";
    QTest::newRow("question as headline")
        << withBody("Will the talks hold?\n\n") << "Will the talks hold?"
        << "" << QDate() << "";
    QTest::newRow("headline in quotation marks")
        << withBody("“No retreat”, says Kyiv\n\n") << "“No retreat”, says Kyiv"
        << "" << QDate() << "";
    QTest::newRow("headline, source and date")
        << withBody("Talks in Riyadh\n\nSource: TASS\nDate: 2025-02-18\n\n") << "Talks in Riyadh"
        << "TASS" << QDate(2025, 2, 18) << withBody("Talks in Riyadh\n\n");
    QTest::newRow("fields without a headline, any case, spelled-out date")
        << withBody("source: Reuters\nDATE: 18 February 2025\n\n") << ""
        << "Reuters" << QDate(2025, 2, 18) << QString(body);
    QTest::newRow("American date") << withBody("Date: February 18, 2025\n\n") << ""
                                   << "" << QDate(2025, 2, 18) << QString(body);
    // Not headlines.
    QTest::newRow("a sentence") << "Moscow sent a delegation.\n\nIt arrived."
                                << ""
                                << "" << QDate() << "";
    QTest::newRow("a sentence in quotation marks") << "He said “no.”\n\nIt arrived."
                                                   << ""
                                                   << "" << QDate() << "";
    QTest::newRow("ends with a colon") << "Lavrov said:\n\n“No.”"
                                       << ""
                                       << "" << QDate() << "";
    QTest::newRow("ends with a comma") << "Moscow, Kyiv,\n\nand Washington."
                                       << ""
                                       << "" << QDate() << "";
    QTest::newRow("no blank line after it") << withBody("Talks in Riyadh\n") << ""
                                            << "" << QDate() << "";
    QTest::newRow("nothing after it") << "Talks in Riyadh"
                                      << ""
                                      << "" << QDate() << "";
    QTest::newRow("too long") << QString(QString(MaxHeadlineLength + 1, u'x') + withBody("\n\n"))
                              << ""
                              << "" << QDate() << "";
    QTest::newRow("no letter") << withBody("2025-02-18\n\n") << ""
                               << "" << QDate() << "";
    // Fields only where they are a block of their own, and a date only when it reads.
    QTest::newRow("fields without a blank line after them") << withBody("Source: TASS\n") << ""
                                                            << "" << QDate() << "";
    QTest::newRow("unreadable date") << withBody("Date: soon\n\n") << ""
                                     << "" << QDate() << "";
    QTest::newRow("field in the body") << withBody("Talks\n\n", "\n\nSource: TASS") << "Talks"
                                       << "" << QDate() << "";
}

void TestTextImporter::plainTextHead()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QDate, date);
    QFETCH(QString, text);
    const PlainTextHead head = readPlainTextHead(input);
    QCOMPARE(head.title, title);
    QCOMPARE(head.source, source);
    QCOMPARE(head.date, date);
    QCOMPARE(head.text, text.isEmpty() ? input : text);
}

// A text file takes its headline as its title, as .md and .html files do theirs.
void TestTextImporter::headlineOfATextFile()
{
    const QString path =
        write(QStringLiteral("kl.txt"), "Talks in Kuala Lumpur\r\n\r\nSource: Bernama\r\nDate: "
                                        "2025-07-10\r\n\r\nThe ministers met.\r\n");
    const Result<ImportedText> result = readImportFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result->title, QStringLiteral("Talks in Kuala Lumpur"));
    QCOMPARE(result->source, QStringLiteral("Bernama"));
    QCOMPARE(result->date, QDate(2025, 7, 10));
    QCOMPARE(result->text, QStringLiteral("Talks in Kuala Lumpur\n\nThe ministers met."));
}

void TestTextImporter::fromStringForPastedText()
{
    const Result<ImportedText> result =
        fromString(QStringLiteral("  <p>Pasted&nbsp;cafe\u0301</p>\r\n"), Format::Html,
                   QStringLiteral("clipboard"));
    QVERIFY(result.ok());
    QCOMPARE(result->text, QStringLiteral("Pasted café"));
    QCOMPARE(result->format, QStringLiteral("html"));
    QVERIFY(result->encoding.isEmpty());

    const Result<ImportedText> blank =
        fromString(QStringLiteral(" \n "), Format::PlainText, QStringLiteral("clipboard"));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().message, QStringLiteral("clipboard: contains no text"));
}

void TestTextImporter::fromStringRefusesNul()
{
    const Result<ImportedText> result = fromString(QStringLiteral("a") + QChar(0) + u'b',
                                                   Format::PlainText, QStringLiteral("paste"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("paste: is a binary file, not text"));
}

void TestTextImporter::markupFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::newRow("markdown") << "readout.md"
                              << "Foreign Minister’s meeting with the UN Special Envoy";
    QTest::newRow("html made by pandoc")
        << "readout.html"
        << "Meeting with the UN Special Envoy — Ministry of Foreign Affairs";
}

// Files made by real programs (see tests/data/import/markup/README.md) import to the
// text checked in beside them, exactly.
void TestTextImporter::markupFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    const QString dir = QStringLiteral(DEMARCHE_TEST_DATA "/import/markup/");
    const Result<ImportedText> imported = readImportFile(dir + file);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QFile expectedFile(dir + file + QLatin1String(".txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    // The file ends with a line end; canonical text does not.
    const QString expected = QString::fromUtf8(expectedFile.readAll()).chopped(1);
    if (imported->text != expected) {
        const QString actual = write(file + QLatin1String(".actual.txt"), imported->text.toUtf8());
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(QStringLiteral("the text differs; see %1").arg(actual)));
    }
    QCOMPARE(imported->title, title);
}

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
