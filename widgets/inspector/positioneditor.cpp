#include "widgets/inspector/positioneditor.h"

#include "core/domain/claim.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>

namespace demarche {

PositionEditor::PositionEditor(QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_numberStack(new QStackedWidget(this))
    , m_spin(new QSpinBox(m_numberStack))
    , m_notSet(new QLabel(tr("not set"), m_numberStack))
{
    m_set->setAccessibleName(tr("Position set"));
    m_set->setToolTip(tr("Clear to leave the claim without a position on the scale"));

    m_slider->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    // Ticks at the ends and at 0, the neutral point of every scale.
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(Claim::MaxPosition);
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setToolTip(tr("The holder's position on the topic's scale, from -100 to 100"));

    m_spin->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_spin->setAccessibleName(tr("Position value"));
    m_notSet->setForegroundRole(QPalette::PlaceholderText);
    m_notSet->setAlignment(Qt::AlignCenter);
    m_numberStack->addWidget(m_spin);
    m_numberStack->addWidget(m_notSet);
    m_numberStack->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_numberStack);
    setFocusProxy(m_set);

    connect(m_set, &QCheckBox::toggled, this, [this]() {
        updateEnabled();
        if (!m_updating)
            Q_EMIT setToggled();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        m_updating = true;
        m_spin->setValue(value);
        m_updating = false;
        Q_EMIT valueEdited();
    });
    connect(m_slider, &QSlider::sliderPressed, this, &PositionEditor::dragStarted);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        m_updating = true;
        m_slider->setValue(value);
        m_updating = false;
        Q_EMIT valueEdited();
    });
    setPosition(std::nullopt);
}

std::optional<int> PositionEditor::position() const
{
    if (!m_set->isChecked())
        return std::nullopt;
    return m_slider->value();
}

void PositionEditor::setPosition(std::optional<int> position)
{
    m_updating = true;
    m_set->setChecked(position.has_value());
    // "Set" on a claim without a position starts from the neutral 0.
    m_slider->setValue(position.value_or(0));
    m_spin->setValue(position.value_or(0));
    m_updating = false;
    updateEnabled();
}

void PositionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void PositionEditor::updateEnabled()
{
    const bool set = m_set->isChecked();
    m_set->setEnabled(!m_readOnly);
    m_slider->setEnabled(set && !m_readOnly);
    m_spin->setEnabled(set && !m_readOnly);
    m_numberStack->setCurrentWidget(set ? static_cast<QWidget *>(m_spin) : m_notSet);
}

} // namespace demarche
