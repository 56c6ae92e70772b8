// DOCX and ODT import: files written by pandoc and LibreOffice (tests/data/import/office,
// whose README gives the commands) come out as the checked-in text, metadata included;
// archives and XML built here check the refusals: zip bombs, damage, missing parts,
// entity expansion and deep nesting.

#include "core/import/docxtext.h"
#include "core/import/importfile.h"
#include "core/import/importformats.h"
#include "core/import/odttext.h"
#include "core/import/ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <utility>

using namespace demarche;

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

QString dataPath(const QString &name)
{
    return QStringLiteral(DEMARCHE_TEST_DATA "/import/office/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray zipped(const Entries &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return {};
        file.write(data);
        file.close();
    }
    zip.close();
    return bytes;
}

const char *const WordHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";

// A DOCX holding `body` as its document's body, and the other parts given.
QByteArray makeDocx(const QByteArray &body, Entries more = {})
{
    more.prepend({QStringLiteral("word/document.xml"),
                  QByteArray(WordHead) + "<w:body>" + body + "</w:body></w:document>"});
    return zipped(more);
}

QByteArray paragraph(const QByteArray &runs)
{
    return "<w:p>" + runs + "</w:p>";
}

QByteArray run(const QByteArray &text)
{
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

const char *const OdtHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">";

QByteArray makeOdt(const QByteArray &text)
{
    return zipped({{QStringLiteral("content.xml"),
                    QByteArray(OdtHead) + "<office:body><office:text>" + text
                        + "</office:text></office:body></office:document-content>"}});
}

Result<ImportedText> convert(const QByteArray &bytes, const QString &name)
{
    return name.endsWith(QLatin1String(".odt")) ? odt::fromBytes(bytes, name)
                                                : docx::fromBytes(bytes, name);
}

} // namespace

class TestOfficeImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void readThroughImportFile();
    void docxFeatures_data();
    void docxFeatures();
    void odtFeatures_data();
    void odtFeatures();
    void refusals_data();
    void refusals();
    void zipBombs_data();
    void zipBombs();
};

void TestOfficeImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("date");
    QTest::newRow("pandoc docx") << "pandoc.docx"
                                 << "pandoc.docx.txt"
                                 << "Talks in Geneva"
                                 << "Anna Petrova" << QDate(2024, 3, 1);
    QTest::newRow("pandoc odt") << "pandoc.odt"
                                << "pandoc.odt.txt"
                                << "Talks in Geneva"
                                << "Anna Petrova" << QDate(2024, 3, 1);
    QTest::newRow("libreoffice docx") << "libreoffice.docx"
                                      << "libreoffice.docx.txt"
                                      << "Ministry statement on the Black Sea"
                                      << "Olena Kovalenko" << QDate(2023, 11, 14);
    QTest::newRow("libreoffice odt") << "libreoffice.odt"
                                     << "libreoffice.odt.txt"
                                     << "Ministry statement on the Black Sea"
                                     << "Olena Kovalenko" << QDate(2023, 11, 14);
}

void TestOfficeImport::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDate, date);
    const QByteArray bytes = readData(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const Result<ImportedText> imported = convert(bytes, file);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QString text = QString::fromUtf8(readData(expected));
    QVERIFY2(!text.isEmpty(), qPrintable(expected));
    QCOMPARE(imported->text, text.chopped(1)); // the file ends with a line end
    QCOMPARE(imported->title, title);
    QCOMPARE(imported->author, author);
    QCOMPARE(imported->date, date);
    QCOMPARE(imported->format, file.section(u'.', -1));
}

void TestOfficeImport::readThroughImportFile()
{
    for (const QString &file : {QStringLiteral("libreoffice.docx"), QStringLiteral("pandoc.odt")}) {
        const Result<ImportedText> imported = readImportFile(dataPath(file));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->format, file.section(u'.', -1));
        QCOMPARE(imported->text,
                 QString::fromUtf8(readData(file + QLatin1String(".txt"))).chopped(1));
    }
    // A refusal names the file as given.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("renamed.odt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeDocx(paragraph(run("Words"))));
    file.close();
    const Result<ImportedText> refused = readImportFile(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             path + QLatin1String(": not a valid ODT file (content.xml is missing)"));
}

