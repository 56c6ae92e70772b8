#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace demarche::qdpx {

// The `Key: value` lines of a Description Demarche wrote (docs/REFI-QDA.md), in order.
// A key in `restKeys` ("Note", "Scale note") takes everything after its line, line
// breaks kept. A line that is not `Key: value` comes back with an empty key.
using DescriptionField = std::pair<QString, QString>;
QList<DescriptionField> descriptionFields(const QString &text, const QStringList &restKeys);

} // namespace demarche::qdpx
