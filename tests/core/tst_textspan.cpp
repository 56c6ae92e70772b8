#include "core/text/claimspanindex.h"
#include "core/text/textindex.h"
#include "core/text/textspan.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace demarche;

namespace {

// Rows write a selection inside its text between ⟦ and ⟧.
struct Marked
{
    QString text;
    TextSpan span;
};

Marked parse(const QString &marked)
{
    Marked result;
    result.text = marked;
    const qsizetype open = result.text.indexOf(u'⟦');
    if (open < 0)
        return result;
    result.text.remove(open, 1);
    const qsizetype close = result.text.indexOf(u'⟧');
    result.text.remove(close, 1);
    result.span = {open, close};
    return result;
}

QString mark(const QString &text, const TextSpan &span)
{
    if (span.isEmpty())
        return text;
    return text.left(span.start) + u'⟦' + text.mid(span.start, span.length()) + u'⟧'
           + text.mid(span.end);
}

} // namespace

class TestTextSpan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapToWords_data();
    void snapToWords();
    void snapExact_data();
    void snapExact();
    void neverSplitsSurrogatePairs();
    void clampsAndOrdersBounds();
    void snapsInLongTextWithoutLineBreaks();
    void codePointOffsetsAfterEmoji();

    void indexFindsIntersectingSpans();
    void indexInsertRemoveReplace();
    void indexAtIsInnermostFirst();
    void indexMatchesBruteForce();
};

