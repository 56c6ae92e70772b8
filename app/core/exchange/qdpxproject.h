#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A REFI-QDA project as read from its .qde file, before anything becomes Demarche's:
// only the parts Demarche takes in, plus what it counts for the loss report.
namespace demarche {

// One line of the loss report: where (a source and position, or a code) and what was lost.
struct QdpxLoss
{
    QString where;
    QString what;
};

struct QdpxCode
{
    QString guid;
    QString name;
    QString color; // "#rrggbb" as written, or empty
    QString description;
    bool codable = true;
    QList<QdpxCode> children;
};

struct QdpxSelection
{
    QString guid;
    QString name;
    qint64 start = -1;
    qint64 end = -1;
    QString creatingUser; // GUIDs of Users
    QString modifyingUser;
    QDateTime created; // UTC; invalid when absent
    QDateTime modified;
    QString description;
    QStringList codes; // the GUIDs its Codings refer to, in order
};

struct QdpxSource
{
    QString element; // "TextSource", "PDFSource", "PictureSource", ...
    QString guid;
    QString name;
    QString plainTextPath;             // of the source, or of a PDF's Representation
    std::optional<QString> inlineText; // PlainTextContent
    bool hasText = false;              // a TextSource, or a PDF with a Representation
    QDateTime created;
    QString description;
    QList<QdpxSelection> selections; // plain-text ones
    int otherSelections = 0;         // PDF, picture, media selections: not taken in
    QHash<QString, QString> values;  // variable GUID -> value as written
};

struct QdpxProject
{
    QString name;
    QString origin;
    QHash<QString, QString> users; // GUID -> name
    QList<QdpxCode> codes;
    QHash<QString, QString> variables; // GUID -> name
    QList<QdpxSource> sources;
    QList<QdpxLoss> losses; // what the reading itself left out (codes nested too deeply, ...)
};

} // namespace demarche
