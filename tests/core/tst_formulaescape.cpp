#include "core/csv/formulaescape.h"

#include <QSet>
#include <QTest>

using namespace demarche;

class TestFormulaEscape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void unescape_data();
    void unescape();
    void roundTrip();
};

void TestFormulaEscape::escape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("needsEscape");
    QTest::addColumn<QString>("escaped");

    // Every character a spreadsheet may take as the start of a formula.
    QTest::newRow("equals") << QStringLiteral("=1+2") << true << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+33 1 2345") << true << QStringLiteral("'+33 1 2345");
    QTest::newRow("minus") << QStringLiteral("-40") << true << QStringLiteral("'-40");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << true << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << true << QStringLiteral("'\r=1");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")") << true
                               << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("only equals") << QStringLiteral("=") << true << QStringLiteral("'=");

    // Harmless.
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("already quoted")
        << QStringLiteral("'already") << false << QStringLiteral("'already");
    QTest::newRow("apostrophe only") << QStringLiteral("'") << false << QStringLiteral("'");

    // A typed apostrophe before a formula character would read back as the mark, so it
    // is escaped in turn.
    QTest::newRow("apostrophe equals")
        << QStringLiteral("'=Org") << true << QStringLiteral("''=Org");
    QTest::newRow("apostrophe plus") << QStringLiteral("'+x") << true << QStringLiteral("''+x");
    QTest::newRow("two apostrophes minus")
        << QStringLiteral("''-1") << true << QStringLiteral("'''-1");
    QTest::newRow("apostrophe tab") << QStringLiteral("'\t") << true << QStringLiteral("''\t");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << false << QStringLiteral("a=b");
    QTest::newRow("plain") << QStringLiteral("Ukraine") << false << QStringLiteral("Ukraine");
    QTest::newRow("leading space") << QStringLiteral(" =1") << false << QStringLiteral(" =1");
    QTest::newRow("lf") << QStringLiteral("\n=1") << false << QStringLiteral("\n=1");
    QTest::newRow("number") << QStringLiteral("40") << false << QStringLiteral("40");
    QTest::newRow("unicode") << QStringLiteral("Égalité 🕊") << false
                             << QStringLiteral("Égalité 🕊");
}

void TestFormulaEscape::escape()
{
    QFETCH(QString, cell);
    QFETCH(bool, needsEscape);
    QFETCH(QString, escaped);

    QCOMPARE(formula::needsEscape(cell), needsEscape);
    QCOMPARE(formula::escape(cell), escaped);
    QCOMPARE(formula::unescape(formula::escape(cell)), cell);
    // The escaped cell is safe as it stands.
    QVERIFY(!formula::isFormulaLike(formula::escape(cell)));
}

void TestFormulaEscape::unescape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("unescaped");

    QTest::newRow("escaped equals") << QStringLiteral("'=1") << QStringLiteral("=1");
    QTest::newRow("escaped minus") << QStringLiteral("'-40") << QStringLiteral("-40");
    QTest::newRow("escaped at") << QStringLiteral("'@x") << QStringLiteral("@x");
    QTest::newRow("escaped tab") << QStringLiteral("'\tx") << QStringLiteral("\tx");
    // An apostrophe the user typed is kept.
    QTest::newRow("already") << QStringLiteral("'already") << QStringLiteral("'already");
    QTest::newRow("apostrophe only") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("two apostrophes") << QStringLiteral("''=1") << QStringLiteral("'=1");
    QTest::newRow("three apostrophes") << QStringLiteral("'''+1") << QStringLiteral("''+1");
    QTest::newRow("apostrophes only") << QStringLiteral("''") << QStringLiteral("''");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestFormulaEscape::unescape()
{
    QFETCH(QString, cell);
    QFETCH(QString, unescaped);
    QCOMPARE(formula::unescape(cell), unescaped);
}

// escape() is injective and unescape() undoes it, for every short string over the
// characters that matter: apostrophes, formula characters and ordinary text.
void TestFormulaEscape::roundTrip()
{
    const QString alphabet = QStringLiteral("'=+-@\t\ra ");
    QStringList cells{QString()};
    QStringList all = cells;
    for (int length = 1; length <= 4; ++length) {
        QStringList longer;
        for (const QString &cell : std::as_const(cells)) {
            for (const QChar ch : alphabet)
                longer.append(cell + ch);
        }
        all += longer;
        cells = longer;
    }
    QSet<QString> escaped;
    for (const QString &cell : std::as_const(all)) {
        const QString written = formula::escape(cell);
        QVERIFY2(formula::unescape(written) == cell, qPrintable(cell));
        QVERIFY2(!formula::isFormulaLike(written), qPrintable(cell));
        escaped.insert(written);
    }
    QCOMPARE(escaped.size(), all.size());
}

QTEST_GUILESS_MAIN(TestFormulaEscape)
#include "tst_formulaescape.moc"
