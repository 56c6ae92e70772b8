#pragma once

#include <QList>
#include <QString>

class QMainWindow;

namespace demarche {

// One line of Help ▸ Keyboard Shortcuts.
struct ShortcutEntry
{
    QString action; // "Tag Selection", without the mnemonic's &
    QString keys;   // "T, Return", as the platform writes them
    QString place;  // the menu ("Edit") or the part of the window ("Quick tag")
};

// Every shortcut of the window's actions as they are now: those of its menus first,
// with their menu, then those the docks and views add, with the dock's title.
QList<ShortcutEntry> windowShortcuts(const QMainWindow &window);

// The keys the article and the quick-tag popup read themselves rather than through an
// action (the numbers that choose an actor, Esc, ...).
QList<ShortcutEntry> textKeys();

} // namespace demarche
