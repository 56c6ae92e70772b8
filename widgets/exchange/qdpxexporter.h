#pragma once

#include <QString>

class QWidget;

namespace demarche {

class Project;

// File ▸ Export ▸ REFI-QDA Project: asks where to write the open project as a .qdpx
// (QualCoder, MAXQDA, ATLAS.ti and NVivo read it), writes it with a progress dialog that
// can cancel, and explains a failure. Returns the path written, or empty.
QString exportProjectAsQdpx(const Project &project, QWidget *parent);

// The same without asking: for the window's tests and for a path chosen elsewhere.
// `error` receives the message when it fails, and stays empty when the analyst cancelled.
bool writeQdpx(const Project &project, const QString &path, QWidget *parent, QString *error);

} // namespace demarche
