#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QPushButton>

namespace demarche {

class Project;
class StayOpenMenu;

// A button with a menu of the codebook's topics to tick: the network counts only claims
// on the ticked topics (each with its sub-topics), or on every topic when none is.
class NetworkTopicFilter final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTopicFilter)

public:
    explicit NetworkTopicFilter(const Project &project, QWidget *parent = nullptr);

    QList<TopicId> topics() const;
    // Ticks these topics (only these); ids the codebook lacks are left out.
    void setTopics(const QList<demarche::TopicId> &topics);

Q_SIGNALS:
    void topicsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateText();

    const Project &m_project;
    StayOpenMenu *m_menu;
};

} // namespace demarche
