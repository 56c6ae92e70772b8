#include "core/import/plaintexthead.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace demarche {
namespace {

bool isClosingMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Punctuation_Close || category == QChar::Punctuation_FinalQuote
           || c == u'"' || c == u'\'' || c == u'\u201c' || c == u'\u00bb' || c == u'\u203a';
}

bool isHeadline(const QString &line)
{
    if (line.isEmpty() || line.size() > MaxHeadlineLength)
        return false;
    if (!std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    qsizetype end = line.size();
    while (end > 0 && isClosingMark(line.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const QChar last = line.at(end - 1);
    return last != u'.' && last != u',' && last != u':' && last != u';' && last != u'\u2026';
}

// "Source: TASS" → {"source", "TASS"}; an empty key when the line is no such field.
std::pair<QString, QString> field(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString key = line.left(colon).trimmed().toLower();
    if (key != QLatin1String("source") && key != QLatin1String("date"))
        return {};
    const QString value = line.mid(colon + 1).trimmed();
    if (value.isEmpty())
        return {};
    return {key, value};
}

QDate dateFrom(const QString &text)
{
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d MMMM yyyy"),
                                  QStringLiteral("MMMM d, yyyy"), QStringLiteral("d MMM yyyy"),
                                  QStringLiteral("MMM d, yyyy")}) {
        const QDate date = c.toDate(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

PlainTextHead readPlainTextHead(const QString &canonical)
{
    PlainTextHead head;
    QStringList lines = canonical.split(u'\n');
    qsizetype at = 0;
    if (lines.size() > 2 && lines.at(1).isEmpty() && isHeadline(lines.at(0))
        && field(lines.at(0)).first.isEmpty()) {
        head.title = lines.at(0);
        at = 2;
    }
    // The fields: consecutive lines, each taken once, ended by a blank line.
    qsizetype end = at;
    QString source;
    QDate date;
    while (end < lines.size()) {
        const auto [key, value] = field(lines.at(end));
        if (key == QLatin1String("source") && source.isEmpty()) {
            source = value;
        } else if (key == QLatin1String("date") && !date.isValid()) {
            date = dateFrom(value);
            if (!date.isValid())
                break;
        } else {
            break;
        }
        ++end;
    }
    const bool fieldsEnd = end > at && end + 1 < lines.size() && lines.at(end).isEmpty();
    if (fieldsEnd) {
        head.source = source;
        head.date = date;
        lines.remove(at, end - at + 1); // the fields and their blank line
    }
    head.text = fieldsEnd ? lines.join(u'\n') : canonical;
    return head;
}

} // namespace demarche
