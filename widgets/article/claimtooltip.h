#pragma once

#include <QString>

namespace demarche {

struct Claim;
class Project;

// A claim as its tooltip in the article shows it: holder (→ target), topic and stance,
// position and note, as rich text with the names escaped.
QString claimToolTip(const Project &project, const Claim &claim);

} // namespace demarche
