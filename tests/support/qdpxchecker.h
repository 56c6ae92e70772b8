#pragma once
// Reads a REFI-QDA project (.qdpx) and checks it against the rules of the standard's
// Project.xsd (REFI-QDA 1.5, urn:QDA-XML:project:1.0) and the text around it: element
// order and counts per parent, required and known attributes and their value forms, GUIDs
// unique and every reference resolving, internal source files present under sources/,
// selections inside their text in code points. No test can fetch the schema, so the rules
// are written out here from its text; elements Demarche neither writes nor reads (picture,
// PDF, audio and video sources, graphs) are checked for their guid only.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qdpxtest {

// One element of a project.qde as read.
struct QdeElement
{
    QString name; // the local name
    QString namespaceUri;
    QHash<QString, QString> attributes; // those in no namespace
    QString text;                       // the character content, for elements without children
    QList<QdeElement> children;
    qint64 line = 0;

    QString attribute(const QString &key) const { return attributes.value(key); }
    const QdeElement *child(const QString &childName) const;
    QList<const QdeElement *> childrenNamed(const QString &childName) const;
    // This element and every one below it with that name, in document order.
    QList<const QdeElement *> findAll(const QString &wanted) const;
};

struct QdpxArchive
{
    QStringList entryNames; // in archive order
    QHash<QString, QByteArray> entries;
    QString qdeName;
    QdeElement project;
};

// Reads every entry of `path` and parses its one *.qde. Returns what went wrong, or an
// empty string.
QString readQdpx(const QString &path, QdpxArchive &archive);

// Parses a project.qde into `root`: what went wrong, or an empty string. No DTD is read.
QString parseProjectXml(const QByteArray &bytes, QdeElement &root);

// Every rule the archive breaks, one message each (with the element's line); empty when it
// keeps them all.
QStringList checkQdpx(const QdpxArchive &archive);

// A TextSource's text: its internal file, decoded as UTF-8 without a BOM, or its
// PlainTextContent. Empty when there is neither.
QString sourceText(const QdpxArchive &archive, const QdeElement &textSource);

} // namespace qdpxtest
