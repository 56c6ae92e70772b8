// The catalogues are complete and in step with the sources: lupdate, run on a copy of each
// catalogue exactly as the update_translations target runs it, must find nothing new and
// leave nothing unfinished; every translation keeps its source's placeholders, accelerator
// and line ends.
#include "tsfile.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Catalogue
{
    TsFile committed;
    TsFile updated; // after lupdate against the sources
    QString error;
};

const QStringList Languages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ru"),
                               QStringLiteral("uk"), QStringLiteral("en")};

int pluralForms(const QString &language)
{
    return language == QLatin1String("ru") || language == QLatin1String("uk") ? 3 : 2;
}

Catalogue updatedCatalogue(const QString &language, const QString &folder)
{
    Catalogue catalogue;
    const QString name = QStringLiteral("demarche_%1.ts").arg(language);
    const QString original = QStringLiteral(DEMARCHE_CATALOGUES "/") + name;
    const QString copy = folder + QLatin1Char('/') + name;
    catalogue.committed = readTsFile(original);
    if (!QFile::copy(original, copy)) {
        catalogue.error = QStringLiteral("cannot copy ") + original;
        return catalogue;
    }
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"), QStringLiteral("-source-language"),
                             QStringLiteral("en")};
    if (language == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly") << QStringLiteral("-target-language")
                  << QStringLiteral("en");
    arguments << QStringLiteral("@" DEMARCHE_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DEMARCHE_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        catalogue.error =
            QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
        return catalogue;
    }
    catalogue.updated = readTsFile(copy);
    return catalogue;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    auto matches = marker.globalMatch(text);
    while (matches.hasNext())
        found.append(matches.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(const QString &text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(QLatin1Char('&')));
}

QString listed(const QStringList &problems)
{
    const int shown = std::min<int>(int(problems.size()), 25);
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size())
                   + problems.mid(0, shown).join(QStringLiteral("\n  "));
    return text;
}

} // namespace

class tst_Catalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inStepWithSources_data() { languages(); }
    void inStepWithSources();
    void complete_data() { languages(); }
    void complete();
    void keepPlaceholdersAndAccelerators_data() { languages(); }
    void keepPlaceholdersAndAccelerators();

private:
    static void languages();
    QTemporaryDir m_folder;
    QHash<QString, Catalogue> m_catalogues;
};

void tst_Catalogues::initTestCase()
{
    QVERIFY(m_folder.isValid());
    for (const QString &language : Languages)
        m_catalogues.insert(language, updatedCatalogue(language, m_folder.path()));
}

void tst_Catalogues::languages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Catalogues::inStepWithSources()
{
    QFETCH(QString, language);
    const Catalogue &catalogue = m_catalogues[language];
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY2(catalogue.committed.error.isEmpty(), qPrintable(catalogue.committed.error));
    QSet<QString> committed;
    for (const TsMessage &message : catalogue.committed.messages)
        committed.insert(message.key());
    QSet<QString> current;
    QStringList problems;
    for (const TsMessage &message : catalogue.updated.messages) {
        current.insert(message.key());
        if (!committed.contains(message.key()))
            problems.append(QStringLiteral("new in the sources: ") + message.where());
    }
    for (const TsMessage &message : catalogue.committed.messages) {
        if (!current.contains(message.key()))
            problems.append(QStringLiteral("gone from the sources: ") + message.where());
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(listed(problems)
                   + QStringLiteral("\nrun: cmake --build build --target update_translations")));
}

void tst_Catalogues::complete()
{
    QFETCH(QString, language);
    const Catalogue &catalogue = m_catalogues[language];
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(!catalogue.updated.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : catalogue.updated.messages) {
        if (!message.type.isEmpty()) {
            problems.append(message.type + QStringLiteral(": ") + message.where());
            continue;
        }
        const int forms = message.numerus ? pluralForms(language) : 1;
        if (message.translations.size() != forms)
            problems.append(
                QStringLiteral("%1 form(s), not %2: ").arg(message.translations.size()).arg(forms)
                + message.where());
        if (std::any_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString &text) { return text.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty: ") + message.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void tst_Catalogues::keepPlaceholdersAndAccelerators()
{
    QFETCH(QString, language);
    const Catalogue &catalogue = m_catalogues[language];
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList problems;
    for (const TsMessage &message : catalogue.updated.messages) {
        for (int form = 0; form < message.translations.size(); ++form) {
            const QString &text = message.translations.at(form);
            if (text.isEmpty())
                continue; // reported by complete()
            QStringList expected = placeholders(message.source);
            // Where the first form means exactly one (or, in French, none or one), "one
            // claim" may say so in words; in Russian and Ukrainian it also serves 21, 31…
            if (form == 0 && message.numerus && pluralForms(language) == 2
                && !placeholders(text).contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (placeholders(text) != expected)
                problems.append(QStringLiteral("placeholders differ in \"%1\": ").arg(text)
                                + message.where());
            if (accelerators(text) != accelerators(message.source))
                problems.append(QStringLiteral("accelerator differs in \"%1\": ").arg(text)
                                + message.where());
            if (text.endsWith(QLatin1Char('\n')) != message.source.endsWith(QLatin1Char('\n')))
                problems.append(QStringLiteral("line end differs in \"%1\": ").arg(text)
                                + message.where());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

QTEST_GUILESS_MAIN(tst_Catalogues)
#include "tst_catalogues.moc"
