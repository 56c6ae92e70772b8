// demarche-cli claim add: by quote or by code point offsets, what it prints, and every
// way it refuses a claim with the project left as it was.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

// Document 2 of the fixture: characters of more than one code point, and characters
// (emoji with a skin tone, a flag, a letter with a combining mark) that a span must not cut.
QString emojiText()
{
    return QStringLiteral(
        "Kyiv 👍🏽 and 🇺🇦 and q\u0307 end. Kyiv demands “security” now.");
}

// The code point offset of the `occurrence`-th `needle` in `text`.
qint64 codePointOf(const QString &text, const QString &needle, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i)
        at = text.indexOf(needle, at + 1);
    return at < 0 ? -1 : text.left(at).toUcs4().size();
}

QStringList claimAdd(const QString &project, const QStringList &extra)
{
    return QStringList{QStringLiteral("claim"), QStringLiteral("add"), project} + extra;
}

} // namespace

class TestCliClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void byQuotePrintsBareId();
    void occurrence();
    void byOffsets();
    void allFields();
    void codePointOffsets_data();
    void codePointOffsets();
    void decomposedQuote();
    void refused_data();
    void refused();

private:
    QJsonObject onlyClaim();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliClaims::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeBasicProject(m_dir->path(), &m_project));
    const QString emoji = m_dir->filePath(QStringLiteral("emoji.txt"));
    QVERIFY(writeFile(emoji, emojiText().toUtf8()));
    CLI(imported, {QStringLiteral("import"), m_project, emoji});
    QCOMPARE(imported.out, QByteArray("2\temoji\n"));
}

QJsonObject TestCliClaims::onlyClaim()
{
    const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
    return claims.size() == 1 ? claims.first().toObject() : QJsonObject();
}

void TestCliClaims::byQuotePrintsBareId()
{
    // Actor by alias and topic in another case: names match without regard to case.
    CLI(added,
        claimAdd(m_project,
                 {QStringLiteral("--doc"), QStringLiteral("1"), QStringLiteral("--quote"),
                  QStringLiteral("Moscow demands security guarantees"), QStringLiteral("--actor"),
                  QStringLiteral("MOSCOW"), QStringLiteral("--topic"), QStringLiteral("ukraine")}));
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), added.err.constData());
    QCOMPARE(added.out, QByteArray("1\n")); // the id alone

    const QJsonObject claim = onlyClaim();
    QCOMPARE(claim[QLatin1String("actor")].toString(), QStringLiteral("Russia"));
    QCOMPARE(claim[QLatin1String("topic")].toString(), QStringLiteral("Ukraine"));
    QCOMPARE(claim[QLatin1String("start")].toInt(), 17);
    QCOMPARE(claim[QLatin1String("end")].toInt(), 51);
    QCOMPARE(claim[QLatin1String("stance")].toString(), QStringLiteral("assessment"));
    QCOMPARE(claim[QLatin1String("salience")].toInt(), 3);
    QVERIFY(claim[QLatin1String("position")].isNull());

    CLI(second, claimAdd(m_project, {QStringLiteral("--doc"), QStringLiteral("1"),
                                     QStringLiteral("--quote"), QStringLiteral("Lavrov"),
                                     QStringLiteral("--actor"), QStringLiteral("lavrov"),
                                     QStringLiteral("--topic"), QStringLiteral("Ukraine")}));
    QCOMPARE(second.out, QByteArray("2\n"));
}

void TestCliClaims::occurrence()
{
    const QString text = QString::fromUtf8(articleText());
    for (int n = 1; n <= 3; ++n) {
        CLI(added, claimAdd(m_project, {QStringLiteral("--doc"), QStringLiteral("1"),
                                        QStringLiteral("--quote"), QStringLiteral("on"),
                                        QStringLiteral("--occurrence"), QString::number(n),
                                        QStringLiteral("--actor"), QStringLiteral("Russia"),
                                        QStringLiteral("--topic"), QStringLiteral("Ukraine")}));
        QCOMPARE(added.exitCode, 0);
    }
    const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
    QCOMPARE(claims.size(), 3);
    for (int n = 1; n <= 3; ++n) {
        const QJsonObject claim = claims.at(n - 1).toObject();
        QCOMPARE(claim[QLatin1String("start")].toInteger(),
                 codePointOf(text, QStringLiteral("on"), n));
        QCOMPARE(claim[QLatin1String("quote")].toString(), QStringLiteral("on"));
    }
}

