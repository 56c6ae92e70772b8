// Text as XML 1.0 can carry it, for the REFI-QDA and GraphML writers.
#include "core/text/xmltext.h"

#include <QTest>

using namespace demarche;

class TestXmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesWhatXmlCannotCarry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString fffd(QChar(0xFFFD));
        QTest::newRow("plain") << QStringLiteral("Lavrov said") << QStringLiteral("Lavrov said");
        QTest::newRow("tab, line feed, return kept")
            << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\tb\nc\rd");
        QTest::newRow("control character") << QStringLiteral("a\u0001b") << "a" + fffd + "b";
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << "a" + fffd + "b";
        QTest::newRow("U+FFFE") << QString(QChar(0xFFFE)) << fffd;
        QTest::newRow("lone high surrogate at the end")
            << QString(QStringLiteral("x") + QChar(0xD83D)) << "x" + fffd;
        QTest::newRow("lone low surrogate")
            << QString(QChar(0xDE00) + QStringLiteral("y")) << fffd + "y";
        QTest::newRow("a pair kept")
            << QStringLiteral("peace \U0001F54A") << QStringLiteral("peace \U0001F54A");
    }

    void replacesWhatXmlCannotCarry()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(xmlSafeText(text), expected);
    }

    // The common case costs no copy.
    void cleanTextIsShared()
    {
        const QString text = QStringLiteral("Moscow demands guarantees").repeated(3);
        QCOMPARE(xmlSafeText(text).constData(), text.constData());
    }
};

QTEST_APPLESS_MAIN(TestXmlText)
#include "tst_xmltext.moc"