void TestOfficeImport::docxFeatures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("runs join without spaces")
        << makeDocx(paragraph(run("Lav") + "<w:r><w:rPr><w:b/></w:rPr><w:t>rov</w:t></w:r>"))
        << "Lavrov";
    QTest::newRow("text without xml:space loses its edges")
        << makeDocx(paragraph("<w:r><w:t> a </w:t><w:t>b</w:t></w:r>")) << "ab";
    QTest::newRow("tabs, breaks, hyphens")
        << makeDocx(paragraph("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/>"
                              "<w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:softHyphen/>"
                              "<w:t>f</w:t></w:r>"))
        << "a\tb\nc\nd-ef";
    QTest::newRow("hidden text") << makeDocx(
        paragraph(run("seen ") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>unseen</w:t></w:r>"
                  + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>shown</w:t></w:r>"))
                                 << "seen shown";
    QTest::newRow("tracked changes accepted") << makeDocx(paragraph(
        run("a ") + "<w:ins>" + run("in ")
        + "</w:ins><w:del><w:r><w:delText>out "
          "</w:delText></w:r></w:del><w:moveFrom>"
        + run("from ") + "</w:moveFrom><w:moveTo>" + run("to ") + "</w:moveTo>" + run("z")))
                                              << "a in to z";
    QTest::newRow("deleted paragraph mark joins")
        << makeDocx("<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr>" + run("one ") + "</w:p>"
                    + paragraph(run("two")) + paragraph(run("three")))
        << "one two\n\nthree";
    QTest::newRow("simple and complex fields") << makeDocx(
        paragraph("<w:fldSimple w:instr=\"PAGE\">" + run("7") + "</w:fldSimple>" + run(" / ")
                  + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    "<w:r><w:instrText>NUMPAGES</w:instrText></w:r>"
                    "<w:r><w:t>hidden</w:t></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                  + run("9") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"))
                                               << "7 / 9";
    QTest::newRow("text boxes and drawings left out")
        << makeDocx(paragraph(run("body") + "<w:r><w:drawing><w:txbxContent>"
                              + paragraph(run("box")) + "</w:txbxContent></w:drawing></w:r>"))
        << "body";

    const QByteArray numbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"upperRoman\"/>"
        "<w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.%2)\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "</w:numbering>";
    auto item = [](int level, const QByteArray &text) -> QByteArray {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + QByteArray::number(level)
               + "\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>" + run(text) + "</w:p>";
    };
    QTest::newRow("numbered list levels")
        << makeDocx(paragraph(run("Before")) + item(0, "one") + item(1, "sub") + item(1, "sub2")
                        + item(0, "two") + paragraph(run("After")),
                    {{QStringLiteral("word/numbering.xml"), numbering}})
        << QString::fromUtf8("Before\n\nIII. one\n  III.a) sub\n  III.b) sub2\nIV. two\n\nAfter");
    QTest::newRow("numbering without numbering.xml")
        << makeDocx(item(0, "x")) << QString::fromUtf8("• x");
    // A file's own numbers and marker texts are bounded: a marker is repeated before every
    // item, and counting on from INT_MAX overflowed.
    const QByteArray hostileNumbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\""
        + QByteArray(5000, 'x')
        + "%1\"/></w:lvl>"
          "<w:lvl w:ilvl=\"1\"><w:start w:val=\"-2147483648\"/><w:numFmt w:val=\"decimal\"/>"
          "<w:lvlText w:val=\"%2.\"/></w:lvl>"
          "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>"
          "</w:numbering>";
    QTest::newRow("hostile numbering")
        << makeDocx(item(0, "one") + item(0, "two") + item(1, "sub"),
                    {{QStringLiteral("word/numbering.xml"), hostileNumbering}})
        << QString(32, u'x') + QStringLiteral(" one\n") + QString(32, u'x')
               + QStringLiteral(" two\n  0. sub");

    QTest::newRow("table cells and rows")
        << makeDocx(paragraph(run("Before")) + "<w:tbl><w:tr><w:tc>" + paragraph(run("a"))
                    + paragraph(run("a2")) + "</w:tc><w:tc/><w:tc>" + paragraph(run("c"))
                    + "</w:tc></w:tr><w:tr><w:tc>" + paragraph(run("d")) + "</w:tc></w:tr></w:tbl>"
                    + paragraph(run("After")))
        << "Before\n\na a2\t\tc\nd\n\nAfter";
    QTest::newRow("notes in the order of their marks")
        << makeDocx(
               paragraph(run("a") + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" + run(" b")
                         + "<w:r><w:footnoteReference w:id=\"4\"/></w:r>"),
               {{QStringLiteral("word/footnotes.xml"),
                 "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                 "main\"><w:footnote w:type=\"separator\" w:id=\"0\">"
                     + paragraph("<w:r><w:separator/></w:r>") + "</w:footnote>"
                     + "<w:footnote w:id=\"4\"><w:p><w:r><w:footnoteRef/></w:r>" + run(" Foot.")
                     + "</w:p></w:footnote></w:footnotes>"},
                {QStringLiteral("word/endnotes.xml"),
                 "<w:endnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                 "main\"><w:endnote w:id=\"1\">"
                     + paragraph(run("End.")) + "</w:endnote></w:endnotes>"}})
        << "a[1] b[2]\n\nNotes\n\n[1] End.\n\n[2] Foot.";
}

void TestOfficeImport::docxFeatures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QVERIFY(!bytes.isEmpty());
    const Result<ImportedText> imported = docx::fromBytes(bytes, QStringLiteral("a.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->text, text);
}

void TestOfficeImport::odtFeatures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("white space collapses, text:s does not")
        << makeOdt("<text:p>  a \n  b<text:span> c</text:span><text:s text:c=\"2\"/>d</text:p>")
        << "a b c  d";
    QTest::newRow("headings, tabs, line breaks")
        << makeOdt("<text:h>Head</text:h><text:p>a<text:tab/>b<text:line-break/>c</text:p>")
        << "Head\n\na\tb\nc";
    QTest::newRow("lists without styles are bullets") << makeOdt(
        "<text:p>x</text:p><text:list><text:list-item><text:p>a</text:p><text:list>"
        "<text:list-item><text:p>b</text:p></text:list-item></text:list></text:list-item>"
        "</text:list><text:p>y</text:p>") << QString::fromUtf8("x\n\n• a\n  • b\n\ny");
    QTest::newRow("tracked changes and annotations") << makeOdt(
        "<text:tracked-changes><text:changed-region text:id=\"c\"><text:deletion>"
        "<text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>a <text:change text:change-id=\"c\"/>b<office:annotation><text:p>note"
        "</text:p></office:annotation></text:p>") << "a b";
    QTest::newRow("notes") << makeOdt(
        "<text:p>a<text:note><text:note-citation>*</text:note-citation><text:note-body>"
        "<text:p>One.</text:p><text:p>More.</text:p></text:note-body></text:note></text:p>")
                           << "a[1]\n\nNotes\n\n[1] One. More.";
}

void TestOfficeImport::odtFeatures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QVERIFY(!bytes.isEmpty());
    const Result<ImportedText> imported = odt::fromBytes(bytes, QStringLiteral("a.odt"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->text, text);
}

void TestOfficeImport::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    const QByteArray real = readData(QStringLiteral("libreoffice.docx"));
    QTest::newRow("text") << QByteArray("Plain words") << "a.docx"
                          << "a.docx: damaged";
    QTest::newRow("empty") << QByteArray() << "a.odt"
                           << "a.odt: damaged";
    QTest::newRow("cut short") << real.left(real.size() / 2) << "a.docx"
                               << "a.docx: damaged";
    QByteArray flipped = real;
    flipped[flipped.indexOf("word/document.xml") + 40] ^= 0x55; // inside the packed data
    QTest::newRow("packed data changed") << flipped << "a.docx"
                                         << "a.docx: damaged";
    QTest::newRow("no document.xml")
        << zipped({{QStringLiteral("content.xml"), "<a/>"}}) << "a.docx"
        << "a.docx: not a valid DOCX file (word/document.xml is missing)";
    QTest::newRow("no content.xml")
        << zipped({{QStringLiteral("word/document.xml"), "<a/>"}}) << "a.odt"
        << "a.odt: not a valid ODT file (content.xml is missing)";
    QTest::newRow("not well-formed")
        << zipped({{QStringLiteral("word/document.xml"), QByteArray(WordHead) + "<w:body><w:p>"}})
        << "a.docx"
        << "a.docx: damaged";
    QTest::newRow("no text") << makeDocx(paragraph(run(" "))) << "a.docx"
                             << "a.docx: contains no text";
    QTest::newRow("no text, odt") << makeOdt("<text:p/>") << "a.odt"
                                  << "a.odt: contains no text";

    // Entity expansion: a DTD is refused before any entity is declared, let alone expanded.
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i)
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \""
                  + QByteArray("&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";")
                        .repeated(10)
                  + "\">";
    laughs += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
              "main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    QTest::newRow("billion laughs")
        << zipped({{QStringLiteral("word/document.xml"), laughs}}) << "a.docx"
        << "a.docx: damaged";
    QTest::newRow("external entity") << zipped(
        {{QStringLiteral("content.xml"),
          "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
          "<x>&e;</x>"}}) << "a.odt"
                                     << "a.odt: damaged";

    const int deep = 300;
    QTest::newRow("nests too deep")
        << makeDocx(QByteArray("<w:sdt><w:sdtContent>").repeated(deep) + paragraph(run("deep"))
                    + QByteArray("</w:sdtContent></w:sdt>").repeated(deep))
        << "a.docx"
        << "a.docx: nests too deep";
    QTest::newRow("nests too deep, odt")
        << makeOdt(QByteArray("<text:section>").repeated(deep) + "<text:p>deep</text:p>"
                   + QByteArray("</text:section>").repeated(deep))
        << "a.odt"
        << "a.odt: nests too deep";
    QTest::newRow("deep but allowed")
        << makeDocx(QByteArray("<w:sdt><w:sdtContent>").repeated(100) + paragraph(run("deep"))
                    + QByteArray("</w:sdtContent></w:sdt>").repeated(100))
        << "a.docx" << QString();
}

