#include "core/import/markdowntext.h"

#include <QRegularExpression>
#include <QTest>

using namespace demarche::textimport;

class TestMarkdownText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void inlines_data();
    void inlines();
    void title_data();
    void title();
    void pathologicalInputIsHandled_data();
    void pathologicalInputIsHandled();
    void deepNesting_data();
    void deepNesting();
};

void TestMarkdownText::blocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("atx headings") << "# Talks in Geneva\n\nText.\n\n### Third ###\nMore."
                                  << "Talks in Geneva\n\nText.\n\nThird\n\nMore.";
    QTest::newRow("hash needs a space") << "#5 on the agenda"
                                        << "#5 on the agenda";
    QTest::newRow("closing hashes need a space") << "# C#"
                                                 << "C#";
    QTest::newRow("setext headings") << "Main\n====\n\nSub\n---\ntext"
                                     << "Main\n\nSub\n\ntext";
    QTest::newRow("paragraph lines joined") << "one\ntwo\n  three\n\nnext"
                                            << "one two three\n\nnext";
    QTest::newRow("hard break: two spaces") << "line one  \nline two"
                                            << "line one\nline two";
    QTest::newRow("hard break: backslash") << "line one\\\nline two"
                                           << "line one\nline two";
    QTest::newRow("crlf") << "a\r\nb\r\n\r\nc"
                          << "a b\n\nc";
    QTest::newRow("fenced code verbatim")
        << "Before:\n\n```cpp\nint *p = a_b * 2;  // **not** bold\n\n  indented\n```\nAfter"
        << "Before:\n\nint *p = a_b * 2;  // **not** bold\n\n  indented\n\nAfter";
    QTest::newRow("tilde fence") << "~~~\n# not a heading\n~~~"
                                 << "# not a heading";
    QTest::newRow("unclosed fence runs to the end") << "```\ncode *x*\nmore"
                                                    << "code *x*\nmore";
    QTest::newRow("indented code") << "Text:\n\n    line 1\n\n      line 2\n\nafter"
                                   << "Text:\n\nline 1\n\n  line 2\n\nafter";
    QTest::newRow("indented line continues a paragraph") << "text\n    more"
                                                         << "text more";
    QTest::newRow("blockquote") << "> We will *not*\n> give in.\n\nReply"
                                << "We will not give in.\n\nReply";
    QTest::newRow("nested blockquote") << "> > deep\n> shallow"
                                       << "deep shallow";
    QTest::newRow("lazy blockquote line") << "> quoted\nlazy\n\nout"
                                          << "quoted lazy\n\nout";
    QTest::newRow("bullet list") << "Items:\n\n- one\n- two\n- three\n\nend"
                                 << "Items:\n\n• one\n• two\n• three\n\nend";
    // Another bullet character or delimiter starts another list, as CommonMark says.
    QTest::newRow("bullet lists") << "- one\n* two\n+ three"
                                  << "• one\n\n• two\n\n• three";
    QTest::newRow("ordered list") << "1. first\n2. second\n10) tenth"
                                  << "1. first\n2. second\n\n10) tenth";
    QTest::newRow("ordered list from its start") << "7. seventh\n1. eighth"
                                                 << "7. seventh\n8. eighth";
    QTest::newRow("list in list on one line") << "- - x"
                                              << "• • x";
    QTest::newRow("nested list") << "- a\n  - b\n    - c\n- d"
                                 << "• a\n  • b\n    • c\n• d";
    QTest::newRow("list item continuation") << "- a long\n  item\n- lazy\ncontinued"
                                            << "• a long item\n• lazy continued";
    QTest::newRow("loose list") << "- a\n\n- b"
                                << "• a\n\n• b";
    QTest::newRow("list after paragraph") << "Demands:\n- ceasefire"
                                          << "Demands:\n\n• ceasefire";
    QTest::newRow("number inside paragraph stays prose") << "Since\n2019. The talks"
                                                         << "Since 2019. The talks";
    QTest::newRow("quote in list") << "- > quoted item"
                                   << "• quoted item";
    QTest::newRow("horizontal rules dropped") << "a\n\n---\n\nb\n\n***\n\n_ _ _\nc"
                                              << "a\n\nb\n\nc";
    QTest::newRow("table") << "| Actor | Topic |\n|---|:---:|\n| **Russia** | Ukraine |\n| US | "
                              "Syria \\| Iran |\n\nafter"
                           << "Actor\tTopic\nRussia\tUkraine\nUS\tSyria | Iran\n\nafter";
    // A delimiter cell needs three hyphens in md4c, as GitHub's documentation asks.
    // md4c pads every row to the heading's width; a table wider than 128 columns is read
    // as the text it is written in, so that a wide heading over many rows stays linear.
    QTest::newRow("table wider than 128 columns")
        << QStringLiteral("|a").repeated(129) + QStringLiteral("|\n")
               + QStringLiteral("|---").repeated(129) + QStringLiteral("|\n|b|\n\nAfter.")
        << QStringLiteral("|a").repeated(129) + QStringLiteral("| ")
               + QStringLiteral("|---").repeated(129) + QStringLiteral("| |b|\n\nAfter.");
    QTest::newRow("table of 128 columns")
        << QStringLiteral("|a").repeated(128) + QStringLiteral("|\n")
               + QStringLiteral("|---").repeated(128) + QStringLiteral("|\n|b|")
        << QStringLiteral("a\t").repeated(127) + u'a' + u'\n' + u'b'
               + QStringLiteral("\t").repeated(127);
    QTest::newRow("table without outer pipes") << "a | b\n---|---\n1 | 2"
                                               << "a\tb\n1\t2";
    QTest::newRow("reference definitions dropped")
        << "See [the report][r] and [Ref].\n\n[r]: http://example.org \"Title\"\n[ref]: "
           "<http://x>\n"
        << "See the report and Ref.";
    QTest::newRow("reference title on next line") << "[a]\n\n[a]: http://x\n  'Title'\n\nend"
                                                  << "a\n\nend";
    QTest::newRow("html comment block") << "a\n\n<!-- note\nstill note -->\n\nb"
                                        << "a\n\nb";
    QTest::newRow("html block tags removed") << "<div class=\"x\">\ninside\n</div>"
                                             << "inside";
    QTest::newRow("html block: its visible text")
        << "a\n\n<table><tr><td>x &amp; y</td><td>z</td></tr>\n<tr><td>w</td></tr></table>\n\nb"
        << "a\n\nx & y\tz\nw\n\nb";
    QTest::newRow("script block") << "<script>\nvar a = '*x*';\n</script>\ntext"
                                  << "text";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMarkdownText::blocks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(markdownToText(markdown), expected);
}

