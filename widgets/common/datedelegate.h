#pragma once

#include <QStyledItemDelegate>

namespace demarche {

// Shows a QDate cell as the views write dates (the chosen language's order, the whole
// year), where Qt's own delegate would use the locale's short format ("09.07.26"); the
// cell keeps its QDate, so it still sorts as a date.
class DateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace demarche