void TestTextSpan::snapToWords_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QString>("expected"); // no marks: nothing is left

    QTest::newRow("mid-word at both ends")
        << QStringLiteral("The qu⟦ick bro⟧wn fox.") << QStringLiteral("The ⟦quick brown⟧ fox.");
    QTest::newRow("already exact")
        << QStringLiteral("The ⟦quick brown⟧ fox.") << QStringLiteral("The ⟦quick brown⟧ fox.");
    QTest::newRow("one letter inside a word")
        << QStringLiteral("The q⟦u⟧ick fox") << QStringLiteral("The ⟦quick⟧ fox");
    QTest::newRow("spaces at both ends")
        << QStringLiteral("The⟦ quick ⟧brown") << QStringLiteral("The ⟦quick⟧ brown");
    QTest::newRow("trailing comma")
        << QStringLiteral("⟦Moscow,⟧ Kyiv") << QStringLiteral("⟦Moscow⟧, Kyiv");
    QTest::newRow("sentence with its full stop") << QStringLiteral("He said it⟦ was final.⟧ Then")
                                                 << QStringLiteral("He said it ⟦was final⟧. Then");
    QTest::newRow("question and exclamation")
        << QStringLiteral("⟦Why?! ⟧Because") << QStringLiteral("⟦Why⟧?! Because");
    QTest::newRow("semicolon and colon")
        << QStringLiteral("first⟦; second:⟧ third") << QStringLiteral("first; ⟦second⟧: third");
    QTest::newRow("straight double quotes") << QStringLiteral("He said ⟦\"we will not retreat\"⟧.")
                                            << QStringLiteral("He said \"⟦we will not retreat⟧\".");
    QTest::newRow("single quotes")
        << QStringLiteral("a ⟦'red line'⟧ b") << QStringLiteral("a '⟦red line⟧' b");
    QTest::newRow("curly quotes") << QStringLiteral("said ⟦“We demand guarantees.”⟧ today")
                                  << QStringLiteral("said “⟦We demand guarantees⟧.” today");
    QTest::newRow("guillemets, Cyrillic")
        << QStringLiteral("⟦«Нейтралитет Украины»⟧") << QStringLiteral("«⟦Нейтралитет Украины⟧»");
    // Quotation marks are kept or dropped as a pair, whatever their style.
    QTest::newRow("pair dropped around the whole quote")
        << QStringLiteral("talks were ⟦“frank and important”⟧.")
        << QStringLiteral("talks were “⟦frank and important⟧”.");
    QTest::newRow("closing mark kept with an opening one inside")
        << QStringLiteral("⟦talks were “frank and important”,⟧ he said")
        << QStringLiteral("⟦talks were “frank and important”⟧, he said");
    QTest::newRow("closing mark after the full stop kept")
        << QStringLiteral("⟦talks were “frank and important.”⟧ He left")
        << QStringLiteral("⟦talks were “frank and important.”⟧ He left");
    QTest::newRow("closing mark just past the selection taken")
        << QStringLiteral("⟦talks were “frank and impor⟧tant”, he")
        << QStringLiteral("⟦talks were “frank and important”⟧, he");
    QTest::newRow("opening mark kept with a closing one inside")
        << QStringLiteral("he called them ⟦“frank” talks⟧ today")
        << QStringLiteral("he called them ⟦“frank” talks⟧ today");
    QTest::newRow("opening mark just before the selection taken")
        << QStringLiteral("he called them “fr⟦ank” talks⟧ today")
        << QStringLiteral("he called them ⟦“frank” talks⟧ today");
    QTest::newRow("straight double marks kept as a pair")
        << QStringLiteral("⟦He said \"we will not retreat\",⟧ then")
        << QStringLiteral("⟦He said \"we will not retreat\"⟧, then");
    QTest::newRow("straight single marks kept as a pair")
        << QStringLiteral("⟦a 'red line' ahead.⟧") << QStringLiteral("⟦a 'red line' ahead⟧.");
    QTest::newRow("curly single marks kept as a pair")
        << QStringLiteral("⟦she called it ‘a red line’⟧ today")
        << QStringLiteral("⟦she called it ‘a red line’⟧ today");
    QTest::newRow("German low-high marks kept as a pair")
        << QStringLiteral("⟦Er nannte es „Frieden“.⟧")
        << QStringLiteral("⟦Er nannte es „Frieden“⟧.");
    QTest::newRow("German chevrons kept as a pair")
        << QStringLiteral("⟦Er sagte »Nein«⟧, dann") << QStringLiteral("⟦Er sagte »Nein«⟧, dann");
    QTest::newRow("French guillemets with spaces kept as a pair")
        << QStringLiteral("⟦il a dit « la paix ».⟧") << QStringLiteral("⟦il a dit « la paix »⟧.");
    QTest::newRow("single guillemets kept as a pair")
        << QStringLiteral("⟦on dit ‹ oui ›.⟧") << QStringLiteral("⟦on dit ‹ oui ›⟧.");
    QTest::newRow("Russian guillemets kept as a pair")
        << QStringLiteral("⟦Лавров назвал «красной линией»,⟧ а")
        << QStringLiteral("⟦Лавров назвал «красной линией»⟧, а");
    QTest::newRow("nested marks kept as pairs")
        << QStringLiteral("⟦he said “she called it ‘vital’”⟧ now")
        << QStringLiteral("⟦he said “she called it ‘vital’”⟧ now");
    QTest::newRow("possessive apostrophe still trimmed")
        << QStringLiteral("⟦the allies’⟧ talks") << QStringLiteral("⟦the allies⟧’ talks");
    QTest::newRow("apostrophes inside words leave the end alone")
        << QStringLiteral("⟦we don't, won't.⟧") << QStringLiteral("⟦we don't, won't⟧.");
    QTest::newRow("a quotation closing outside the selection left out")
        << QStringLiteral("⟦“frank⟧ and important”") << QStringLiteral("“⟦frank⟧ and important”");
    QTest::newRow("parentheses") << QStringLiteral("the ⟦(OSCE)⟧ mission")
                                 << QStringLiteral("the (⟦OSCE⟧) mission");
    QTest::newRow("Cyrillic mid-word") << QStringLiteral("Лавров за⟦явил о гара⟧нтиях")
                                       << QStringLiteral("Лавров ⟦заявил о гарантиях⟧");
    QTest::newRow("emoji inside kept") << QStringLiteral("We ⟦agree 🙂 fully⟧ now")
                                       << QStringLiteral("We ⟦agree 🙂 fully⟧ now");
    QTest::newRow("emoji at the end kept")
        << QStringLiteral("⟦peace 🕊⟧ now") << QStringLiteral("⟦peace 🕊⟧ now");
    QTest::newRow("emoji before, mid-word")
        << QStringLiteral("🇺🇦 Ky⟦iv wa⟧nts") << QStringLiteral("🇺🇦 ⟦Kyiv wants⟧");
    QTest::newRow("whitespace only") << QStringLiteral("a⟦   ⟧b") << QStringLiteral("a   b");
    QTest::newRow("line breaks only") << QStringLiteral("a⟦\n\n⟧b") << QStringLiteral("a\n\nb");
    QTest::newRow("punctuation only") << QStringLiteral("yes⟦, ⟧no") << QStringLiteral("yes, no");
    QTest::newRow("nothing selected") << QStringLiteral("ab⟦⟧c") << QStringLiteral("abc");
    QTest::newRow("hyphenated word")
        << QStringLiteral("a ⟦well-kno⟧wn fact") << QStringLiteral("a ⟦well-known⟧ fact");
    QTest::newRow("apostrophe inside a word")
        << QStringLiteral("they do⟦n't ag⟧ree") << QStringLiteral("they ⟦don't agree⟧");
    QTest::newRow("percent sign kept")
        << QStringLiteral("rose ⟦by 50%.⟧") << QStringLiteral("rose ⟦by 50%⟧.");
    QTest::newRow("number with separators")
        << QStringLiteral("⟦1,0⟧00 troops") << QStringLiteral("⟦1,000⟧ troops");
    QTest::newRow("leading dash") << QStringLiteral("allies ⟦— and rivals⟧")
                                  << QStringLiteral("allies — ⟦and rivals⟧");
    QTest::newRow("across paragraphs") << QStringLiteral("end of o⟦ne.\n\nSta⟧rt of two")
                                       << QStringLiteral("end of ⟦one.\n\nStart⟧ of two");
    QTest::newRow("combining accent")
        << QStringLiteral("ca⟦fe\u0301 au⟧ lait") << QStringLiteral("⟦cafe\u0301 au⟧ lait");
    QTest::newRow("whole text") << QStringLiteral("⟦ Peace. ⟧") << QStringLiteral(" ⟦Peace⟧. ");
    QTest::newRow("tabs and line breaks")
        << QStringLiteral("x⟦\t\n word \n⟧y") << QStringLiteral("x\t\n ⟦word⟧ \ny");
}

