// Every test reads the texts the user reads: the English catalogue makes "%n claim(s)"
// into "1 claim" and "2 claims", in the programs and here alike.
#include "core/domain/catalogues.h"

#include <QCoreApplication>

namespace {

void installTestCatalogues()
{
    demarche::installCatalogues(QLocale(QLocale::English));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTestCatalogues)
