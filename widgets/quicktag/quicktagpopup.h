#pragma once

#include "core/domain/ids.h"
#include "widgets/quicktag/quicktagentry.h"

#include <QFrame>
#include <QList>
#include <QRect>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QListView;

namespace demarche {

class QuickTagChip;
class QuickTagModel;

// The fastest way to tag a selected claim: a popup beside the selection, first listing
// actors, then topics. A digit 1-9 picks the numbered entry at once, typing filters
// (names, aliases, keywords), Up/Down and Enter pick the highlighted one, Backspace on
// an empty filter steps back from topics to actors, Esc cancels.
//
// A name that is not in the codebook can be created from the popup: it emits
// createActorRequested() or createTopicRequested() and stays open; the caller adds the
// entry, passes the new list to setActors()/setTopics() and calls entryCreated().
class QuickTagPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickTagPopup)

public:
    enum class Stage { Actor, Topic };

    explicit QuickTagPopup(QWidget *parent = nullptr);
    ~QuickTagPopup() override;

    void setActors(const QList<QuickTagEntry> &actors);
    void setTopics(const QList<QuickTagEntry> &topics);
    // Entries listed first, best first, each marked "suggested" with the word that named
    // it; the first is pre-highlighted. Empty for none.
    void setSuggestedActors(const QList<QuickTagSuggestion> &suggestions);
    void setSuggestedTopics(const QList<QuickTagSuggestion> &suggestions);
    void setQuotePreview(const QString &text);

    // Starts at the actor stage and shows the popup below the point or the anchor
    // rectangle (global coordinates), or above it, always on screen.
    void popupAt(const QPoint &globalPos);
    void popupAt(const QRect &globalAnchor);

    // After a create request: the new entry is in the list; go on with it as if chosen.
    // False when the popup is not at that stage or has no entry with that id.
    bool entryCreated(ActorId id);
    bool entryCreated(TopicId id);

    Stage stage() const { return m_stage; }
    ActorId chosenActor() const { return ActorId(m_actorId); }
    QuickTagModel *model() const { return m_model; }

Q_SIGNALS:
    void chosen(demarche::ActorId actor, demarche::TopicId topic);
    void cancelled();
    void createActorRequested(const QString &name);
    void createTopicRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool handleKey(const QKeyEvent *event);
    void showStage(Stage stage);
    void refreshEntries();
    void highlightDefault();
    void moveHighlight(int delta);
    void chooseRow(int row);
    bool createdIn(Stage stage, qint64 id);
    void chooseActor(qint64 id);
    void finish(bool accepted, qint64 topicId);
    void updateQuote();
    void updateEmptyState();
    void place();

    QuickTagModel *m_model = nullptr;
    QLabel *m_quote = nullptr;
    QuickTagChip *m_chip = nullptr;
    QLabel *m_stageLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_hint = nullptr;

    QList<QuickTagEntry> m_actors;
    QList<QuickTagEntry> m_topics;
    QList<QuickTagSuggestion> m_suggestedActors;
    QList<QuickTagSuggestion> m_suggestedTopics;
    QString m_quoteText;
    QRect m_anchor;
    Stage m_stage = Stage::Actor;
    qint64 m_actorId = 0;
    bool m_finished = true; // true while hidden, so hiding never reports a cancel twice
};

} // namespace demarche
