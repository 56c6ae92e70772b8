// The table of import formats: every suffix reaches its format, every format converts to
// its own key, and the lists messages and dialogs show are built from the table.

#include "core/import/importfile.h"
#include "core/import/importformats.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

// The formats read as text; the others (PDF, DOCX, ODT) are files of their own kind.
bool isTextFormat(const QString &key)
{
    return key == QLatin1String("txt") || key == QLatin1String("md")
           || key == QLatin1String("html");
}

} // namespace

class TestImportFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tableIsWellFormed();
    void formatForFileName_data();
    void formatForFileName();
    void everySuffixReachesItsFormat_data();
    void everySuffixReachesItsFormat();
    void converterNamesItsKey_data();
    void converterNamesItsKey();
    void patternsListEverySuffix();
    void lists();
    void unknownSuffixNamesTheKnownOnes_data();
    void unknownSuffixNamesTheKnownOnes();

private:
    QTemporaryDir m_dir;
};

void TestImportFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportFormats::tableIsWellFormed()
{
    QSet<QString> keys;
    QSet<QString> seen;
    for (const ImportFormat &format : importFormats()) {
        QVERIFY2(!format.key.isEmpty() && !keys.contains(format.key), qPrintable(format.key));
        keys.insert(format.key);
        QVERIFY(!format.displayName().isEmpty());
        QVERIFY(format.convert != nullptr);
        QVERIFY2(!format.suffixes.isEmpty(), qPrintable(format.key));
        const QStringList suffixes = format.allSuffixes();
        for (const QString &suffix : suffixes) {
            QVERIFY2(!suffix.isEmpty() && suffix == suffix.toLower() && !suffix.contains(u'.'),
                     qPrintable(suffix));
            QVERIFY2(!seen.contains(suffix), qPrintable(suffix + QLatin1String(" twice")));
            seen.insert(suffix);
        }
    }
}

void TestImportFormats::formatForFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key"); // empty: none
    QTest::newRow("txt") << "a.txt"
                         << "txt";
    QTest::newRow("text") << "dir/a.TEXT"
                          << "txt";
    QTest::newRow("md") << "README.md"
                        << "md";
    QTest::newRow("markdown") << "a.Markdown"
                              << "md";
    QTest::newRow("html") << "a.HTML"
                          << "html";
    QTest::newRow("htm") << "/x/y.htm"
                         << "html";
    QTest::newRow("xhtml") << "a.xhtml"
                           << "html";
    QTest::newRow("pdf") << "a.PDF"
                         << "pdf";
    QTest::newRow("docx") << "a.DOCX"
                          << "docx";
    QTest::newRow("odt") << "a.odt"
                         << "odt";
    QTest::newRow("rtf") << "a.rtf" << QString();
    QTest::newRow("none") << "Makefile" << QString();
    QTest::newRow("only a dot") << "a." << QString();
    QTest::newRow("txt in the middle") << "a.txt.gz" << QString();
}

void TestImportFormats::formatForFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    const ImportFormat *format = importFormatForFileName(name);
    QCOMPARE(format ? format->key : QString(), key);
}

void TestImportFormats::everySuffixReachesItsFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    for (const ImportFormat &format : importFormats()) {
        const QStringList suffixes = format.allSuffixes();
        for (const QString &suffix : suffixes) {
            QTest::addRow("%s", qPrintable(suffix))
                << QString(QLatin1String("a.") + suffix) << format.key;
            QTest::addRow("%s upper", qPrintable(suffix))
                << QString(QLatin1String("a.") + suffix.toUpper()) << format.key;
        }
    }
}

void TestImportFormats::everySuffixReachesItsFormat()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    const ImportFormat *format = importFormatForFileName(name);
    QVERIFY(format != nullptr);
    QCOMPARE(format->key, key);
    QVERIFY(importableSuffixes().contains(name.section(u'.', -1).toLower()));

    // Read from a file of that name, the text comes back in that format.
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Plain words.\n") > 0);
    file.close();
    const Result<ImportedText> imported = readImportFile(path);
    if (isTextFormat(key)) {
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->format, key);
        QCOMPARE(imported->text, QStringLiteral("Plain words."));
    } else {
        // Reached the format's own converter, which refuses text that is not its kind of file.
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().message, path + QLatin1String(": damaged"));
    }
    QVERIFY(QFile::remove(path));
}

void TestImportFormats::converterNamesItsKey_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < importFormats().size(); ++i)
        QTest::addRow("%s", qPrintable(importFormats().at(i).key)) << int(i);
}

void TestImportFormats::converterNamesItsKey()
{
    QFETCH(int, index);
    const ImportFormat &format = importFormats().at(index);
    if (isTextFormat(format.key)) {
        const Result<ImportedText> converted = format.convert("Some text", QStringLiteral("x"));
        QVERIFY(converted.ok());
        QCOMPARE(converted->format, format.key);
    }

    // A refusal names the file first.
    const Result<ImportedText> refused = format.convert(QByteArray("a\0b", 3), QStringLiteral("x"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("x: ")),
             qPrintable(refused.error().message));
}

void TestImportFormats::patternsListEverySuffix()
{
    const QStringList patterns = importFilePatterns();
    QCOMPARE(patterns.size(), importableSuffixes().size());
    for (const ImportFormat &format : importFormats()) {
        const QStringList suffixes = format.allSuffixes();
        for (const QString &suffix : suffixes)
            QVERIFY2(patterns.contains(QString(QLatin1String("*.") + suffix)), qPrintable(suffix));
    }
}

void TestImportFormats::lists()
{
    QCOMPARE(importableSuffixes(),
             QStringList({QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
                          QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm"),
                          QStringLiteral("xhtml"), QStringLiteral("pdf"), QStringLiteral("docx"),
                          QStringLiteral("odt")}));
    QCOMPARE(expectedSuffixes(), QStringLiteral(".txt, .md, .html, .htm, .pdf, .docx or .odt"));
    QCOMPARE(formatSuffixes(), QStringLiteral(".txt, .md, .html, .pdf, .docx and .odt"));
}

void TestImportFormats::unknownSuffixNamesTheKnownOnes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown suffix") << "scan.tiff";
    QTest::newRow("no suffix") << "README";
}

void TestImportFormats::unknownSuffixNamesTheKnownOnes()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("text") > 0);
    file.close();
    const Result<ImportedText> refused = readImportFile(path);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(path + QLatin1String(": unsupported file type")),
             qPrintable(message));
    for (const ImportFormat &format : importFormats()) {
        for (const QString &suffix : format.suffixes)
            QVERIFY2(message.contains(QString(u'.' + suffix)), qPrintable(suffix));
    }
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