void TestCliClaims::byOffsets()
{
    CLI(added, claimAdd(m_project,
                        {QStringLiteral("--doc"), QStringLiteral("1"), QStringLiteral("--start"),
                         QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("6"),
                         QStringLiteral("--actor"), QStringLiteral("Lavrov"),
                         QStringLiteral("--topic"), QStringLiteral("Syria")}));
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QByteArray("1\n"));
    QCOMPARE(onlyClaim()[QLatin1String("quote")].toString(), QStringLiteral("Lavrov"));

    // The whole text is a valid span too.
    const qint64 length = QString::fromUtf8(articleText()).toUcs4().size();
    CLI(whole, claimAdd(m_project,
                        {QStringLiteral("--doc"), QStringLiteral("1"), QStringLiteral("--start"),
                         QStringLiteral("0"), QStringLiteral("--end"), QString::number(length),
                         QStringLiteral("--actor"), QStringLiteral("Russia"),
                         QStringLiteral("--topic"), QStringLiteral("Syria")}));
    QCOMPARE(whole.exitCode, 0);
}

void TestCliClaims::allFields()
{
    CLI(added,
        claimAdd(m_project,
                 {QStringLiteral("--doc"),         QStringLiteral("1"),
                  QStringLiteral("--quote"),       QStringLiteral("asked Russia for flexibility"),
                  QStringLiteral("--actor"),       QStringLiteral("Washington"),
                  QStringLiteral("--topic"),       QStringLiteral("Ukraine"),
                  QStringLiteral("--target"),      QStringLiteral("russia"),
                  QStringLiteral("--stance"),      QStringLiteral("Demand"),
                  QStringLiteral("--position"),    QStringLiteral("-40"),
                  QStringLiteral("--salience"),    QStringLiteral("5"),
                  QStringLiteral("--attribution"), QStringLiteral("reported"),
                  QStringLiteral("--note"),        QStringLiteral("Tone: firm, \"frustrated\"")}));
    QCOMPARE(added.exitCode, 0);
    const QJsonObject claim = onlyClaim();
    QCOMPARE(claim[QLatin1String("actor")].toString(), QStringLiteral("United States"));
    QCOMPARE(claim[QLatin1String("target_actor")].toString(), QStringLiteral("Russia"));
    QCOMPARE(claim[QLatin1String("stance")].toString(), QStringLiteral("demand"));
    QCOMPARE(claim[QLatin1String("position")].toInt(), -40);
    QCOMPARE(claim[QLatin1String("salience")].toInt(), 5);
    QCOMPARE(claim[QLatin1String("quote")].toString(),
             QStringLiteral("asked Russia for flexibility"));
}

void TestCliClaims::codePointOffsets_data()
{
    QTest::addColumn<QString>("quote");
    QTest::newRow("after emoji") << QStringLiteral("demands “security”");
    QTest::newRow("emoji with skin tone") << QStringLiteral("👍🏽");
    QTest::newRow("flag") << QStringLiteral("🇺🇦");
    QTest::newRow("combining mark") << QStringLiteral("q\u0307 end");
    QTest::newRow("from emoji to end") << QStringLiteral(
        "👍🏽 and 🇺🇦 and q\u0307 end. Kyiv demands “security” now.");
}

