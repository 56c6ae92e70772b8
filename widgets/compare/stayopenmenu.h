#pragma once

#include <QMenu>

namespace demarche {

// A menu of check boxes that stays open while they are ticked with the mouse, so that
// several can be chosen in one go; other items close it as usual.
class StayOpenMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayOpenMenu)

public:
    explicit StayOpenMenu(QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace demarche
