#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist catalogue (.ts), as far as the catalogue checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTsFile(const QString &path);
