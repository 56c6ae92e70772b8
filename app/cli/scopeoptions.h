#pragma once

#include "core/analysis/claimscope.h"
#include "core/domain/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace demarche::cli {

// --from, --to and --stance, shared by the commands that take a claim scope.
QList<QCommandLineOption> scopeOptions();
// Usage errors for a date that is not YYYY-MM-DD, --from after --to, or an unknown stance.
Result<ClaimScope> scopeFromOptions(const QCommandLineParser &parser);

// --no-roll-up (the dispatcher also takes the older --no-rollup).
QCommandLineOption noRollUpOption();
bool rollUpFromOptions(const QCommandLineParser &parser);

} // namespace demarche::cli
