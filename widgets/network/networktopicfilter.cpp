#include "widgets/network/networktopicfilter.h"

#include "core/project/project.h"
#include "widgets/compare/stayopenmenu.h"

#include <QEvent>
#include <QSet>

namespace demarche {

NetworkTopicFilter::NetworkTopicFilter(const Project &project, QWidget *parent)
    : QPushButton(parent)
    , m_project(project)
    , m_menu(new StayOpenMenu(this))
{
    setObjectName(QStringLiteral("networkTopics"));
    setMenu(m_menu);
    fill();
    connect(&project, &Project::topicsChanged, this, &NetworkTopicFilter::fill);
    connect(&project, &Project::reloaded, this, &NetworkTopicFilter::fill);
}

QList<TopicId> NetworkTopicFilter::topics() const
{
    QList<TopicId> chosen;
    const QList<QAction *> actions = m_menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            chosen.append(action->data().value<TopicId>());
    }
    return chosen;
}

void NetworkTopicFilter::setTopics(const QList<TopicId> &topics)
{
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(topics.contains(action->data().value<TopicId>()));
    }
    updateText();
    Q_EMIT topicsChanged();
}

// Rebuilt when the codebook changes; ticks stay with their topics while they exist.
void NetworkTopicFilter::fill()
{
    const QList<TopicId> before = topics();
    m_menu->clear();
    QAction *all = m_menu->addAction(tr("All topics"));
    all->setObjectName(QStringLiteral("allTopics"));
    connect(all, &QAction::triggered, this, [this]() { setTopics({}); });
    m_menu->addSeparator();
    for (const Topic &topic : m_project.topics()) {
        // In codebook order, sub-topics after their parents; the name alone, as data.
        QAction *action = m_menu->addAction(topic.name);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(topic.id));
        action->setChecked(before.contains(topic.id));
        connect(action, &QAction::toggled, this, [this]() {
            updateText();
            Q_EMIT topicsChanged();
        });
    }
    if (m_project.topics().isEmpty())
        m_menu->addAction(tr("No topics yet"))->setEnabled(false);
    updateText();
    if (topics().size() != before.size())
        Q_EMIT topicsChanged(); // a ticked topic was removed
}

void NetworkTopicFilter::updateText()
{
    const QList<TopicId> chosen = topics();
    if (chosen.isEmpty())
        setText(tr("All topics"));
    else if (chosen.size() == 1 && m_project.topic(chosen.first()))
        setText(m_project.topic(chosen.first())->name);
    else
        setText(tr("Topics: %1").arg(chosen.size()));
    setToolTip(tr("Count only claims on the topics ticked here, each with its sub-topics"));
}

void NetworkTopicFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QPushButton::changeEvent(event);
}

} // namespace demarche
