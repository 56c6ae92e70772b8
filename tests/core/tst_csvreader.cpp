#include "core/csv/csvreader.h"
#include "core/csv/csvwriter.h"
#include "core/csv/formulaescape.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace demarche;

using Rows = QList<QStringList>;

namespace {

Rows readAll(CsvReader &reader)
{
    Rows rows;
    QStringList fields;
    while (reader.readRow(fields))
        rows << fields;
    return rows;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void errorWithoutFileName();
    void rowAndLineNumbers();
    void roundTrip_data();
    void roundTrip();
    void formulaRoundTrip();
    void zeroWidthNoBreakSpaceFirst_data();
    void zeroWidthNoBreakSpaceFirst();
    void benchmarkRead();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QChar>("delimiter");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');
    const QChar tab = QLatin1Char('\t');

    QTest::newRow("empty file") << QByteArray() << Rows{} << comma;
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << Rows{} << comma;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                          << Rows{{s("a"), s("b")}, {s("1"), s("2")}} << comma;
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << Rows{{s("a"), s("b")}, {s("1"), s("2")}}
                        << comma;
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << Rows{{s("a"), s("b")}, {s("1"), s("2")}}
                        << comma;
    QTest::newRow("mixed line ends")
        << QByteArray("a\r\nb\nc\rd") << Rows{{s("a")}, {s("b")}, {s("c")}, {s("d")}} << comma;
    QTest::newRow("no final line end")
        << QByteArray("a,b\r\n1,2") << Rows{{s("a"), s("b")}, {s("1"), s("2")}} << comma;
    QTest::newRow("empty last line")
        << QByteArray("a,b\r\n1,2\r\n\r\n") << Rows{{s("a"), s("b")}, {s("1"), s("2")}} << comma;
    QTest::newRow("trailing blank lines")
        << QByteArray("a\n1\n\n\r\n\r") << Rows{{s("a")}, {s("1")}} << comma;
    QTest::newRow("blank line inside")
        << QByteArray("a\r\n\r\nb\r\n") << Rows{{s("a")}, {s("")}, {s("b")}} << comma;
    QTest::newRow("bom stripped") << QByteArray("\xEF\xBB\xBF"
                                                "actor,topic\r\nFrance,Grain\r\n")
                                  << Rows{{s("actor"), s("topic")}, {s("France"), s("Grain")}}
                                  << comma;
    QTest::newRow("bom before a quote")
        << QByteArray("\xEF\xBB\xBF\"actor\",x\r\n") << Rows{{s("actor"), s("x")}} << comma;
    QTest::newRow("second bom is data") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                      "a\r\n")
                                        << Rows{{QChar(0xFEFF) + s("a")}} << comma;
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"no\"\"\",\"\"\"\"\r\n")
                                    << Rows{{s("say \"no\""), s("\"")}} << comma;
    QTest::newRow("quoted line breaks")
        << QByteArray("\"a\r\nb\",\"c\nd\",\"e\rf\",\"g,h\"\r\n")
        << Rows{{s("a\r\nb"), s("c\nd"), s("e\rf"), s("g,h")}} << comma;
    QTest::newRow("quoted field at end of file")
        << QByteArray("a\r\n\"x\r\ny\"") << Rows{{s("a")}, {s("x\r\ny")}} << comma;
    QTest::newRow("empty strings")
        << QByteArray("\"\",,\"\"\r\n") << Rows{{s(""), s(""), s("")}} << comma;
    QTest::newRow("only delimiters") << QByteArray(",,\n") << Rows{{s(""), s(""), s("")}} << comma;
    QTest::newRow("trailing delimiter") << QByteArray("a,\n") << Rows{{s("a"), s("")}} << comma;
    QTest::newRow("quoted empty row")
        << QByteArray("a\r\n\"\"\r\n") << Rows{{s("a")}, {s("")}} << comma;
    QTest::newRow("stray quote taken literally")
        << QByteArray("a,b\r\n5\" gun,x\"y\"\r\n")
        << Rows{{s("a"), s("b")}, {s("5\" gun"), s("x\"y\"")}} << comma;
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{s(" a "), s(" b ")}} << comma;
    QTest::newRow("semicolons from excel")
        << QByteArray("actor;position\r\nFrance;-40,5\r\n")
        << Rows{{s("actor"), s("position")}, {s("France"), s("-40,5")}} << semicolon;
    QTest::newRow("semicolons with a quoted comma")
        << QByteArray("\"a,b\";c\r\n1;2\r\n") << Rows{{s("a,b"), s("c")}, {s("1"), s("2")}}
        << semicolon;
    QTest::newRow("tabs") << QByteArray("a\tb\tc\n1\t2,5\t3\n")
                          << Rows{{s("a"), s("b"), s("c")}, {s("1"), s("2,5"), s("3")}} << tab;
    QTest::newRow("tie goes to comma")
        << QByteArray("a,b;c\n") << Rows{{s("a"), s("b;c")}} << comma;
    QTest::newRow("single column")
        << QByteArray("actor\nFrance\n") << Rows{{s("actor")}, {s("France")}} << comma;
    QTest::newRow("unicode") << QByteArray("Київ,Café\xCC\x81,\xF0\x9F\x95\x8A\xEF\xB8\x8F\r\n")
                             << Rows{{s("Київ"), s("Café\xCC\x81"),
                                      s("\xF0\x9F\x95\x8A\xEF\xB8\x8F")}}
                             << comma;
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(Rows, rows);
    QFETCH(QChar, delimiter);

    CsvReader reader(data, QStringLiteral("claims.csv"));
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(readAll(reader), rows);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(reader.rowNumber(), int(rows.size()));
    // The end stays the end.
    QStringList fields{s("left over")};
    QVERIFY(!reader.readRow(fields));
    QVERIFY(fields.isEmpty());
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("goodRows");
    QTest::addColumn<int>("errorRow");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated at end of file")
        << QByteArray("a,b\r\n1,\"open") << 1 << 2
        << s("claims.csv: row 2: unterminated quoted field (the quote opens on line 2)");
    QTest::newRow("unterminated over many lines")
        << QByteArray("a,b\r\n1,2\r\n\"open\r\n\r\nx,y\r\n") << 2 << 3
        << s("claims.csv: row 3: unterminated quoted field (the quote opens on line 3)");
    QTest::newRow("unterminated header")
        << QByteArray("\"a") << 0 << 1 << s("claims.csv: row 1: unterminated quoted field");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"say \"no\" twice\"\n") << 1 << 2
        << s("claims.csv: row 2: text after the closing quote of field 2");
    QTest::newRow("space after closing quote")
        << QByteArray("\"a\" ,b\n") << 0 << 1
        << s("claims.csv: row 1: text after the closing quote of field 1");
    QTest::newRow("nul unquoted") << QByteArray("a,b\n1,x\0y\n", 10) << 1 << 2
                                  << s("claims.csv: row 2: the file contains NUL bytes");
    QTest::newRow("nul quoted") << QByteArray("a\n\"x\0y\"\n", 8) << 1 << 2
                                << s("claims.csv: row 2: the file contains NUL bytes");
    QTest::newRow("nul after closing quote")
        << QByteArray("\"x\"\0\n", 5) << 0 << 1 << s("claims.csv: row 1: the file contains NUL");
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8)
                                << 0 << 1 << s("claims.csv: row 1: the file is UTF-16 text");
    QTest::newRow("utf-16 without bom")
        << QByteArray("a\0,\0b\0", 6) << 0 << 1 << s("claims.csv: row 1: the file contains NUL");

    const QString utf8 = s("is not valid UTF-8");
    QTest::newRow("latin-1 byte") << QByteArray("a,b\r\n1,2\r\nCaf\xE9,3\r\n4,5\r\n") << 2 << 3
                                  << s("claims.csv: row 3: the text is not valid UTF-8 (line 3, "
                                       "byte 14 of the file)");
    QTest::newRow("invalid in header") << QByteArray("\xFF"
                                                     "a,b\n")
                                       << 0 << 1 << utf8;
    QTest::newRow("invalid after bom")
        << QByteArray("\xEF\xBB\xBF"
                      "a\n\xFF\n")
        << 1 << 2
        << s("claims.csv: row 2: the text is not valid UTF-8 (line 2, byte 6 of the file)");
    QTest::newRow("invalid at line start") << QByteArray("a\r\n\xC3(\r\n") << 1 << 2 << utf8;
    QTest::newRow("invalid after blank line")
        << QByteArray("a\r\n\r\n\xFF") << 2 << 3
        << s("claims.csv: row 3: the text is not valid UTF-8 (line 3");
    QTest::newRow("lone continuation byte") << QByteArray("a\nx\x80y\n") << 1 << 2 << utf8;
    QTest::newRow("overlong slash") << QByteArray("a\n\xC0\xAF\n") << 1 << 2 << utf8;
    QTest::newRow("overlong three bytes") << QByteArray("a\n\xE0\x80\xAF\n") << 1 << 2 << utf8;
    QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << 1 << 2 << utf8;
    QTest::newRow("above U+10FFFF") << QByteArray("a\n\xF4\x90\x80\x80\n") << 1 << 2 << utf8;
    QTest::newRow("cut off at end of file") << QByteArray("a\nb,\xE2\x82") << 1 << 2 << utf8;
    QTest::newRow("invalid inside quoted field")
        << QByteArray("a\n\"x\r\ny\xFFz\"\n") << 1 << 2
        << s("claims.csv: row 2: the text is not valid UTF-8 (line 3, byte 8 of the file)");
    QTest::newRow("invalid right after closing quote")
        << QByteArray("a\n\"x\"\xFF\n") << 1 << 2 << utf8;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, goodRows);
    QFETCH(int, errorRow);
    QFETCH(QString, message);

    CsvReader reader(data, QStringLiteral("claims.csv"));
    const Rows rows = readAll(reader);
    QCOMPARE(rows.size(), goodRows);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.rowNumber(), errorRow);
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("claims.csv: row %1: ").arg(errorRow)),
             qPrintable(reader.errorString()));
    // An error ends the reading for good.
    QStringList fields;
    QVERIFY(!reader.readRow(fields));
    QVERIFY(reader.hasError());
}

