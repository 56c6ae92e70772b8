#pragma once

#include <QStringList>

namespace demarche::cli {

// Finds the sub-command in `arguments` (argv, program name first), parses its options
// and runs it. Returns the process exit code.
int dispatch(const QStringList &arguments);

} // namespace demarche::cli
