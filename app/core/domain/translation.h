#pragma once

#include <QCoreApplication>

namespace demarche {

// Translation contexts for code outside QObject classes. Calls are written
// Context::tr("...") so that lupdate finds each text with its context.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};
struct ClaimsExportText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsExport)
};
struct ClaimsImportText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsImport)
};
struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace demarche
