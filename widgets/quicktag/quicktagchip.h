#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

namespace demarche {

// The actor chosen in the first stage, shown as a small rounded chip in its colour.
class QuickTagChip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickTagChip)

public:
    explicit QuickTagChip(QWidget *parent = nullptr);

    void setEntry(const QString &text, const QColor &color);
    QString text() const { return m_text; }
    QColor color() const { return m_color; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QColor m_color;
};

} // namespace demarche
