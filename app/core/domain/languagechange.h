#pragma once

#include <QObject>

#include <functional>

namespace demarche {

// Calls `react` each time the application's language changes (a translator installed or
// removed), for as long as `owner` lives. Widgets hear of it in changeEvent(); models and
// other plain objects, which Qt does not tell, use this to announce their new texts.
void onLanguageChange(QObject *owner, std::function<void()> react);

} // namespace demarche
