#include "core/import/htmltext.h"

#include <QTest>

using namespace demarche::textimport;

class TestHtmlText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void entities_data();
    void entities();
    void title_data();
    void title();
    void declaredCharset_data();
    void declaredCharset();
    void pathologicalInputIsHandled_data();
    void pathologicalInputIsHandled();
    void deepNesting_data();
    void deepNesting();
};

void TestHtmlText::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    // Visible text only.
    QTest::newRow("paragraph") << "<p>Moscow <b>insists</b> on <i>neutrality</i>.</p>"
                               << "Moscow insists on neutrality.";
    QTest::newRow("full page")
        << "<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title>"
           "<link rel=stylesheet href=x.css></head><body><h1>Talks</h1><p>Text.</p></body></html>"
        << "Talks\n\nText.";
    QTest::newRow("script and style dropped")
        << "<p>a</p><script>var x = '<p>not text</p>'; if (a < b) {}</script>"
           "<style>p { color: red }</style><p>b</p>"
        << "a\n\nb";
    QTest::newRow("script end tag in any case") << "x<SCRIPT type=x>y</ScRiPt >z"
                                                << "xz";
    QTest::newRow("hidden elements")
        << "a<noscript>enable js</noscript><template><p>t</p></template>"
           "<svg><text>chart</text><title>s</title></svg><math><mi>x</mi></math>"
           "<iframe src=x>frame</iframe><object>obj</object>b"
        << "ab";
    QTest::newRow("nested hidden") << "a<svg><g><svg>x</svg>y</g></svg>b"
                                   << "ab";
    QTest::newRow("self-closing svg hides nothing") << "a<svg/> b"
                                                    << "a b";
    QTest::newRow("comments") << "a<!-- hidden <p>x</p> -->b<!---->c<!-->d"
                              << "abcd";
    QTest::newRow("unclosed comment drops the rest") << "a<!-- never closed <p>b"
                                                     << "a";
    QTest::newRow("cdata and processing instruction")
        << "<?xml version=\"1.0\"?>a<![CDATA[ x < y ]]>b"
        << "ab";

    // Blocks and white space.
    QTest::newRow("collapse white space") << "  a \n\t b   c  "
                                          << "a b c";
    QTest::newRow("blocks") << "<div>one</div><div>two</div><p>three</p><p>four</p>"
                            << "one\ntwo\n\nthree\n\nfour";
    QTest::newRow("headings") << "<h1>Title</h1>text<h2>Sub</h2>more"
                              << "Title\n\ntext\n\nSub\n\nmore";
    QTest::newRow("br") << "a<br>b<br/><br />c"
                        << "a\nb\n\nc";
    QTest::newRow("elements older parsers do not know") << "a<dialog>b</dialog><search>c</search>d"
                                                        << "a\nb\nc\nd";
    QTest::newRow("hr") << "a<hr>b"
                        << "a\n\nb";
    QTest::newRow("list") << "<p>Points:</p><ul><li>one</li><li>two <b>bold</b></li></ul><p>end</p>"
                          << "Points:\n\n• one\n• two bold\n\nend";
    QTest::newRow("ordered list") << "<ol><li>first<li>second</ol>"
                                  << "1. first\n2. second";
    QTest::newRow("nested list") << "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
                                 << "• a\n  • b\n• c";
    QTest::newRow("table") << "<table><tr><th>Actor</th><th>Topic</th></tr>"
                              "<tr><td>Russia</td><td>Ukraine</td></tr>"
                              "<tr><td></td><td>Syria</td></tr></table>"
                           << "Actor\tTopic\nRussia\tUkraine\n\tSyria";
    QTest::newRow("blockquote") << "said:<blockquote>We will not.</blockquote>then"
                                << "said:\n\nWe will not.\n\nthen";
    QTest::newRow("inline elements do not break") << "a<span>b</span><a href='x'>c</a> d"
                                                  << "abc d";
    QTest::newRow("pre keeps white space") << "<p>x</p><pre>\n  line 1\n    line  2\n</pre>y"
                                           << "x\n\n  line 1\n    line  2\n\ny";
    QTest::newRow("pre with markup") << "<pre><b>a</b>  &lt;b&gt;</pre>"
                                     << "a  <b>";
    QTest::newRow("crlf") << "<p>a\r\nb</p>\r\n<p>c</p>"
                          << "a b\n\nc";
    QTest::newRow("empty paragraphs leave nothing") << "<p>a</p><p> </p><p>&nbsp;</p><p>b</p>"
                                                    << "a\n\nb";
    QTest::newRow("soft hyphen dropped") << "nego&shy;ti\u00ADations"
                                         << "negotiations";

    // Broken markup.
    QTest::newRow("stray less-than") << "<p>if a < b and c <= d</p>"
                                     << "if a < b and c <= d";
    QTest::newRow("less-than at the end") << "x <"
                                          << "x <";
    // A tag cut off by the end of the page shows nothing, as in browsers.
    QTest::newRow("unclosed tag at the end") << "text <b"
                                             << "text";
    QTest::newRow("gt inside quoted attribute") << "<a title=\"a > b\" href='c>d'>link</a>"
                                                << "link";
    QTest::newRow("unbalanced quote") << "<p>before</p><a title=\"oops>link</a> after"
                                      << "before";
    QTest::newRow("unclosed elements") << "<div><p>a<p>b<li>c"
                                       << "a\n\nb\n\n• c";
    QTest::newRow("stray end tags") << "a</p></div></b>b</svg>c"
                                    << "a\n\nbc";
    QTest::newRow("end tag without name") << "a</>b"
                                          << "ab";
    QTest::newRow("unclosed script drops the rest") << "a<script>b"
                                                    << "a";
    QTest::newRow("upper case tags") << "<P>a</P><BR>b"
                                     << "a\n\nb";
    QTest::newRow("empty") << ""
                           << "";
}

