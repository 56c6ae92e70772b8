#include "core/import/documentimport.h"
#include "core/import/importformats.h"
#include "core/import/textimporter.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestDocumentImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void readDocumentTitles_data();
    void readDocumentTitles();
    void readDocumentKeepsDetailsAndWarnings();
    void readDocumentRefuses_data();
    void readDocumentRefuses();
    void documentFromText_data();
    void documentFromText();
    void documentFromTextRefuses_data();
    void documentFromTextRefuses();
    void importableSuffixesAreRead();
    void contentHashMatchesTheStore();
    void importDocumentStores();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestDocumentImport::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestDocumentImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void TestDocumentImport::readDocumentTitles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("givenTitle");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("txt: file name")
        << "geneva talks.txt" << QByteArray("Line one.\r\nLine two.\n") << ""
        << "geneva talks"
        << "txt"
        << "Line one.\nLine two.";
    QTest::newRow("md: heading") << "notes.md" << QByteArray("# Lavrov in Ankara\n\nText.\n") << ""
                                 << "Lavrov in Ankara"
                                 << "md"
                                 << "Lavrov in Ankara\n\nText.";
    QTest::newRow("html: <title>")
        << "page.html" << QByteArray("<title> Readout\n of the call </title><p>Body</p>") << ""
        << "Readout of the call"
        << "html"
        << "Body";
    QTest::newRow("given title wins") << "notes.md" << QByteArray("# Heading\n\nText.") << "Mine"
                                      << "Mine"
                                      << "md"
                                      << "Heading\n\nText.";
    QTest::newRow("all extension") << ".txt" << QByteArray("x") << ""
                                   << ".txt"
                                   << "txt"
                                   << "x";
}

void TestDocumentImport::readDocumentTitles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, givenTitle);
    QFETCH(QString, title);
    QFETCH(QString, format);
    QFETCH(QString, text);
    DocumentDetails details;
    details.title = givenTitle;
    const auto document = readDocument(write(name, bytes), details, nullptr);
    QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
    QCOMPARE(document->title, title);
    QCOMPARE(document->format, format);
    QCOMPARE(document->fileName, name);
    QCOMPARE(document->text, text);
    QCOMPARE(document->contentHash, documentContentHash(text));
    QVERIFY(!document->id.isValid());
}

void TestDocumentImport::readDocumentKeepsDetailsAndWarnings()
{
    const QString path = write(QStringLiteral("old.txt"), QByteArray("\x93Yes\x94 \x80 5"));
    DocumentDetails details;
    details.source = QStringLiteral("TASS");
    details.url = QStringLiteral("https://example.org/a");
    details.date = QDate(2024, 3, 31);
    QStringList warnings{QStringLiteral("earlier")};
    const auto document = readDocument(path, details, &warnings);
    QVERIFY(document.ok());
    QCOMPARE(document->text, QStringLiteral("“Yes” € 5"));
    QCOMPARE(document->source, details.source);
    QCOMPARE(document->url, details.url);
    QCOMPARE(document->date, details.date);
    QCOMPARE(warnings, (QStringList{QStringLiteral("earlier"),
                                    path
                                        + QLatin1String(": not valid UTF-8; decoded as "
                                                        "Windows-1252")}));
}

void TestDocumentImport::readDocumentRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary") << "b.txt" << QByteArray("ab\0cd", 5) << "binary";
    QTest::newRow("empty") << "e.md" << QByteArray(" \n\n ") << "contains no text";
    QTest::newRow("unsupported") << "a.rtf" << QByteArray("{\\rtf1 text}")
                                 << "unsupported file type";
}

void TestDocumentImport::readDocumentRefuses()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = write(name, bytes);
    QStringList warnings;
    const auto document = readDocument(path, {}, &warnings);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().message.startsWith(path + QLatin1String(": ")),
             qPrintable(document.error().message));
    QVERIFY2(document.error().message.contains(reason), qPrintable(document.error().message));
    QVERIFY(warnings.isEmpty());
}

