#include "core/import/existingclaims.h"

#include "core/storage/rowreaders.h"

namespace demarche {

ExistingClaims::Content::Content(const Claim &claim)
    : document(claim.document.value())
    , start(claim.start)
    , end(claim.end)
    , holder(claim.holder.value())
    , target(claim.target.value())
    , topic(claim.topic.value())
    , stance(claim.stance)
    , position(claim.position)
    , salience(claim.salience)
    , attribution(claim.attribution)
    , note(claim.note)
    , analyst(claim.analyst)
{}

bool operator==(const ExistingClaims::Content &a, const ExistingClaims::Content &b)
{
    return a.document == b.document && a.start == b.start && a.end == b.end && a.holder == b.holder
           && a.target == b.target && a.topic == b.topic && a.stance == b.stance
           && a.position == b.position && a.salience == b.salience && a.attribution == b.attribution
           && a.note == b.note && a.analyst == b.analyst;
}

size_t qHash(const ExistingClaims::Content &content, size_t seed)
{
    return qHashMulti(seed, content.document, content.start, content.end, content.holder,
                      content.target, content.topic, int(content.stance),
                      content.position.value_or(Claim::MaxPosition + 1), content.salience,
                      int(content.attribution), content.note, content.analyst);
}

void ExistingClaims::add(const Claim &claim)
{
    m_claims[Content(claim)].append(
        Times{rows::timeText(claim.createdAt), rows::timeText(claim.updatedAt)});
}

bool ExistingClaims::take(const Claim &row)
{
    const auto found = m_claims.find(Content(row));
    if (found == m_claims.end())
        return false;
    QList<Times> &times = found.value();
    qsizetype match = 0;
    if (row.createdAt.isValid()) {
        // Stored as the store would: no updated_at means the claim was never changed.
        const QString created = rows::timeText(row.createdAt);
        const QString updated = row.updatedAt.isValid() ? rows::timeText(row.updatedAt) : created;
        match = -1;
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (times.at(i).created == created && times.at(i).updated == updated) {
                match = i;
                break;
            }
        }
        if (match < 0)
            return false;
    }
    times.removeAt(match);
    if (times.isEmpty())
        m_claims.erase(found);
    return true;
}

} // namespace demarche
