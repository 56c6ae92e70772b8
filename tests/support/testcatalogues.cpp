// Every test reads the texts the user reads: the English catalogue makes "%n claim(s)"
// into "1 claim" and "2 claims", in the programs and here alike. The C locale keeps dates
// and numbers as they are whatever the machine's language.
#include "core/domain/catalogues.h"

#include <QCoreApplication>

namespace {

void installTestCatalogues()
{
    demarche::installCatalogues(QLocale::c());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTestCatalogues)
