#include "core/csv/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

// A device that takes at most `capacity` bytes, a few at a time, then refuses; it stands in
// for a full disk and for a pipe that accepts partial writes.
class LimitedDevice final : public QIODevice
{
public:
    LimitedDevice(qint64 capacity, qint64 step)
        : m_capacity(capacity)
        , m_step(step)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        const qint64 room = m_capacity - data.size();
        if (room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = qMin(qMin(size, room), m_step);
        data.append(bytes, n);
        return n;
    }

private:
    qint64 m_capacity;
    qint64 m_step;
};

QByteArray written(const QList<QStringList> &rows, bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(bom);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    [&] { QVERIFY(writer.flush()); }();
    return buffer.data();
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteField_data();
    void quoteField();
    void recordEndsAreCrlf();
    void byteOrderMark_data();
    void byteOrderMark();
    void byteOrderMarkOnlyBeforeFirstRow();
    void formulaEscapeOnlyWhereAsked();
    void singleEmptyFieldIsNotABlankLine();
    void emptyFieldsKeepTheirCommas();
    void largeOutputSpansChunks();
    void partialWritesAreCompleted();
    void failingDevice_data();
    void failingDevice();
    void readOnlyFileFails();
    void fullDiskFails();
    void destructorWritesWhatIsLeft();
    void committedSaveFile();
    void benchmarkWrite();
};

void TestCsvWriter::quoteField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain") << QStringLiteral("Ukraine") << QStringLiteral("Ukraine");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"no\"") << QStringLiteral("\"say \"\"no\"\"\"");
    QTest::newRow("only quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::newRow("only space") << QStringLiteral(" ") << QStringLiteral("\" \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\tb\"");
    QTest::newRow("leading zero width no-break space")
        << QString(QChar(0xFEFF)) + QStringLiteral("a") << QStringLiteral("\"\uFEFFa\"");
    QTest::newRow("apostrophe") << QStringLiteral("'=1") << QStringLiteral("'=1");
    QTest::newRow("accents") << QStringLiteral("Élysée") << QStringLiteral("Élysée");
    QTest::newRow("cyrillic comma")
        << QStringLiteral("Київ, Україна") << QStringLiteral("\"Київ, Україна\"");
    QTest::newRow("emoji") << QStringLiteral("🕊️🇺🇦")
                           << QStringLiteral("🕊️🇺🇦");
    QTest::newRow("emoji quote") << QStringLiteral("\"🕊\"")
                                 << QStringLiteral("\"\"\"🕊\"\"\"");
    // e + COMBINING ACUTE ACCENT stays as written, not normalised.
    QTest::newRow("combining") << QStringLiteral("Cafe\u0301") << QStringLiteral("Cafe\u0301");
    QTest::newRow("arabic") << QStringLiteral("مجلس الأمن") << QStringLiteral("مجلس الأمن");
}

void TestCsvWriter::quoteField()
{
    QFETCH(QString, field);
    QFETCH(QString, quoted);
    QCOMPARE(CsvWriter::quoteField(field), quoted);

    // In a row the field appears exactly as quoteField() says, in UTF-8.
    const QByteArray expected = quoted.toUtf8() + ",x\r\n";
    QCOMPARE(written({{field, QStringLiteral("x")}}), expected);
}

void TestCsvWriter::recordEndsAreCrlf()
{
    const QByteArray bytes = written({{QStringLiteral("actor"), QStringLiteral("position")},
                                      {QStringLiteral("France"), QStringLiteral("-40")},
                                      {QStringLiteral("line\nbreak"), QString()}});
    QCOMPARE(bytes, QByteArray("actor,position\r\nFrance,-40\r\n\"line\nbreak\",\r\n"));
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("off") << false << QByteArray("a,\xC3\xA9\r\n");
    QTest::newRow("on") << true
                        << QByteArray("\xEF\xBB\xBF"
                                      "a,\xC3\xA9\r\n");
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);
    QCOMPARE(written({{QStringLiteral("a"), QStringLiteral("é")}}, bom), expected);
}

void TestCsvWriter::byteOrderMarkOnlyBeforeFirstRow()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(true);
    writer.writeRow(QStringList{QStringLiteral("a")});
    writer.setByteOrderMark(false); // too late: ignored
    writer.writeRow(QStringList{QStringLiteral("b")});
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                       "a\r\nb\r\n"));

    // No rows, no bytes: an empty export stays empty.
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    CsvWriter nothing(&empty);
    nothing.setByteOrderMark(true);
    QVERIFY(nothing.flush());
    QCOMPARE(empty.data(), QByteArray());
}

void TestCsvWriter::formulaEscapeOnlyWhereAsked()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(QList<CsvField>{{QStringLiteral("-40"), false},
                                    {QStringLiteral("=HYPERLINK(\"x\")"), true},
                                    {QStringLiteral("@a,b"), true},
                                    {QStringLiteral("a=b"), true},
                                    {QString(), true}});
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("-40,\"'=HYPERLINK(\"\"x\"\")\",\"'@a,b\",a=b,\r\n"));
}

