#include "widgets/codebook/colorswatchdelegate.h"

#include "core/models/modelroles.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace demarche {
namespace {

constexpr int SwatchWidth = 28;
constexpr int Margin = 3;

} // namespace

ColorSwatchDelegate::ColorSwatchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ColorSwatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // The background, selection and focus frame as usual, without the text or icon.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    plain.icon = QIcon();
    plain.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const auto color = index.data(roles::ColorRole).value<QColor>();
    if (!color.isValid())
        return;
    QRect swatch(0, 0, SwatchWidth, option.rect.height() - 2 * Margin);
    swatch.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->restore();
}

QSize ColorSwatchDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {SwatchWidth + 4 * Margin, base.height()};
}

bool ColorSwatchDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            break;
        Q_EMIT colorRequested(index);
        return true;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Return && key != Qt::Key_Enter
            && key != Qt::Key_Select)
            break;
        Q_EMIT colorRequested(index);
        return true;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace demarche
