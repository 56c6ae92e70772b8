#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace demarche {

class CodebookTreeModel;

// Asks which entry an actor or topic should be merged into, and says what will happen
// to its claims before anything does.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(const CodebookTreeModel &model, qint64 from, QWidget *parent = nullptr);

    qint64 targetId() const; // 0 when the codebook has no other entry
    void setTargetId(qint64 id);
    QString explanation() const;

private:
    void addTargets(qint64 parent, int depth);
    void updateExplanation();

    const CodebookTreeModel &m_model;
    qint64 m_from;
    QComboBox *m_targets;
    QLabel *m_explanation;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace demarche