void TestTextSpan::snapToWords()
{
    QFETCH(QString, selection);
    QFETCH(QString, expected);
    const Marked input = parse(selection);
    const TextSpan span = demarche::snapToWords(input.text, input.span.start, input.span.end);
    QCOMPARE(mark(input.text, span), expected);
    QCOMPARE(span.isEmpty(), !expected.contains(u'⟦'));
}

void TestTextSpan::snapExact_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QString>("expected");

    QTest::newRow("keeps partial words")
        << QStringLiteral("The qu⟦ick bro⟧wn") << QStringLiteral("The qu⟦ick bro⟧wn");
    QTest::newRow("trims spaces, keeps punctuation")
        << QStringLiteral("The⟦ quick, ⟧brown") << QStringLiteral("The ⟦quick,⟧ brown");
    QTest::newRow("keeps quotes") << QStringLiteral("⟦\"No.\"⟧") << QStringLiteral("⟦\"No.\"⟧");
    QTest::newRow("whitespace only") << QStringLiteral("a⟦ \n\t ⟧b") << QStringLiteral("a \n\t b");
    QTest::newRow("Cyrillic") << QStringLiteral("Лав⟦ров ⟧") << QStringLiteral("Лав⟦ров⟧ ");
    QTest::newRow("emoji") << QStringLiteral("a⟦ 🙂 ⟧b") << QStringLiteral("a ⟦🙂⟧ b");
    QTest::newRow("nothing selected") << QStringLiteral("⟦⟧abc") << QStringLiteral("abc");
    QTest::newRow("already exact") << QStringLiteral("x ⟦y z⟧ w") << QStringLiteral("x ⟦y z⟧ w");
}

