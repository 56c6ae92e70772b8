// PDF import: the cleaning rules on text laid out by hand, the layout on boxes placed by
// hand, and files made by pdflatex, LibreOffice and qpdf (tests/data/import/pdf/README.md)
// compared with their expected text.

#include "core/import/importfile.h"
#include "core/import/pdfcleanup.h"
#include "core/import/pdflayout.h"
#include "core/import/pdftext.h"
#include "core/import/textimporter.h"

#include <QFile>
#include <QTest>

using namespace demarche;
using namespace demarche::pdfimport;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(DEMARCHE_TEST_DATA "/import/pdf/") + name;
}

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Pages as text: pages apart by "\f", blocks by a blank line, lines by "\n", words by a
// space; a word ending in "+" runs on into the next ("Lav+ rov"). Each page's first
// block starts a column; its first and last stand in the margin, unless marked "|".
QList<PdfPage> pagesOf(const QString &layout)
{
    QList<PdfPage> pages;
    const QStringList pageTexts = layout.split(u'\f');
    for (const QString &pageText : pageTexts) {
        PdfPage page;
        const QStringList blocks = pageText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            QString blockText = blocks.at(b);
            PdfBlock block;
            block.columnStart = page.isEmpty();
            block.margin = (b == 0 || b == blocks.size() - 1) && !blockText.startsWith(u'|');
            if (blockText.startsWith(u'|'))
                blockText.remove(0, 1);
            const QStringList lines = blockText.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &lineText : lines) {
                PdfLine line;
                const QStringList words = lineText.split(u' ', Qt::SkipEmptyParts);
                for (const QString &word : words) {
                    const bool glued = word.size() > 1 && word.endsWith(u'+');
                    line.words.append({glued ? word.chopped(1) : word, QRectF(), !glued});
                }
                block.lines.append(line);
            }
            page.append(block);
        }
        pages.append(page);
    }
    return pages;
}

QString pagesText(const QList<PageStart> &pages)
{
    QStringList parts;
    for (const PageStart &start : pages)
        parts.append(QStringLiteral("%1:%2").arg(start.offset).arg(start.page));
    return parts.join(u' ');
}

PdfWord word(const QString &text, double x, double y, double width = 30, double height = 10)
{
    return {text, QRectF(x, y, width, height), true};
}

QStringList blockTexts(const PdfPage &page)
{
    QStringList texts;
    for (const PdfBlock &block : page) {
        QStringList lines;
        for (const PdfLine &line : block.lines) {
            QStringList words;
            for (const PdfWord &w : line.words)
                words.append(w.text);
            lines.append(words.join(u' '));
        }
        texts.append(lines.join(u'/'));
    }
    return texts;
}

} // namespace

class TestPdfImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleaning_data();
    void cleaning();
    void hyphenRule_data();
    void hyphenRule();
    void layoutReadsColumnsInOrder();
    void layoutSetsHeaderApart();
    void layoutStartsParagraphAtIndent();
    void twoColumnArticle();
    void libreOfficeReadout();
    void restrictedFileOpens();
    void refusals_data();
    void refusals();
    void readImportFileTakesPdf();
};

