#include "core/import/pdfcleanup.h"

#include "core/import/textimporter.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace demarche::pdfimport {

namespace {

constexpr char16_t SoftHyphen = 0x00AD;

struct Line
{
    QString text;
    bool softBreak = false; // ended in a soft hyphen: the word goes on, without it
};

struct Block
{
    QList<Line> lines;
    const PdfBlock *source = nullptr;
    int page = 0;
};

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010);
}

Line lineOf(const PdfLine &line)
{
    Line result;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const PdfWord &word = line.words.at(i);
        result.text += plainWord(word.text);
        if (word.spaceAfter && i + 1 < line.words.size())
            result.text += u' ';
    }
    if (!line.words.isEmpty() && line.words.constLast().text.endsWith(QChar(SoftHyphen)))
        result.softBreak = true;
    result.text = result.text.simplified();
    return result;
}

QString closingStripped(QString text)
{
    while (!text.isEmpty() && QStringLiteral("\"'”’»)]").contains(text.back()))
        text.chop(1);
    return text;
}

bool endsSentence(const QString &text)
{
    const QString stripped = closingStripped(text);
    return !stripped.isEmpty() && QStringLiteral(".!?:;").contains(stripped.back());
}

bool endsWithHyphen(const QString &text)
{
    return text.size() > 1 && isHyphen(text.back()) && text.at(text.size() - 2).isLetterOrNumber();
}

