#pragma once

#include <QString>

namespace demarche {

// One cell for CsvWriter. Free text typed by a user (quotes, notes, names) should set
// formulaEscape so that a spreadsheet never runs it as a formula; numbers such as a
// position of -40 must not, or they would reach the spreadsheet as text.
struct CsvField
{
    QString text;
    bool formulaEscape = false;
};

} // namespace demarche
