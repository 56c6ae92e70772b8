#pragma once

#include <QLabel>

namespace demarche {

// A one-line label that shows as much of its text as fits, with an ellipsis, and the
// whole text in its tooltip when it is cut (or the tooltip it is given, always). It never asks for
// more width than a few characters, so a long text cannot widen a dock.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text, const QString &toolTip = QString());
    const QString &fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_toolTip;
};

} // namespace demarche