void TestPdfImport::cleaning_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pages");
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("joined");
    QTest::addColumn<QString>("heading");

    QTest::newRow("lines joined, blocks as paragraphs")
        << "One line here\nand the next.\n\nSecond block."
        << "One line here and the next.\n\nSecond block."
        << "0:1" << 0 << 0 << QString();
    QTest::newRow("glued words") << "Lav+ rov said so."
                                 << "Lavrov said so."
                                 << "0:1" << 0 << 0 << QString();
    QTest::newRow("line-end hyphen joined") << "the negoti-\nations went on."
                                            << "the negotiations went on."
                                            << "0:1" << 0 << 1 << QString();
    QTest::newRow("capital keeps the hyphen") << "an anti-\nRussian line."
                                              << "an anti-Russian line."
                                              << "0:1" << 0 << 0 << QString();
    QTest::newRow("hyphen twice") << "the Russian-Ameri-\ncan talks."
                                  << "the Russian-American talks."
                                  << "0:1" << 0 << 1 << QString();
    QTest::newRow("ligatures") << "\uFB01rst e\uFB00ort \uFB04uent o\uFB03ce \uFB02ow \uFB06op."
                               << "first effort ffluent office flow stop."
                               << "0:1" << 0 << 0 << QString();
    QTest::newRow("soft hyphen inside a word") << "nego\u00ADtiations resumed."
                                               << "negotiations resumed."
                                               << "0:1" << 0 << 0 << QString();
    QTest::newRow("soft hyphen at a line end") << "the nego\u00AD\ntiations resumed."
                                               << "the negotiations resumed."
                                               << "0:1" << 0 << 1 << QString();
    QTest::newRow("control characters") << "a\x01"
                                           "b c."
                                        << "a b c."
                                        << "0:1" << 0 << 0 << QString();
    QTest::newRow("dash at a line end") << "the talks —\nand more."
                                        << "the talks — and more."
                                        << "0:1" << 0 << 0 << QString();

    QTest::newRow("running header, footer and page numbers")
        << "Review of Affairs\n\nFirst page text.\n\n— 1 —\f"
           "Review of Affairs\n\nSecond page text.\n\n— 2 —\f"
           "Review of Affairs\n\nThird page text.\n\n— 3 —"
        << "First page text.\n\nSecond page text.\n\nThird page text."
        << "0:1 18:2 37:3" << 6 << 0 << QString();
    QTest::newRow("header with the page number in it") << "Spring 2024, p. 11\n\nText one.\f"
                                                          "Spring 2024, p. 12\n\nText two.\f"
                                                          "Text three."
                                                       << "Text one.\n\nText two.\n\nText three."
                                                       << "0:1 11:2 22:3" << 2 << 0 << QString();
    QTest::newRow("page numbers alone, on every page but the last")
        << "Text one.\n\n1\fText two.\n\nPage 2 of 3\fText three."
        << "Text one.\n\nText two.\n\nText three."
        << "0:1 11:2 22:3" << 2 << 0 << QString();
    QTest::newRow("a number that is not the page stays") << "Text one.\n\n1990\fText two."
                                                         << "Text one.\n\n1990\n\nText two."
                                                         << "0:1 17:2" << 0 << 0 << QString();
    QTest::newRow("a line on one page only stays")
        << "Review of Affairs\n\nText one.\fText two.\fText three."
        << "Review of Affairs\n\nText one.\n\nText two.\n\nText three."
        << "0:1 30:2 41:3" << 0 << 0 << "Review of Affairs";
    QTest::newRow("a single page keeps its header") << "Review of Affairs\n\nText one."
                                                    << "Review of Affairs\n\nText one."
                                                    << "0:1" << 0 << 0 << "Review of Affairs";
    QTest::newRow("long repeated blocks stay")
        << "A\nlong\nrepeated\nblock\n\nOne.\fA\nlong\nrepeated\nblock\n\nTwo."
        << "A long repeated block\n\nOne.\n\nA long repeated block\n\nTwo."
        << "0:1 29:2" << 0 << 0 << QString();
    QTest::newRow("a paragraph goes on over the page")
        << "Talks\n\nThe talks went on for\nthree days and\fended without a result."
        << "Talks\n\nThe talks went on for three days and ended without a result."
        << "0:1" << 0 << 0 << "Talks";
    QTest::newRow("a word goes on over the page")
        << "The talks went on for three days and end-\fed without a result."
        << "The talks went on for three days and ended without a result."
        << "0:1" << 0 << 1 << QString();
    QTest::newRow("a new sentence on the next page is a new paragraph")
        << "It ended.\fThen it began."
        << "It ended.\n\nThen it began."
        << "0:1 11:2" << 0 << 0 << QString();
    QTest::newRow("a numbered heading atop every page stays")
        << "|1 Round one\n\nText one.\f|2 Round two\n\nText two."
        << "1 Round one\n\nText one.\n\n2 Round two\n\nText two."
        << "0:1 24:2" << 0 << 0 << "1 Round one";
    QTest::newRow("a first block of closing marks only") << ")\n\nSome text."
                                                         << ")\n\nSome text."
                                                         << "0:1" << 0 << 0 << QString();
    // Only a word's length is looked back at: a paragraph of one endless token would be
    // copied once per line.
    QTest::newRow("a hyphen after a token longer than a word stays")
        << QString(QString(100, u'x') + QStringLiteral("-\nyz went on."))
        << QString(QString(100, u'x') + QStringLiteral("-yz went on.")) << "0:1" << 0 << 0
        << QString();
    QTest::newRow("empty pages") << "\f\fText."
                                 << "Text."
                                 << "0:3" << 0 << 0 << QString();
}

