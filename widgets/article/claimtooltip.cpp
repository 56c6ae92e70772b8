#include "widgets/article/claimtooltip.h"

#include "core/domain/topicscale.h"
#include "core/domain/vocabulary.h"
#include "core/project/project.h"

#include <QCoreApplication>

namespace demarche {

QString claimToolTip(const Project &project, const Claim &claim)
{
    const Actor *holder = project.actor(claim.holder);
    const Actor *target = project.actor(claim.target);
    const Topic *topic = project.topic(claim.topic);
    QString html =
        QStringLiteral("<b>%1</b>").arg((holder ? holder->name : QString()).toHtmlEscaped());
    if (target)
        html +=
            QCoreApplication::translate("ClaimToolTip", " → %1").arg(target->name.toHtmlEscaped());
    html += QStringLiteral("<br>")
            + QCoreApplication::translate("ClaimToolTip", "%1 · %2")
                  .arg((topic ? topic->name : QString()).toHtmlEscaped(),
                       vocabulary::label(claim.stance).toHtmlEscaped());
    if (claim.position) {
        html += QStringLiteral("<br>")
                //: The claim's position: a number on the topic's scale, not a place.
                + QCoreApplication::translate("ClaimToolTip", "Position %1").arg(*claim.position);
        // A number is read against the topic's poles.
        if (topic && topic->hasScale()) {
            html += QStringLiteral("<br><small>%1<br>%2</small>")
                        .arg(topicscale::negativeEnd(*topic).toHtmlEscaped(),
                             topicscale::positiveEnd(*topic).toHtmlEscaped());
        } else {
            html += QStringLiteral(" <small>(%1)</small>")
                        .arg(topicscale::notDefined().toHtmlEscaped());
        }
    }
    if (!claim.note.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(claim.note.toHtmlEscaped());
    return html;
}

QString cueToolTip(const Project &project, const QList<CueEntry> &entries)
{
    QStringList names;
    for (const CueEntry &entry : entries) {
        if (entry.kind == CueKind::Actor) {
            if (const Actor *actor = project.actor(ActorId(entry.id)))
                names.append(
                    QCoreApplication::translate("ClaimToolTip", "%1 (actor)").arg(actor->name));
        } else if (const Topic *topic = project.topic(TopicId(entry.id))) {
            names.append(
                QCoreApplication::translate("ClaimToolTip", "%1 (topic)").arg(topic->name));
        }
    }
    return names.join(QStringLiteral(" · "));
}

} // namespace demarche
