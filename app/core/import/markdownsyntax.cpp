#include "core/import/markdownsyntax.h"

#include <algorithm>

namespace demarche::textimport::detail {

int leadingSpaces(const QString &s)
{
    int n = 0;
    while (n < s.size() && s[n] == u' ')
        ++n;
    return n;
}

bool isBlank(const QString &s)
{
    for (const QChar c : s) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

QString expandIndentTabs(const QString &s)
{
    qsizetype end = 0;
    bool tabs = false;
    for (; end < s.size() && (s[end] == u' ' || s[end] == u'\t'); ++end)
        tabs = tabs || s[end] == u'\t';
    if (!tabs)
        return s;
    QString out;
    int col = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const int width = s[i] == u'\t' ? 4 - col % 4 : 1;
        out.append(QString(width, u' '));
        col += width;
    }
    out.append(QStringView(s).sliced(end));
    return out;
}

QString stripSpaces(const QString &s, int columns)
{
    return s.mid(std::min(leadingSpaces(s), columns));
}

QString stripQuoteMarkers(const QString &s, int *depth, int maxDepth)
{
    // Moves an index and copies once at the end: copying the rest after each marker made
    // a line of a million '>' take minutes.
    int d = 0;
    qsizetype at = 0;
    while (d < maxDepth) {
        qsizetype sp = at;
        while (sp < s.size() && sp - at < 4 && s[sp] == u' ')
            ++sp;
        if (sp - at > 3 || sp >= s.size() || s[sp] != u'>')
            break;
        at = sp + 1;
        if (at < s.size() && (s[at] == u' ' || s[at] == u'\t'))
            ++at;
        ++d;
    }
    if (depth)
        *depth = d;
    return at == 0 ? s : s.mid(at);
}

bool isThematicBreak(const QString &content)
{
    QChar marker;
    int count = 0;
    for (const QChar c : content) {
        if (c == u' ' || c == u'\t')
            continue;
        if (c != u'*' && c != u'-' && c != u'_')
            return false;
        if (count > 0 && c != marker)
            return false;
        marker = c;
        ++count;
    }
    return count >= 3;
}

bool isSetextUnderline(const QString &content, int *level)
{
    const QString t = content.trimmed();
    if (t.isEmpty() || (t[0] != u'=' && t[0] != u'-'))
        return false;
    for (const QChar c : t) {
        if (c != t[0])
            return false;
    }
    *level = t[0] == u'=' ? 1 : 2;
    return true;
}

bool atxHeading(const QString &content, int *level, QString *text)
{
    int hashes = 0;
    while (hashes < content.size() && content[hashes] == u'#')
        ++hashes;
    if (hashes == 0 || hashes > 6
        || (hashes < content.size() && content[hashes] != u' ' && content[hashes] != u'\t'))
        return false;
    QString t = content.mid(hashes).trimmed();
    // An optional closing run of '#', if it stands apart: "# Title ##", but "# C#".
    qsizetype end = t.size();
    while (end > 0 && t[end - 1] == u'#')
        --end;
    if (end == 0)
        t.clear();
    else if (end < t.size() && (t[end - 1] == u' ' || t[end - 1] == u'\t'))
        t = t.left(end).trimmed();
    *level = hashes;
    *text = t;
    return true;
}

bool fenceStart(const QString &content, QChar *ch, int *length)
{
    if (content.isEmpty() || (content[0] != u'`' && content[0] != u'~'))
        return false;
    int n = 0;
    while (n < content.size() && content[n] == content[0])
        ++n;
    if (n < 3 || (content[0] == u'`' && content.indexOf(u'`', n) >= 0))
        return false;
    *ch = content[0];
    *length = n;
    return true;
}

bool listMarker(const QString &content, int indent, ListMarker *m)
{
    if (content.isEmpty())
        return false;
    int len = 0;
    if (content[0] == u'-' || content[0] == u'+' || content[0] == u'*') {
        len = 1;
    } else {
        while (len < content.size() && len < 9 && content[len].isDigit()
               && content[len].unicode() < 0x80)
            ++len;
        if (len == 0 || len >= content.size() || (content[len] != u'.' && content[len] != u')'))
            return false;
        m->ordered = true;
        m->number = content.left(len).toInt();
        ++len;
    }
    m->text = content.left(len);
    const QString after = expandIndentTabs(content.mid(len));
    if (isBlank(after)) { // an empty item
        m->contentIndent = indent + len + 1;
        m->content.clear();
        return true;
    }
    if (after[0] != u' ') // "-5 degrees", "2.5 million"
        return false;
    const int gap = leadingSpaces(after);
    // Five or more spaces: the content is indented code and one space belongs to the marker.
    const int used = gap > 4 ? 1 : gap;
    m->contentIndent = indent + len + used;
    m->content = after.mid(used);
    return true;
}

QStringList tableCells(const QString &row)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size() && row[i + 1] == u'|') {
            cell.append(QLatin1String("\\|"));
            ++i;
        } else if (row[i] == u'|') {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(row[i]);
        }
    }
    cells.append(cell);
    if (cells.size() > 1 && cells.first().trimmed().isEmpty())
        cells.removeFirst();
    if (cells.size() > 1 && cells.last().trimmed().isEmpty())
        cells.removeLast();
    for (QString &c : cells)
        c = c.trimmed();
    return cells;
}

bool isTableDelimiterRow(const QString &content, int columns)
{
    if (!content.contains(u'|'))
        return false;
    const QStringList cells = tableCells(content);
    if (cells.size() != columns)
        return false;
    for (const QString &c : cells) {
        QString t = c;
        if (t.startsWith(u':'))
            t.remove(0, 1);
        if (t.endsWith(u':'))
            t.chop(1);
        if (t.isEmpty() || t.count(u'-') != t.size())
            return false;
    }
    return true;
}

} // namespace demarche::textimport::detail
