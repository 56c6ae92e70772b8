#include "widgets/quicktag/quicktaglayout.h"

#include <QFontMetrics>
#include <QStringList>
#include <QTextLayout>

#include <algorithm>

namespace demarche::quicktag {

QPoint popupPosition(const QRect &anchor, const QSize &size, const QRect &available)
{
    const int below = anchor.top() + anchor.height();
    int y = below;
    if (below + size.height() > available.top() + available.height()
        && anchor.top() - size.height() >= available.top())
        y = anchor.top() - size.height();

    // std::clamp needs lo <= hi; a popup larger than the screen keeps its top-left corner
    // on screen, where the filter box and the first entries are.
    const int maxX =
        std::max(available.left(), available.left() + available.width() - size.width());
    const int maxY =
        std::max(available.top(), available.top() + available.height() - size.height());
    return {std::clamp(anchor.left(), available.left(), maxX),
            std::clamp(y, available.top(), maxY)};
}

QString elideToLines(const QString &text, const QFont &font, int width, int maxLines)
{
    const QString simple = text.simplified();
    if (simple.isEmpty() || width <= 0 || maxLines <= 0)
        return {};

    const QFontMetrics metrics(font);
    QTextLayout layout(simple, font);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool last = lines.size() == maxLines - 1;
        const bool more = line.textStart() + line.textLength() < simple.size();
        if (last && more) {
            lines.append(metrics.elidedText(simple.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(simple.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

} // namespace demarche::quicktag