void TestOfficeImport::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Result<ImportedText> imported = convert(bytes, name);
    if (message.isEmpty()) {
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        return;
    }
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
    QCOMPARE(imported.error().message, message);
}

void TestOfficeImport::zipBombs_data()
{
    QTest::addColumn<qint64>("size");
    // Past the limit of a single part, and under it but packed far tighter than text packs.
    QTest::newRow("past the limit") << ZipArchive::MaxEntrySize + 1024;
    QTest::newRow("packed too tight") << ZipArchive::RatioCheckedFrom * 2;
}

void TestOfficeImport::zipBombs()
{
    QFETCH(qint64, size);
    QByteArray xml = QByteArray(WordHead) + "<w:body>";
    xml += QByteArray(size - xml.size() - 40, ' ');
    xml += "</w:body></w:document>";
    const QByteArray bomb = zipped({{QStringLiteral("word/document.xml"), xml}});
    xml.clear();
    QVERIFY(!bomb.isEmpty());
    QVERIFY(bomb.size() < 1024 * 1024);
    const Result<ImportedText> imported = docx::fromBytes(bomb, QStringLiteral("bomb.docx"));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().message,
             QStringLiteral("bomb.docx: too large once unpacked (a zip bomb?)"));
}

QTEST_GUILESS_MAIN(TestOfficeImport)
#include "tst_officeimport.moc"
