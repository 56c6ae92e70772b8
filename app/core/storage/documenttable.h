#pragma once

#include "core/domain/document.h"
#include "core/domain/result.h"
#include "core/text/documenttext.h"

#include <QHash>
#include <QList>

#include <memory>

namespace demarche {

class StoreConnection;

// The documents table: imported articles with their text and details. Listings carry
// no text (it can be large); document() does.
class DocumentTable final
{
public:
    enum class Duplicates { Refuse, Allow };

    explicit DocumentTable(StoreConnection &connection);
    DocumentTable(const DocumentTable &) = delete;
    DocumentTable &operator=(const DocumentTable &) = delete;

    Result<QList<Document>> documents() const;
    Result<Document> document(DocumentId id) const;
    // A document whose id is set is put back under that id (undoing its removal).
    Result<Document> add(Document document, Duplicates duplicates);
    Status updateDetails(const Document &details); // title, source, URL, date, language
    Status remove(DocumentId id);                  // and its claims, by foreign key
    // A document's text ready for offset work; recently used ones are kept at hand.
    Result<std::shared_ptr<const DocumentText>> text(DocumentId id) const;

private:
    StoreConnection &m_connection;
    // Texts never change once imported, so they can be kept; bounded for memory.
    mutable QHash<DocumentId, std::shared_ptr<const DocumentText>> m_texts;
};

} // namespace demarche
