#include "widgets/common/datedelegate.h"

#include "core/models/displayformat.h"

#include <QDate>

namespace demarche {

QString DateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() == QMetaType::QDate)
        return displayformat::date(value.toDate());
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace demarche
