// exportClaimsCsv's progress reports and cancellation (the CSV's form is checked through
// the CLI in tests/cli/tst_cli_export.cpp).
#include "core/export/claimsexport.h"
#include "core/storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

using Report = QPair<qint64, qint64>; // written, total

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestClaimsExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QList<DocumentId> m_documents;
    QList<ActorId> m_actors;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("out%1.csv").arg(++m_files)); }

    // Two documents; claims 0-4 in the first (holders A B A B A), 5-6 in the second (A A).
    void fillProject()
    {
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("t.demarche")));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        m_store = std::move(store).value();
        for (const char *title : {"First", "Second"}) {
            Document document;
            document.title = QString::fromLatin1(title);
            document.text = QStringLiteral("one two three four five six seven eight nine ten");
            // The second comes from a file with pages: page 2 starts at "six".
            if (qstrcmp(title, "Second") == 0)
                document.pages = {{0, 1}, {22, 2}};
            auto added = m_store->addDocument(document, ProjectStore::Duplicates::Allow);
            QVERIFY(added);
            m_documents.append(added->id);
        }
        for (const char *name : {"A", "B"}) {
            Actor actor;
            actor.name = QString::fromLatin1(name);
            auto added = m_store->addActor(actor);
            QVERIFY(added);
            m_actors.append(added->id);
        }
        auto topics = m_store->topics();
        QVERIFY(topics && !topics->isEmpty());
        for (int i = 0; i < 7; ++i) {
            Claim claim;
            claim.document = m_documents.at(i < 5 ? 0 : 1);
            claim.start = i * 4;
            claim.end = i * 4 + 3;
            claim.holder = m_actors.at(i < 5 ? i % 2 : 0);
            claim.topic = topics->first().id;
            claim.note = QStringLiteral("=SUM(A1) note %1").arg(i);
            QVERIFY2(m_store->addClaim(claim), "cannot add a claim");
        }
    }

    QList<Report> exportWithReports(const QString &path, ClaimsExportOptions options,
                                    Result<qint64> *result)
    {
        QList<Report> reports;
        options.progress = [&reports](qint64 written, qint64 total) {
            reports.append({written, total});
            return true;
        };
        *result = exportClaimsCsv(*m_store, path, options);
        return reports;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fillProject();
    }

    void reportsProgress_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<QList<Report>>("expected");
        QTest::newRow("every 2") << 2 << QList<Report>{{0, 7}, {2, 7}, {4, 7}, {6, 7}, {7, 7}};
        QTest::newRow("every 7") << 7 << QList<Report>{{0, 7}, {7, 7}};
        QTest::newRow("every 1000") << 1000 << QList<Report>{{0, 7}, {7, 7}};
    }

    void reportsProgress()
    {
        QFETCH(int, interval);
        QFETCH(QList<Report>, expected);
        ClaimsExportOptions options;
        options.progressInterval = interval;
        Result<qint64> result = Error{};
        const QList<Report> reports = exportWithReports(freshPath(), options, &result);
        QVERIFY(result);
        QCOMPARE(result.value(), 7);
        QCOMPARE(reports, expected);
    }

    void totalFollowsTheFilter_data()
    {
        QTest::addColumn<int>("documentIndex"); // -1: any
        QTest::addColumn<int>("actorIndex");    // -1: any
        QTest::addColumn<qint64>("total");
        QTest::newRow("first document") << 0 << -1 << qint64(5);
        QTest::newRow("second document") << 1 << -1 << qint64(2);
        QTest::newRow("holder A") << -1 << 0 << qint64(5);
        QTest::newRow("holder B") << -1 << 1 << qint64(2);
        QTest::newRow("holder B in the second document") << 1 << 1 << qint64(0);
    }

    void totalFollowsTheFilter()
    {
        QFETCH(int, documentIndex);
        QFETCH(int, actorIndex);
        QFETCH(qint64, total);
        ClaimsExportOptions options;
        if (documentIndex >= 0)
            options.filter.documents = {m_documents.at(documentIndex)};
        if (actorIndex >= 0)
            options.filter.holders = {m_actors.at(actorIndex)};
        Result<qint64> result = Error{};
        const QList<Report> reports = exportWithReports(freshPath(), options, &result);
        QVERIFY(result);
        QCOMPARE(result.value(), total);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.first(), Report(0, total));
        QCOMPARE(reports.last(), Report(total, total));
    }

    void progressDoesNotChangeTheFile_data()
    {
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<bool>("formulaEscape");
        QTest::newRow("plain") << false << true;
        QTest::newRow("bom, no escaping") << true << false;
    }

    void progressDoesNotChangeTheFile()
    {
        QFETCH(bool, byteOrderMark);
        QFETCH(bool, formulaEscape);
        ClaimsExportOptions options;
        options.byteOrderMark = byteOrderMark;
        options.formulaEscape = formulaEscape;
        options.progressInterval = 3;
        const QString plainPath = freshPath();
        QVERIFY(exportClaimsCsv(*m_store, plainPath, options));
        Result<qint64> result = Error{};
        const QString reportedPath = freshPath();
        (void)exportWithReports(reportedPath, options, &result);
        QVERIFY(result);
        const QByteArray plain = readAll(plainPath);
        QVERIFY(plain.count('\n') == 8); // the header and seven claims
        QCOMPARE(readAll(reportedPath), plain);
    }

    // The topic's poles are the last two columns, after every column of older exports.
    void scaleColumnsComeLast()
    {
        const QString path = freshPath();
        QVERIFY(exportClaimsCsv(*m_store, path, {}));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QVERIFY(lines.first().startsWith("claim_id,"));
        QVERIFY2(
            lines.first().endsWith(",document_url,topic_negative_pole,topic_positive_pole,page\r"),
            lines.first().constData());
        const Topic topic = m_store->topics()->first();
        QVERIFY(topic.hasScale());
        // The first document has no pages: its claims' page is empty.
        const QByteArray ends =
            "," + topic.negativePole.toUtf8() + "," + topic.positivePole.toUtf8() + ",\r";
        QVERIFY2(lines.at(1).endsWith(ends), lines.at(1).constData());
    }

    // A claim cites the page of the file it starts on, in the last column.
    void claimsGiveTheirPage()
    {
        const QString path = freshPath();
        QVERIFY(exportClaimsCsv(*m_store, path, {}));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 9); // heading, 7 claims, the empty text after the last CRLF
        QStringList pages;
        for (qsizetype i = 1; i < 8; ++i)
            pages.append(QString::fromUtf8(lines.at(i).split(',').constLast()).trimmed());
        // Claims 0-4 are in the first document; 5 starts at 20 (page 1), 6 at 24 (page 2).
        QCOMPARE(pages,
                 QStringList({{}, {}, {}, {}, {}, QStringLiteral("1"), QStringLiteral("2")}));
    }

    void cancelWritesNoFile_data()
    {
        QTest::addColumn<qint64>("stopAt");
        QTest::newRow("before the first row") << qint64(0);
        QTest::newRow("midway") << qint64(4);
        QTest::newRow("after the last row") << qint64(7);
    }

    void cancelWritesNoFile()
    {
        QFETCH(qint64, stopAt);
        ClaimsExportOptions options;
        options.progressInterval = 2;
        QList<qint64> seen;
        options.progress = [&seen, stopAt](qint64 written, qint64) {
            seen.append(written);
            return written < stopAt;
        };
        const QString path = freshPath();
        auto result = exportClaimsCsv(*m_store, path, options);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(seen.last(), stopAt); // no report after the one that cancelled
        QCOMPARE(seen.count(stopAt), 1);
    }

    void cancelKeepsAnEarlierFile()
    {
        const QString path = freshPath();
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier export\n");
        }
        ClaimsExportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        QVERIFY(!exportClaimsCsv(*m_store, path, options));
        QCOMPARE(readAll(path), QByteArray("earlier export\n"));
    }
};

QTEST_GUILESS_MAIN(TestClaimsExport)
#include "tst_claimsexport.moc"
