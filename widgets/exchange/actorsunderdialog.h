#pragma once

#include "core/exchange/qdpxproject.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace demarche {

// Asks which code of another program's project holds the actors: its codes below that one
// become actors, every other code a topic. The first row, "None", makes every code a topic.
class ActorsUnderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorsUnderDialog)

public:
    ActorsUnderDialog(const QString &fileName, const QList<QdpxCode> &codes,
                      QWidget *parent = nullptr);

    // The chosen code's path from the top ("Codes/Actors"), or empty for none.
    QString actorsUnder() const;
    QTreeWidget *tree() const { return m_tree; }

    // A top-level code whose name says it holds actors ("Actors", "Speakers", ...), to
    // offer first; null when none does.
    static const QdpxCode *likelyActorsCode(const QList<QdpxCode> &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addCodes(QTreeWidgetItem *parent, const QList<QdpxCode> &codes, const QString &path,
                  int depth);
    void updateExplanation();

    QString m_fileName;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_none;
    QLabel *m_explanation;
};

} // namespace demarche