void TestCsvReader::errorWithoutFileName()
{
    CsvReader reader(QByteArray("\"a"), QString());
    QStringList fields;
    QVERIFY(!reader.readRow(fields));
    QVERIFY(reader.errorString().startsWith(QLatin1String("row 1: unterminated")));
}

void TestCsvReader::rowAndLineNumbers()
{
    // Rows and physical lines part ways once a quoted field spans lines.
    const QByteArray data("id,note\r\n"                // row 1, line 1
                          "1,\"two\r\nlines\"\r\n"     // row 2, lines 2-3
                          "2,\"three\nmore\rlines\"\n" // row 3, lines 4-6
                          "\r\n"                       // row 4, line 7 (blank)
                          "3,last");                   // row 5, line 8
    CsvReader reader(data, QStringLiteral("claims.csv"));
    QStringList fields;
    const QList<std::pair<int, qsizetype>> expected{{1, 1}, {2, 2}, {3, 4}, {4, 7}, {5, 8}};
    for (const auto &[row, line] : expected) {
        QVERIFY(reader.readRow(fields));
        QCOMPARE(reader.rowNumber(), row);
        QCOMPARE(reader.lineNumber(), line);
    }
    QCOMPARE(fields, (QStringList{s("3"), s("last")}));
    QVERIFY(!reader.readRow(fields));
    QVERIFY(!reader.hasError());
}

