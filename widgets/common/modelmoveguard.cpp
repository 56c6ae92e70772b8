#include "widgets/common/modelmoveguard.h"

#include <QAbstractItemModel>

namespace demarche {

void countModelMoves(QAbstractItemModel *model, QObject *context, int *depth)
{
    const auto raise = [depth]() { ++*depth; };
    const auto lower = [depth]() { --*depth; };
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, context, raise);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, lower);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, context, raise);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, lower);
    QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, context, raise);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, lower);
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, context, raise);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, lower);
}

} // namespace demarche
