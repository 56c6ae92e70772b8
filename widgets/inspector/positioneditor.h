#pragma once

#include "core/domain/topic.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace demarche {

class ElidedLabel;
class GuideLinkLabel;

// A claim's position on its topic's scale (-100 ... 100), or none: a "Set" check box,
// a slider with a tick at 0, and a spin box that mirrors the slider. Under them, at the
// left and right ends, what -100 and +100 mean on the topic, or "scale not defined".
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
    // The poles of `topic`'s scale under the slider's ends; none for nullptr.
    void setScale(const Topic *topic);

    ElidedLabel *negativePoleLabel() const { return m_negativePole; }
    ElidedLabel *positivePoleLabel() const { return m_positivePole; }
    // "scale not defined", a link to the guide's section on scales.
    GuideLinkLabel *noScaleLabel() const { return m_noScale; }

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showScale();
    void updateEnabled();

    QCheckBox *m_set;
    QSlider *m_slider;
    QStackedWidget *m_numberStack;
    QSpinBox *m_spin;
    QLabel *m_notSet;
    QStackedWidget *m_scaleStack;
    QWidget *m_poles;
    ElidedLabel *m_negativePole;
    ElidedLabel *m_positivePole;
    GuideLinkLabel *m_noScale;
    std::optional<Topic> m_topic; // whose scale is shown, to name its poles again
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace demarche
