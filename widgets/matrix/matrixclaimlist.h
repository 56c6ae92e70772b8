#pragma once

#include "core/domain/claim.h"
#include "core/domain/ids.h"

#include <QList>
#include <QTreeWidget>

namespace demarche {

class Project;
class ViewHint;

// The claims of one matrix cell: quote, holder, stance, position, date and document,
// oldest article first. Double-click or Enter on a claim asks to show it in its article.
class MatrixClaimList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixClaimList)

public:
    enum Column {
        QuoteColumn,
        HolderColumn,
        StanceColumn,
        PositionColumn,
        DateColumn,
        DocumentColumn,
        ColumnCount
    };

    explicit MatrixClaimList(Project &project, QWidget *parent = nullptr);

    // Reads the claims from the project and lists them; `place` names the cell for the
    // empty state ("Russia on Ukraine"), empty when no cell is chosen.
    void showClaims(const QList<ClaimId> &ids, const QString &place);
    QList<ClaimId> shownClaims() const; // in display order
    static ClaimId claimAt(const QTreeWidgetItem *item);

Q_SIGNALS:
    void claimActivated(demarche::ClaimId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHint();
    QTreeWidgetItem *itemFor(const Claim &claim) const;

    Project &m_project;
    ViewHint *m_hint;
    QString m_place; // the cell shown, for the empty state
};

} // namespace demarche
