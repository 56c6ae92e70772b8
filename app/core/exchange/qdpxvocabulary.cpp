#include "core/exchange/qdpxvocabulary.h"

#include "core/domain/vocabulary.h"

#include <QUuid>

namespace demarche::qdpx {

QString stanceName(Stance stance)
{
    QString name = vocabulary::key(stance);
    name[0] = name[0].toUpper();
    return name;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace demarche::qdpx
