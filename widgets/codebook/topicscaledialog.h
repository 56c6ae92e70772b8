#pragma once

#include "core/domain/topic.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace demarche {

// Edits what -100 and +100 mean on a topic, and the note on how to score it.
class TopicScaleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicScaleDialog)

public:
    explicit TopicScaleDialog(const Topic &topic, QWidget *parent = nullptr);

    // The topic as given, with the scale as edited.
    Topic topic() const;

    QLineEdit *negativePoleEdit() const { return m_negative; }
    QLineEdit *positivePoleEdit() const { return m_positive; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    Topic m_topic;
    QLineEdit *m_negative;
    QLineEdit *m_positive;
    QPlainTextEdit *m_note;
};

} // namespace demarche
