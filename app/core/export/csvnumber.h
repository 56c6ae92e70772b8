#pragma once

#include <QString>

#include <optional>

namespace demarche {

// A mean or distance for CSV: one decimal and a '.' whatever the locale, so that pandas,
// R and spreadsheets anywhere read a number; empty when absent.
QString csvDecimal(const std::optional<double> &value);

} // namespace demarche
