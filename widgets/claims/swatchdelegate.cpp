#include "widgets/claims/swatchdelegate.h"

#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace demarche {

SwatchDelegate::SwatchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SwatchDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    const QSize size = option->decorationSize;
    if (size.isEmpty())
        return;
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // The frame keeps a swatch of the highlight's own colour apart from the row.
        const bool selected = option->state & QStyle::State_Selected;
        painter.setPen(option->palette.color(selected ? QPalette::HighlightedText : QPalette::Mid));
        painter.setBrush(decoration.value<QColor>());
        painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1.0, size.height() - 1.0), 2, 2);
    }
    QIcon icon;
    // The same pixmap in every mode, so that no mode tints it.
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected, QIcon::Active})
        icon.addPixmap(pixmap, mode);
    option->icon = icon;
}

} // namespace demarche
