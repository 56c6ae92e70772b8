// Finding a quote in a document's text: the text was normalised on import, and a quote
// typed or pasted in any Unicode form must be found where the same characters stand.
#include "core/text/documenttext.h"
#include "core/text/nfc.h"

#include <QTest>

using namespace demarche;

class TestDocumentText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAQuoteInAnyForm_data()
    {
        QTest::addColumn<QString>("text"); // as given to the importer
        QTest::addColumn<QString>("quote");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");

        QTest::newRow("the same form") << QStringLiteral("Talks in Gen\u00e8ve today")
                                       << QStringLiteral("Gen\u00e8ve") << qint64(9) << qint64(15);
        QTest::newRow("a decomposed quote")
            << QStringLiteral("Talks in Gen\u00e8ve today") << QStringLiteral("Gene\u0300ve")
            << qint64(9) << qint64(15);
        QTest::newRow("a decomposed text")
            << QStringLiteral("Talks in Gene\u0300ve today") << QStringLiteral("Gen\u00e8ve")
            << qint64(9) << qint64(15);
        // The importer breaks a run of more than 30 combining marks with a joiner; the
        // quote must be broken the same way to be found.
        const QString marks = QStringLiteral("x") + QString(40, QChar(0x0301));
        QTest::newRow("a run of 40 combining marks")
            << marks + QStringLiteral(" end") << marks << qint64(0) << qint64(42);
        QTest::newRow("not there") << QStringLiteral("Talks in Geneva")
                                   << QStringLiteral("Gen\u00e8ve") << qint64(-1) << qint64(-1);
    }

    void findsAQuoteInAnyForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const DocumentText document(textimport::toNfc(text));
        const auto [foundStart, foundEnd] = document.find(quote, 1);
        QCOMPARE(foundStart, start);
        QCOMPARE(foundEnd, end);
    }
};

QTEST_MAIN(TestDocumentText)
#include "tst_documenttext.moc"