void TestDocumentImport::documentFromText_data()
{
    const QString longLine =
        QStringLiteral("Foreign ministers met on the sidelines of the regional forum and "
                       "discussed flights, embassies and the situation in three countries");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("givenTitle");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("first line") << "Talks resume\nBody."
                                << ""
                                << "Talks resume"
                                << "Talks resume\nBody.";
    QTest::newRow("blank lines first") << "\n  \n   Talks  resume \r\n\r\n\r\n\r\nBody  "
                                       << ""
                                       << "Talks resume"
                                       << "Talks  resume\n\nBody";
    QTest::newRow("nfc") << QStringLiteral("Gene\u0300ve") << "" << QStringLiteral("Genève")
                         << QStringLiteral("Genève");
    QTest::newRow("given title") << "Body."
                                 << " My  title "
                                 << "My title"
                                 << "Body.";
    QTest::newRow("long line cut at a word")
        << longLine << ""
        << QStringLiteral("Foreign ministers met on the sidelines of the regional forum and "
                          "discussed…")
        << longLine;
    const QString word(120, u'x');
    QTest::newRow("one long word") << word << "" << QString(79, u'x') + QChar(0x2026) << word;
}

void TestDocumentImport::documentFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, givenTitle);
    QFETCH(QString, title);
    QFETCH(QString, canonical);
    const auto document = demarche::documentFromText(text, givenTitle);
    QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
    QCOMPARE(document->title, title);
    QVERIFY(document->title.size() <= MaxDerivedTitleLength);
    QCOMPARE(document->text, canonical);
    QCOMPARE(document->format, QStringLiteral("txt"));
    QVERIFY(document->fileName.isEmpty());
    QCOMPARE(document->contentHash, documentContentHash(canonical));
}

void TestDocumentImport::documentFromTextRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("white space") << " \n\t\r\n "
                                 << "empty";
    QTest::newRow("NUL") << QString::fromLatin1("abc\0def", 7) << "binary";
    QTest::newRow("controls") << QString(30, QChar(0x01)) + QLatin1String("text") << "binary";
    QTest::newRow("only a BOM") << QStringLiteral("\uFEFF") << "no text";
}

void TestDocumentImport::documentFromTextRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto document = demarche::documentFromText(text);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().message.contains(reason), qPrintable(document.error().message));
}

void TestDocumentImport::importableSuffixesAreRead()
{
    const QStringList suffixes = importableSuffixes();
    QVERIFY(suffixes.contains(QStringLiteral("md")));
    for (const QString &suffix : suffixes) {
        QVERIFY2(importFormatForFileName(QLatin1String("a.") + suffix) != nullptr,
                 qPrintable(suffix));
    }
}

void TestDocumentImport::contentHashMatchesTheStore()
{
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("hash.demarche")));
    QVERIFY(store.ok());
    auto pasted = demarche::documentFromText(QStringLiteral("Ankara, 3 May\nThe ministers met."));
    QVERIFY(pasted.ok());
    auto added = store.value()->addDocument(pasted.value());
    QVERIFY(added.ok());
    const auto listing = store.value()->documents();
    QVERIFY(listing.ok());
    QCOMPARE(listing->size(), 1);
    QCOMPARE(listing->constFirst().contentHash, pasted->contentHash);

    const Document *same = findDuplicate(listing.value(), pasted.value());
    QVERIFY(same);
    QCOMPARE(same->id, added->id);
    Document other;
    other.text = QStringLiteral("Something else");
    QVERIFY(!findDuplicate(listing.value(), other)); // hash computed from the text
    other.text = pasted->text;
    QVERIFY(findDuplicate(listing.value(), other));
}

void TestDocumentImport::importDocumentStores()
{
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("import.demarche")));
    QVERIFY(store.ok());
    const QString path = write(QStringLiteral("a.md"), QByteArray("# Title\n\nText."));
    QStringList warnings;
    const auto imported =
        importDocument(*store.value(), path, {}, ProjectStore::Duplicates::Refuse, &warnings);
    QVERIFY(imported.ok());
    QVERIFY(imported->id.isValid());
    QCOMPARE(store.value()->document(imported->id)->text, QStringLiteral("Title\n\nText."));

    const auto again =
        importDocument(*store.value(), path, {}, ProjectStore::Duplicates::Refuse, &warnings);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.startsWith(path + QLatin1String(": ")));
    QVERIFY(again.error().message.contains(QLatin1String("already in the project")));
    QVERIFY(warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
