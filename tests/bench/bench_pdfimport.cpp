// Times the PDF importer (bytes -> canonical text, as `import` does) on a 100-page
// two-column article with running headers and page numbers, made here by pdflatex;
// skipped when pdflatex is missing. The figure to keep under: 5 s.
//
//   build/tests/bench/bench_pdfimport [--pages N] [--runs N]   (defaults: 100 pages, best of 3)
#include "benchtiming.h"
#include "core/import/pdftext.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <iterator>

using namespace demarche;
using namespace demarche::bench;

namespace {

// Sentences enough for varied lines; TeX hyphenates their long words at the column edge.
const char *const Sentences[] = {
    "The ministers discussed the implementation of the agreement on humanitarian corridors.",
    "Officials described the negotiations as difficult but constructive.",
    "The delegation insisted on international guarantees for any settlement.",
    "A spokesperson rejected the accusations as unfounded and politically motivated.",
    "Both sides agreed to continue consultations at the level of deputy ministers.",
    "Observers noted that the differences on sequencing remained considerable.",
    "The government signalled readiness to discuss verification mechanisms.",
    "Sanctions, the minister warned, would not change the government's calculations.",
};

QString article(int pages)
{
    QString tex =
        QStringLiteral("\\documentclass[10pt,twocolumn]{article}\n"
                       "\\usepackage[a4paper,margin=20mm]{geometry}\n"
                       "\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\n"
                       "\\fancyhead[L]{Review of Diplomatic Affairs}\\fancyhead[R]{Spring 2024}\n"
                       "\\fancyfoot[C]{--- \\thepage\\ ---}\n"
                       "\\begin{document}\n");
    int n = 0;
    for (int page = 0; page < pages; ++page) {
        tex += QStringLiteral("\\section{Round %1}\n").arg(page + 1);
        for (int paragraph = 0; paragraph < 8; ++paragraph) {
            for (int sentence = 0; sentence < 9; ++sentence)
                tex +=
                    QLatin1String(Sentences[(n++ * 5 + paragraph) % std::size(Sentences)]) + u' ';
            tex += QLatin1String("\n\n");
        }
        tex += QLatin1String("\\clearpage\n");
    }
    return tex + QLatin1String("\\end{document}\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int pages = 100;
    int runs = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--pages"))
            pages = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else
            die(QStringLiteral("usage: bench_pdfimport [--pages N] [--runs N]"));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdflatex")).isEmpty()) {
        say(QStringLiteral("pdf import: skipped, pdflatex is not installed"));
        return 0;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    QFile source(dir.filePath(QStringLiteral("article.tex")));
    if (!source.open(QIODevice::WriteOnly) || source.write(article(pages).toUtf8()) < 0)
        die(QStringLiteral("cannot write %1").arg(source.fileName()));
    source.close();
    QProcess latex;
    latex.setWorkingDirectory(dir.path());
    latex.start(QStringLiteral("pdflatex"),
                {QStringLiteral("-interaction=batchmode"), QStringLiteral("article.tex")});
    if (!latex.waitForFinished(300000) || latex.exitCode() != 0)
        die(QStringLiteral("pdflatex failed; see %1")
                .arg(dir.filePath(QStringLiteral("article.log"))));
    QFile pdf(dir.filePath(QStringLiteral("article.pdf")));
    if (!pdf.open(QIODevice::ReadOnly))
        die(QStringLiteral("pdflatex made no PDF"));
    const QByteArray bytes = pdf.readAll();

    ImportedText imported;
    const Timing timing = bestOf(
        runs, [&] { imported = take(textimport::pdfText(bytes, QStringLiteral("article.pdf"))); });
    const int lastPage = imported.pages.isEmpty() ? 0 : imported.pages.constLast().page;
    say(QStringLiteral("pdf import: %1 pages (%2 KB), %3 characters, best of %4: %5")
            .arg(lastPage)
            .arg(bytes.size() / 1024)
            .arg(imported.text.size())
            .arg(runs)
            .arg(ms(timing)));
    for (const QString &note : std::as_const(imported.notes))
        say(QStringLiteral("  ") + note);
    return 0;
}
