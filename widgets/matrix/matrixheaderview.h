#pragma once

#include <QHeaderView>

namespace demarche {

// A header whose labels are indented by the depth the model gives in `depthRole` (none
// when it is negative), so that the matrix's actor rows show the codebook tree (a
// minister under his state), and elided at the end when a name is longer than its section.
class MatrixHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixHeaderView)

public:
    MatrixHeaderView(Qt::Orientation orientation, int depthRole, QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int indentOf(int logicalIndex) const;

    int m_depthRole;
};

} // namespace demarche
