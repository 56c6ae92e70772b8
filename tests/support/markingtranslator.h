#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringList>
#include <QTabBar>
#include <QTranslator>
#include <QWidget>

namespace demarche::testing {

// A translator that brackets every text it is asked for, "⟦Compare⟧": once it is installed
// and the language change has reached the widgets, a text without brackets is one that
// did not go through tr() again, so the interface would keep it in the old language.
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        return QStringLiteral("\u27e6") + QString::fromUtf8(source) + QStringLiteral("\u27e7");
    }
    bool isEmpty() const override { return false; }

    static bool isMarked(const QString &text) { return text.contains(QChar(0x27e6)); }
};

namespace detail {

inline bool hasWords(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

inline void collect(QStringList &out, const QObject *owner, const QString &what,
                    const QString &text)
{
    if (hasWords(text) && !MarkingTranslator::isMarked(text))
        out.append(QStringLiteral("%1 \"%2\" %3: %4")
                       .arg(QString::fromLatin1(owner->metaObject()->className()),
                            owner->objectName(), what, text));
}

} // namespace detail

// The interface texts under `root` that are not marked: labels, buttons, actions and their
// menus, group boxes, dock and window titles, tabs, column headers and placeholders. Item
// contents and text fields hold the user's data and are not looked at; a test leaves out
// the labels that show data by their object names.
inline QStringList unmarkedTexts(QWidget *root, const QStringList &dataLabels = {})
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (dataLabels.contains(widget->objectName()))
            continue;
        if (widget->isWindow())
            detail::collect(out, widget, QStringLiteral("window title"), widget->windowTitle());
        detail::collect(out, widget, QStringLiteral("tooltip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            detail::collect(out, label, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            detail::collect(out, button, QStringLiteral("text"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            detail::collect(out, box, QStringLiteral("title"), box->title());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            detail::collect(out, dock, QStringLiteral("title"), dock->windowTitle());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            detail::collect(out, menu, QStringLiteral("title"), menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            detail::collect(out, edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                detail::collect(out, tabs, QStringLiteral("tab"), tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const auto *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                detail::collect(out, view, QStringLiteral("header"),
                                model->headerData(column, Qt::Horizontal).toString());
        }
        const auto actions = widget->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            detail::collect(out, widget, QStringLiteral("action"), action->text());
            if (action->menu())
                detail::collect(out, widget, QStringLiteral("submenu"), action->menu()->title());
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace demarche::testing
