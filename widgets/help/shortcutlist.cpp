#include "widgets/help/shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace demarche {
namespace {

struct ShortcutText
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutList)
};

// "&Tag Selection…" as a list shows it: "Tag Selection". "&&" is a literal "&".
QString plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != QLatin1Char('&')) {
                plain.append(text.at(i));
                continue;
            }
        }
        plain.append(text.at(i));
    }
    if (plain.endsWith(QStringLiteral("…")))
        plain.chop(1);
    return plain.trimmed();
}

QString nativeKeys(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral(", "));
}

void addMenu(const QMenu &menu, const QString &path, QList<ShortcutEntry> &entries,
             QSet<const QAction *> &seen)
{
    const QList<QAction *> actions = menu.actions();
    for (const QAction *action : actions) {
        seen.insert(action);
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(*sub, path + QStringLiteral(" ▸ ") + plainText(sub->title()), entries, seen);
            continue;
        }
        // A standard key the platform does not bind (Save As on some) is no shortcut.
        if (const QString keys = nativeKeys(action->shortcuts()); !keys.isEmpty())
            entries.append({plainText(action->text()), keys, path});
    }
}

// The part of the window a widget belongs to: its dock, or the window.
QString placeOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            return plainText(dock->windowTitle());
    }
    return ShortcutText::tr("Window");
}

} // namespace

QList<ShortcutEntry> windowShortcuts(const QMainWindow &window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *action : menus) {
        seen.insert(action);
        if (const QMenu *menu = action->menu())
            addMenu(*menu, plainText(menu->title()), entries, seen);
    }
    // What the window, its docks and views add to themselves: shortcuts of their own parts.
    const auto addWidget = [&](const QWidget &widget) {
        const QList<QAction *> actions = widget.actions();
        for (const QAction *action : actions) {
            if (seen.contains(action))
                continue;
            seen.insert(action);
            const QString keys = nativeKeys(action->shortcuts());
            if (action->isVisible() && !keys.isEmpty() && !action->text().isEmpty())
                entries.append({plainText(action->text()), keys, placeOf(&widget)});
        }
    };
    addWidget(window);
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        addWidget(*widget);
    // And those a panel keeps for its context menu, built when it opens.
    const QList<QAction *> owned = window.findChildren<QAction *>();
    for (const QAction *action : owned) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        const QString keys = nativeKeys(action->shortcuts());
        if (!action->isVisible() || keys.isEmpty() || action->text().isEmpty())
            continue;
        const QObject *owner = action->parent();
        while (owner && !owner->isWidgetType())
            owner = owner->parent();
        entries.append(
            {plainText(action->text()), keys, placeOf(static_cast<const QWidget *>(owner))});
    }
    // Pages alike (the codebook's actors and topics) offer the same command once.
    QSet<QString> listed;
    QList<ShortcutEntry> unique;
    for (const ShortcutEntry &entry : std::as_const(entries)) {
        const QString key = entry.action + QChar(0) + entry.keys + QChar(0) + entry.place;
        if (!listed.contains(key)) {
            listed.insert(key);
            unique.append(entry);
        }
    }
    return unique;
}

// Kept beside the key handlers' behaviour: ArticleTextEdit::keyPressEvent and
// QuickTagPopup::handleKey. A change there belongs here too.
QList<ShortcutEntry> textKeys()
{
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText);
    };
    const auto keys = [](const QList<QKeySequence> &list) { return nativeKeys(list); };
    const QString article = ShortcutText::tr("Article");
    const QString popup = ShortcutText::tr("Quick tag");
    const QString shiftArrows =
        keys({QKeySequence(Qt::SHIFT | Qt::Key_Left), QKeySequence(Qt::SHIFT | Qt::Key_Right),
              QKeySequence(Qt::SHIFT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_Down)});
    return {
        {ShortcutText::tr("Select text, snapped to whole words"), shiftArrows, article},
        {ShortcutText::tr("Select all of the article"), key(QKeySequence::SelectAll), article},
        {ShortcutText::tr("Select exactly, without snapping to words"),
         ShortcutText::tr("%1 + drag")
             .arg(
                 QKeySequence(Qt::ALT).toString(QKeySequence::NativeText).remove(QLatin1Char('+'))),
         article},
        {ShortcutText::tr("Clear the selection"), keys({QKeySequence(Qt::Key_Escape)}), article},
        {ShortcutText::tr("Choose the actor or topic with this number"), ShortcutText::tr("1 … 9"),
         popup},
        {ShortcutText::tr("Choose the highlighted actor or topic"),
         keys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}), popup},
        {ShortcutText::tr("Move the highlight"),
         keys({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageUp),
               QKeySequence(Qt::Key_PageDown)}),
         popup},
        {ShortcutText::tr("Filter the list, or name a new actor or topic"),
         ShortcutText::tr("Type a name"), popup},
        {ShortcutText::tr("Back from the topic to the actor"),
         keys({QKeySequence(Qt::Key_Backspace)}), popup},
        {ShortcutText::tr("Cancel tagging"), keys({QKeySequence(Qt::Key_Escape)}), popup},
    };
}

} // namespace demarche
