// Positions and dates as the views show them follow the locale of the chosen language:
// a German reader sees "−12,5" and "07.12.2026", an English one "−12.5", while the files
// keep their "." decimals and ISO dates.
#include "core/models/displayformat.h"

#include <QLocale>
#include <QTest>

using namespace demarche;

class TestDisplayFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void meanPositions_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("English, negative") << QLocale::English << -12.54 << "\u221212.5";
        QTest::newRow("German, negative") << QLocale::German << -12.54 << "\u221212,5";
        QTest::newRow("French, positive") << QLocale::French << 40.0 << "40,0";
        QTest::newRow("Russian, a lean too small to show") << QLocale::Russian << -0.04 << "0,0";
    }

    void meanPositions()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(double, value);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(language));
        QCOMPARE(displayformat::position(std::optional<double>(value)), shown);
    }

    void noPositionIsADash()
    {
        QCOMPARE(displayformat::position(std::optional<double>()), QStringLiteral("\u2013"));
    }

    void wholePositionsKeepTheTrueMinus()
    {
        QLocale::setDefault(QLocale(QLocale::Ukrainian));
        QCOMPARE(displayformat::position(-60), QStringLiteral("\u221260"));
        QCOMPARE(displayformat::position(40), QStringLiteral("40"));
    }

    void datesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QLocale::Country>("country");
        QTest::addColumn<QString>("shown");
        QTest::newRow("American") << QLocale::English << QLocale::UnitedStates << "12/7/2026";
        QTest::newRow("German") << QLocale::German << QLocale::Germany << "07.12.2026";
        QTest::newRow("French") << QLocale::French << QLocale::France << "07/12/2026";
        QTest::newRow("Ukrainian") << QLocale::Ukrainian << QLocale::Ukraine << "07.12.2026";
    }

    // The short format of the locale, with the whole year: a two-digit one would hide
    // the century of an archive's older articles.
    void datesFollowTheLocale()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QLocale::Country, country);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(language, country));
        const QDate day(2026, 12, 7);
        QCOMPARE(displayformat::date(day), shown);
        QVERIFY(displayformat::date(QDate()).isEmpty());
        const QString format = displayformat::dateFormat();
        QCOMPARE(QDate::fromString(day.toString(format), format), day);
    }

    // A claim's or an import's moment: the same whole-year date, then the locale's time.
    void momentsKeepTheWholeYear()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDateTime moment(QDate(2026, 12, 7), QTime(14, 5));
        QCOMPARE(displayformat::dateTime(moment.toUTC()), QStringLiteral("07.12.2026 14:05"));
        QVERIFY(displayformat::dateTime(QDateTime()).isEmpty());
    }

    void chartDatesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QLocale::Country>("country");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("dayAndYear");
        QTest::newRow("American") << QLocale::English << QLocale::UnitedStates << "Jul 9"
                                  << "Jul 9, 2024";
        QTest::newRow("British") << QLocale::English << QLocale::UnitedKingdom << "9 Jul"
                                 << "9 Jul 2024";
        QTest::newRow("German") << QLocale::German << QLocale::Germany << "9. Juli"
                                << "9. Juli 2024";
    }

    void chartDatesFollowTheLocale()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QLocale::Country, country);
        QFETCH(QString, day);
        QFETCH(QString, dayAndYear);
        const QLocale locale(language, country);
        QLocale::setDefault(locale);
        const QDate date(2024, 7, 9);
        QCOMPARE(locale.toString(date, displayformat::dayMonthFormat(false)), day);
        QCOMPARE(locale.toString(date, displayformat::dayMonthFormat(true)), dayAndYear);
    }

    // Every language of the program gets a day and a month, whatever its long format.
    void chartDatesInEveryLanguage_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        for (const auto language : {QLocale::French, QLocale::Russian, QLocale::Ukrainian})
            QTest::newRow(qPrintable(QLocale::languageToString(language))) << language;
    }

    void chartDatesInEveryLanguage()
    {
        QFETCH(QLocale::Language, language);
        const QLocale locale(language);
        QLocale::setDefault(locale);
        const QString day =
            locale.toString(QDate(2024, 7, 9), displayformat::dayMonthFormat(false));
        QVERIFY2(day.contains(QLatin1String("9")) && !day.contains(QLatin1String("2024")),
                 qPrintable(day));
        QVERIFY2(day == day.trimmed() && !day.endsWith(u','), qPrintable(day));
        const QString full =
            locale.toString(QDate(2024, 7, 9), displayformat::dayMonthFormat(true));
        QVERIFY2(full.contains(QLatin1String("2024")), qPrintable(full));
    }
};

QTEST_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
