// The quick-tag popup driven by the keyboard and the mouse as an analyst would: a real
// widget on the offscreen platform, keys sent to its focus widget, signals counted.
#include "widgets/quicktag/quicktaglayout.h"
#include "widgets/quicktag/quicktagmodel.h"
#include "widgets/quicktag/quicktagpopup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace demarche;

namespace {

enum ActorIds : qint64 { Russia = 11, Usa, Ukraine, Eu, Turkey, Hawks = 50 };
enum TopicIds : qint64 { UkraineTopic = 21, GrainDeal, Syria, Iran, Arctic = 60 };

QuickTagEntry entry(qint64 id, const QString &name, const QStringList &also = {}, int depth = 0)
{
    return {id, name, QColor(Qt::darkCyan), also, depth};
}

QList<QuickTagEntry> actors()
{
    return {
        entry(Russia, QStringLiteral("Russia"),
              {QStringLiteral("Moscow"), QStringLiteral("the Kremlin"), QStringLiteral("Lavrov")}),
        entry(Usa, QStringLiteral("United States"),
              {QStringLiteral("Washington"), QStringLiteral("the White House")}),
        entry(Ukraine, QStringLiteral("Ukraine"), {QStringLiteral("Kyiv")}),
        entry(Eu, QStringLiteral("European Union"), {QStringLiteral("Brussels")}),
        entry(Turkey, QStringLiteral("Türkiye"), {QStringLiteral("Ankara")})};
}

QList<QuickTagEntry> topics()
{
    return {entry(UkraineTopic, QStringLiteral("Ukraine"),
                  {QStringLiteral("Donbas"), QStringLiteral("Crimea")}),
            entry(GrainDeal, QStringLiteral("Grain deal"), {QStringLiteral("Odesa")}, 1),
            entry(Syria, QStringLiteral("Syria"), {QStringLiteral("Damascus")}),
            entry(Iran, QStringLiteral("Iran"), {QStringLiteral("JCPOA")})};
}

QStringList names(const QuickTagModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

} // namespace

class TestQuickTagPopup : public QObject
{
    Q_OBJECT

private:
    // A popup with the test codebook, open at the actor stage.
    static void open(QuickTagPopup &popup)
    {
        popup.setActors(actors());
        popup.setTopics(topics());
        popup.popupAt(QPoint(100, 100));
        QVERIFY(QTest::qWaitForWindowExposed(&popup));
        QCOMPARE(popup.focusWidget(), filter(popup));
    }
    static QLineEdit *filter(const QuickTagPopup &popup)
    {
        return popup.findChild<QLineEdit *>(QStringLiteral("quickTagFilter"));
    }
    static QListView *list(const QuickTagPopup &popup)
    {
        return popup.findChild<QListView *>(QStringLiteral("quickTagList"));
    }
    static int currentRow(const QuickTagPopup &popup) { return list(popup)->currentIndex().row(); }

private Q_SLOTS:
    void numberKeysChooseActorThenTopic()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QSignalSpy cancelled(&popup, &QuickTagPopup::cancelled);

        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);
        QCOMPARE(popup.chosenActor(), ActorId(Russia));
        QVERIFY(popup.isVisible());
        QCOMPARE(chosen.count(), 0);

