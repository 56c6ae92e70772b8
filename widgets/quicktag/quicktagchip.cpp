#include "widgets/quicktag/quicktagchip.h"

#include <QPainter>

namespace demarche {
namespace {

constexpr int Padding = 6;

} // namespace

QuickTagChip::QuickTagChip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void QuickTagChip::setEntry(const QString &text, const QColor &color)
{
    m_text = text;
    m_color = color;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize QuickTagChip::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int dot = metrics.ascent() / 2 + 2;
    return {Padding + dot + Padding / 2 + metrics.horizontalAdvance(m_text) + Padding,
            metrics.height() + 4};
}

QSize QuickTagChip::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.height() * 3, metrics.height() + 4};
}

void QuickTagChip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = m_color.isValid() ? m_color : palette().color(QPalette::Mid);
    // A translucent fill over the window colour works on light and dark palettes alike.
    QColor fill = base;
    fill.setAlphaF(0.22F);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = frame.height() / 2;
    painter.setPen(QPen(base, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, radius, radius);

    const QFontMetrics metrics = fontMetrics();
    const int dot = metrics.ascent() / 2 + 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(base);
    painter.drawEllipse(QRectF(Padding, (height() - dot) / 2.0, dot, dot));

    const QRect textRect = rect().adjusted(Padding + dot + Padding / 2, 0, -Padding, 0);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     metrics.elidedText(m_text, Qt::ElideRight, textRect.width()));
}

} // namespace demarche
