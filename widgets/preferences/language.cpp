#include "widgets/preferences/language.h"

#include "core/domain/catalogues.h"

#include <QLocale>
#include <QSettings>

namespace demarche {
namespace {

const QString Key = QStringLiteral("view/language");

} // namespace

QString savedLanguage()
{
    return QSettings().value(Key).toString();
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(Key, code);
}

void applyLanguage(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code);
    if (code.isEmpty() || !offeredLanguages().contains(language))
        installSystemCatalogues();
    else
        installCatalogues(interfaceLocale(language));
}

} // namespace demarche
