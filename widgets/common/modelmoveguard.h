#pragma once

class QAbstractItemModel;
class QObject;

namespace demarche {

// Keeps `*depth` above zero while `model` inserts, removes, re-sorts or resets rows.
// A selection model reports current-row moves caused by the model as if the user had
// made them; a view that answers current-row changes checks the depth to tell them
// apart. Connect before the view gets the model, so the depth is raised in time.
void countModelMoves(QAbstractItemModel *model, QObject *context, int *depth);

} // namespace demarche
