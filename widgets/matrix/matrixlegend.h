#pragma once

#include "widgets/matrix/matrixcolourscale.h"

#include <QWidget>

namespace demarche {

class ActorTopicMatrixModel;

// The matrix's colour scale as a small bar with its ends labelled: "1 … 42" claims, or
// "−100 … +100" and a hatched swatch for cells without positions. By position, the ends
// are the topic's poles when the matrix has one topic, and the tooltip lists every
// topic's. Follows the model's largest count and topics, the colour mode it is given and
// its palette's base colour.
class MatrixLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixLegend)

public:
    explicit MatrixLegend(const ActorTopicMatrixModel &model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    MatrixColourScale::Mode colourMode() const { return m_mode; }
    void setColourMode(MatrixColourScale::Mode mode);
    // The labels at the ends of the bar, as drawn.
    QString lowText() const;
    QString highText() const;
    // The single topic's poles beside the ends, as drawn (elided); empty unless coloured
    // by position with one topic that has a scale.
    QString negativePoleText() const;
    QString positivePoleText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scaleChanged();
    static QString noPositionText();
    QString poleText(int role) const;
    QString scalesToolTip() const;
    bool byPosition() const;
    MatrixColourScale scale() const;

    const ActorTopicMatrixModel &m_model;
    MatrixColourScale::Mode m_mode = MatrixColourScale::Mode::ByCount;
};

} // namespace demarche
