// The language the programs speak: which one the system's variables ask for, as a program
// started with them reads them, and what installing a language's catalogues changes.
#include "core/domain/catalogues.h"
#include "core/domain/languagechange.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace demarche;

namespace {

const char *const PrintLanguage = "--print-system-language";

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemLanguageFollowsTheVariables_data()
    {
        QTest::addColumn<QString>("language"); // LANGUAGE
        QTest::addColumn<QString>("all");      // LC_ALL
        QTest::addColumn<QString>("messages"); // LC_MESSAGES
        QTest::addColumn<QString>("lang");     // LANG
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG") << ""
                              << ""
                              << ""
                              << "ru_RU.UTF-8"
                              << "ru";
        QTest::newRow("LANG, Ukrainian") << ""
                                         << ""
                                         << ""
                                         << "uk_UA.UTF-8"
                                         << "uk";
        QTest::newRow("LC_MESSAGES over LANG") << ""
                                               << ""
                                               << "fr_FR.UTF-8"
                                               << "de_DE.UTF-8"
                                               << "fr";
        QTest::newRow("LC_ALL over both") << ""
                                          << "uk_UA.UTF-8"
                                          << "fr_FR.UTF-8"
                                          << "de_DE.UTF-8"
                                          << "uk";
        QTest::newRow("LANGUAGE first") << "de"
                                        << ""
                                        << ""
                                        << "fr_FR.UTF-8"
                                        << "de";
        QTest::newRow("LANGUAGE, first one spoken") << "es:fr"
                                                    << ""
                                                    << ""
                                                    << "es_ES.UTF-8"
                                                    << "fr";
        QTest::newRow("unspoken language") << ""
                                           << ""
                                           << ""
                                           << "es_ES.UTF-8"
                                           << "en";
        QTest::newRow("C") << ""
                           << ""
                           << ""
                           << "C"
                           << "en";
        QTest::newRow("nothing set") << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "en";
    }

    void systemLanguageFollowsTheVariables()
    {
        QFETCH(QString, language);
        QFETCH(QString, all);
        QFETCH(QString, messages);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const std::pair<const char *, QString> variables[] = {
            {"LANGUAGE", language}, {"LC_ALL", all}, {"LC_MESSAGES", messages}, {"LANG", lang}};
        for (const auto &[name, value] : variables) {
            if (value.isEmpty())
                environment.remove(QString::fromLatin1(name));
            else
                environment.insert(QString::fromLatin1(name), value);
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(),
                      {QString::fromLatin1(PrintLanguage)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()), expected);
    }

    void languagesAreNamedInThemselves()
    {
        QCOMPARE(offeredLanguages().constFirst(), QLocale::English);
        QCOMPARE(nativeLanguageName(QLocale::English), QStringLiteral("English"));
        QCOMPARE(nativeLanguageName(QLocale::German), QStringLiteral("Deutsch"));
        QCOMPARE(nativeLanguageName(QLocale::French), QStringLiteral("Français"));
        QCOMPARE(nativeLanguageName(QLocale::Russian), QStringLiteral("Русский"));
        QCOMPARE(nativeLanguageName(QLocale::Ukrainian), QStringLiteral("Українська"));
    }

    // Each language replaces the one before; English plurals stay under every language.
    void installingSwitchesTheLanguage()
    {
        int changes = 0;
        QObject owner;
        onLanguageChange(&owner, [&changes]() { ++changes; });
        const char *context = "QPlatformTheme";
        const QString english = QStringLiteral("Cancel");

        installCatalogues(interfaceLocale(QLocale::German));
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(changes > 0);
        // Qt's own catalogue, from the package qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate(context, "Cancel"), QStringLiteral("Abbrechen"));

        installCatalogues(interfaceLocale(QLocale::Russian));
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QCOMPARE(QCoreApplication::translate(context, "Cancel"), QStringLiteral("Отмена"));

        installCatalogues(QLocale::c());
        QCOMPARE(QLocale(), QLocale::c());
        QCOMPARE(QCoreApplication::translate(context, "Cancel"), english);
        QCOMPARE(QCoreApplication::translate("demarche::MainWindow", "%n claim(s)", nullptr, 1),
                 QStringLiteral("1 claim"));
        QCOMPARE(QCoreApplication::translate("demarche::MainWindow", "%n claim(s)", nullptr, 2),
                 QStringLiteral("2 claims"));
    }
};

// Started with PrintLanguage, the test is the program whose variables are looked at.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], PrintLanguage) == 0) {
        std::fputs(qPrintable(QLocale::languageToCode(systemLanguage())), stdout);
        return 0;
    }
    TestLanguages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languages.moc"