void TestMarkdownText::inlines_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("emphasis") << "*a* **b** _c_ __d__ ***e*** ~~f~~"
                              << "a b c d e f";
    QTest::newRow("nested emphasis") << "**bold with *italic* inside**"
                                     << "bold with italic inside";
    QTest::newRow("snake_case kept") << "call snake_case_name here"
                                     << "call snake_case_name here";
    QTest::newRow("intra-word star is emphasis") << "un*frigging*believable"
                                                 << "unfriggingbelievable";
    QTest::newRow("lone star kept") << "5 * 3 = 15"
                                    << "5 * 3 = 15";
    QTest::newRow("unmatched star kept") << "a *b"
                                         << "a *b";
    QTest::newRow("unmatched underscore kept") << "_init"
                                               << "_init";
    QTest::newRow("single tilde kept") << "~5 km and ~~struck~~"
                                       << "~5 km and struck";
    QTest::newRow("code span") << "use `a*b*c` and ``x ` y``"
                               << "use a*b*c and x ` y";
    QTest::newRow("unclosed code span") << "a `b"
                                        << "a `b";
    QTest::newRow("link") << "[the *text*](http://x.org/a_b \"title\") end"
                          << "the text end";
    QTest::newRow("link with parentheses") << "[w](http://en.wikipedia.org/wiki/A_(b)) x"
                                           << "w x";
    QTest::newRow("link with angle destination") << "[t](<a b>)"
                                                 << "t";
    QTest::newRow("not a link") << "[brackets] and [x]("
                                << "[brackets] and [x](";
    QTest::newRow("image") << "![Map of *Ukraine*](map.png) caption"
                           << "Map of Ukraine caption";
    QTest::newRow("image in link") << "[![alt](i.png)](http://x)"
                                   << "alt";
    QTest::newRow("autolink") << "see <https://mid.ru/en/> or <press@un.org>"
                              << "see https://mid.ru/en/ or press@un.org";
    QTest::newRow("inline html removed") << "a <span class=\"x\">b</span> <em>c</em>"
                                         << "a b c";
    QTest::newRow("inline br") << "a<br>b"
                               << "a\nb";
    QTest::newRow("inline comment") << "a <!-- x --> b"
                                    << "a  b";
    QTest::newRow("less-than kept") << "a < b > c and x<y"
                                    << "a < b > c and x<y";
    QTest::newRow("entities") << "&amp; &mdash; &#x41; &copy;"
                              << "& — A ©";
    QTest::newRow("escapes") << "\\*not\\* \\_x\\_ \\# \\[y\\] \\\\ \\a"
                             << "*not* _x_ # [y] \\ \\a";
    QTest::newRow("escaped heading") << "\\# not a heading"
                                     << "# not a heading";
    QTest::newRow("unicode punctuation flanking") << "«*mot*»"
                                                  << "«mot»";
}

void TestMarkdownText::inlines()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(markdownToText(markdown), expected);
}