void TestTextSpan::snapExact()
{
    QFETCH(QString, selection);
    QFETCH(QString, expected);
    const Marked input = parse(selection);
    const TextSpan span = demarche::snapExact(input.text, input.span.start, input.span.end);
    QCOMPARE(mark(input.text, span), expected);
}

void TestTextSpan::neverSplitsSurrogatePairs()
{
    // a, space, U+1F54A as two UTF-16 units (2 and 3), space, b
    const QString text = QStringLiteral("a 🕊 b");
    QCOMPARE(text.size(), 6);
    QCOMPARE(demarche::snapExact(text, 3, 6), (TextSpan{2, 6}));
    QCOMPARE(demarche::snapExact(text, 0, 3), (TextSpan{0, 4}));
    QCOMPARE(demarche::snapExact(text, 3, 3), (TextSpan{2, 4}));
    QCOMPARE(demarche::snapToWords(text, 3, 4), (TextSpan{2, 4}));
    QCOMPARE(demarche::snapToWords(text, 1, 3), (TextSpan{2, 4}));
    // A lone surrogate is left as it is rather than joined to a neighbour.
    const QString broken = QStringLiteral("x") + QChar(0xd83d) + QStringLiteral(" y");
    QCOMPARE(demarche::snapExact(broken, 0, 2), (TextSpan{0, 2}));
}

void TestTextSpan::clampsAndOrdersBounds()
{
    const QString text = QStringLiteral("one two");
    QCOMPARE(demarche::snapToWords(text, 5, 1), (TextSpan{0, 7}));
    QCOMPARE(demarche::snapToWords(text, -10, 100), (TextSpan{0, 7}));
    QCOMPARE(demarche::snapExact(text, 100, 4), (TextSpan{4, 7}));
    QVERIFY(demarche::snapToWords(QString(), 0, 5).isEmpty());
    QVERIFY(demarche::snapExact(text, 50, 60).isEmpty());
}

void TestTextSpan::snapsInLongTextWithoutLineBreaks()
{
    // Word boundaries are looked up in a window around each end; they must still be
    // right far from the start of a text with no line break at all.
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("word%1 ").arg(i);
    const qsizetype at = text.indexOf(QStringLiteral("word4321 "));
    const TextSpan span = demarche::snapToWords(text, at + 2, at + 12);
    QCOMPARE(text.mid(span.start, span.length()), QStringLiteral("word4321 word4322"));
}

void TestTextSpan::codePointOffsetsAfterEmoji()
{
    // What ArticleView reports: snapped UTF-16 bounds, as code point offsets.
    const QString text = QStringLiteral("🙂🙂 Moscow demands guarantees.");
    const qsizetype utf16Start = text.indexOf(QStringLiteral("ands"));
    const TextSpan span = demarche::snapToWords(text, utf16Start, utf16Start + 8);
    const TextIndex index(text);
    QCOMPARE(index.toCodePoint(span.start), 10);
    QCOMPARE(index.toCodePoint(span.end), 28);
    QCOMPARE(text.mid(span.start, span.length()), QStringLiteral("demands guarantees"));
}