void TestHtmlText::text()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToText(html), expected);
}

void TestHtmlText::entities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("basic") << "&amp; &lt; &gt; &quot; &apos;"
                           << "& < > \" '";
    QTest::newRow("typography")
        << "&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;"
        << "—–…‘’“”«»";
    QTest::newRow("symbols") << "&euro;&pound;&copy;&reg;&deg;&middot;&bull;&times;"
                             << "€£©®°·•×";
    QTest::newRow("letters") << "&eacute;&Eacute;&ccedil;&szlig;&Scaron;&oelig;&alpha;&Omega;"
                             << "éÉçßŠœαΩ";
    QTest::newRow("nbsp is U+00A0") << "a&nbsp;b"
                                    << "a\u00A0b";
    QTest::newRow("zwj") << "&zwj;"
                         << "\u200D";
    QTest::newRow("shy dropped") << "a&shy;b"
                                 << "ab";
    QTest::newRow("decimal") << "&#8212;&#39;"
                             << "—'";
    QTest::newRow("hex") << "&#x2014;&#X1F600;"
                         << "—😀";
    QTest::newRow("no semicolon numeric") << "&#65x"
                                          << "Ax";
    QTest::newRow("nul") << "&#0;"
                         << "\uFFFD";
    QTest::newRow("surrogate") << "&#xD800;"
                               << "\uFFFD";
    QTest::newRow("too large") << "&#x110000;&#99999999999999999999;"
                               << "\uFFFD\uFFFD";
    QTest::newRow("control") << "&#1;"
                             << "\u0001";
    QTest::newRow("windows-1252 numbers") << "&#147;&#148;&#128;"
                                          << "“”€";
    QTest::newRow("unknown name kept") << "&nosuch; &"
                                       << "&nosuch; &";
    QTest::newRow("full table") << "&NotGreaterFullEqual; &Bfr; &fjlig;"
                                << "\u2267\u0338 \U0001D505 fj";
    QTest::newRow("legacy without semicolon") << "AT&amp T &copy 2024"
                                              << "AT& T © 2024";
    QTest::newRow("not an entity") << "R&D &# &#x; &;"
                                   << "R&D &# &#x; &;";
}

void TestHtmlText::entities()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(decodeHtmlEntities(input), expected);
    // htmlToText decodes the same way, except that it collapses white space.
    if (!expected.contains(QChar(0xA0)) && !input.contains(u'<'))
        QCOMPARE(htmlToText(input), expected.simplified());
}

void TestHtmlText::title_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("head title") << "<head><title> Lavrov  &amp;\n Blinken </title></head><p>x"
                                << "Lavrov & Blinken"
                                << "x";
    QTest::newRow("no title") << "<p>x</p>"
                              << ""
                              << "x";
    QTest::newRow("markup in title is text") << "<title>a <b> c</title>y"
                                             << "a <b> c"
                                             << "y";
    QTest::newRow("first title wins") << "<title>one</title><title>two</title>z"
                                      << "one"
                                      << "z";
    QTest::newRow("svg title is not the page title")
        << "<svg><title>icon</title></svg><title>page</title>z"
        << "page"
        << "z";
    QTest::newRow("unclosed title") << "<title>never closed"
                                    << "never closed"
                                    << "";
}

void TestHtmlText::title()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QString found = QStringLiteral("unset");
    QCOMPARE(htmlToText(html, &found), text);
    QCOMPARE(found, title);
}

void TestHtmlText::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"windows-1252\">")
                                  << QByteArray("windows-1252");
    QTest::newRow("unquoted, upper case")
        << QByteArray("<META CHARSET=ISO-8859-1>") << QByteArray("iso-8859-1");
    QTest::newRow("http-equiv") << QByteArray(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">")
                                << QByteArray("koi8-r");
    QTest::newRow("none") << QByteArray("<meta name=author content=x><p>charset=x") << QByteArray();
    QTest::newRow("beyond 4 KB") << QByteArray(5000, ' ') + "<meta charset=utf-8>" << QByteArray();
}

