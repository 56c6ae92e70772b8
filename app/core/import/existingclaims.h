#pragma once

#include "core/domain/claim.h"

#include <QHash>
#include <QList>
#include <QString>

namespace demarche {

// The claims a project holds, to tell which rows of an import are already there. A row
// is "already present" only when a claim equals it in every field: document, offsets,
// holder, target, topic, stance, position, salience, attribution, note and analyst, and
// also created_at and updated_at when the row gives created_at (a hand-written row
// without times says nothing about when). Each claim answers for one row only, so a
// file that holds a claim twice finds both copies, or imports the one that is missing.
class ExistingClaims final
{
public:
    void add(const Claim &claim);

    // True, and the matching claim is used up, when an unused claim equals `row`.
    // Match the rows that give created_at first: a row without it matches any time and
    // must not take the claim that a dated row names exactly.
    bool take(const Claim &row);

    struct Content
    {
        qint64 document, start, end, holder, target, topic;
        Stance stance;
        std::optional<int> position;
        int salience;
        Attribution attribution;
        QString note, analyst;

        explicit Content(const Claim &claim);
        friend bool operator==(const Content &a, const Content &b);
    };

private:
    struct Times
    {
        QString created, updated; // as stored
    };
    QHash<Content, QList<Times>> m_claims;
};

size_t qHash(const ExistingClaims::Content &content, size_t seed = 0);

} // namespace demarche
