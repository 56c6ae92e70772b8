#include "widgets/network/networktexts.h"

#include "core/domain/vocabulary.h"
#include "core/models/displayformat.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace demarche {

QString NetworkTexts::kindName(NetworkKind kind)
{
    switch (kind) {
    case NetworkKind::Congruence:
        return tr("Congruence");
    case NetworkKind::Conflict:
        return tr("Conflict");
    case NetworkKind::Affiliation:
        return tr("Affiliation");
    }
    return {};
}

QString NetworkTexts::definition(NetworkKind kind, bool rollUp)
{
    QString text;
    switch (kind) {
    case NetworkKind::Congruence:
        text = tr("Congruence: two actors are linked by the topics on which both took a "
                  "position; each such topic adds 1 \u2212 |difference of their mean "
                  "positions| / 200, so full agreement adds 1.");
        break;
    case NetworkKind::Conflict:
        text = tr("Conflict: two actors are linked by the topics on which both took a "
                  "position; each such topic adds |difference of their mean positions| / "
                  "200, so opposite extremes add 1.");
        break;
    case NetworkKind::Affiliation:
        text = tr("Affiliation: each actor is linked to the topics it made claims on, "
                  "weighted by the number of claims.");
        break;
    }
    const QString means = tr("Means are weighted by salience.");
    const QString members = rollUp ? tr("Members count as their top-level actor.")
                                   : tr("Every actor counts on its own, members included.");
    return text + QLatin1Char(' ') + means + QLatin1Char(' ') + members;
}

QString NetworkTexts::weight(double value)
{
    return QLocale().toString(value, 'g', value >= 100 ? 6 : 3);
}

QString NetworkTexts::edgeToolTip(const Network &network, const NetworkEdge &edge)
{
    const NetworkNode &source = network.nodes.at(edge.source);
    const NetworkNode &target = network.nodes.at(edge.target);
    QStringList topicNames;
    for (const TopicId &id : edge.topics) {
        const auto topic =
            std::find_if(network.topics.cbegin(), network.topics.cend(),
                         [&id](const Topic &candidate) { return candidate.id == id; });
        if (topic != network.topics.cend())
            topicNames.append(topic->name);
    }
    QStringList lines;
    if (network.kind == NetworkKind::Affiliation) {
        const int claims = int(edge.weight);
        lines.append(tr("%1 on %2", "actor on topic").arg(source.name, target.name));
        lines.append(tr("%n claim(s)", nullptr, claims));
        lines.append(edge.meanPosition
                         ? tr("Mean position: %1").arg(displayformat::position(edge.meanPosition))
                         : tr("No claim with a position"));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("%1 \u2013 %2", "two actors").arg(source.name, target.name));
    lines.append(network.kind == NetworkKind::Congruence
                     ? tr("Congruence: %1").arg(weight(edge.weight))
                     : tr("Conflict: %1").arg(weight(edge.weight)));
    lines.append(tr("Over %n topic(s): %1", nullptr, int(topicNames.size()))
                     .arg(QLocale().createSeparatedList(topicNames)));
    return lines.join(QLatin1Char('\n'));
}

QString NetworkTexts::nodeToolTip(const NetworkNode &node)
{
    const QString claims = tr("%n claim(s)", nullptr, node.claims);
    if (node.type == NetworkNode::Type::Topic)
        return tr("%1\nTopic\n%2", "name, the word topic, claims").arg(node.name, claims);
    return tr("%1\n%2\n%3", "name, kind of actor, claims")
        .arg(node.name, vocabulary::label(node.actorKind), claims);
}

} // namespace demarche
