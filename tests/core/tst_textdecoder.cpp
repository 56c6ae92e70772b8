#include "core/import/textdecoder.h"

#include <QTest>

using namespace demarche;
using namespace demarche::textimport;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void windows1252Table_data();
    void windows1252Table();
    void truncatedUtf8FallsBack();
};

static QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (const int v : values)
        b.append(char(v));
    return b;
}

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("fallback");

    const QString accents = QStringLiteral("Détente à Genève");
    QTest::newRow("utf-8") << accents.toUtf8() << QByteArray() << accents << "UTF-8" << false;
    QTest::newRow("ascii is utf-8") << QByteArray("plain") << QByteArray() << "plain"
                                    << "UTF-8" << false;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << "UTF-8" << false;
    QTest::newRow("utf-8 bom") << bytes({0xEF, 0xBB, 0xBF}) + accents.toUtf8() << QByteArray()
                               << accents << "UTF-8 (BOM)" << false;
    QTest::newRow("utf-8 emoji") << QStringLiteral("peace 🕊️").toUtf8() << QByteArray()
                                 << QStringLiteral("peace 🕊️") << "UTF-8" << false;

    QByteArray le = bytes({0xFF, 0xFE});
    QByteArray be = bytes({0xFE, 0xFF});
    for (const QChar c : accents) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le bom") << le << QByteArray() << accents << "UTF-16LE (BOM)" << false;
    QTest::newRow("utf-16be bom") << be << QByteArray() << accents << "UTF-16BE (BOM)" << false;
    QTest::newRow("utf-32le bom") << bytes({0xFF, 0xFE, 0, 0, 'h', 0, 0, 0, 0xE9, 0, 0, 0})
                                  << QByteArray() << QStringLiteral("hé") << "UTF-32LE (BOM)"
                                  << false;

    // “Smart quotes” and the euro sign, as Word on Windows writes them.
    QTest::newRow("windows-1252") << bytes({0x93, 'N', 'o', 0x94, ' ', '5', 0x80}) << QByteArray()
                                  << QStringLiteral("“No” 5€") << "Windows-1252" << true;
    QTest::newRow("latin-1 letters") << bytes({'c', 'a', 'f', 0xE9}) << QByteArray()
                                     << QStringLiteral("café") << "Windows-1252" << true;
    QTest::newRow("declared iso-8859-1 means 1252")
        << bytes({0x96, ' ', 0xE9}) << QByteArray("ISO-8859-1") << QStringLiteral("– é")
        << "Windows-1252" << false;
    QTest::newRow("declared windows-1252") << bytes({0x85}) << QByteArray("windows-1252")
                                           << QStringLiteral("…") << "Windows-1252" << false;
    // A million byte order marks and one bad byte: read in one pass, marks and all.
    QTest::newRow("many boms then invalid")
        << bytes({0xEF, 0xBB, 0xBF}).repeated(1000000) + bytes({0xE9}) << QByteArray()
        << QStringLiteral("\u00ef\u00bb\u00bf").repeated(999999) + QStringLiteral("\u00e9")
        << "Windows-1252" << true;
    QTest::newRow("declared utf-8 but invalid") << bytes({0xE9, 't', 0xE9}) << QByteArray("utf-8")
                                                << QStringLiteral("été") << "Windows-1252" << true;
    QTest::newRow("declared unknown") << bytes({0xE9}) << QByteArray("x-no-such-charset")
                                      << QStringLiteral("é") << "Windows-1252" << true;
    QTest::newRow("valid utf-8 beats a declaration")
        << QStringLiteral("é").toUtf8() << QByteArray("windows-1252") << QStringLiteral("é")
        << "UTF-8" << false;
    QTest::newRow("overlong utf-8 is not utf-8")
        << bytes({0xC0, 0xAF}) << QByteArray() << QStringLiteral("À¯") << "Windows-1252" << true;
    QTest::newRow("encoded surrogate is not utf-8")
        << bytes({0xED, 0xA0, 0x80}) << QByteArray() << QStringLiteral("í\u00A0€") << "Windows-1252"
        << true;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, fallback);

    const DecodedText decoded = decodeText(input, declared);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.fallback, fallback);
}

void TestTextDecoder::windows1252Table_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");
    QTest::newRow("0x41") << 0x41 << 0x41;
    QTest::newRow("0x80 euro") << 0x80 << 0x20AC;
    QTest::newRow("0x81 undefined") << 0x81 << 0x81;
    QTest::newRow("0x8A S caron") << 0x8A << 0x160;
    QTest::newRow("0x8D undefined") << 0x8D << 0x8D;
    QTest::newRow("0x8F undefined") << 0x8F << 0x8F;
    QTest::newRow("0x90 undefined") << 0x90 << 0x90;
    QTest::newRow("0x91 left single quote") << 0x91 << 0x2018;
    QTest::newRow("0x97 em dash") << 0x97 << 0x2014;
    QTest::newRow("0x9D undefined") << 0x9D << 0x9D;
    QTest::newRow("0x9F Y diaeresis") << 0x9F << 0x178;
    QTest::newRow("0xA0 no-break space") << 0xA0 << 0xA0;
    QTest::newRow("0xFF y diaeresis") << 0xFF << 0xFF;
}

void TestTextDecoder::windows1252Table()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);
    QCOMPARE(int(windows1252ToUnicode(uchar(byte))), codePoint);
    // The decoder itself agrees with the table.
    const DecodedText decoded = decodeText(QByteArray(1, char(byte)) + bytes({0x93}));
    QCOMPARE(int(decoded.text.at(0).unicode()), codePoint);
}

void TestTextDecoder::truncatedUtf8FallsBack()
{
    // "é" cut in half at the end of the file: not UTF-8, and no byte may be lost.
    const DecodedText decoded = decodeText(QByteArray("abc") + bytes({0xC3}));
    QVERIFY(decoded.fallback);
    QCOMPARE(decoded.text, QStringLiteral("abcÃ"));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
