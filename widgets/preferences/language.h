#pragma once

#include <QString>

namespace demarche {

// The interface language the analyst chose in Preferences, remembered in QSettings as a
// language code ("de"); empty to follow the system's.
QString savedLanguage();
void saveLanguage(const QString &code);
// Installs the catalogues of `code`'s language, or of the system's when it is empty; every
// window retranslates itself.
void applyLanguage(const QString &code);

} // namespace demarche