// "3", "— 3 —", "Page 3 of 12", "p. 3", "3/12": the page's own number and little else.
bool isPageNumber(const QString &text, int page)
{
    static const QStringList Words = {
        QStringLiteral("page"),     QStringLiteral("p"),        QStringLiteral("pg"),
        QStringLiteral("of"),       QStringLiteral("seite"),    QStringLiteral("von"),
        QStringLiteral("sur"),      QStringLiteral("de"),       QStringLiteral("стр"),
        QStringLiteral("страница"), QStringLiteral("сторінка"), QStringLiteral("с"),
        QStringLiteral("из"),       QStringLiteral("з"),
    };
    if (text.size() > 30)
        return false;
    QStringList tokens;
    QString token;
    const QString padded = text + u' ';
    for (const QChar c : padded) {
        if (c.isLetterOrNumber()) {
            token += c.toLower();
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    bool numbered = false;
    for (const QString &t : std::as_const(tokens)) {
        bool isNumber = false;
        const int value = t.toInt(&isNumber);
        if (isNumber && !numbered) {
            if (value != page)
                return false;
            numbered = true;
        } else if (!isNumber && !Words.contains(t)) {
            return false;
        }
    }
    return numbered && tokens.size() <= 4;
}

// Digits do not count: "Review, Spring 2024, 3" and "..., 4" are the same running header.
QString runningKey(const Block &block)
{
    QString key;
    bool inDigits = false;
    for (const Line &line : block.lines) {
        for (const QChar c : line.text) {
            if (c.isDigit()) {
                if (!inDigits)
                    key += u'#';
                inDigits = true;
                continue;
            }
            inDigits = false;
            key += c.toLower();
        }
        key += u' ';
    }
    return key.simplified();
}

std::vector<qsizetype> endPositions(qsizetype count)
{
    std::vector<qsizetype> positions;
    for (const qsizetype i : {qsizetype(0), qsizetype(1), count - 2, count - 1}) {
        if (i >= 0 && i < count
            && std::find(positions.begin(), positions.end(), i) == positions.end())
            positions.push_back(i);
    }
    return positions;
}

bool mayRun(const Block &block)
{
    if (!block.source || !block.source->margin)
        return false;
    qsizetype length = 0;
    for (const Line &line : block.lines)
        length += line.text.size();
    return block.lines.size() <= 2 && length <= 160;
}

// Leaves out running headers, footers and page numbers; returns how many blocks went.
int dropRunningLines(QList<QList<Block>> &pages)
{
    QHash<QString, int> pagesWith;
    for (const QList<Block> &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (const qsizetype i : endPositions(page.size())) {
            if (mayRun(page.at(i)))
                seen.insert(runningKey(page.at(i)));
        }
        for (const QString &key : std::as_const(seen))
            ++pagesWith[key];
    }
    const int needed = std::max(2, int(pages.size() / 2));
    int dropped = 0;
    for (QList<Block> &page : pages) {
        std::vector<qsizetype> drop;
        for (const qsizetype i : endPositions(page.size())) {
            const Block &block = page.at(i);
            if (!mayRun(block))
                continue;
            if (pagesWith.value(runningKey(block)) >= needed
                || (block.lines.size() == 1
                    && isPageNumber(block.lines.constFirst().text, block.page)))
                drop.push_back(i);
        }
        std::sort(drop.rbegin(), drop.rend());
        for (const qsizetype i : drop)
            page.removeAt(i);
        dropped += int(drop.size());
    }
    return dropped;
}

QString bareWord(const QString &token)
{
    qsizetype from = 0;
    qsizetype to = token.size();
    while (from < to && !token.at(from).isLetterOrNumber())
        ++from;
    while (to > from && !token.at(to - 1).isLetterOrNumber())
        --to;
    return token.mid(from, to - from).toLower();
}

QSet<QString> wordsOf(const QList<QList<Block>> &pages)
{
    QSet<QString> words;
    for (const QList<Block> &page : pages) {
        for (const Block &block : page) {
            for (const Line &line : block.lines) {
                const QStringList tokens = line.text.split(u' ', Qt::SkipEmptyParts);
                for (const QString &token : tokens)
                    words.insert(bareWord(token));
            }
        }
    }
    return words;
}

bool continues(const Block &previous, const Block &next)
{
    if (!next.source || !next.source->columnStart || previous.lines.isEmpty()
        || next.lines.isEmpty())
        return false;
    const Line &last = previous.lines.constLast();
    if (last.softBreak || endsWithHyphen(last.text))
        return true;
    if (endsSentence(last.text))
        return false;
    const QString &first = next.lines.constFirst().text;
    if (!first.isEmpty() && first.at(0).isLower())
        return true;
    return previous.source && previous.source->openEnd && !next.source->indentedStart;
}

double medianHeight(const PdfBlock &block)
{
    std::vector<double> heights;
    for (const PdfLine &line : block.lines) {
        for (const PdfWord &word : line.words)
            heights.push_back(word.box.height());
    }
    if (heights.empty())
        return 0;
    const auto middle = heights.begin() + std::ptrdiff_t(heights.size() / 2);
    std::nth_element(heights.begin(), middle, heights.end());
    return *middle;
}

// The first block as a title: set larger than the text that follows, or a short line
// that does not read as a sentence.
QString headingOf(const Block &block, double textHeight)
{
    QStringList lines;
    qsizetype length = 0;
    for (const Line &line : block.lines) {
        lines.append(line.text);
        length += line.text.size();
    }
    const QString text = lines.join(u' ').simplified();
    if (block.lines.size() > 3 || length > 200 || text.isEmpty() || endsWithHyphen(text))
        return {};
    const bool larger =
        block.source && textHeight > 0 && medianHeight(*block.source) > 1.15 * textHeight;
    const QString stripped = closingStripped(text);
    const bool shortLine = block.lines.size() == 1 && length <= 100 && !stripped.isEmpty()
                           && !QStringLiteral(".,;").contains(stripped.back());
    return larger || shortLine ? text : QString();
}

QList<QList<Block>> blocksOf(const QList<PdfPage> &pages, std::vector<double> &heights)
{
    QList<QList<Block>> blocks;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<Block> page;
        for (const PdfBlock &source : pages.at(p)) {
            Block block;
            block.source = &source;
            block.page = int(p + 1);
            for (const PdfLine &line : source.lines) {
                Line text = lineOf(line);
                if (!text.text.isEmpty())
                    block.lines.append(std::move(text));
                for (const PdfWord &word : line.words)
                    heights.push_back(word.box.height());
            }
            if (!block.lines.isEmpty())
                page.append(std::move(block));
        }
        blocks.append(std::move(page));
    }
    return blocks;
}

// Adds a line to a paragraph; true when a word hyphenated at the line end was joined.
bool appendLine(QString &text, const Line &line, bool softBreak, const QSet<QString> &words)
{
    if (text.isEmpty()) {
        text = line.text;
        return false;
    }
    if (softBreak) {
        text += line.text;
        return true;
    }
    if (!endsWithHyphen(text)) {
        text += u' ' + line.text;
        return false;
    }
    // The hyphenated word is the text after the last space, looked for only this far back:
    // a paragraph of one endless "word" would otherwise be copied once per line.
    constexpr qsizetype LongestWord = 64;
    qsizetype space = text.size();
    while (space > 0 && text.size() - space <= LongestWord && text.at(space - 1) != u' ')
        --space;
    if (space > 0 && text.at(space - 1) != u' ') { // no word: the hyphen stays
        text += line.text;
        return false;
    }
    const qsizetype next = line.text.indexOf(u' ');
    const QString after = next < 0 ? line.text : line.text.left(next);
    bool joined = false;
    const QString word = joinHyphenated(text.mid(space), after, words, &joined);
    // In place: a paragraph may run over many hyphenated lines.
    text.truncate(space);
    text += word;
    if (next >= 0)
        text += QStringView(line.text).mid(next);
    return joined;
}

} // namespace