        QTest::keyClick(popup.focusWidget(), Qt::Key_2);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ActorId>(), ActorId(Russia));
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(),
                 TopicId(GrainDeal)); // second in codebook order
        QVERIFY(!popup.isVisible());
        QCOMPARE(cancelled.count(), 0); // closing after a choice is not a cancel
    }

    void keysSentToThePopupItselfWork()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QTest::keyClick(&popup, Qt::Key_2);
        QTest::keyClicks(&popup, QStringLiteral("ir")); // letters go to the filter
        QCOMPARE(filter(popup)->text(), QStringLiteral("ir"));
        QTest::keyClick(&popup, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ActorId>(), ActorId(Usa));
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Iran));
    }

    void filterThenEnterChoosesFirstMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("actor");
        QTest::newRow("name prefix") << QStringLiteral("uni") << qint64(Usa);
        QTest::newRow("case-insensitive") << QStringLiteral("RUS") << qint64(Russia);
        QTest::newRow("word prefix") << QStringLiteral("states") << qint64(Usa);
        QTest::newRow("alias") << QStringLiteral("Kremlin") << qint64(Russia);
        QTest::newRow("alias word prefix") << QStringLiteral("white h") << qint64(Usa);
        QTest::newRow("alias prefix") << QStringLiteral("brus") << qint64(Eu);
        QTest::newRow("anywhere in the name") << QStringLiteral("rope") << qint64(Eu);
        QTest::newRow("without accents") << QStringLiteral("turki") << qint64(Turkey);
        QTest::newRow("surrounding spaces") << QStringLiteral(" kyiv ") << qint64(Ukraine);
    }

    void filterThenEnterChoosesFirstMatch()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, actor);
        QuickTagPopup popup;
        open(popup);
        QTest::keyClicks(popup.focusWidget(), typed);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);
        QCOMPARE(popup.chosenActor(), ActorId(actor));
        QVERIFY(filter(popup)->text().isEmpty()); // the topic stage starts unfiltered
    }

    void filterRanksNamePrefixesFirst()
    {
        QuickTagPopup popup;
        open(popup);
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("u"));
        const QuickTagModel &model = *popup.model();
        // Name prefixes, then a word of a name, then a name that merely contains the
        // letter (in codebook order within each), then the offer to create "u".
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("United States"), QStringLiteral("Ukraine"),
                              QStringLiteral("European Union"), QStringLiteral("Russia"),
                              QStringLiteral("Türkiye"), QStringLiteral("Create actor “u”")}));
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.index(row).data(QuickTagModel::NumberRole).toInt(), row + 1);
        QCOMPARE(model.index(5).data(QuickTagModel::NumberRole).toInt(), 0);
        QCOMPARE(currentRow(popup), 0);

        // Digits choose among the filtered entries.
        QTest::keyClick(popup.focusWidget(), Qt::Key_3);
        QCOMPARE(popup.chosenActor(), ActorId(Eu));
    }

    void upDownThenEnter()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QCOMPARE(currentRow(popup), 0);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Up); // stays on the first row
        QCOMPARE(currentRow(popup), 0);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Down);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Down);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Up);
        QCOMPARE(currentRow(popup), 1);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Enter);
        QCOMPARE(popup.chosenActor(), ActorId(Usa));

        for (int i = 0; i < 10; ++i) // past the end stops at the last topic
            QTest::keyClick(popup.focusWidget(), Qt::Key_Down);
        QCOMPARE(currentRow(popup), 3);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Iran));
    }

    void mouseClickChooses()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QListView *view = list(popup);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(popup.model()->index(3)).center());
        QCOMPARE(popup.chosenActor(), ActorId(Eu));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(popup.model()->index(2)).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Syria));
    }

    void backspaceGoesBack()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QTest::keyClick(popup.focusWidget(), Qt::Key_2);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);
        QCOMPARE(filter(popup)->accessibleName(), QStringLiteral("Filter topics"));

        // With text in the filter Backspace edits the text and the stage stays.
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("sy"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_Backspace);
        QCOMPARE(filter(popup)->text(), QStringLiteral("s"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_Backspace);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);

        QTest::keyClick(popup.focusWidget(), Qt::Key_Backspace);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);
        QCOMPARE(filter(popup)->accessibleName(), QStringLiteral("Filter actors"));
        QCOMPARE(list(popup)->accessibleName(), QStringLiteral("Actors"));
        QCOMPARE(currentRow(popup), 1); // the actor chosen before stays highlighted
        QVERIFY(popup.isVisible());

        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ActorId>(), ActorId(Russia));
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(UkraineTopic));
    }

    void escapeCancels_data()
    {
        QTest::addColumn<bool>("inTopicStage");
        QTest::newRow("actor stage") << false;
        QTest::newRow("topic stage") << true;
    }

    void escapeCancels()
    {
        QFETCH(bool, inTopicStage);
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QSignalSpy cancelled(&popup, &QuickTagPopup::cancelled);
        if (inTopicStage)
            QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("sy"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(!popup.isVisible());
    }

    void closingFromOutsideCancelsOnce()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy cancelled(&popup, &QuickTagPopup::cancelled);
        popup.close(); // what a click outside a Qt::Popup does
        QCOMPARE(cancelled.count(), 1);
        popup.hide();
        QCOMPARE(cancelled.count(), 1);

        // Opening again starts afresh at the actor stage.
        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        popup.popupAt(QRect(50, 50, 40, 20));
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);
        QVERIFY(popup.isVisible());
    }

    void createActorAndTopic()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy createActor(&popup, &QuickTagPopup::createActorRequested);
        QSignalSpy createTopic(&popup, &QuickTagPopup::createTopicRequested);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);

        QTest::keyClicks(popup.focusWidget(), QStringLiteral("Hawks "));
        QCOMPARE(names(*popup.model()), QStringList{QStringLiteral("Create actor “Hawks”")});
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(createActor.count(), 1);
        QCOMPARE(createActor.at(0).at(0).toString(), QStringLiteral("Hawks"));
        QVERIFY(popup.isVisible()); // waits for the caller
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);

        QVERIFY(!popup.entryCreated(ActorId(Hawks))); // not in the list yet
        QList<QuickTagEntry> withHawks = actors();
        withHawks.append(entry(Hawks, QStringLiteral("Hawks")));
        popup.setActors(withHawks);
        QVERIFY(popup.entryCreated(ActorId(Hawks)));
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);
        QCOMPARE(popup.chosenActor(), ActorId(Hawks));

        QTest::keyClicks(popup.focusWidget(), QStringLiteral("Arctic"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(createTopic.count(), 1);
        QCOMPARE(createTopic.at(0).at(0).toString(), QStringLiteral("Arctic"));
        QList<QuickTagEntry> withArctic = topics();
        withArctic.append(entry(Arctic, QStringLiteral("Arctic")));
        popup.setTopics(withArctic);
        QVERIFY(popup.entryCreated(TopicId(Arctic)));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ActorId>(), ActorId(Hawks));
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Arctic));
        QVERIFY(!popup.isVisible());
    }

    void createRowOnlyWithoutExactMatch()
    {
        QuickTagPopup popup;
        open(popup);
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("russia"));
        QCOMPARE(names(*popup.model()), QStringList{QStringLiteral("Russia")});
        filter(popup)->setText(QStringLiteral("moscow")); // an exact alias counts too
        QCOMPARE(names(*popup.model()), QStringList{QStringLiteral("Russia")});
        filter(popup)->setText(QStringLiteral("EU")); // "EU" only inside other names
        QVERIFY(popup.model()->isCreateRow(popup.model()->rowCount() - 1));
        QCOMPARE(currentRow(popup), 0);
        QVERIFY(!popup.model()->isCreateRow(0)); // Enter takes the best match, not "Create"
    }

    void digitsBelongToANewName()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy createActor(&popup, &QuickTagPopup::createActorRequested);
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("Q"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_7);
        QCOMPARE(filter(popup)->text(), QStringLiteral("Q7"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(createActor.count(), 1);
        QCOMPARE(createActor.at(0).at(0).toString(), QStringLiteral("Q7"));
    }

    void numbersBeyondTheCountAreIgnored()
    {
        QuickTagPopup popup;
        open(popup);
        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QTest::keyClick(popup.focusWidget(), Qt::Key_6); // five actors
        QTest::keyClick(popup.focusWidget(), Qt::Key_0);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);
        QVERIFY(filter(popup)->text().isEmpty()); // never typed into the filter

        QTest::keyClicks(popup.focusWidget(), QStringLiteral("mosc"));
        QTest::keyClick(popup.focusWidget(), Qt::Key_2); // one match
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);
        QCOMPARE(filter(popup)->text(), QStringLiteral("mosc"));

        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QTest::keyClick(popup.focusWidget(), Qt::Key_9); // four topics
        QTest::keyClick(popup.focusWidget(), Qt::Key_5);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Topic);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(popup.isVisible());
        QTest::keyClick(popup.focusWidget(), Qt::Key_4);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Iran));
    }

    void noActorsSaysSo()
    {
        QuickTagPopup popup;
        popup.setTopics(topics());
        popup.popupAt(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(&popup));
        const auto *empty = popup.findChild<QLabel *>(QStringLiteral("quickTagEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Codebook")));
        QVERIFY(!list(popup)->isVisible());

        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QCOMPARE(popup.stage(), QuickTagPopup::Stage::Actor);

        QTest::keyClicks(popup.focusWidget(), QStringLiteral("Hawks"));
        QVERIFY(!empty->isVisible());
        QVERIFY(list(popup)->isVisible());
        QCOMPARE(names(*popup.model()), QStringList{QStringLiteral("Create actor “Hawks”")});
    }

    void suggestionsComeFirstInTheirOrder()
    {
        QuickTagPopup popup;
        popup.setSuggestedActors(
            {{Usa, QStringLiteral("Washington"), true}, {Russia, QStringLiteral("Moscow"), true}});
        popup.setSuggestedTopics({{Syria, QStringLiteral("Damascus"), false}});
        open(popup);
        const QuickTagModel &model = *popup.model();
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("United States"), QStringLiteral("Russia"),
                              QStringLiteral("Ukraine"), QStringLiteral("European Union"),
                              QStringLiteral("Türkiye")}));
        QCOMPARE(currentRow(popup), 0); // the best suggestion, one Enter away
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(QuickTagModel::SuggestedRole).toBool(), row < 2);
            QCOMPARE(model.index(row).data(QuickTagModel::NumberRole).toInt(), row + 1);
        }
        QCOMPARE(model.index(1).data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("Moscow"));
        QCOMPARE(model.index(2).data(QuickTagModel::SuggestionWordRole).toString(), QString());
        const QString russia = model.index(1).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(russia.startsWith(QStringLiteral("2: Russia, suggested")), qPrintable(russia));
        QVERIFY2(russia.contains(QStringLiteral("Moscow")), qPrintable(russia));
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Moscow")));

        QSignalSpy chosen(&popup, &QuickTagPopup::chosen);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QCOMPARE(popup.chosenActor(), ActorId(Usa));
        QCOMPARE(names(model).constFirst(), QStringLiteral("Syria"));
        QCOMPARE(currentRow(popup), 0);
        const QString syria = model.index(0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(syria.contains(QStringLiteral("Damascus"))
                     && syria.contains(QStringLiteral("sentence")),
                 qPrintable(syria));
        // Back to the actors: the choice stays highlighted, the order stays.
        QTest::keyClick(popup.focusWidget(), Qt::Key_Backspace);
        QCOMPARE(names(model).at(1), QStringLiteral("Russia"));
        QCOMPARE(currentRow(popup), 0);
        QTest::keyClick(popup.focusWidget(), Qt::Key_Return);
        QTest::keyClick(popup.focusWidget(), Qt::Key_1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(1).value<TopicId>(), TopicId(Syria));
    }

    void numberKeysFollowTheSuggestedOrder_data()
    {
        QTest::addColumn<QList<qint64>>("suggested");
        QTest::addColumn<int>("key");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("none: codebook order") << QList<qint64>{} << int(Qt::Key_2) << qint64(Usa);
        QTest::newRow("the suggestion is 1") << QList<qint64>{Eu} << int(Qt::Key_1) << qint64(Eu);
        QTest::newRow("then the codebook order")
            << QList<qint64>{Eu} << int(Qt::Key_2) << qint64(Russia);
        QTest::newRow("the rest skips the suggested")
            << QList<qint64>{Eu, Usa} << int(Qt::Key_4) << qint64(Ukraine);
        QTest::newRow("an unknown suggestion is left out")
            << QList<qint64>{999, Turkey} << int(Qt::Key_1) << qint64(Turkey);
    }

    void numberKeysFollowTheSuggestedOrder()
    {
        QFETCH(QList<qint64>, suggested);
        QFETCH(int, key);
        QFETCH(qint64, expected);
        QList<QuickTagSuggestion> suggestions;
        for (const qint64 id : std::as_const(suggested))
            suggestions.append({id, QStringLiteral("word"), true});
        QuickTagPopup popup;
        popup.setSuggestedActors(suggestions);
        open(popup);
        QTest::keyClick(popup.focusWidget(), Qt::Key(key));
        QCOMPARE(popup.chosenActor(), ActorId(expected));
    }

    void filteringIgnoresTheSuggestedOrder()
    {
        QuickTagPopup popup;
        popup.setSuggestedActors({{Turkey, QStringLiteral("Ankara"), true}});
        open(popup);
        QCOMPARE(names(*popup.model()).constFirst(), QStringLiteral("Türkiye"));
        // As without suggestions: best matches first, then codebook order.
        QTest::keyClicks(popup.focusWidget(), QStringLiteral("u"));
        QCOMPARE(names(*popup.model()),
                 (QStringList{QStringLiteral("United States"), QStringLiteral("Ukraine"),
                              QStringLiteral("European Union"), QStringLiteral("Russia"),
                              QStringLiteral("Türkiye"), QStringLiteral("Create actor “u”")}));
        QCOMPARE(currentRow(popup), 0);
        QVERIFY(popup.model()->index(4).data(QuickTagModel::SuggestedRole).toBool());
        QTest::keyClick(popup.focusWidget(), Qt::Key_Backspace);
        QCOMPARE(names(*popup.model()).constFirst(), QStringLiteral("Türkiye"));
        QCOMPARE(currentRow(popup), 0);
    }

    void aChildWhoseParentMovedUpIsNotIndented_data()
    {
        QTest::addColumn<qint64>("suggested");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("depths");
        QTest::newRow("none") << qint64(0) << QStringList{"Ukraine", "Grain deal", "Syria", "Iran"}
                              << QList<int>{0, 1, 0, 0};
        QTest::newRow("the parent")
            << qint64(UkraineTopic) << QStringList{"Ukraine", "Grain deal", "Syria", "Iran"}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("the child")
            << qint64(GrainDeal) << QStringList{"Grain deal", "Ukraine", "Syria", "Iran"}
            << QList<int>{0, 0, 0, 0};
        QTest::newRow("another") << qint64(Iran)
                                 << QStringList{"Iran", "Ukraine", "Grain deal", "Syria"}
                                 << QList<int>{0, 0, 1, 0};
    }

    void aChildWhoseParentMovedUpIsNotIndented()
    {
        QFETCH(qint64, suggested);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, depths);
        QuickTagModel model;
        model.setEntries(topics());
        if (suggested != 0)
            model.setSuggestions({{suggested, QStringLiteral("word"), true}});
        QCOMPARE(::names(model), names);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(QuickTagModel::DepthRole).toInt(), depths.at(row));
    }

    void aWordThatIsTheNameIsNotRepeated()
    {
        QuickTagModel model;
        model.setEntries(actors());
        model.setSuggestions({{Turkey, QStringLiteral("TURKIYE"), true},
                              {Russia, QStringLiteral("the Kremlin"), false}});
        QCOMPARE(model.index(0).data(QuickTagModel::SuggestionWordRole).toString(), QString());
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("1: Türkiye, suggested"));
        QCOMPARE(model.index(1).data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("the Kremlin"));
        QCOMPARE(model.index(1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("2: Russia, suggested for “the Kremlin” in the sentence"));
    }

    void quotePreviewIsElided()
    {
        QuickTagPopup popup;
        popup.setQuotePreview(QStringLiteral("Sovereignty   over\nthe territories"));
        open(popup);
        const auto *quote = popup.findChild<QLabel *>(QStringLiteral("quickTagQuote"));
        QVERIFY(quote->isVisible());
        QVERIFY(quote->text().contains(QStringLiteral("Sovereignty over the territories")));

        const QString longText =
            QStringLiteral("The minister restated the fixed conditions ").repeated(20);
        const QString elided = quicktag::elideToLines(longText, quote->font(), 200, 2);
        const QStringList lines = elided.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.last().endsWith(QChar(0x2026)));
        const QFontMetrics metrics(quote->font());
        for (const QString &line : lines)
            QVERIFY(metrics.horizontalAdvance(line) <= 200);
        QCOMPARE(quicktag::elideToLines(QStringLiteral(" short\ttext "), quote->font(), 200, 2),
                 QStringLiteral("short text"));

        popup.setQuotePreview(QString());
        QVERIFY(!quote->isVisible());
    }

    void popupPosition_data()
    {
        QTest::addColumn<QRect>("anchor");
        QTest::addColumn<QPoint>("expected");
        // A 300×200 popup on an 800×600 screen.
        QTest::newRow("below") << QRect(100, 100, 50, 20) << QPoint(100, 120);
        QTest::newRow("above near the bottom") << QRect(100, 500, 50, 20) << QPoint(100, 300);
        QTest::newRow("kept left of the right edge") << QRect(700, 100, 50, 20) << QPoint(500, 120);
        QTest::newRow("kept right of the left edge") << QRect(-40, 100, 50, 20) << QPoint(0, 120);
        QTest::newRow("tall anchor, no room either side")
            << QRect(100, 50, 50, 500) << QPoint(100, 400);
        QTest::newRow("a point") << QRect(QPoint(10, 10), QSize(0, 0)) << QPoint(10, 10);
    }

    void popupPosition()
    {
        QFETCH(QRect, anchor);
        QFETCH(QPoint, expected);
        QCOMPARE(quicktag::popupPosition(anchor, QSize(300, 200), QRect(0, 0, 800, 600)), expected);
        // Larger than the screen: the top-left corner stays on it.
        QCOMPARE(quicktag::popupPosition(anchor, QSize(900, 700), QRect(0, 0, 800, 600)),
                 QPoint(0, 0));
    }

    void modelPassesTheTester()
    {
        QuickTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCreateText(QStringLiteral("Create “%1”"));
        model.setEntries(actors());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data(QuickTagModel::IdRole).toLongLong(), qint64(Russia));
        model.setSuggestions(
            {{Usa, QStringLiteral("Washington"), true}, {Russia, QStringLiteral("Moscow"), false}});
        QCOMPARE(names(model).mid(0, 3),
                 (QStringList{QStringLiteral("United States"), QStringLiteral("Russia"),
                              QStringLiteral("Ukraine")}));
        QCOMPARE(model.index(0).data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("Washington"));
        model.setFilterText(QStringLiteral("kreml"));
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Russia"), QStringLiteral("Create “kreml”")}));
        model.setCreateText(QStringLiteral("New “%1”"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("New “kreml”"));
        model.setSuggestions({{Russia, QStringLiteral("Moscow"), true}});
        QCOMPARE(model.index(0).data(QuickTagModel::SuggestionWordRole).toString(),
                 QStringLiteral("Moscow"));
        model.setFilterText(QStringLiteral("zz"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.hasNoMatches());
        model.setEntries({});
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 0); // a suggestion without its entry is not listed
        model.setSuggestions({});
        model.setEntries(topics());
        QCOMPARE(model.index(1).data(QuickTagModel::DepthRole).toInt(), 1);
        model.setFilterText(QStringLiteral("grain"));
        QCOMPARE(model.index(0).data(QuickTagModel::DepthRole).toInt(), 0); // flat when filtered
        QCOMPARE(model.rowForNumber(1), 0);
        QCOMPARE(model.rowForNumber(2), -1);
    }

    void moreThanNineEntriesNumberOnlyTheFirstNine()
    {
        QList<QuickTagEntry> many;
        for (int i = 1; i <= 12; ++i)
            many.append(entry(i, QStringLiteral("Actor %1").arg(i)));
        QuickTagPopup popup;
        popup.setActors(many);
        popup.setTopics(topics());
        popup.popupAt(QPoint(0, 0));
        const QuickTagModel &model = *popup.model();
        QCOMPARE(model.index(8).data(QuickTagModel::NumberRole).toInt(), 9);
        QCOMPARE(model.index(9).data(QuickTagModel::NumberRole).toInt(), 0);
        QTest::keyClick(popup.focusWidget(), Qt::Key_9);
        QCOMPARE(popup.chosenActor(), ActorId(9));
    }
};

QTEST_MAIN(TestQuickTagPopup)
#include "tst_quicktagpopup.moc"
