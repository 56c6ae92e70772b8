#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace demarche {

// The languages the program speaks, English first.
QList<QLocale::Language> offeredLanguages();

// A language's name in itself, capitalised as a menu item: "Deutsch", "Русский".
QString nativeLanguageName(QLocale::Language language);

// The first of the system's interface languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as
// Qt reads them) that the program speaks; English when it speaks none of them.
QLocale::Language systemLanguage();

// The locale for `language`: the system's own where it speaks that language (its country,
// its date and number formats), else the language's main country.
QLocale interfaceLocale(QLocale::Language language);

// Makes `locale` the program's language, replacing the catalogues installed by an earlier
// call: the English catalogue, which only settles plurals ("1 claim", "2 claims"), over it
// Qt's own texts and the program's catalogue of the language where there are some, and
// `locale` as the default for dates and numbers. Each window hears QEvent::LanguageChange.
// The C locale (the tests') gets only the English catalogue.
void installCatalogues(const QLocale &locale);

// The language the system asks for, with the system's formats.
void installSystemCatalogues();

} // namespace demarche
