#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace demarche {

// A muted, centred line of text over an item view's viewport, for its empty states
// ("No claims yet ..."). It follows the viewport's size and lets clicks through.
class ViewHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewHint)

public:
    explicit ViewHint(QAbstractScrollArea *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyMutedColor();

    bool m_settingPalette = false;
};

} // namespace demarche
