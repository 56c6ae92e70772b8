#pragma once

class QDateTimeEdit;

namespace demarche {

// Lets a typed date part take in `edit`. A QDateTimeEdit drops digits typed with the
// cursor inside a full part ("2026", clicked between 0 and 2) or over a selection of
// more than one part (all of "2026-12-07"): the year the analyst typed was ignored. Here
// the first digit typed replaces the whole part under the cursor (or at the start of
// the selection), as if that part had been selected. The date is shown in the format of
// the chosen language, and follows it when the language changes.
void typeIntoDateParts(QDateTimeEdit *edit);

} // namespace demarche
