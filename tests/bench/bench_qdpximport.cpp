// REFI-QDA import: a .qdpx of 1,000 documents and 100,000 claims, written as Demarche
// writes one (docs/REFI-QDA.md), read into a new project. Target: under 10 s.
//   scripts/bench qdpx-import [--documents N] [--claims-per-document N]
#include "benchtiming.h"
#include "core/exchange/qdpximport.h"
#include "core/exchange/qdpxvocabulary.h"
#include "core/storage/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace demarche;

namespace {

QString guid(int kind, int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(n, 12, 16, QLatin1Char('0'));
}

void addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(data) != data.size())
        bench::die(QStringLiteral("cannot write %1").arg(name));
    file.close();
}

// Sentences of the same length, so that claims are spread evenly through each text.
QString sentence(int document, int i)
{
    return QStringLiteral("Minister %1 said on day %2 that the talks on item %3 would go on.\n")
        .arg(document % 97, 2, 10, QLatin1Char('0'))
        .arg(i % 28, 2, 10, QLatin1Char('0'))
        .arg(i, 4, 10, QLatin1Char('0'));
}

void writeQdpx(const QString &path, int documents, int claimsPerDocument)
{
    constexpr int Actors = 50;
    constexpr int Topics = 20;
    QString xml;
    xml.reserve(qsizetype(documents) * claimsPerDocument * 800);
    xml += QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"%1\" "
                          "name=\"bench\" origin=\"Demarche bench\">"
                          "<Users><User guid=\"%2\" name=\"Bench\"/></Users><CodeBook><Codes>")
               .arg(QString::fromUtf16(qdpx::Namespace), guid(9, 0));
    xml += QStringLiteral("<Code guid=\"%1\" name=\"Actors\" isCodable=\"false\">").arg(guid(1, 0));
    for (int a = 1; a <= Actors; ++a)
        xml += QStringLiteral("<Code guid=\"%1\" name=\"Actor %2\" isCodable=\"true\" "
                              "color=\"#336699\"><Description>Kind: state</Description></Code>")
                   .arg(guid(1, a))
                   .arg(a);
    xml += QStringLiteral("</Code><Code guid=\"%1\" name=\"Topics\" isCodable=\"false\">")
               .arg(guid(2, 0));
    for (int t = 1; t <= Topics; ++t)
        xml += QStringLiteral("<Code guid=\"%1\" name=\"Bench topic %2\" isCodable=\"true\"/>")
                   .arg(guid(2, t))
                   .arg(t);
    xml += QStringLiteral("</Code><Code guid=\"%1\" name=\"Stances\" isCodable=\"false\">")
               .arg(guid(3, 0));
    for (int s = 0; s < 9; ++s)
        xml += QStringLiteral("<Code guid=\"%1\" name=\"%2\" isCodable=\"true\"/>")
                   .arg(guid(3, s + 1), qdpx::stanceName(Stance(s)));
    xml += QStringLiteral("</Code></Codes></CodeBook><Sources>");

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        bench::die(QStringLiteral("cannot create %1").arg(path));
    int claim = 0;
    for (int d = 0; d < documents; ++d) {
        QString text;
        for (int i = 0; i < claimsPerDocument; ++i)
            text += sentence(d, i);
        const qsizetype line = sentence(d, 0).size();
        addEntry(zip, QStringLiteral("sources/%1.txt").arg(guid(4, d)), text.toUtf8());
        xml += QStringLiteral("<TextSource guid=\"%1\" name=\"Document %2\" "
                              "plainTextPath=\"internal://%1.txt\" "
                              "creationDateTime=\"2024-01-01T00:00:00Z\">")
                   .arg(guid(4, d))
                   .arg(d);
        for (int i = 0; i < claimsPerDocument; ++i, ++claim) {
            const qsizetype start = i * line;
            xml += QStringLiteral(
                       "<PlainTextSelection guid=\"%1\" name=\"Minister\" startPosition=\"%2\" "
                       "endPosition=\"%3\" creatingUser=\"%4\" "
                       "creationDateTime=\"2024-02-01T10:00:00Z\" modifyingUser=\"%4\" "
                       "modifiedDateTime=\"2024-02-01T10:00:00Z\"><Description>Position: %5\n"
                       "Salience: 3\nAttribution: paraphrase\nNote:\nA note.</Description>")
                       .arg(guid(5, claim))
                       .arg(start)
                       .arg(start + line - 1)
                       .arg(guid(9, 0))
                       .arg(claim % 201 - 100);
            const QString codes[] = {guid(1, 1 + claim % Actors), guid(2, 1 + claim % Topics),
                                     guid(3, 1 + claim % 9)};
            for (int k = 0; k < 3; ++k)
                xml += QStringLiteral("<Coding guid=\"%1\" creatingUser=\"%2\">"
                                      "<CodeRef targetGUID=\"%3\"/></Coding>")
                           .arg(guid(6 + k, claim), guid(9, 0), codes[k]);
            xml += QStringLiteral("</PlainTextSelection>");
        }
        xml += QStringLiteral("</TextSource>");
    }
    xml += QStringLiteral("</Sources></Project>\n");
    addEntry(zip, QStringLiteral("project.qde"), xml.toUtf8());
    zip.close();
    if (zip.getZipError() != 0)
        bench::die(QStringLiteral("cannot finish %1").arg(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int documents = option(QStringLiteral("--documents"), 1000);
    const int perDocument = option(QStringLiteral("--claims-per-document"), 100);
    QTemporaryDir dir;
    const QString qdpx = dir.filePath(QStringLiteral("bench.qdpx"));
    QElapsedTimer setup;
    setup.start();
    writeQdpx(qdpx, documents, perDocument);
    bench::say(QStringLiteral("setup: %1 documents, %2 claims, %3 MB written in %4 ms")
                   .arg(documents)
                   .arg(qint64(documents) * perDocument)
                   .arg(QFileInfo(qdpx).size() / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(setup.elapsed()));
    int run = 0;
    QdpxImportReport report;
    const auto timing = bench::bestOf(2, [&] {
        auto store = bench::take(
            ProjectStore::create(dir.filePath(QStringLiteral("in%1.demarche").arg(++run))));
        report = bench::take(importQdpx(*store, qdpx));
    });
    if (report.claims != documents * perDocument || !report.losses.isEmpty())
        bench::die(QStringLiteral("imported %1 claims, %2 losses")
                       .arg(report.claims)
                       .arg(report.losses.size()));
    bench::say(QStringLiteral("qdpx import, %1 documents, %2 claims: %3 (target < 10 s)")
                   .arg(documents)
                   .arg(report.claims)
                   .arg(bench::ms(timing)));
    return 0;
}
