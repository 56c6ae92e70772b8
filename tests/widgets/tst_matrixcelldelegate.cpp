// The matrix's colour scales as the cell delegate paints them: from the values a cell
// gives (claims, the largest count, mean position) and the palette's base colour, light
// or dark, to a background brush and a text colour, and onto the screen.
#include "core/domain/palette.h"
#include "core/models/modelroles.h"
#include "widgets/matrix/matrixcelldelegate.h"
#include "widgets/matrix/matrixcolourscale.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>

using namespace demarche;

using ColourMode = MatrixColourScale::Mode;

namespace {

const QColor light(Qt::white);
const QColor dark(30, 30, 30);

QPalette paletteWithBase(const QColor &base)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    return palette;
}

} // namespace

class TestMatrixCellDelegate final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStandardItemModel> m_model;

    // A cell with `count` claims of which the fullest cell has `maxCount`; `mean` is
    // left out when invalid.
    QModelIndex cell(int count, int maxCount, const QVariant &mean)
    {
        auto *item = new QStandardItem;
        item->setData(count, roles::ClaimCountRole);
        item->setData(maxCount, roles::MaxCountRole);
        item->setData(mean, roles::MeanPositionRole);
        if (count > 0)
            item->setData(count, Qt::DisplayRole);
        m_model->appendRow(item);
        return item->index();
    }