void TestPdfImport::cleaning()
{
    QFETCH(QString, layout);
    QFETCH(QString, text);
    QFETCH(QString, pages);
    QFETCH(int, running);
    QFETCH(int, joined);
    QFETCH(QString, heading);
    const CleanPdfText clean = cleanPdfText(pagesOf(layout));
    QCOMPARE(clean.text, text);
    QCOMPARE(textimport::canonicalText(clean.text), clean.text);
    QCOMPARE(pagesText(clean.pages), pages);
    QCOMPARE(clean.runningLines, running);
    QCOMPARE(clean.hyphensJoined, joined);
    QCOMPARE(clean.heading, heading);
}

void TestPdfImport::hyphenRule_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("result");

    QTest::newRow("typesetter's hyphen") << "negoti-"
                                         << "ations," << QStringList() << "negotiations,";
    QTest::newRow("capital") << "anti-"
                             << "Russian" << QStringList() << "anti-Russian";
    QTest::newRow("digit") << "COVID-"
                           << "19" << QStringList() << "COVID-19";
    QTest::newRow("compound used elsewhere")
        << "well-"
        << "known" << QStringList({QStringLiteral("well-known")}) << "well-known";
    QTest::newRow("closed form used elsewhere too")
        << "cease-"
        << "fire" << QStringList({QStringLiteral("cease-fire"), QStringLiteral("ceasefire")})
        << "ceasefire";
    QTest::newRow("opening bracket") << "(negoti-"
                                     << "ations)" << QStringList() << "(negotiations)";
    QTest::newRow("no hyphen") << "word"
                               << "next" << QStringList() << "wordnext";
    QTest::newRow("hyphen after a digit") << "1990-"
                                          << "ties" << QStringList() << "1990-ties";
    QTest::newRow("Unicode hyphen") << "negoti\u2010"
                                    << "ations" << QStringList() << "negotiations";
}

void TestPdfImport::hyphenRule()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, words);
    QFETCH(QString, result);
    const QSet<QString> set(words.cbegin(), words.cend());
    QCOMPARE(joinHyphenated(before, after, set), result);
}

void TestPdfImport::layoutReadsColumnsInOrder()
{
    // Two columns of three lines whose baselines line up, a title across both, given in
    // the order poppler may give them: right column first.
    QList<PdfWord> words;
    for (int line = 0; line < 3; ++line) {
        words.append(word(QStringLiteral("R%1a").arg(line), 200, 100 + 12 * line));
        words.append(word(QStringLiteral("R%1b").arg(line), 234, 100 + 12 * line));
    }
    for (int line = 0; line < 3; ++line) {
        words.append(word(QStringLiteral("L%1a").arg(line), 50, 100 + 12 * line));
        words.append(word(QStringLiteral("L%1b").arg(line), 84, 100 + 12 * line));
    }
    words.append(word(QStringLiteral("Title"), 120, 50, 80, 16));
    const PdfPage page = layoutPage(words);
    QCOMPARE(blockTexts(page),
             QStringList({QStringLiteral("Title"), QStringLiteral("L0a L0b/L1a L1b/L2a L2b"),
                          QStringLiteral("R0a R0b/R1a R1b/R2a R2b")}));
    QVERIFY(page.at(1).columnStart);
    QVERIFY(page.at(2).columnStart);
}

void TestPdfImport::layoutSetsHeaderApart()
{
    // A header line with its parts far apart, over one column of text.
    QList<PdfWord> words = {word(QStringLiteral("Review"), 50, 10),
                            word(QStringLiteral("2024"), 250, 10)};
    for (int line = 0; line < 4; ++line)
        words.append(word(QStringLiteral("t%1").arg(line), 50, 40 + 12 * line, 230));
    words.append(word(QStringLiteral("7"), 150, 120, 8));
    const PdfPage page = layoutPage(words);
    QCOMPARE(blockTexts(page), QStringList({QStringLiteral("Review 2024"),
                                            QStringLiteral("t0/t1/t2/t3"), QStringLiteral("7")}));
    QVERIFY(page.at(0).margin);
    QVERIFY(!page.at(1).margin);
    QVERIFY(page.at(2).margin);
}

