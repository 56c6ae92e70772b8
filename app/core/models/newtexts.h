#pragma once

class QAbstractItemModel;

namespace demarche {

// Tells the views that every header and item text of `model` may read differently now,
// as after a change of language: the headers in both orientations and every cell under
// every parent. Rows, selections and expanded branches stay as they are.
void announceNewTexts(QAbstractItemModel &model);

} // namespace demarche
