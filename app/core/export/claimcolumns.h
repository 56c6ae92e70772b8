#pragma once

#include <QStringList>

namespace demarche::claimcolumns {

// The columns of a claims CSV, in order. Exports write them all; import-claims reads
// them back by name, so their order and any extra columns do not matter there.
inline const QStringList &all()
{
    static const QStringList columns = {
        QStringLiteral("claim_id"),
        QStringLiteral("document_id"),
        QStringLiteral("document_title"),
        QStringLiteral("document_date"),
        QStringLiteral("source"),
        QStringLiteral("actor"),
        QStringLiteral("actor_parent"),
        QStringLiteral("target_actor"),
        QStringLiteral("topic"),
        QStringLiteral("topic_parent"),
        QStringLiteral("stance"),
        QStringLiteral("position"),
        QStringLiteral("salience"),
        QStringLiteral("attribution"),
        QStringLiteral("quote"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("note"),
        QStringLiteral("analyst"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("document_url"),
        // What -100 and +100 mean on the claim's topic; added last so that readers by
        // column number keep working.
        QStringLiteral("topic_negative_pole"),
        QStringLiteral("topic_positive_pole"),
        // The page of the file the claim starts on (PDF imports); empty where the file has
        // no pages.
        QStringLiteral("page"),
    };
    return columns;
}

} // namespace demarche::claimcolumns