private Q_SLOTS:
    void init() { m_model = std::make_unique<QStandardItemModel>(); }
    void cleanup() { m_model.reset(); }

    void colours_data()
    {
        QTest::addColumn<ColourMode>("mode");
        QTest::addColumn<QColor>("base");
        QTest::addColumn<int>("count");
        QTest::addColumn<QVariant>("mean");
        QTest::addColumn<QString>("expected");

        QTest::newRow("count: the fullest cell")
            << ColourMode::ByCount << light << 3 << QVariant(-50.0) << "top";
        QTest::newRow("count: one claim")
            << ColourMode::ByCount << light << 1 << QVariant() << "tint";
        QTest::newRow("count: empty") << ColourMode::ByCount << light << 0 << QVariant() << "none";
        QTest::newRow("position: against")
            << ColourMode::ByPosition << light << 3 << QVariant(-50.0) << "magenta";
        QTest::newRow("position: for")
            << ColourMode::ByPosition << light << 1 << QVariant(80.0) << "green";
        QTest::newRow("position: neutral")
            << ColourMode::ByPosition << light << 1 << QVariant(0.0) << "base";
        QTest::newRow("position: none given")
            << ColourMode::ByPosition << light << 1 << QVariant() << "hatched";
        QTest::newRow("position: empty")
            << ColourMode::ByPosition << light << 0 << QVariant() << "none";
        // A dark palette: the scales start from its base and the text turns light.
        QTest::newRow("dark: neutral")
            << ColourMode::ByPosition << dark << 1 << QVariant(0.0) << "dark base";
        QTest::newRow("dark: none given")
            << ColourMode::ByPosition << dark << 1 << QVariant() << "dark hatched";
    }

    void colours()
    {
        QFETCH(ColourMode, mode);
        QFETCH(QColor, base);
        QFETCH(int, count);
        QFETCH(QVariant, mean);
        QFETCH(QString, expected);

        MatrixCellDelegate delegate;
        delegate.setColourMode(mode);
        QCOMPARE(delegate.colourMode(), mode);
        const QPalette palette = paletteWithBase(base);
        const MatrixColourScale scale = delegate.scale(palette);
        QCOMPARE(scale.base(), base);
        const QModelIndex index = cell(count, 3, mean);
        const QBrush brush = delegate.background(index, palette);
        const QColor text = delegate.textColour(index, palette);
        if (expected == QLatin1String("none")) {
            QCOMPARE(brush.style(), Qt::NoBrush);
            QVERIFY(!text.isValid());
            return;
        }
        const QColor colour = brush.color();
        if (expected == QLatin1String("top")) {
            QCOMPARE(colour, scale.countColour(1.0));
            QCOMPARE(text, QColor(Qt::white));
        } else if (expected == QLatin1String("tint")) {
            QVERIFY(colour != base);
            QVERIFY(colour.lightnessF() > scale.countColour(1.0).lightnessF());
            QVERIFY(colour.blue() > colour.red());
        } else if (expected == QLatin1String("magenta")) {
            QCOMPARE(colour, scale.positionColour(-50));
            QVERIFY(colour.blue() > colour.green());
            QVERIFY(colour.red() > colour.green());
        } else if (expected == QLatin1String("green")) {
            QCOMPARE(colour, scale.positionColour(80));
            QVERIFY(colour.green() > colour.red());
            QVERIFY(colour.green() > colour.blue());
            QCOMPARE(text, QColor(Qt::white));
        } else if (expected == QLatin1String("base")) {
            QCOMPARE(colour, base);
            QCOMPARE(text, QColor(Qt::black));
        } else if (expected == QLatin1String("hatched")) {
            QCOMPARE(colour, scale.noPositionColour());
            QCOMPARE(text, QColor(Qt::black));
        } else if (expected == QLatin1String("dark base")) {
            QCOMPARE(colour, base);
            QCOMPARE(text, QColor(Qt::white));
        } else if (expected == QLatin1String("dark hatched")) {
            QCOMPARE(colour, scale.noPositionColour());
            QCOMPARE(text, QColor(Qt::white));
        }
        QCOMPARE(brush.style() == Qt::BDiagPattern, expected.endsWith(QLatin1String("hatched")));
    }

    // Coloured by count a cell says its count; by position, the mean of its claims.
    void text_data()
    {
        QTest::addColumn<ColourMode>("mode");
        QTest::addColumn<int>("count");
        QTest::addColumn<QVariant>("mean");
        QTest::addColumn<QString>("expected");

        QTest::newRow("count") << ColourMode::ByCount << 3 << QVariant(-50.0) << "3";
        QTest::newRow("count: empty") << ColourMode::ByCount << 0 << QVariant() << "";
        QTest::newRow("mean: against")
            << ColourMode::ByPosition << 3 << QVariant(-50.0) << "\u221250.0";
        QTest::newRow("mean: for") << ColourMode::ByPosition << 2 << QVariant(35.25) << "35.3";
        QTest::newRow("mean: neutral") << ColourMode::ByPosition << 1 << QVariant(0.0) << "0.0";
        QTest::newRow("mean: none given") << ColourMode::ByPosition << 2 << QVariant() << "";
        QTest::newRow("mean: empty") << ColourMode::ByPosition << 0 << QVariant() << "";
    }

    void text()
    {
        QFETCH(ColourMode, mode);
        QFETCH(int, count);
        QFETCH(QVariant, mean);
        QFETCH(QString, expected);

        MatrixCellDelegate delegate;
        delegate.setColourMode(mode);
        QCOMPARE(delegate.text(cell(count, 3, mean)), expected);
    }

    // Strong positions, light or dark, are no grey and far from every colour of the
    // actors' default palette and of the sample project's actors; the two sides differ
    // in hue, and a weaker position is a paler tone of the same hue.
    void positionColoursAreNotActorColours_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<double>("position");
        QTest::newRow("light, against") << light << -100.0;
        QTest::newRow("light, for") << light << 100.0;
        QTest::newRow("dark, against") << dark << -100.0;
        QTest::newRow("dark, for") << dark << 100.0;
    }

    void positionColoursAreNotActorColours()
    {
        QFETCH(QColor, base);
        QFETCH(double, position);
        const MatrixColourScale scale(ColourMode::ByPosition, base);
        const QColor colour = scale.positionColour(position);
        QVERIFY(colour.hsvSaturationF() > 0.25);
        QList<QColor> actors;
        for (int i = 0; i < 12; ++i)
            actors.append(palette::color(i));
        for (const char *name : {"#1f5fa8", "#2a9d8f", "#2f6db5", "#6fa8dc", "#7b4ea3", "#b48ad6",
                                 "#c0392b", "#d4a017", "#e8833a", "#e8837a", "#e9c46a"})
            actors.append(QColor(QLatin1String(name)));
        for (const QColor &actor : std::as_const(actors)) {
            const double distance =
                std::hypot(colour.red() - actor.red(), colour.green() - actor.green(),
                           colour.blue() - actor.blue());
            QVERIFY2(
                distance >= 45,
                qPrintable(
                    QStringLiteral("%1 near actor colour %2").arg(colour.name(), actor.name())));
        }
        const auto hueDistance = [](const QColor &a, const QColor &b) {
            const int distance = std::abs(a.hsvHue() - b.hsvHue()) % 360;
            return std::min(distance, 360 - distance);
        };
        QVERIFY(hueDistance(colour, scale.positionColour(-position)) >= 90);
        QVERIFY(hueDistance(scale.positionColour(position / 2), colour) <= 8);
    }

    // The count scale is a square root of the share of the fullest cell, with a floor
    // so that one claim still shows.
    void countFraction_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxCount");
        QTest::addColumn<double>("fraction");

        QTest::newRow("empty") << 0 << 4 << 0.0;
        QTest::newRow("no claims anywhere") << 0 << 0 << 0.0;
        QTest::newRow("the fullest") << 4 << 4 << 1.0;
        QTest::newRow("a quarter") << 1 << 4 << 0.12 + 0.88 * 0.5;
        QTest::newRow("above the top") << 9 << 4 << 1.0;
    }

    void countFraction()
    {
        QFETCH(int, count);
        QFETCH(int, maxCount);
        QFETCH(double, fraction);
        QCOMPARE(MatrixColourScale::countFraction(count, maxCount), fraction);
    }

    // What the delegate paints is the colour it reports.
    void paintsTheCellColour()
    {
        MatrixCellDelegate delegate;
        const QPalette palette = paletteWithBase(light);
        const QModelIndex index = cell(3, 3, QVariant(-50.0));
        QImage image(40, 24, QImage::Format_RGB32);
        const QPoint corner(image.width() - 3, 2); // clear of the text on the left
        image.fill(Qt::black);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        // As 8-bit RGB: the scales mix in floating point.
        QCOMPARE(image.pixel(corner), delegate.background(index, palette).color().rgb());

        delegate.setColourMode(ColourMode::ByPosition);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        QCOMPARE(image.pixel(corner), delegate.scale(palette).positionColour(-50).rgb());
    }
};

QTEST_MAIN(TestMatrixCellDelegate)
#include "tst_matrixcelldelegate.moc"