QString plainWord(const QString &word)
{
    static const char16_t *const Ligatures[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0xFB00 && u <= 0xFB06)
            out += QString::fromUtf16(Ligatures[u - 0xFB00]);
        else if (u == SoftHyphen)
            continue;
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
            out += u' ';
        else
            out += c;
    }
    return out;
}

QString joinHyphenated(const QString &before, const QString &after, const QSet<QString> &words,
                       bool *joined)
{
    if (joined)
        *joined = false;
    if (!endsWithHyphen(before) || after.isEmpty())
        return before + after;
    const QString stem = before.chopped(1);
    if (!after.at(0).isLetter() || after.at(0).isUpper() || !stem.back().isLetter())
        return before + after;
    qsizetype from = stem.size();
    while (from > 0 && stem.at(from - 1).isLetter())
        --from;
    qsizetype to = 0;
    while (to < after.size() && after.at(to).isLetter())
        ++to;
    const QString left = stem.mid(from).toLower();
    const QString right = after.left(to).toLower();
    if (words.contains(left + u'-' + right) && !words.contains(left + right))
        return before + after;
    if (joined)
        *joined = true;
    return stem + after;
}

CleanPdfText cleanPdfText(const QList<PdfPage> &pages)
{
    CleanPdfText result;
    std::vector<double> heights;
    QList<QList<Block>> blocks = blocksOf(pages, heights);
    result.runningLines = dropRunningLines(blocks);
    const QSet<QString> words = wordsOf(blocks);

    struct Paragraph
    {
        QString text;
        int page = 0;
    };
    QList<Paragraph> paragraphs;
    const Block *previous = nullptr;
    const Block *firstBlock = nullptr;
    bool softBreak = false;
    for (const QList<Block> &page : std::as_const(blocks)) {
        for (const Block &block : page) {
            if (!firstBlock)
                firstBlock = &block;
            const bool joinPrevious = previous && continues(*previous, block);
            if (!joinPrevious)
                paragraphs.append({QString(), block.page});
            for (const Line &line : block.lines) {
                result.hyphensJoined +=
                    appendLine(paragraphs.last().text, line, softBreak, words) ? 1 : 0;
                softBreak = line.softBreak;
            }
            previous = &block;
        }
    }

    if (firstBlock) {
        double textHeight = 0;
        if (!heights.empty()) {
            const auto middle = heights.begin() + std::ptrdiff_t(heights.size() / 2);
            std::nth_element(heights.begin(), middle, heights.end());
            textHeight = *middle;
        }
        result.heading = textimport::canonicalText(headingOf(*firstBlock, textHeight));
    }

    int lastPage = 0;
    for (const Paragraph &paragraph : std::as_const(paragraphs)) {
        const QString text = textimport::canonicalText(paragraph.text.simplified());
        if (text.isEmpty())
            continue;
        if (!result.text.isEmpty())
            result.text += QLatin1String("\n\n");
        if (paragraph.page != lastPage) {
            result.pages.append({result.text.size(), paragraph.page});
            lastPage = paragraph.page;
        }
        result.text += text;
    }
    return result;
}

} // namespace demarche::pdfimport
