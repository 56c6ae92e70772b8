#include "core/domain/catalogues.h"

#include <QCoreApplication>
#include <QTranslator>

namespace demarche {

namespace {

const QString Prefix = QStringLiteral(":/i18n");

void install(QTranslator *translator)
{
    if (QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

void installCatalogues(const QLocale &locale)
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("demarche_en"), Prefix))
        install(english);
    else
        delete english;
    // Installed last, so asked first: a language with its own plurals keeps them.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (locale.language() != QLocale::English
        && translator->load(locale, QStringLiteral("demarche"), QStringLiteral("_"), Prefix))
        install(translator);
    else
        delete translator;
}

} // namespace demarche
