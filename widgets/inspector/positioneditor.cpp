#include "widgets/inspector/positioneditor.h"

#include "core/domain/claim.h"
#include "core/domain/topicscale.h"
#include "widgets/common/elidedlabel.h"
#include "widgets/help/guidelinklabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>

namespace demarche {

PositionEditor::PositionEditor(QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_numberStack(new QStackedWidget(this))
    , m_spin(new QSpinBox(m_numberStack))
    , m_notSet(new QLabel(m_numberStack))
    , m_scaleStack(new QStackedWidget(this))
    , m_poles(new QWidget(m_scaleStack))
    , m_negativePole(new ElidedLabel(m_poles))
    , m_positivePole(new ElidedLabel(m_poles))
    // A link: what a scale is and how to define one is in the guide.
    , m_noScale(new GuideLinkLabel(QString(), QString(), m_scaleStack))
{

    m_slider->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    // Ticks at the ends and at 0, the neutral point of every scale.
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(Claim::MaxPosition);

    m_spin->setRange(Claim::MinPosition, Claim::MaxPosition);
    m_notSet->setForegroundRole(QPalette::PlaceholderText);
    m_notSet->setAlignment(Qt::AlignCenter);
    m_numberStack->addWidget(m_spin);
    m_numberStack->addWidget(m_notSet);
    m_numberStack->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    // The poles in a smaller type, each at its own end of the scale.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QLabel *label :
         {static_cast<QLabel *>(m_negativePole), static_cast<QLabel *>(m_positivePole),
          static_cast<QLabel *>(m_noScale)}) {
        label->setFont(small);
    }
    m_negativePole->setObjectName(QStringLiteral("negativePole"));
    m_positivePole->setObjectName(QStringLiteral("positivePole"));
    m_noScale->setObjectName(QStringLiteral("scaleNotDefined"));
    m_negativePole->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_positivePole->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_noScale->setAlignment(Qt::AlignCenter);
    auto *poles = new QHBoxLayout(m_poles);
    poles->setContentsMargins(0, 0, 0, 0);
    poles->addWidget(m_negativePole, 1);
    poles->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    poles->addWidget(m_positivePole, 1);
    m_scaleStack->addWidget(m_poles);
    m_scaleStack->addWidget(m_noScale);
    m_scaleStack->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_set, 0, 0);
    layout->addWidget(m_numberStack, 0, 2);
    // The slider has a row of its own, the width of the dock: beside the check box and
    // the number a narrow dock left it a few pixels. The poles sit under its two ends.
    layout->addWidget(m_slider, 1, 0, 1, 3);
    layout->addWidget(m_scaleStack, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
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
    retranslateUi();
}

void PositionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PositionEditor::retranslateUi()
{
    //: A check box: the claim has a position on the topic's scale
    m_set->setText(tr("Set"));
    m_set->setAccessibleName(tr("Position set"));
    m_set->setToolTip(tr("Clear to leave the claim without a position on the scale"));
    //: The number from -100 to +100 on a topic's scale, not a place
    m_slider->setAccessibleName(tr("Position"));
    m_spin->setAccessibleName(tr("Position value"));
    //: Shown instead of the number when the claim has no position on the scale
    m_notSet->setText(tr("not set"));
    // A link: what a scale is and how to define one is in the guide.
    m_noScale->setGuide(topicscale::notDefined(), QStringLiteral("position-scales"));
    m_noScale->setToolTip(tr("The topic does not say what -100 and +100 mean; set its poles in "
                             "the codebook"));
    showScale();
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

void PositionEditor::setScale(const Topic *topic)
{
    m_topic = topic ? std::optional<Topic>(*topic) : std::nullopt;
    showScale();
}

void PositionEditor::showScale()
{
    const Topic *topic = m_topic ? &*m_topic : nullptr;
    const bool defined = topic && topic->hasScale();
    m_scaleStack->setCurrentWidget(defined ? m_poles : static_cast<QWidget *>(m_noScale));
    QString sliderTip = tr("The holder's position on the topic's scale, from -100 to 100");
    if (defined) {
        const QString negative = topicscale::negativeEnd(*topic);
        const QString positive = topicscale::positiveEnd(*topic);
        m_negativePole->setFullText(
            topic->negativePole.isEmpty() ? tr("not defined") : topic->negativePole, negative);
        m_positivePole->setFullText(
            topic->positivePole.isEmpty() ? tr("not defined") : topic->positivePole, positive);
        sliderTip = negative + QLatin1Char('\n') + positive;
        if (!topic->scaleNote.isEmpty())
            sliderTip += QLatin1String("\n\n") + topic->scaleNote;
    } else {
        m_negativePole->setFullText(QString());
        m_positivePole->setFullText(QString());
    }
    m_slider->setToolTip(sliderTip);
    m_spin->setToolTip(sliderTip);
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
