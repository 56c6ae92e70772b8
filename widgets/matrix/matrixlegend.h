#pragma once

#include <QWidget>

namespace demarche {

class ActorTopicMatrixModel;

// The matrix's colour scale as a small bar with its ends labelled: "1 … 42" claims, or
// "−100 … +100" and a hatched swatch for cells without positions. Follows the model's
// colour mode, base colour and largest count.
class MatrixLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixLegend)

public:
    explicit MatrixLegend(const ActorTopicMatrixModel &model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    // The labels at the ends of the bar, as drawn.
    QString lowText() const;
    QString highText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void scaleChanged();
    static QString noPositionText();
    bool byPosition() const;

    const ActorTopicMatrixModel &m_model;
};

} // namespace demarche
