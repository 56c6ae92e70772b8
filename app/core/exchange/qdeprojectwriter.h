#pragma once

#include "core/domain/actor.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/topic.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <array>

namespace demarche::qdpx {

// What a project.qde says before its sources: everything but the claims, which are
// streamed in afterwards one at a time.
struct QdeContents
{
    QString projectName;
    QString origin;    // "Demarche <version>"
    QDateTime created; // the time of the export
    QStringList analysts;
    QList<Actor> actors;       // in codebook order
    QList<Topic> topics;       // in codebook order
    QList<Document> documents; // in id order, as forEachClaim visits them; texts not needed
};

// Writes the project.qde of docs/REFI-QDA.md into a device, in the element order of the
// standard's Project.xsd: Users, CodeBook, Variables, Sources. Each entry gets its GUID
// when the writer is made, so the archive's source files can be named before the XML.
// Claims must come in document order (their sources in `documents` order).
class QdeProjectWriter final
{
public:
    explicit QdeProjectWriter(QdeContents contents);

    // The GUID of a document's TextSource, which names its file in sources/.
    QString sourceGuid(DocumentId document) const { return m_sources.value(document); }

    // The XML is written into memory and taken from there in large pieces: a zip entry
    // compresses each write it is given, and the stream writer's writes are tiny.
    void writeHead();
    void writeClaim(const Claim &claim);
    // Closes the open source and writes the rest.
    void finish();
    // What was written since the last call.
    QByteArray takeOutput();

private:
    void writeUsers();
    void writeCodeBook();
    void writeActorCode(const Actor &actor, QSet<ActorId> &written);
    void writeTopicCode(const Topic &topic, QSet<TopicId> &written);
    void writeVariables();
    void startCode(const QString &guid, const QString &name, bool codable, const QColor &color);
    void writeDescription(const QString &text);
    void writeTime(const QString &attribute, const QDateTime &time);
    void writeCoding(const QString &codeGuid, const Claim &claim);
    // Opens the sources up to and including `upTo`'s index, closing the one before.
    void advanceTo(qsizetype upTo);
    void startSource(const Document &document);
    void endSource(const Document &document);
    void writeVariableValue(int variable, const QString &element, const QString &value);

    QByteArray m_output;
    QBuffer m_buffer{&m_output};
    QXmlStreamWriter m_xml;
    QdeContents m_contents;
    QHash<QString, QString> m_users; // analyst -> GUID
    QHash<ActorId, QString> m_actorGuids;
    QHash<TopicId, QString> m_topicGuids;
    QHash<ActorId, QString> m_actorNames;
    std::array<QString, 9> m_stanceGuids;
    QHash<DocumentId, QString> m_sources;
    QHash<DocumentId, qsizetype> m_documentIndex;
    QStringList m_variableGuids;
    qsizetype m_openSource = -1; // index in m_contents.documents; -1 before the first
};

} // namespace demarche::qdpx
