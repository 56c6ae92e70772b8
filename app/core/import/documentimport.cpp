#include "core/import/documentimport.h"

#include "core/import/importfile.h"
#include "core/import/textimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace demarche {
namespace {

struct DocumentImportText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImport)
};

// The first line, on one line, cut at a word boundary when it is too long to be a title.
QString titleFromText(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(u'\n');
    QString line = text.left(lineEnd < 0 ? text.size() : lineEnd).simplified();
    if (line.size() <= MaxDerivedTitleLength)
        return line;
    qsizetype cut = line.lastIndexOf(u' ', MaxDerivedTitleLength - 1);
    if (cut < MaxDerivedTitleLength / 2) // one long word: cut inside it
        cut = MaxDerivedTitleLength - 1;
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + QChar(0x2026);
}

} // namespace

Result<Document> readDocument(const QString &path, const DocumentDetails &details,
                              QStringList *warnings, QStringList *notes)
{
    auto imported = readImportFile(path);
    if (!imported)
        return imported.error();
    const QFileInfo info(path);
    Document document;
    document.text = imported->text;
    document.pages = imported->pages;
    document.contentHash = documentContentHash(document.text);
    document.format = imported->format;
    document.fileName = info.fileName();
    document.title = details.title.simplified();
    if (document.title.isEmpty())
        document.title = imported->title.simplified();
    if (document.title.isEmpty())
        document.title = info.completeBaseName().simplified();
    if (document.title.isEmpty()) // ".txt": a name that is all extension
        document.title = info.fileName();
    document.source = details.source.isEmpty() ? imported->source : details.source;
    // A paper's author is where it comes from when nothing else says so.
    if (document.source.isEmpty())
        document.source = imported->author.simplified();
    document.url = details.url;
    document.date = details.date.isValid() ? details.date : imported->date;
    if (warnings)
        warnings->append(imported->warnings);
    if (notes)
        notes->append(imported->notes);
    return document;
}

Result<Document> documentFromText(const QString &text, const QString &title)
{
    if (text.trimmed().isEmpty())
        return badInput(DocumentImportText::tr("the pasted text is empty"));
    // The file importer's own check speaks of a "binary file"; pasted text deserves its
    // own words, so the same rule is asked first.
    if (textimport::looksBinary(text))
        return badInput(DocumentImportText::tr("the pasted text looks like binary data, not text"));
    auto imported = textimport::fromString(text, textimport::Format::PlainText,
                                           DocumentImportText::tr("the pasted text"));
    if (!imported)
        return imported.error();
    Document document;
    document.text = imported->text;
    document.contentHash = documentContentHash(document.text);
    document.format = imported->format;
    document.source = imported->source;
    document.date = imported->date;
    document.title = title.simplified();
    if (document.title.isEmpty())
        document.title = imported->title;
    if (document.title.isEmpty())
        document.title = titleFromText(document.text);
    return document;
}

QByteArray documentContentHash(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

const Document *findDuplicate(const QList<Document> &documents, const Document &document)
{
    const QByteArray hash =
        document.contentHash.isEmpty() ? documentContentHash(document.text) : document.contentHash;
    for (const Document &listed : documents) {
        if (listed.contentHash == hash)
            return &listed;
    }
    return nullptr;
}

Result<Document> importDocument(ProjectStore &store, const QString &path,
                                const DocumentDetails &details, ProjectStore::Duplicates duplicates,
                                QStringList *warnings, QStringList *notes)
{
    QStringList noted;
    QStringList cleaned;
    auto document = readDocument(path, details, &noted, &cleaned);
    if (!document)
        return document.error();
    auto added = store.addDocument(document.value(), duplicates);
    if (!added)
        return Error{added.error().kind, path + QLatin1String(": ") + added.error().message};
    if (warnings)
        warnings->append(noted);
    if (notes)
        notes->append(cleaned);
    return added;
}

} // namespace demarche