void TestTextSpan::indexFindsIntersectingSpans()
{
    ClaimSpanIndex index;
    index.assign({{10, 20, ClaimId(1)},
                  {0, 5, ClaimId(2)},
                  {15, 40, ClaimId(3)},
                  {30, 30, ClaimId(4)},
                  {5, 10, ClaimId(5)}});
    const auto ids = [&](qsizetype from, qsizetype to) {
        QList<qint64> out;
        for (const ClaimSpan &span : index.intersecting(from, to))
            out.append(span.id.value());
        return out;
    };
    QCOMPARE(ids(0, 100), (QList<qint64>{2, 5, 1, 3})); // in order of start; empty span never
    QCOMPARE(ids(5, 10), (QList<qint64>{5}));           // half-open at both ends
    QCOMPARE(ids(19, 21), (QList<qint64>{1, 3}));
    QCOMPARE(ids(40, 50), (QList<qint64>{}));
    QCOMPARE(ids(30, 31), (QList<qint64>{3}));
    QCOMPARE(ids(7, 7), (QList<qint64>{}));
}

void TestTextSpan::indexInsertRemoveReplace()
{
    ClaimSpanIndex index;
    index.insert({5, 9, ClaimId(1)});
    index.insert({1, 3, ClaimId(2)});
    QCOMPARE(index.size(), 2);
    QCOMPARE(index.intersecting(0, 4).size(), size_t(1));
    index.insert({50, 60, ClaimId(2)}); // moves claim 2
    QCOMPARE(index.size(), 2);
    QVERIFY(index.intersecting(0, 4).empty());
    QCOMPARE(index.find(ClaimId(2))->start, 50);
    QVERIFY(index.remove(ClaimId(1)));
    QVERIFY(!index.remove(ClaimId(1)));
    QVERIFY(!index.find(ClaimId(1)));
    QVERIFY(index.intersecting(0, 49).empty());
    QCOMPARE(index.intersecting(0, 100).size(), size_t(1));
    index.clear();
    QVERIFY(index.isEmpty());
    QVERIFY(index.intersecting(0, 100).empty());
}

void TestTextSpan::indexAtIsInnermostFirst()
{
    ClaimSpanIndex index;
    index.assign({{0, 100, ClaimId(1)}, {10, 20, ClaimId(2)}, {5, 50, ClaimId(3)}});
    const std::vector<ClaimSpan> spans = index.at(12);
    QCOMPARE(spans.size(), size_t(3));
    QCOMPARE(spans[0].id, ClaimId(2));
    QCOMPARE(spans[1].id, ClaimId(3));
    QCOMPARE(spans[2].id, ClaimId(1));
    QCOMPARE(index.at(60).size(), size_t(1));
    QVERIFY(index.at(100).empty());
}

void TestTextSpan::indexMatchesBruteForce()
{
    QRandomGenerator random(42);
    std::vector<ClaimSpan> all;
    ClaimSpanIndex index;
    for (int i = 1; i <= 2000; ++i) {
        const qsizetype start = random.bounded(10000);
        const qsizetype length =
            random.bounded(10) == 0 ? random.bounded(3000) : random.bounded(80);
        all.push_back({start, start + length, ClaimId(i)});
    }
    index.assign(all);
    for (int round = 0; round < 300; ++round) {
        if (round % 3 == 0) { // change the index between queries
            const int victim = int(random.bounded(int(all.size())));
            index.remove(all[size_t(victim)].id);
            all[size_t(victim)].start = random.bounded(10000);
            all[size_t(victim)].end = all[size_t(victim)].start + random.bounded(200);
            index.insert(all[size_t(victim)]);
        }
        const qsizetype from = random.bounded(11000);
        const qsizetype to = from + random.bounded(700);
        QList<qint64> expected;
        for (const ClaimSpan &span : all) {
            if (span.start < to && span.end > from && span.end > span.start)
                expected.append(span.id.value());
        }
        QList<qint64> found;
        qsizetype previousStart = -1;
        for (const ClaimSpan &span : index.intersecting(from, to)) {
            QVERIFY(span.start >= previousStart);
            previousStart = span.start;
            found.append(span.id.value());
        }
        std::sort(expected.begin(), expected.end());
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }
}

QTEST_GUILESS_MAIN(TestTextSpan)
#include "tst_textspan.moc"
