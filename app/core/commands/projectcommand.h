#pragma once

#include "core/domain/result.h"

#include <QUndoCommand>

namespace demarche {

class Project;

// Base of every undo command: an edit that may fail (a full disk, a read-only project,
// a rule of the store). A command that fails its first run becomes obsolete, so the
// undo stack drops it; every failure is reported through the project.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(Project &project, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Project &project() const { return m_project; }

private:
    void check(const Status &status);

    Project &m_project;
};

} // namespace demarche
