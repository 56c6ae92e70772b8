// Times the DOCX and ODT importers on a 300-page document built here: about 150,000 words
// in 1,500 paragraphs, words split across formatted runs, a footnote every ten paragraphs,
// a list and a table every few pages. The bound is 5 s for a 300-page DOCX.
//
//   build/tests/bench/bench_office [--pages N] [--runs N]   (defaults: 300 pages, best of 3)
#include "benchtiming.h"
#include "core/import/docxtext.h"
#include "core/import/odttext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringList>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <utility>

using namespace demarche;
using namespace demarche::bench;

namespace {

constexpr int ParagraphsPerPage = 5;
constexpr int WordsPerParagraph = 100;

// The same words on every run: a fixed linear congruential sequence.
class Words
{
public:
    QByteArray next()
    {
        static const char *const words[] = {
            "minister",  "talks",    "Geneva",       "sanctions", "ceasefire", "delegation",
            "statement", "position", "negotiations", "Black",     "Sea",       "grain",
            "corridor",  "security", "guarantees",   "the",       "of",        "and",
            "a",         "said",     "would",        "not",       "accept",    "proposal"};
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return words[(m_state >> 33) % (sizeof(words) / sizeof(words[0]))];
    }

private:
    quint64 m_state = 42;
};

QByteArray zipped(const QList<std::pair<QString, QByteArray>> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        die(QStringLiteral("cannot create the archive"));
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))
            || file.write(data) != data.size())
            die(QStringLiteral("cannot write %1").arg(name));
        file.close();
    }
    zip.close();
    return bytes;
}

QByteArray makeDocx(int pages)
{
    Words words;
    QByteArray body;
    QByteArray notes = "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/"
                       "wordprocessingml/2006/main\">";
    int note = 0;
    for (int p = 0; p < pages * ParagraphsPerPage; ++p) {
        const bool listItem = p % 25 >= 20;
        body += listItem ? "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                           "</w:numPr></w:pPr>"
                         : "<w:p>";
        for (int w = 0; w < WordsPerParagraph; ++w) {
            const QByteArray word = words.next();
            if (w % 17 == 3) // half the word bold
                body += "<w:r><w:rPr><w:b/></w:rPr><w:t>" + word.left(2)
                        + "</w:t></w:r><w:r><w:t "
                          "xml:space=\"preserve\">"
                        + word.mid(2) + " </w:t></w:r>";
            else
                body += "<w:r><w:t xml:space=\"preserve\">" + word + " </w:t></w:r>";
        }
        if (p % 10 == 9) {
            const QByteArray number = QByteArray::number(++note);
            body += "<w:r><w:footnoteReference w:id=\"" + number + "\"/></w:r>";
            notes += "<w:footnote w:id=\"" + number + "\"><w:p><w:r><w:t>Note " + number
                     + ".</w:t></w:r></w:p></w:footnote>";
        }
        body += "</w:p>";
        if (p % 40 == 39) {
            body += "<w:tbl>";
            for (int row = 0; row < 6; ++row)
                body += "<w:tr><w:tc><w:p><w:r><w:t>" + words.next()
                        + "</w:t></w:r></w:p></w:tc>"
                          "<w:tc><w:p><w:r><w:t>"
                        + words.next() + "</w:t></w:r></w:p></w:tc></w:tr>";
            body += "</w:tbl>";
        }
    }
    notes += "</w:footnotes>";
    const QByteArray numbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    return zipped({{QStringLiteral("word/document.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + body + "</w:body></w:document>"},
                   {QStringLiteral("word/footnotes.xml"), notes},
                   {QStringLiteral("word/numbering.xml"), numbering}});
}

QByteArray makeOdt(int pages)
{
    Words words;
    QByteArray text;
    int note = 0;
    for (int p = 0; p < pages * ParagraphsPerPage; ++p) {
        const bool listItem = p % 25 >= 20;
        if (listItem)
            text += "<text:list><text:list-item>";
        text += "<text:p>";
        for (int w = 0; w < WordsPerParagraph; ++w) {
            const QByteArray word = words.next();
            if (w % 17 == 3)
                text += "<text:span text:style-name=\"T1\">" + word.left(2) + "</text:span>"
                        + word.mid(2) + ' ';
            else
                text += word + ' ';
        }
        if (p % 10 == 9) {
            const QByteArray number = QByteArray::number(++note);
            text += "<text:note><text:note-citation>" + number
                    + "</text:note-citation><text:note-body><text:p>Note " + number
                    + ".</text:p></text:note-body></text:note>";
        }
        text += "</text:p>";
        if (listItem)
            text += "</text:list-item></text:list>";
        if (p % 40 == 39) {
            text += "<table:table>";
            for (int row = 0; row < 6; ++row)
                text += "<table:table-row><table:table-cell><text:p>" + words.next()
                        + "</text:p></table:table-cell><table:table-cell><text:p>" + words.next()
                        + "</text:p></table:table-cell></table:table-row>";
            text += "</table:table>";
        }
    }
    return zipped({{QStringLiteral("content.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body>"
                    "<office:text>"
                        + text + "</office:text></office:body></office:document-content>"}});
}

void run(const char *name, const QByteArray &bytes,
         Result<ImportedText> (*convert)(const QByteArray &, const QString &), int runs)
{
    ImportedText imported;
    const Timing timing =
        bestOf(runs, [&] { imported = take(convert(bytes, QString::fromLatin1(name))); });
    say(QStringLiteral("%1: %2 KB packed, %3 characters of text: %4")
            .arg(QLatin1String(name))
            .arg(bytes.size() / 1024)
            .arg(imported.text.size())
            .arg(ms(timing)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int pages = option(QStringLiteral("--pages"), 300);
    const int runs = option(QStringLiteral("--runs"), 3);
    say(QStringLiteral("office import, %1 pages, best of %2").arg(pages).arg(runs));
    run("document.docx", makeDocx(pages), docx::fromBytes, runs);
    run("document.odt", makeOdt(pages), odt::fromBytes, runs);
    return 0;
}