void TestCsvWriter::singleEmptyFieldIsNotABlankLine()
{
    QCOMPARE(written({{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}}),
             QByteArray("a\r\n\"\"\r\nb\r\n"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(QList<CsvField>{{QString(), true}});
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("\"\"\r\n"));
}

void TestCsvWriter::emptyFieldsKeepTheirCommas()
{
    QCOMPARE(written({{QString(), QString(), QString()}}), QByteArray(",,\r\n"));
}

void TestCsvWriter::largeOutputSpansChunks()
{
    // Enough rows to pass the chunk size several times; the bytes must be seamless.
    const QStringList row{QStringLiteral("Ελλάδα"), QStringLiteral("a \"quoted\" note, long"),
                          QStringLiteral("🕊"), QStringLiteral("12")};
    const QByteArray line = QByteArray("\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1,")
                            + "\"a \"\"quoted\"\" note, long\",\xF0\x9F\x95\x8A,12\r\n";
    const int rows = 100'000;
    QList<QStringList> all(rows, row);
    const QByteArray bytes = written(all);
    QCOMPARE(bytes.size(), line.size() * rows);
    QCOMPARE(bytes, line.repeated(rows));
}

void TestCsvWriter::partialWritesAreCompleted()
{
    LimitedDevice device(1 << 20, 7);
    CsvWriter writer(&device);
    writer.writeRow(QStringList{QStringLiteral("one, two"), QStringLiteral("three")});
    QVERIFY(writer.flush());
    QVERIFY(!writer.hasError());
    QCOMPARE(device.data, QByteArray("\"one, two\",three\r\n"));
}

void TestCsvWriter::failingDevice_data()
{
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing fits") << qint64(0) << 1;
    QTest::newRow("full after a few bytes") << qint64(10) << 3;
    QTest::newRow("full during a large export") << (qint64(1) << 20) << 200'000;
}

void TestCsvWriter::failingDevice()
{
    QFETCH(qint64, capacity);
    QFETCH(int, rows);
    LimitedDevice device(capacity, 1 << 16);
    CsvWriter writer(&device);
    for (int i = 0; i < rows; ++i)
        writer.writeRow(QStringList{QStringLiteral("row"), QString::number(i)});
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
    QVERIFY2(writer.errorString().contains(QLatin1String("No space left on device")),
             qPrintable(writer.errorString()));
    // The failure sticks.
    writer.writeRow(QStringList{QStringLiteral("more")});
    QVERIFY(!writer.flush());
}

void TestCsvWriter::readOnlyFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("claims.csv"));
    {
        QFile create(path);
        QVERIFY(create.open(QIODevice::WriteOnly));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvWriter writer(&file);
    writer.writeRow(QStringList{QStringLiteral("a")});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());

    CsvWriter noDevice(nullptr);
    noDevice.writeRow(QStringList{QStringLiteral("a")});
    QVERIFY(!noDevice.flush());
}

void TestCsvWriter::fullDiskFails()
{
    // Linux's /dev/full accepts open() and fails every write with ENOSPC, the way a full
    // disk does: only when QFile's own buffer is flushed.
    QFile file(QStringLiteral("/dev/full"));
    if (!file.exists() || !file.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    CsvWriter writer(&file);
    writer.writeRow(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
}

void TestCsvWriter::destructorWritesWhatIsLeft()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRow(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    }
    QCOMPARE(buffer.data(), QByteArray("a,b\r\n"));
}

void TestCsvWriter::committedSaveFile()
{
    // The exporter's order: flush, commit, then the writer goes out of scope. Nothing may
    // touch the committed file or warn about it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("claims.csv"));
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.setByteOrderMark(true);
        writer.writeRow(QStringList{QStringLiteral("actor"), QStringLiteral("note")});
        writer.writeRow(QList<CsvField>{{QStringLiteral("Brasil"), true},
                                        {QStringLiteral("=cmd|' /C calc'!A0"), true}});
        QVERIFY(writer.flush());
        QVERIFY(file.commit());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                        "actor,note\r\nBrasil,'=cmd|' /C calc'!A0\r\n"));
}

void TestCsvWriter::benchmarkWrite()
{
    // 100,000 rows of 20 fields, like a large claims export; the time is reported, not
    // checked.
    QList<QStringList> rows;
    rows.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        QStringList row;
        row.reserve(20);
        for (int column = 0; column < 20; ++column) {
            switch (column % 4) {
            case 0:
                row << QString::number(i * 20 + column);
                break;
            case 1:
                row << QStringLiteral("Ministère des Affaires étrangères");
                break;
            case 2:
                row << QStringLiteral("He said \"no\", twice");
                break;
            default:
                row << QStringLiteral("-40");
            }
        }
        rows << row;
    }
    QByteArray bytes;
    QBENCHMARK_ONCE
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &row : std::as_const(rows))
            writer.writeRow(row);
        QVERIFY(writer.flush());
    }
    QVERIFY(bytes.size() > 100'000 * 20);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
