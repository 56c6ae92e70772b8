#include "core/exchange/qdpxdescription.h"

namespace demarche::qdpx {

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
