#pragma once

#include <QString>

class QWidget;

namespace demarche {

// Says that an export from a view failed: window-modal and not waited for, so that
// nothing blocks the caller; named "exportError" for the tests that look for it.
void showExportWarning(QWidget *parent, const QString &title, const QString &text,
                       const QString &details);

} // namespace demarche