void TestCliClaims::codePointOffsets()
{
    QFETCH(QString, quote);
    CLI(text, {QStringLiteral("text"), m_project, QStringLiteral("2")});
    QCOMPARE(text.out, emojiText().toUtf8());
    const QString canonical = text.outText();
    const qint64 start = codePointOf(canonical, quote);
    const qint64 end = start + quote.toUcs4().size();
    QVERIFY(start > 0);

    // By quote: the stored offsets are code points, so Python's text[start:end] is the quote.
    CLI(byQuote, claimAdd(m_project,
                          {QStringLiteral("--doc"), QStringLiteral("2"), QStringLiteral("--quote"),
                           quote, QStringLiteral("--actor"), QStringLiteral("Russia"),
                           QStringLiteral("--topic"), QStringLiteral("Ukraine")}));
    QCOMPARE(byQuote.exitCode, 0);
    const QJsonObject claim = onlyClaim();
    QCOMPARE(claim[QLatin1String("start")].toInteger(), start);
    QCOMPARE(claim[QLatin1String("end")].toInteger(), end);
    QCOMPARE(codePointSlice(canonical, start, end), quote);

    // By the same offsets: the same quote.
    CLI(byOffsets, claimAdd(m_project, {QStringLiteral("--doc"), QStringLiteral("2"),
                                        QStringLiteral("--start"), QString::number(start),
                                        QStringLiteral("--end"), QString::number(end),
                                        QStringLiteral("--actor"), QStringLiteral("Lavrov"),
                                        QStringLiteral("--topic"), QStringLiteral("Ukraine")}));
    QCOMPARE(byOffsets.exitCode, 0);
    const QJsonArray claims = listJson(m_project, QStringLiteral("claims"));
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims.at(1)[QLatin1String("quote")].toString(), quote);
}

