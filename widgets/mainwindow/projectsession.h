#pragma once

#include "core/domain/result.h"
#include "core/project/project.h" // complete, for the signals' meta-types

#include <QObject>
#include <QStringList>

#include <memory>

class QMainWindow;
class QUndoGroup;

namespace demarche {

// The project open in the window and what outlives it: opening, creating, the sample
// project, Save As and closing; the recent projects; the undo group, whose active stack is
// the open project's; the window's layout. The widgets follow projectChanged(); the
// dialogs that ask for a path or report a failure stay with the widgets that show them.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Project *project() const { return m_project.get(); }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Each leaves the open project as it was when it fails. Opening the project already
    // open, under any name, succeeds and changes nothing.
    Status open(const QString &path);
    Status create(const QString &path);
    Status openSample(); // created on first use
    // Copies the open project to `path` and goes on in the copy, as any Save As.
    Status saveAs(const QString &path);
    void close();

    // Most recent first, existing files only.
    static QStringList recentProjects();
    void clearRecentProjects();
    // Where the last project was opened or created, to start the next file dialog in.
    static QString lastFolder();

    static QString sampleProjectPath();

    static void restoreLayout(QMainWindow &window);
    // The layout saveLayout() kept: the window's state with a project open.
    static QByteArray savedState();
    // The dock layout is kept only while a project is open: without one the docks are hidden.
    void saveLayout(const QMainWindow &window) const;

Q_SIGNALS:
    // The project is still whole; whatever refers to it lets go of it now.
    void aboutToClose(demarche::Project *project);
    // The new project, or null after closing.
    void projectChanged(demarche::Project *project);
    void recentProjectsChanged();

private:
    void setProject(std::unique_ptr<Project> project);

    std::unique_ptr<Project> m_project;
    QUndoGroup *m_undoGroup;
};

} // namespace demarche