void TestMarkdownText::title_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::newRow("level 1") << "intro\n\n## Second\n\n# *First* one\n"
                             << "First one";
    QTest::newRow("setext level 1") << "Title\n=====\n"
                                    << "Title";
    QTest::newRow("first heading if no level 1") << "### Three\n## Two"
                                                 << "Three";
    QTest::newRow("none") << "just text"
                          << "";
    QTest::newRow("heading in code is not") << "```\n# code\n```"
                                            << "";
}

void TestMarkdownText::title()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QString found = QStringLiteral("unset");
    markdownToText(markdown, &found);
    QCOMPARE(found, title);
}

void TestMarkdownText::pathologicalInputIsHandled_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("open brackets") << "[a ";
    QTest::newRow("link openers") << "[a](";
    QTest::newRow("stars") << "*a **b ";
    QTest::newRow("underscores") << "_a __b ";
    QTest::newRow("backticks") << "`a ``b ";
    QTest::newRow("angle brackets") << "<a x=\"";
    QTest::newRow("article") << "Some *text* with [a link](http://x) and `code`.\n\n";
}

// One long paragraph of each: it must come through (a hang is caught by the test
// timeout; speed is measured in tests/bench) with the words kept.
void TestMarkdownText::pathologicalInputIsHandled()
{
    QFETCH(QString, unit);
    const QString markdown = unit.repeated(1024 * 1024 / unit.size());
    const QString text = markdownToText(markdown);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.size() <= markdown.size());
    // Markup may go, words may not: the first word of the unit is in the text.
    const QString firstWord =
        QString(unit).remove(QRegularExpression(QStringLiteral("[^A-Za-z]"))).left(1);
    QVERIFY2(text.contains(firstWord), qPrintable(text.left(60)));
}

void TestMarkdownText::deepNesting_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    // Millions of levels: work growing with the square of the depth would outlast the
    // test's timeout by far (a megabyte of '>' took 23 s).
    const qsizetype deep = 4 * 1024 * 1024;
    QTest::newRow("quote markers") << QString(deep, u'>') + QStringLiteral(" deep") << "deep";
    QTest::newRow("quote markers with spaces")
        << QStringLiteral("> ").repeated(deep / 2) + QStringLiteral("deep") << "deep";
    QTest::newRow("100,000 levels of quote, line by line")
        << QString(100000, u'>') + QStringLiteral(" one\n") + QString(100000, u'>')
               + QStringLiteral(" two\n\n") + QString(99999, u'>') + QStringLiteral(" three")
        << "one two\n\nthree";
    QTest::newRow("quotes and list items on one line")
        << QStringLiteral("> - ").repeated(100000) + QStringLiteral("x")
        << QStringLiteral("• ").repeated(100000) + QStringLiteral("x");

    QString list, listText;
    for (int depth = 0; depth < 1000; ++depth) {
        list += QString(2 * depth, u' ') + QStringLiteral("- item\n");
        listText += QString(2 * std::min(depth, 15), u' ') + QStringLiteral("• item\n");
    }
    listText.chop(1);
    // Indentation stops at 16 levels, as for HTML: it would grow with the square of the depth.
    QTest::newRow("list nested 1,000 levels by indentation") << list << listText;

    const qsizetype many = 200000;
    QTest::newRow("emphasis run") << QString(many, u'*') + u'a' + QString(many, u'*') << "a";
    QTest::newRow("brackets, then links")
        << QString(many, u'[') + QStringLiteral("[a](b) ").repeated(many)
        << QString(many, u'[') + QStringLiteral("a ").repeated(many).trimmed();
    QTest::newRow("links nested in brackets")
        << QString(many, u'[') + u'a' + QStringLiteral("](b)").repeated(many)
        << QString(many - 1, u'[') + u'a' + QStringLiteral("](b)").repeated(many - 1);
    QTest::newRow("unclosed comments") << u'a' + QStringLiteral(" <!--").repeated(many)
                                       << u'a' + QStringLiteral(" <!--").repeated(many);
    QTest::newRow("tags inside quoted values")
        << QStringLiteral("<a") + QStringLiteral(" b=\"<a\"").repeated(many)
        << QStringLiteral("<a") + QStringLiteral(" b=\"<a\"").repeated(many);
    QTest::newRow("link titles with a far end")
        << QStringLiteral("[a](b \"c ").repeated(many) + QStringLiteral("\" d")
        << QStringLiteral("[a](b \"c ").repeated(many) + QStringLiteral("\" d");

    QString backticks;
    for (int length = 1; length <= 2000; ++length)
        backticks += QString(length, u'`') + u'a';
    QTest::newRow("backtick runs of every length") << backticks << backticks;
}

// Deep nesting and long runs of markup come out as a reader would see them.
void TestMarkdownText::deepNesting()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString text = markdownToText(markdown);
    QCOMPARE(text.size(), expected.size());
    QVERIFY(text == expected);
}

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
