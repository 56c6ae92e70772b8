#pragma once

#include <QMenu>

namespace demarche {

class ProjectSession;

// File ▸ Open Recent: the session's recent projects, numbered, and a way to forget them.
class RecentProjectsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentProjectsMenu)

public:
    RecentProjectsMenu(ProjectSession &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void projectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProjectSession &m_session;
};

} // namespace demarche
