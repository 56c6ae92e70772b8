// demarche-cli speaks the language the system asks for: its help, its errors and the
// options Qt's parser lists, under LANG=ru_RU.UTF-8 as a Russian analyst's shell has it.
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTest>
#include <QTranslator>

#ifndef DEMARCHE_CLI_PATH
#error "DEMARCHE_CLI_PATH must name the demarche-cli binary"
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runInRussian(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(DEMARCHE_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

    QTranslator m_russian;

    // What the Russian catalogue says for `source`; it must say something else than English,
    // or the test could not tell a translated program from one that ignores the locale.
    QString russian(const char *context, const char *source)
    {
        const QString text = m_russian.translate(context, source);
        if (text.isEmpty() || text == QString::fromUtf8(source))
            qWarning("not translated into Russian: %s", source);
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_russian.load(QStringLiteral(":/i18n/demarche_ru"))); }

    void helpIsInRussian()
    {
        const Run run = runInRussian({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString expected = russian(
            "Cli",
            "  demarche-cli --help | --version\n\n"
            "\"demarche-cli COMMAND --help\" describes a command's options.\n"
            "Offsets (--start, --end, and the start/end columns) count Unicode code points.\n"
            "Names of actors and topics are matched without regard to case or to how an accent\n"
            "is encoded.\n"
            "A file or name that begins with - goes after --, which ends the options "
            "(demarche-cli import p.demarche -- -notes.txt).\n"
            "An output named - is standard output; pipes and devices are written into, "
            "regular files replaced only when complete.\n\n"
            "Exit codes: 0 success, 1 usage error, 2 bad input or data, "
            "3 project cannot be opened.\n");
        QVERIFY(!expected.isEmpty());
        QVERIFY(run.out.contains(expected));
    }

    // The option list comes from Qt's parser, in Qt's own Russian.
    void commandHelpListsItsOptions()
    {
        const Run run = runInRussian({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QTranslator qt;
        QVERIFY(qt.load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        const QString options = qt.translate("QCommandLineParser", "Options:");
        QVERIFY(!options.isEmpty() && options != QStringLiteral("Options:"));
        QVERIFY2(run.out.contains(options), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--help")));
    }

    void errorIsInRussian()
    {
        const Run run = runInRussian({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 1);
        const QString expected = russian("Cli", "unknown command \u201c%1\u201d");
        QVERIFY(!expected.isEmpty());
        QVERIFY2(run.err.contains(expected.arg(QStringLiteral("frobnicate"))), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)

#include "tst_cli_language.moc"
