#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace demarche::displayformat {

// Numbers and dates as the views show them: in the locale of the chosen language
// (QLocale() follows it), where the exports and files keep ISO dates and "." decimals.

// A mean position with one decimal, "−12,5" in German; "–" for none.
QString position(const std::optional<double> &value);
// A claim's own position, a whole number: "−40".
QString position(int value);
// A publication date in the locale's short format with the whole year, "07.12.2026";
// empty when invalid.
QString date(const QDate &date);
// A moment in local time: the date as above and the locale's short time, "07.12.2026 14:05".
QString dateTime(const QDateTime &moment);
// That format, for date fields too: a two-digit year would hide the century of an
// archive's older articles.
QString dateFormat();
// A day and the short name of its month in the locale's order, for a chart's dates:
// "Jul 9" in English, "9. Juli" in German, "9 juil." in French; with the year when asked.
QString dayMonthFormat(bool withYear, const QLocale &locale = QLocale());

} // namespace demarche::displayformat
