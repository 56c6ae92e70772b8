#include "core/domain/catalogues.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace demarche {

namespace {

const QString Prefix = QStringLiteral(":/i18n");

// The translators the last call installed, to take out before the next language's.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
}

void install(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator))
        installed().append(translator);
    else
        delete translator;
}

} // namespace

QList<QLocale::Language> offeredLanguages()
{
    return {QLocale::English, QLocale::German, QLocale::French, QLocale::Russian,
            QLocale::Ukrainian};
}

QString nativeLanguageName(QLocale::Language language)
{
    // The United States' English calls itself "American English".
    if (language == QLocale::English)
        return QLocale::languageToString(language);
    const QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return QLocale::languageToString(language);
    const QLocale locale(language);
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QLocale::Language systemLanguage()
{
    const QList<QLocale::Language> offered = offeredLanguages();
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &tag : wanted) {
        const QLocale::Language language = QLocale(tag).language();
        if (offered.contains(language))
            return language;
    }
    return QLocale::English;
}

QLocale interfaceLocale(QLocale::Language language)
{
    const QLocale system = QLocale::system();
    // The C locale ("LC_ALL=C", scripts) reads English and keeps its neutral formats:
    // ISO dates and "." decimals.
    const bool neutral = system.language() == QLocale::C && language == QLocale::English;
    return system.language() == language || neutral ? system : QLocale(language);
}

void installCatalogues(const QLocale &locale)
{
    auto *application = QCoreApplication::instance();
    if (!application)
        return;
    removeInstalled();
    // Before the catalogues, so that the texts redone on the language change already
    // format their dates and numbers in it.
    QLocale::setDefault(locale);

    auto *english = new QTranslator(application);
    install(english, english->load(QStringLiteral("demarche_en"), Prefix));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(application);
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // Installed last, so asked first: a language with its own plurals keeps them.
    auto *own = new QTranslator(application);
    install(own, own->load(locale, QStringLiteral("demarche"), QStringLiteral("_"), Prefix));
}

void installSystemCatalogues()
{
    installCatalogues(interfaceLocale(systemLanguage()));
}

} // namespace demarche
