#include "core/storage/rowreaders.h"

#include "core/domain/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QVariant>

#include <cstdio>

namespace demarche::rows {

// Times are read and written for every claim of an export or import, so the one format
// we write ("2024-03-02T10:05:00.000Z") has a fast path; anything else goes through Qt.
QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char buffer[25];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), clock.hour(), clock.minute(), clock.second(),
                  clock.msec());
    return QString::fromLatin1(buffer, 24);
}

QDateTime timeFrom(const QString &text)
{
    auto number = [&text](qsizetype at, qsizetype length) {
        int value = 0;
        for (qsizetype i = at; i < at + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && clock.isValid()) {
            // Qt 6.5 deprecates the TimeSpec form; QTimeZone::utc() would make a heavier
            // time-zone QDateTime on 6.4, on the path of every claim read.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
            return QDateTime(date, clock, QTimeZone::UTC);
#else
            return QDateTime(date, clock, Qt::UTC);
#endif
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array)
        list.append(value.toString());
    return list;
}

QString pagesText(const QList<PageStart> &pages)
{
    QStringList entries;
    entries.reserve(pages.size());
    for (const PageStart &start : pages)
        entries.append(QStringLiteral("%1:%2").arg(start.offset).arg(start.page));
    return entries.join(u' ');
}

QList<PageStart> pagesFrom(const QString &text)
{
    // A project may come from anyone: an entry that is not "offset:page", or that breaks
    // the order, ends the list rather than giving a claim a wrong page.
    QList<PageStart> pages;
    const auto entries = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView entry : entries) {
        const qsizetype colon = entry.indexOf(u':');
        bool offsetOk = false;
        bool pageOk = false;
        const qlonglong offset = colon < 0 ? -1 : entry.left(colon).toLongLong(&offsetOk);
        const int page = colon < 0 ? 0 : entry.mid(colon + 1).toInt(&pageOk);
        if (!offsetOk || !pageOk || offset < 0 || page < 1
            || (!pages.isEmpty() && offset <= pages.constLast().offset))
            break;
        pages.append({qsizetype(offset), page});
    }
    return pages;
}

const char *const documentColumns =
    "id, title, source, url, published, language, file_name, format, content_hash, "
    "imported_at, (SELECT COUNT(*) FROM claims WHERE claims.document_id = documents.id), pages";
const char *const actorColumns = "id, name, color, aliases, kind, parent_id, sort_order";
const char *const topicColumns =
    "id, name, color, keywords, parent_id, sort_order, negative_pole, positive_pole, scale_note";
const char *const claimColumns =
    "id, document_id, start_offset, end_offset, quote, holder_id, target_id, topic_id, stance, "
    "position, salience, attribution, note, analyst, created_at, updated_at";

Document document(const QSqlQuery &query, bool withText)
{
    Document d;
    d.id = DocumentId(query.value(0).toLongLong());
    d.title = query.value(1).toString();
    d.source = query.value(2).toString();
    d.url = query.value(3).toString();
    d.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    d.language = query.value(5).toString();
    d.fileName = query.value(6).toString();
    d.format = query.value(7).toString();
    d.contentHash = query.value(8).toByteArray();
    d.importedAt = timeFrom(query.value(9).toString());
    d.claimCount = query.value(10).toInt();
    d.pages = pagesFrom(query.value(11).toString());
    if (withText)
        d.text = query.value(12).toString();
    return d;
}

Actor actor(const QSqlQuery &query)
{
    Actor a;
    a.id = ActorId(query.value(0).toLongLong());
    a.name = query.value(1).toString();
    a.color = QColor(query.value(2).toString());
    a.aliases = listFrom(query.value(3).toString());
    a.kind = vocabulary::actorKindFromKey(query.value(4).toString()).value_or(ActorKind::State);
    a.parent = ActorId(query.value(5).toLongLong());
    a.sortOrder = query.value(6).toInt();
    return a;
}

Topic topic(const QSqlQuery &query)
{
    Topic t;
    t.id = TopicId(query.value(0).toLongLong());
    t.name = query.value(1).toString();
    t.color = QColor(query.value(2).toString());
    t.keywords = listFrom(query.value(3).toString());
    t.parent = TopicId(query.value(4).toLongLong());
    t.sortOrder = query.value(5).toInt();
    t.negativePole = query.value(6).toString();
    t.positivePole = query.value(7).toString();
    t.scaleNote = query.value(8).toString();
    return t;
}

Claim claim(const QSqlQuery &query)
{
    Claim c;
    c.id = ClaimId(query.value(0).toLongLong());
    c.document = DocumentId(query.value(1).toLongLong());
    c.start = query.value(2).toLongLong();
    c.end = query.value(3).toLongLong();
    c.quote = query.value(4).toString();
    c.holder = ActorId(query.value(5).toLongLong());
    c.target = ActorId(query.value(6).toLongLong());
    c.topic = TopicId(query.value(7).toLongLong());
    c.stance = vocabulary::stanceFromKey(query.value(8).toString()).value_or(Stance::Assessment);
    if (!query.value(9).isNull())
        c.position = query.value(9).toInt();
    c.salience = query.value(10).toInt();
    c.attribution = vocabulary::attributionFromKey(query.value(11).toString())
                        .value_or(Attribution::Paraphrase);
    c.note = query.value(12).toString();
    c.analyst = query.value(13).toString();
    c.createdAt = timeFrom(query.value(14).toString());
    c.updatedAt = timeFrom(query.value(15).toString());
    return c;
}

} // namespace demarche::rows
