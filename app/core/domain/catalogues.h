#pragma once

#include <QLocale>

namespace demarche {

// Installs the program's translations in the running application: the English catalogue,
// which only settles plurals ("1 claim", "2 claims"), and over it the catalogue of
// `locale`'s language where there is one. Both programs and the tests call it once.
void installCatalogues(const QLocale &locale = QLocale());

} // namespace demarche
