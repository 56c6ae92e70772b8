#include "core/exchange/qdpxdescriptions.h"

#include "core/domain/vocabulary.h"
#include "core/exchange/qdpxvocabulary.h"

#include <QStringList>

namespace demarche::qdpx {
namespace {

QString line(const char16_t *key, const QString &value)
{
    return QString::fromUtf16(key) + QStringLiteral(": ") + value;
}

// A text that may span lines goes after its key, to the end of the description, so that
// a reader takes it whole whatever it holds.
void appendTrailingText(QStringList &lines, const char16_t *key, const QString &text)
{
    if (text.isEmpty())
        return;
    lines << QString::fromUtf16(key) + QLatin1Char(':') << text;
}

} // namespace

QString actorDescription(const Actor &actor)
{
    QStringList lines{line(key::Kind, vocabulary::key(actor.kind))};
    for (const QString &alias : actor.aliases)
        lines << line(key::Alias, alias);
    return lines.join(QLatin1Char('\n'));
}

QString topicDescription(const Topic &topic)
{
    QStringList lines;
    for (const QString &keyword : topic.keywords)
        lines << line(key::Keyword, keyword);
    if (!topic.negativePole.isEmpty())
        lines << line(key::NegativePole, topic.negativePole);
    if (!topic.positivePole.isEmpty())
        lines << line(key::PositivePole, topic.positivePole);
    appendTrailingText(lines, key::ScaleNote, topic.scaleNote);
    return lines.join(QLatin1Char('\n'));
}

QString claimDescription(const Claim &claim, const QString &targetName)
{
    QStringList lines;
    if (claim.position)
        lines << line(key::Position, QString::number(*claim.position));
    lines << line(key::Salience, QString::number(claim.salience))
          << line(key::Attribution, vocabulary::key(claim.attribution));
    if (!targetName.isEmpty())
        lines << line(key::Target, targetName);
    appendTrailingText(lines, key::Note, claim.note);
    return lines.join(QLatin1Char('\n'));
}

QString selectionName(const QString &quote)
{
    constexpr qsizetype Limit = 60;
    QString oneLine = quote.simplified();
    // Counted in code points, so that a name never ends inside a surrogate pair.
    const QList<uint> points = oneLine.toUcs4();
    if (points.size() <= Limit)
        return oneLine;
    QString shortened =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), Limit - 1);
    return shortened + QChar(0x2026);
}

QList<DescriptionField> descriptionFields(const QString &text, const QStringList &restKeys)
{
    QList<DescriptionField> fields;
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normal.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const qsizetype colon = line.indexOf(u':');
        const QString key = colon < 0 ? QString() : line.left(colon).trimmed();
        if (!key.isEmpty() && restKeys.contains(key, Qt::CaseInsensitive)) {
            QStringList rest;
            const QString sameLine = line.mid(colon + 1).trimmed();
            if (!sameLine.isEmpty())
                rest.append(sameLine);
            rest.append(lines.mid(i + 1));
            fields.append({key, rest.join(u'\n')});
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (key.isEmpty())
            fields.append({QString(), line});
        else
            fields.append({key, line.mid(colon + 1).trimmed()});
    }
    return fields;
}

} // namespace demarche::qdpx
