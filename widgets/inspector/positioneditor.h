#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace demarche {

// A claim's position on its topic's scale (-100 ... 100), or none: a "Set" check box,
// a slider with a tick at 0, and a spin box that mirrors the slider.
class PositionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionEditor)

public:
    explicit PositionEditor(QWidget *parent = nullptr);

    std::optional<int> position() const;
    // Shows a position without emitting anything.
    void setPosition(std::optional<int> position);
    void setReadOnly(bool readOnly);

    QCheckBox *setCheckBox() const { return m_set; }
    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    // The user moved the slider or changed the number.
    void valueEdited();
    // The user ticked or cleared "Set".
    void setToggled();
    // The user grabbed the slider: the drag that follows is one edit of its own.
    void dragStarted();

private:
    void updateEnabled();

    QCheckBox *m_set;
    QSlider *m_slider;
    QStackedWidget *m_numberStack;
    QSpinBox *m_spin;
    QLabel *m_notSet;
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace demarche
