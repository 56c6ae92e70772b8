#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace demarche {

class ProjectSession;

// The dialogs in front of the session: they ask the analyst for a project's path and
// say why opening, creating or copying one failed. Each returns false, or an empty path,
// when nothing was done.
class ProjectDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDialogs)
    Q_DISABLE_COPY_MOVE(ProjectDialogs)

public:
    ProjectDialogs(ProjectSession &session, QWidget *parent);

    bool open(const QString &path);
    bool create(const QString &path);
    bool openSample();

    void chooseAndCreate();
    // Asks where a new project goes, starting at `suggested`: the path with ".demarche",
    // or empty when the analyst cancels or names a file that exists (which is said).
    static QString askNewProjectPath(QWidget *parent, const QString &caption,
                                     const QString &suggested);
    void chooseAndOpen();
    // The path of the copy now open.
    QString chooseAndSaveAs();

private:
    ProjectSession &m_session;
    QWidget *m_parent;
};

} // namespace demarche