void TestPdfImport::layoutStartsParagraphAtIndent()
{
    // Justified lines; the third is indented, as a new paragraph's first line is.
    QList<PdfWord> words;
    const double lefts[] = {50, 50, 65, 50};
    for (int line = 0; line < 4; ++line) {
        const double left = lefts[line];
        words.append(word(QStringLiteral("w%1").arg(line), left, 40 + 12 * line, 280 - left));
    }
    const PdfPage page = layoutPage(words);
    QCOMPARE(blockTexts(page), QStringList({QStringLiteral("w0/w1"), QStringLiteral("w2/w3")}));
    QVERIFY(page.at(1).indentedStart);
    QVERIFY(!page.at(0).indentedStart);
}

void TestPdfImport::twoColumnArticle()
{
    const Result<ImportedText> imported = textimport::pdfText(
        fixture(QStringLiteral("twocolumn.pdf")), QStringLiteral("twocolumn.pdf"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QString expected = QString::fromUtf8(fixture(QStringLiteral("twocolumn.txt")));
    QCOMPARE(imported->text, expected);
    QCOMPARE(textimport::canonicalText(imported->text), imported->text);
    QCOMPARE(imported->format, QStringLiteral("pdf"));
    QCOMPARE(imported->title, QStringLiteral("Talks in Geneva: A Difficult Round"));
    QCOMPARE(imported->author, QString());
    QCOMPARE(imported->date, QDate(2024, 3, 5));
    QCOMPARE(pagesText(imported->pages), QStringLiteral("0:1 1359:2 3079:3"));
    QCOMPARE(
        imported->notes,
        QStringList({QStringLiteral("twocolumn.pdf: 5 running headers and footers left out"),
                     QStringLiteral("twocolumn.pdf: 35 words hyphenated at a line end joined")}));
    QVERIFY(imported->warnings.isEmpty());
    QVERIFY(imported->text.contains(QLatin1String("anti-Russian rhetoric")));
}

void TestPdfImport::libreOfficeReadout()
{
    const Result<ImportedText> imported =
        textimport::pdfText(fixture(QStringLiteral("readout.pdf")), QStringLiteral("readout.pdf"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QString expected = QString::fromUtf8(fixture(QStringLiteral("readout.txt")));
    QCOMPARE(imported->text, expected);
    QCOMPARE(textimport::canonicalText(imported->text), imported->text);
    QCOMPARE(imported->title, QStringLiteral("Readout of the Foreign Minister’s Call"));
    QCOMPARE(imported->author, QStringLiteral("Press Service"));
    QCOMPARE(imported->date, QDate(2026, 12, 7));
    QCOMPARE(pagesText(imported->pages), QStringLiteral("0:1 764:2"));
    QCOMPARE(imported->notes,
             QStringList({QStringLiteral("readout.pdf: 4 running headers and footers left out")}));
}

void TestPdfImport::restrictedFileOpens()
{
    // Encrypted with an empty password: it forbids copying, yet opens; it is read.
    const Result<ImportedText> imported = textimport::pdfText(
        fixture(QStringLiteral("restricted.pdf")), QStringLiteral("restricted.pdf"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->text, QString::fromUtf8(fixture(QStringLiteral("readout.txt"))));
}

void TestPdfImport::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("scan") << fixture(QStringLiteral("scanned.pdf"))
                          << "f.pdf: no text layer — scanned PDF?";
    QTest::newRow("encrypted") << fixture(QStringLiteral("encrypted.pdf")) << "f.pdf: encrypted";
    QTest::newRow("truncated") << fixture(QStringLiteral("damaged.pdf")) << "f.pdf: damaged";
    QTest::newRow("not a pdf") << QByteArray("Plain words.\n") << "f.pdf: damaged";
    QTest::newRow("empty") << QByteArray() << "f.pdf: damaged";
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << "f.pdf: damaged";
}

void TestPdfImport::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<ImportedText> refused = textimport::pdfText(bytes, QStringLiteral("f.pdf"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QCOMPARE(refused.error().message, message);
}

void TestPdfImport::readImportFileTakesPdf()
{
    const QString path = fixturePath(QStringLiteral("readout.pdf"));
    const Result<ImportedText> imported = readImportFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->format, QStringLiteral("pdf"));
    QCOMPARE(imported->text, QString::fromUtf8(fixture(QStringLiteral("readout.txt"))));
    QCOMPARE(imported->notes.size(), 1);
    QVERIFY(imported->notes.constFirst().startsWith(path + QLatin1String(": ")));

    const Result<ImportedText> refused = readImportFile(fixturePath(QStringLiteral("scanned.pdf")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, fixturePath(QStringLiteral("scanned.pdf"))
                                          + QStringLiteral(": no text layer — scanned PDF?"));
}

QTEST_GUILESS_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