void TestCliClaims::decomposedQuote()
{
    // A quote typed or pasted in NFD ("e" + combining acute) finds the NFC text it means.
    const QString file = m_dir->filePath(QStringLiteral("cafe.txt"));
    QVERIFY(writeFile(file, QStringLiteral("The café in Genève hosted the talks.").toUtf8()));
    CLI(imported, {QStringLiteral("import"), m_project, file});
    QCOMPARE(imported.exitCode, 0);
    CLI(added,
        claimAdd(m_project,
                 {QStringLiteral("--doc"), QStringLiteral("3"), QStringLiteral("--quote"),
                  QStringLiteral("cafe\u0301 in Gene\u0300ve"), QStringLiteral("--actor"),
                  QStringLiteral("Russia"), QStringLiteral("--topic"), QStringLiteral("Iran")}));
    QCOMPARE(added.exitCode, 0);
    CLI(listed, {QStringLiteral("list"), m_project, QStringLiteral("claims"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(listed.out.contains(QStringLiteral("caf\u00e9 in Gen\u00e8ve").toUtf8())
            || listed.out.contains(QStringLiteral("café in Genève").toUtf8()));
}

void TestCliClaims::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");

    auto claim = [](const QString &doc, const QStringList &span, const QStringList &extra = {}) {
        return QStringList{QStringLiteral("--doc"), doc} + span
               + QStringList{QStringLiteral("--actor"), QStringLiteral("Russia"),
                             QStringLiteral("--topic"), QStringLiteral("Ukraine")}
               + extra;
    };
    auto quote = [](const QString &text) { return QStringList{QStringLiteral("--quote"), text}; };
    auto span = [](qint64 start, qint64 end) {
        return QStringList{QStringLiteral("--start"), QString::number(start),
                           QStringLiteral("--end"), QString::number(end)};
    };
    const QString one = QStringLiteral("1");
    const QString two = QStringLiteral("2");
    const QStringList moscow = quote(QStringLiteral("Moscow"));
    // Offsets into document 2 (see emojiText()).
    const QString text = emojiText();
    const qint64 thumb = codePointOf(text, QStringLiteral("👍"));
    const qint64 flag = codePointOf(text, QStringLiteral("🇺"));
    const qint64 q = codePointOf(text, QStringLiteral("q"));
    const qint64 length = text.toUcs4().size();

    QTest::newRow("unknown actor")
        << QStringList{QStringLiteral("--doc"),   one,
                       QStringLiteral("--quote"), QStringLiteral("Moscow"),
                       QStringLiteral("--actor"), QStringLiteral("Narnia"),
                       QStringLiteral("--topic"), QStringLiteral("Ukraine")}
        << QStringLiteral("Narnia");
    QTest::newRow("unknown topic")
        << QStringList{QStringLiteral("--doc"),   one,
                       QStringLiteral("--quote"), QStringLiteral("Moscow"),
                       QStringLiteral("--actor"), QStringLiteral("Russia"),
                       QStringLiteral("--topic"), QStringLiteral("Mars")}
        << QStringLiteral("Mars");
    QTest::newRow("unknown target")
        << claim(one, moscow, {QStringLiteral("--target"), QStringLiteral("Gondor")})
        << QStringLiteral("Gondor");
    QTest::newRow("target is the actor")
        << claim(one, moscow, {QStringLiteral("--target"), QStringLiteral("Moscow")})
        << QStringLiteral("target");
    QTest::newRow("unknown document")
        << claim(QStringLiteral("99"), moscow) << QStringLiteral("99");
    QTest::newRow("quote not found")
        << claim(one, quote(QStringLiteral("Paris agreed"))) << QStringLiteral("Paris agreed");
    QTest::newRow("quote not found, other case")
        << claim(one, quote(QStringLiteral("moscow demands"))) << QStringLiteral("moscow demands");
    QTest::newRow("quote with %1 not found")
        << claim(one, quote(QStringLiteral("up 50%1 in a year")))
        << QStringLiteral("up 50%1 in a year");
    QTest::newRow("empty quote") << claim(one, quote(QString())) << QStringLiteral("--quote");
    QTest::newRow("--occurrence too large")
        << claim(one, quote(QStringLiteral("Ukraine")),
                 {QStringLiteral("--occurrence"), QStringLiteral("3")})
        << QStringLiteral("3");
    QTest::newRow("end past the text") << claim(one, span(0, 100000)) << QStringLiteral("100000");
    QTest::newRow("start after end") << claim(one, span(40, 30)) << QStringLiteral("40");
    QTest::newRow("empty span") << claim(one, span(7, 7)) << QStringLiteral("7");
    QTest::newRow("negative start") << claim(one, span(-1, 5)) << QStringLiteral("-1");
    QTest::newRow("end one past") << claim(two, span(0, length + 1)) << QString::number(length + 1);
    QTest::newRow("splits emoji from its skin tone")
        << claim(two, span(thumb, thumb + 1)) << QString::number(thumb + 1);
    QTest::newRow("starts on the skin tone")
        << claim(two, span(thumb + 1, thumb + 6)) << QString::number(thumb + 1);
    QTest::newRow("splits a flag") << claim(two, span(flag, flag + 1)) << QString::number(flag + 1);
    QTest::newRow("splits a combining mark")
        << claim(two, span(q, q + 1)) << QString::number(q + 1);
    QTest::newRow("position 150") << claim(one, moscow,
                                           {QStringLiteral("--position"), QStringLiteral("150")})
                                  << QStringLiteral("150");
    QTest::newRow("position -101")
        << claim(one, moscow, {QStringLiteral("--position"), QStringLiteral("-101")})
        << QStringLiteral("-101");
    QTest::newRow("salience 6") << claim(one, moscow,
                                         {QStringLiteral("--salience"), QStringLiteral("6")})
                                << QStringLiteral("6");
    QTest::newRow("salience 0") << claim(one, moscow,
                                         {QStringLiteral("--salience"), QStringLiteral("0")})
                                << QStringLiteral("0");
}

void TestCliClaims::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const QByteArray before = snapshot(m_project);
    CLI_FAILS(2, needle, claimAdd(m_project, args));
    QCOMPARE(snapshot(m_project), before);
}

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cli_claims.moc"