void TestHtmlText::declaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(declaredHtmlCharset(html), charset);
}

void TestHtmlText::pathologicalInputIsHandled_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expectedStart");
    // A tag that never closes takes the rest of the page with it, as in browsers.
    QTest::newRow("unclosed tags") << "<a "
                                   << "";
    QTest::newRow("unclosed quotes") << "<a title=\"x "
                                     << "";
    QTest::newRow("stray less-than") << "< a <"
                                     << "< a <";
    QTest::newRow("entities") << "&amp;&#x41;&bogus "
                              << "&A&bogus &A&bogus";
    QTest::newRow("nested hidden") << "<svg><g>"
                                   << "";
    QTest::newRow("article") << "<p>Some <b>text</b> &mdash; <a href=\"x\">link</a></p>\n"
                             << "Some text \u2014 link\n\nSome text";
}

// A megabyte of each: the scan must come through (a hang is caught by the test timeout;
// speed is measured in tests/bench) with text that still makes sense.
void TestHtmlText::pathologicalInputIsHandled()
{
    QFETCH(QString, unit);
    QFETCH(QString, expectedStart);
    const QString html = unit.repeated(1024 * 1024 / unit.size());
    const QString text = htmlToText(html);
    QVERIFY(text.size() <= html.size());
    QVERIFY2(text.startsWith(expectedStart), qPrintable(text.left(60)));
    if (expectedStart.isEmpty())
        QVERIFY2(text.trimmed().isEmpty(), qPrintable(text.left(60)));
}

void TestHtmlText::deepNesting_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    const qsizetype many = 200000;
    QTest::newRow("nested blocks")
        << QStringLiteral("<div>").repeated(many) + u'a' + QStringLiteral("</div>").repeated(many)
        << "a";
    QTest::newRow("nested inline elements")
        << QStringLiteral("<b>").repeated(many) + u'a' + QStringLiteral("</b>").repeated(many)
        << "a";
    // Indentation stops at 16 levels; unbounded, 100,000 levels made gigabytes of spaces.
    QString listText;
    for (int depth = 0; depth < 100000; ++depth)
        listText += QString(2 * std::min(depth, 15), u' ') + QStringLiteral("• a\n");
    listText.chop(1);
    QTest::newRow("nested lists") << QStringLiteral("<ul><li>a").repeated(100000)
                                         + QStringLiteral("</ul>").repeated(100000)
                                  << listText;
    QTest::newRow("hidden elements, then other end tags")
        << QStringLiteral("<svg>").repeated(many) + QStringLiteral("</b>").repeated(many)
               + QStringLiteral("</svg>").repeated(many) + QStringLiteral("text")
        << "text";
    QTest::newRow("hidden elements closed by an outer one")
        << QStringLiteral("<p>one</p><math>") + QStringLiteral("<svg>").repeated(many)
               + QStringLiteral("</math><p>two</p>")
        << "one\n\ntwo";
    QTest::newRow("tags inside quoted values")
        << QStringLiteral("<a") + QStringLiteral(" b=\"<a c='>'\"").repeated(many) + u'>' + u'x'
        << "x";
    // End tags that HTML ignores or that close one element only: the depth counted before
    // parsing must not fall behind the parser's, or the tree grows a level each time.
    const qsizetype units = 100000;
    QTest::newRow("blocks in inline elements")
        << QStringLiteral("<span><div></span>").repeated(units) + u'a' << "a";
    QTest::newRow("forms closed around blocks")
        << QStringLiteral("<form><div></form>").repeated(units) + u'a' << "a";
    QTest::newRow("formatting closed around blocks")
        << QStringLiteral("<b><div></b>").repeated(units) + u'a' << "a";
    QTest::newRow("html inside svg")
        << QStringLiteral("<svg><desc><div></svg>").repeated(units) + u'a' << "";
    QTest::newRow("self-closing blocks") << QStringLiteral("<div/>").repeated(units) + u'a' << "a";
    // Tags that close their kind in HTML but nest where the parser does not expect them.
    QTest::newRow("option groups") << QStringLiteral("<optgroup>").repeated(units) + u'a' << "a";
    QTest::newRow("ruby parts outside ruby")
        << QStringLiteral("<rb>").repeated(units) + u'a' << "a";
    QTest::newRow("table cells inside svg")
        << QStringLiteral("<svg>") + QStringLiteral("<td>").repeated(units)
               + QStringLiteral("</svg>a")
        << "a";
    QTest::newRow("void tags inside math")
        << QStringLiteral("<math>") + QStringLiteral("<wbr><input>").repeated(units)
               + QStringLiteral("</math>a")
        << "a";
    QTest::newRow("tags with a far quote")
        << QStringLiteral("<a b=\"").repeated(many) + QStringLiteral("\">x") << "x";
}

// Deep nesting and long runs of markup come out as a reader would see them.
void TestHtmlText::deepNesting()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString text = htmlToText(html);
    QCOMPARE(text.size(), expected.size());
    QVERIFY(text == expected);
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
