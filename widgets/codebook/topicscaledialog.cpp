#include "widgets/codebook/topicscaledialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace demarche {

TopicScaleDialog::TopicScaleDialog(const Topic &topic, QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_negative(new QLineEdit(topic.negativePole, this))
    , m_positive(new QLineEdit(topic.positivePole, this))
    , m_note(new QPlainTextEdit(topic.scaleNote, this))
{
    setWindowTitle(tr("Scale of “%1”").arg(topic.name));
    auto *intro = new QLabel(tr("What a position of −100 and of +100 means on “%1”. Positions "
                                "in between are read against these two ends.")
                                 .arg(topic.name),
                             this);
    intro->setWordWrap(true);

    m_negative->setObjectName(QStringLiteral("negativePole"));
    m_positive->setObjectName(QStringLiteral("positivePole"));
    m_note->setObjectName(QStringLiteral("scaleNote"));
    m_negative->setPlaceholderText(tr("e.g. full Ukrainian sovereignty over all its territory"));
    m_positive->setPlaceholderText(tr("e.g. Russian control of the annexed regions"));
    m_note->setPlaceholderText(tr("Optional: how to score, what counts as 0"));
    m_note->setTabChangesFocus(true);
    // Room for a pole of a few words, shown from its start.
    const int width = fontMetrics().averageCharWidth() * 60;
    for (QLineEdit *pole : {m_negative, m_positive}) {
        pole->setMinimumWidth(width);
        pole->setCursorPosition(0);
    }
    m_note->setMinimumWidth(width);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("−100 &means:"), m_negative);
    form->addRow(tr("+100 m&eans:"), m_positive);
    form->addRow(tr("&How to score:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Topic TopicScaleDialog::topic() const
{
    Topic topic = m_topic;
    topic.negativePole = m_negative->text().trimmed();
    topic.positivePole = m_positive->text().trimmed();
    topic.scaleNote = m_note->toPlainText().trimmed();
    return topic;
}

} // namespace demarche
