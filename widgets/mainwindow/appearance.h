#pragma once

#include <QString>

namespace demarche {

// Light and dark palettes. "System" keeps what the desktop gives (a dark KDE or GNOME
// theme comes through the platform theme); Light and Dark force a palette, for desktops
// that do not pass theirs on, and are remembered in QSettings.
enum class Appearance { System, Light, Dark };

Appearance savedAppearance();
void saveAppearance(Appearance appearance);
void applyAppearance(Appearance appearance);
Appearance appearanceFromName(const QString &name); // "system", "light", "dark"

} // namespace demarche