void TestCsvReader::roundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("no bom") << false << quint32(20240611);
    QTest::newRow("bom") << true << quint32(7);
}

void TestCsvReader::roundTrip()
{
    QFETCH(bool, bom);
    QFETCH(quint32, seed);

    // Pieces chosen to trip a writer or reader: delimiters of every kind, quotes, each
    // line end, spaces at the edges, formula starters, surrogate pairs, combining marks.
    const QStringList pieces{
        s("a"),    s("Zürich"),   s(","),      s(";"),       s("\t"),  s("\""),
        s("\"\""), s("\r"),       s("\n"),     s("\r\n"),    s(" "),   s("="),
        s("-"),    s("@"),        s("'"),      s("🕊️"), s("🇺🇦"),  s("e\xCC\x81"),
        s("中文"), s("\xD8\xA3"), s("\u00A0"), s("0"),       s("-40"), QString(QChar(0xFEFF))};
    QRandomGenerator random(seed);
    Rows rows;
    for (int r = 0; r < 2000; ++r) {
        QStringList row;
        const int columns = 1 + random.bounded(8);
        for (int c = 0; c < columns; ++c) {
            QString field;
            const int length = random.bounded(6);
            for (int k = 0; k < length; ++k)
                field += pieces.at(random.bounded(pieces.size()));
            row << field;
        }
        rows << row;
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(bom);
    for (const QStringList &row : std::as_const(rows))
        writer.writeRow(row);
    QVERIFY(writer.flush());

    CsvReader reader(buffer.data(), QStringLiteral("round-trip.csv"));
    QCOMPARE(reader.delimiter(), QLatin1Char(','));
    const Rows back = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(back.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(back.at(i), rows.at(i));
}

void TestCsvReader::formulaRoundTrip()
{
    const QStringList cells{s("=1+2"),     s("-40"), s("@x"),  s("+33"),  s("\t=x"), s("\r=x"),
                            s("'already"), s("a=b"), s("'=x"), s("''+1"), s("'"),    s("")};
    QList<CsvField> fields;
    for (const QString &cell : cells)
        fields << CsvField{cell, true};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(fields);
    QVERIFY(writer.flush());

    CsvReader reader(buffer.data(), QString());
    QStringList back;
    QVERIFY(reader.readRow(back));
    QCOMPARE(back.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QVERIFY(!formula::isFormulaLike(back.at(i)));
        QCOMPARE(formula::unescape(back.at(i)), cells.at(i));
    }
}

void TestCsvReader::zeroWidthNoBreakSpaceFirst_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("no bom") << false;
    QTest::newRow("bom") << true;
}

void TestCsvReader::zeroWidthNoBreakSpaceFirst()
{
    // U+FEFF as the first character of the data must not be mistaken for a byte order mark.
    QFETCH(bool, bom);
    const QStringList row{QChar(0xFEFF) + s("x"), s("y")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(bom);
    writer.writeRow(row);
    QVERIFY(writer.flush());
    CsvReader reader(buffer.data(), QString());
    QCOMPARE(readAll(reader), Rows{row});
}

void TestCsvReader::benchmarkRead()
{
    // 100,000 rows of 20 fields, a third of them quoted; the time is reported, not checked.
    QByteArray data;
    data.reserve(50 << 20);
    for (int i = 0; i < 100'000; ++i) {
        for (int column = 0; column < 20; ++column) {
            if (column > 0)
                data += ',';
            switch (column % 3) {
            case 0:
                data += QByteArray::number(i * 20 + column);
                break;
            case 1:
                data += "Minist\xC3\xA8re des Affaires \xC3\xA9trang\xC3\xA8res";
                break;
            default:
                data += "\"He said \"\"no\"\", twice\"";
            }
        }
        data += "\r\n";
    }
    qsizetype rows = 0;
    QBENCHMARK_ONCE
    {
        CsvReader reader(data, QStringLiteral("bench.csv"));
        QStringList fields;
        while (reader.readRow(fields))
            ++rows;
        QVERIFY(!reader.hasError());
    }
    QCOMPARE(rows, qsizetype(100'000));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
