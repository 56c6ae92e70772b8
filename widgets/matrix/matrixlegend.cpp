#include "widgets/matrix/matrixlegend.h"

#include "core/domain/claim.h"
#include "core/domain/topicscale.h"
#include "core/models/actortopicmatrixmodel.h"
#include "core/models/matrixcelltext.h"
#include "core/models/modelroles.h"

#include <QEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

namespace demarche {
namespace {

constexpr int barWidth = 96;
constexpr int gap = 6;
constexpr int stops = 12;     // enough for the square-root and diverging curves to look smooth
constexpr int poleChars = 28; // a pole beside the bar is cut to about this many characters

} // namespace

MatrixLegend::MatrixLegend(const ActorTopicMatrixModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(&model, &ActorTopicMatrixModel::maxCountChanged, this, &MatrixLegend::scaleChanged);
    // The topics, and so their poles, change with the codebook and the filters.
    connect(&model, &QAbstractItemModel::modelReset, this, &MatrixLegend::scaleChanged);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &MatrixLegend::scaleChanged);
    connect(&model, &QAbstractItemModel::headerDataChanged, this, &MatrixLegend::scaleChanged);
    connect(&model, &QAbstractItemModel::columnsInserted, this, &MatrixLegend::scaleChanged);
    connect(&model, &QAbstractItemModel::columnsRemoved, this, &MatrixLegend::scaleChanged);
    scaleChanged();
}

void MatrixLegend::setColourMode(MatrixColourScale::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    scaleChanged();
}

QSize MatrixLegend::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    int width = metrics.horizontalAdvance(lowText()) + gap + barWidth + gap
                + metrics.horizontalAdvance(highText());
    if (byPosition())
        width += 3 * gap + metrics.height() + gap + metrics.horizontalAdvance(noPositionText());
    for (const QString &pole : {negativePoleText(), positivePoleText()}) {
        if (!pole.isEmpty())
            width += metrics.horizontalAdvance(pole) + gap;
    }
    return {width, metrics.height() + 4};
}

QString MatrixLegend::negativePoleText() const
{
    return poleText(roles::NegativePoleRole);
}

QString MatrixLegend::positivePoleText() const
{
    return poleText(roles::PositivePoleRole);
}

QString MatrixLegend::poleText(int role) const
{
    if (!byPosition() || m_model.columnCount() != 1)
        return {};
    const QString pole = m_model.headerData(0, Qt::Horizontal, role).toString();
    return fontMetrics().elidedText(pole, Qt::ElideRight,
                                    fontMetrics().averageCharWidth() * poleChars);
}

// "Ukraine: −100: … · +100: …", one line per topic shown.
QString MatrixLegend::scalesToolTip() const
{
    QStringList lines;
    for (int column = 0; column < m_model.columnCount(); ++column) {
        Topic topic;
        topic.name = m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        topic.negativePole =
            m_model.headerData(column, Qt::Horizontal, roles::NegativePoleRole).toString();
        topic.positivePole =
            m_model.headerData(column, Qt::Horizontal, roles::PositivePoleRole).toString();
        lines.append(tr("%1: %2").arg(topic.name, topicscale::summary(topic)));
    }
    return lines.join(u'\n');
}

QString MatrixLegend::lowText() const
{
    if (byPosition())
        return positionText(Claim::MinPosition);
    return QLocale().toString(m_model.maxCount() > 0 ? 1 : 0);
}

QString MatrixLegend::highText() const
{
    if (byPosition())
        return positionText(Claim::MaxPosition);
    return QLocale().toString(m_model.maxCount());
}

void MatrixLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const MatrixColourScale colours = scale();
    const QFontMetrics metrics = fontMetrics();
    const int height = metrics.height();
    const int top = (this->height() - height) / 2;
    int x = 0;
    auto drawText = [&](const QString &text) {
        const int width = metrics.horizontalAdvance(text);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, width, height), Qt::AlignCenter, text);
        x += width + gap;
    };

    auto drawPole = [&](const QString &text) {
        if (text.isEmpty())
            return;
        const int width = metrics.horizontalAdvance(text);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(x, top, width, height), Qt::AlignCenter, text);
        x += width + gap;
    };

    drawPole(negativePoleText());
    drawText(lowText());
    const QRect bar(x, top + 2, barWidth, height - 4);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= stops; ++i) {
        const double place = double(i) / stops;
        gradient.setColorAt(
            place, byPosition()
                       ? colours.positionColour(-100.0 + 200.0 * place)
                       : colours.countColour(MatrixColourScale::countFraction(
                           int(1 + place * (m_model.maxCount() - 1)), m_model.maxCount())));
    }
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    x += barWidth + gap;
    drawText(highText());
    drawPole(positivePoleText());

    if (byPosition()) {
        x += 2 * gap;
        const QRect swatch(x, top + 2, height - 4, height - 4);
        painter.fillRect(swatch, colours.base());
        painter.fillRect(swatch, QBrush(colours.noPositionColour(), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        x += swatch.width() + gap;
        drawText(noPositionText());
    }
}

void MatrixLegend::scaleChanged()
{
    setToolTip(byPosition()
                   ? QString(tr("Mean position of the cell's claims, weighted by salience: "
                                "magenta towards −100, green towards +100; hatched where no "
                                "claim gives one")
                             + QLatin1String("\n\n") + scalesToolTip())
                   : tr("Number of claims in the cell; the darkest has %1")
                         .arg(QLocale().toString(m_model.maxCount())));
    updateGeometry();
    update();
}

QString MatrixLegend::noPositionText()
{
    return tr("no position");
}

void MatrixLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        scaleChanged(); // the tooltip, and the width of "no position"
    QWidget::changeEvent(event);
}

bool MatrixLegend::byPosition() const
{
    return m_mode == MatrixColourScale::Mode::ByPosition;
}

// The scale the cells are painted with: from the same base colour (see MatrixCellDelegate).
MatrixColourScale MatrixLegend::scale() const
{
    return MatrixColourScale(m_mode, palette().color(QPalette::Active, QPalette::Base));
}

} // namespace demarche
