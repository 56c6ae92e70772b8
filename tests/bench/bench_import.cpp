// Times the text importers (bytes -> canonical text, as `import` does) on ordinary articles
// and on hostile inputs
// at two sizes and prints the ratio of the times: about 2 when the work is linear in the
// input, 4 when it is quadratic. Every importer must stay near 2 on every input class.
//
//   build/tests/bench/bench_import [--mb A,B] [--runs N] [--only TEXT]
//   (defaults: 1 and 2 MB, best of 3; --only keeps the classes whose name contains TEXT)
#include "benchtiming.h"
#include "core/import/textimporter.h"
#include "syntheticproject.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <random>
#include <vector>

using namespace demarche;
using namespace demarche::bench;
using textimport::Format;

namespace {

struct InputClass
{
    const char *name;
    Format format;
    std::function<QString(qsizetype)> make; // an input of about `size` characters
};

QString repeat(const QString &unit, qsizetype size)
{
    return unit.repeated(std::max<qsizetype>(1, size / unit.size()));
}

// `open` nested as deep as fits, `middle` inside, then as many `close`.
QString nest(const QString &open, const QString &middle, const QString &close, qsizetype size)
{
    const qsizetype depth = std::max<qsizetype>(1, size / (open.size() + close.size()));
    return open.repeated(depth) + middle + close.repeated(depth);
}

// Half of `first` repeated, then half of `second`.
QString halves(const QString &first, const QString &second, qsizetype size)
{
    return repeat(first, size / 2) + repeat(second, size / 2);
}

// A list nested by indentation, one level deeper on every line.
QString indentedList(const QString &marker, qsizetype size)
{
    QString out;
    for (qsizetype depth = 0; out.size() < size; ++depth)
        out += QString(depth * (marker.size() + 1), u' ') + marker + QStringLiteral(" item\n");
    return out;
}

// Backtick runs of every length, none of which closes another.
QString backtickLengths(qsizetype size)
{
    QString out;
    for (qsizetype length = 1; out.size() < size; ++length)
        out += QString(length, u'`') + u'a';
    return out;
}

QString referenceDefinitions(qsizetype size)
{
    QString out;
    for (int k = 0; out.size() < size / 2; ++k)
        out += QStringLiteral("[ref %1]: https://example.org/%1 \"Title\"\n").arg(k);
    out += u'\n';
    for (int k = 0; out.size() < size; ++k)
        out += QStringLiteral("see [ref %1] and [text][ref %1]. ").arg(k);
    return out;
}

QString wideTable(qsizetype size)
{
    const qsizetype columns = size / 6;
    return QStringLiteral("| a ").repeated(columns) + QStringLiteral("|\n")
           + QStringLiteral("|---").repeated(columns) + QStringLiteral("|\n")
           + QStringLiteral("| b ").repeated(columns) + u'|';
}

// An ordinary article of about `size` characters: headings, paragraphs with emphasis,
// links and entities, lists, quotes and tables; the same in Markdown and in HTML.
QString article(qsizetype size, bool html)
{
    std::mt19937 random(16);
    const QStringList paragraphs = syntheticProse(size, random).split(QStringLiteral("\n\n"));
    QString out = html ? QStringLiteral("<!DOCTYPE html><html><head><title>Read-out</title>"
                                        "<style>p { margin: 0 }</style></head><body>\n")
                       : QString();
    for (qsizetype k = 0; k < paragraphs.size() && out.size() < size; ++k) {
        const QString &p = paragraphs.at(k);
        if (html) {
            if (k % 10 == 0)
                out += QStringLiteral("<h2>Section %1</h2>\n").arg(k / 10);
            out += QStringLiteral("<p>") + p.toHtmlEscaped()
                   + QStringLiteral(" &mdash; <b>minister</b> <a href=\"https://x.org/a\">link</a>"
                                    "</p>\n");
            if (k % 7 == 3)
                out += QStringLiteral("<ul><li>ceasefire</li><li>access <i>now</i></li></ul>\n"
                                      "<blockquote><p>We will not.</p></blockquote>\n");
            if (k % 13 == 5)
                out += QStringLiteral("<table><tr><th>Actor</th><th>Topic</th></tr>"
                                      "<tr><td>Russia</td><td>Ukraine</td></tr></table>\n");
        } else {
            if (k % 10 == 0)
                out += QStringLiteral("## Section %1\n\n").arg(k / 10);
            out += p + QStringLiteral(" &mdash; **minister** [link](https://x.org/a)\n\n");
            if (k % 7 == 3)
                out += QStringLiteral("- ceasefire\n- access *now*\n\n> We will not.\n\n");
            if (k % 13 == 5)
                out += QStringLiteral("| Actor | Topic |\n|---|---|\n| Russia | Ukraine |\n\n");
        }
    }
    return html ? out + QStringLiteral("</body></html>\n") : out;
}

std::vector<InputClass> inputClasses()
{
    using S = qsizetype;
    const Format md = Format::Markdown;
    const Format html = Format::Html;
    const Format txt = Format::PlainText;
    return {
        // Ordinary articles
        {"md article", md, [](S n) -> QString { return article(n, false); }},
        {"html article", html, [](S n) -> QString { return article(n, true); }},
        // Markdown: block structure
        {"md quote markers '>>>>'", md,
         [](S n) -> QString { return repeat(QStringLiteral(">"), n) + u'a'; }},
        {"md quote markers '> > >'", md,
         [](S n) -> QString { return repeat(QStringLiteral("> "), n) + u'a'; }},
        {"md quote lines of growing depth", md,
         [](S n) -> QString {
             QString out;
             for (S depth = 1; out.size() < n; ++depth)
                 out += QString(depth, u'>') + QStringLiteral(" line\n");
             return out;
         }},
        {"md list nested by indentation", md,
         [](S n) -> QString { return indentedList(QStringLiteral("-"), n); }},
        {"md ordered list nested by indentation", md,
         [](S n) -> QString { return indentedList(QStringLiteral("1."), n); }},
        {"md list markers on one line '- - -'", md,
         [](S n) -> QString { return repeat(QStringLiteral("- "), n) + u'a'; }},
        {"md quote and list markers '> - > -'", md,
         [](S n) -> QString { return repeat(QStringLiteral("> - "), n) + u'a'; }},
        {"md reference definitions and uses", md, referenceDefinitions},
        {"md wide table", md, wideTable},
        {"md html comment lines, unclosed", md,
         [](S n) -> QString {
             return QStringLiteral("<!--\n") + repeat(QStringLiteral("text\n"), n);
         }},
        {"md nested html tags", md,
         [](S n) -> QString {
             return nest(QStringLiteral("<div>"), QStringLiteral("a"), QStringLiteral("</div>"), n);
         }},
        // Markdown: inlines
        {"md emphasis run '****'", md,
         [](S n) -> QString {
             return nest(QStringLiteral("*"), QStringLiteral("a"), QStringLiteral("*"), n);
         }},
        {"md emphasis openers '*a **b'", md,
         [](S n) -> QString { return repeat(QStringLiteral("*a **b "), n); }},
        {"md emphasis mixed runs 'a**b*'", md,
         [](S n) -> QString { return repeat(QStringLiteral("a**b*c_d__"), n); }},
        {"md brackets '[[[['", md,
         [](S n) -> QString { return repeat(QStringLiteral("["), n) + u'a'; }},
        {"md image brackets '![![!['", md,
         [](S n) -> QString { return repeat(QStringLiteral("!["), n) + u'a'; }},
        {"md nested links '[[[a](b)](b)'", md,
         [](S n) -> QString {
             return nest(QStringLiteral("["), QStringLiteral("a"), QStringLiteral("](b)"), n);
         }},
        {"md brackets, then links", md,
         [](S n) -> QString { return halves(QStringLiteral("["), QStringLiteral("[a](b) "), n); }},
        {"md link openers '[a]('", md,
         [](S n) -> QString { return repeat(QStringLiteral("[a]("), n); }},
        {"md link titles with a far end", md,
         [](S n) -> QString {
             return repeat(QStringLiteral("[a](b \"c "), n) + QStringLiteral("\" d");
         }},
        {"md backtick run '````'", md,
         [](S n) -> QString { return repeat(QStringLiteral("`"), n) + u'a'; }},
        {"md backtick runs of every length", md, backtickLengths},
        {"md angle brackets '<<<<'", md,
         [](S n) -> QString { return repeat(QStringLiteral("<"), n) + u'a'; }},
        {"md tags with a far quote", md,
         [](S n) -> QString {
             return halves(QStringLiteral("<a b=\""), QStringLiteral("\"x"), n);
         }},
        {"md tags inside quoted values, unclosed", md,
         [](S n) -> QString {
             return QStringLiteral("<a") + repeat(QStringLiteral(" b=\"<a\""), n);
         }},
        {"md unclosed comments '<!--'", md,
         [](S n) -> QString { return u'a' + repeat(QStringLiteral(" <!--"), n); }},
        {"md entities", md,
         [](S n) -> QString { return repeat(QStringLiteral("&amp;&#x41;&bogus "), n); }},
        // HTML
        {"html nested tags", html,
         [](S n) -> QString {
             return nest(QStringLiteral("<div>"), QStringLiteral("a"), QStringLiteral("</div>"), n);
         }},
        {"html nested inline tags", html,
         [](S n) -> QString {
             return nest(QStringLiteral("<b>"), QStringLiteral("a"), QStringLiteral("</b>"), n);
         }},
        {"html nested lists", html,
         [](S n) -> QString {
             return nest(QStringLiteral("<ul><li>a"), QString(), QStringLiteral("</ul>"), n);
         }},
        {"html nested hidden elements, then end tags", html,
         [](S n) -> QString { return halves(QStringLiteral("<svg>"), QStringLiteral("</b>"), n); }},
        {"html blocks in inline elements", html,
         [](S n) -> QString { return repeat(QStringLiteral("<span><div></span>"), n); }},
        {"html forms around blocks", html,
         [](S n) -> QString { return repeat(QStringLiteral("<form><div></form>"), n); }},
        {"html many attributes", html,
         [](S n) -> QString {
             return QStringLiteral("<a") + repeat(QStringLiteral(" b"), n) + u'>';
         }},
        {"html long attribute value", html,
         [](S n) -> QString {
             return QStringLiteral("<a title=\"") + QString(n, u'x')
                    + QStringLiteral("\">text</a>");
         }},
        {"html tags with a far quote", html,
         [](S n) -> QString {
             return halves(QStringLiteral("<a b=\""), QStringLiteral("\"x"), n);
         }},
        {"html tags inside quoted values, unclosed", html,
         [](S n) -> QString {
             return QStringLiteral("<a") + repeat(QStringLiteral(" b=\"<a c='>'\""), n);
         }},
        {"html unclosed tags '<a <a'", html,
         [](S n) -> QString { return repeat(QStringLiteral("<a "), n); }},
        {"html unclosed end tags '</a </a'", html,
         [](S n) -> QString { return repeat(QStringLiteral("</a "), n); }},
        {"html unclosed comment", html,
         [](S n) -> QString { return QStringLiteral("a<!--") + repeat(QStringLiteral("x"), n); }},
        {"html comment openers '<!--<!--'", html,
         [](S n) -> QString { return u'a' + repeat(QStringLiteral("<!--"), n); }},
        {"html script without its end", html,
         [](S n) -> QString {
             return QStringLiteral("a<script>") + repeat(QStringLiteral("</scrip "), n);
         }},
        {"html entity run", html,
         [](S n) -> QString { return repeat(QStringLiteral("&amp;&#x41;&bogus "), n); }},
        {"html long numeric entity", html,
         [](S n) -> QString { return QStringLiteral("a&#") + QString(n, u'9') + u';'; }},
        // Plain text (canonical text is shared by every format)
        {"txt one long line", txt,
         [](S n) -> QString { return repeat(QStringLiteral("word "), n); }},
        {"txt blank lines", txt,
         [](S n) -> QString { return u'a' + repeat(QStringLiteral(" \n"), n) + u'b'; }},
        {"txt decomposed accents (e, U+0301)", txt,
         [](S n) -> QString { return repeat(QStringLiteral("e\u0301"), n); }},
        {"txt conjoining jamo", txt,
         [](S n) -> QString { return repeat(QStringLiteral("\u1100\u1161\u11A8"), n); }},
        {"txt vowel jamo", txt, [](S n) -> QString { return repeat(QStringLiteral("\u1161"), n); }},
        {"txt composition exclusions", txt,
         [](S n) -> QString { return repeat(QStringLiteral("\u0958"), n); }},
        {"txt combining marks, in order", txt,
         [](S n) -> QString { return u'a' + repeat(QStringLiteral("\u0316\u0301"), n); }},
        {"txt combining marks, out of order", txt,
         [](S n) -> QString { return u'a' + repeat(QStringLiteral("\u0301\u0316"), n); }},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    double sizes[2] = {1, 2};
    if (const QString mb = option("--mb"); !mb.isEmpty()) {
        const QStringList parts = mb.split(u',');
        if (parts.size() != 2)
            die(QStringLiteral("--mb takes two sizes, as in --mb 1,2"));
        for (int k = 0; k < 2; ++k)
            sizes[k] = parts.at(k).toDouble();
    }
    const int runs = option("--runs").isEmpty() ? 3 : option("--runs").toInt();
    const QString only = option("--only");

    say(QStringLiteral("importer on hostile inputs, best of %1: %2 MB | %3 MB | ratio "
                       "(about 2 = linear, 4 = quadratic)")
            .arg(runs)
            .arg(sizes[0])
            .arg(sizes[1]));
    for (const InputClass &input : inputClasses()) {
        const QString name = QString::fromUtf8(input.name);
        if (!only.isEmpty() && !name.contains(only))
            continue;
        Timing timing[2];
        for (int k = 0; k < 2; ++k) {
            const QByteArray bytes = input.make(qsizetype(sizes[k] * 1024 * 1024)).toUtf8();
            timing[k] = bestOf(runs, [&]() {
                // Refusals ("contains no text") are fine: only the time counts here.
                (void)textimport::fromBytes(bytes, input.format, QStringLiteral("bench"));
            });
        }
        say(QStringLiteral("%1: %2 | %3 | %4")
                .arg(name, -44)
                .arg(ms(timing[0]), ms(timing[1]))
                .arg(timing[1].cpu / std::max(timing[0].cpu, 0.01), 0, 'f', 1));
    }
    return 0;
}
