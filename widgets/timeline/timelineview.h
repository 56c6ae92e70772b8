#pragma once

#include "core/analysis/timeline.h"
#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/domain/ids.h"

#include <QList>
#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace demarche {

class GuideLinkLabel;

class CodebookCombo;
class Project;
class TimelineChart;

// The "Over time" view: for one actor, or two side by side, and one topic, the
// salience-weighted mean position and the number of claims per publication date, week,
// month, quarter or year (the period is remembered), so that a shift in stance shows. It
// follows the project: new, changed and removed claims and re-dated articles redraw it
// at once; codebook changes and reloads keep the chosen actor and topic while they exist.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(Project &project, QWidget *parent = nullptr);

    // Shows this actor on this topic; an id the codebook lacks leaves that choice as is.
    void setSelection(demarche::ActorId actor, demarche::TopicId topic);
    ActorId actor() const;
    TopicId topic() const;
    // The actor drawn beside the first; the invalid id for none.
    ActorId otherActor() const;
    void setOtherActor(demarche::ActorId actor);
    TimelinePeriod period() const;
    void setPeriod(demarche::TimelinePeriod period);
    bool rollUp() const;
    bool includesSubtopics() const;

    const Timeline &timeline() const { return m_timeline; }
    // The second actor's timeline; empty (no holders) without one.
    const Timeline &otherTimeline() const { return m_other; }
    TimelineChart *chart() const { return m_chart; }
    // Whether the chart is shown rather than an empty-state message.
    bool isChartShown() const;
    QString message() const;     // the empty-state message; empty when the chart shows
    QString undatedNote() const; // below the chart; empty with no undated claims
    QString statusText() const;  // the hovered date, or a summary

Q_SIGNALS:
    // The analyst chose another actor or topic, or changed roll-up or sub-topics.
    void selectionChanged(demarche::ActorId actor, demarche::TopicId topic);
    // A point or bar was clicked: the claims of that date, in document order.
    void claimsActivated(const QList<demarche::ClaimId> &claims);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildLayout();
    void followProject();
    void fillCodebook();
    void refresh();
    // The empty state, with a link to the guide's section `anchor` when one is given.
    void showMessage(const QString &text, const QString &linkText = {}, const QString &anchor = {});
    void showHover(const QDate &date, bool state);
    void showClaimsOf(const QDate &date);
    QString summary() const;
    void onClaims(const QList<Claim> &claims);
    void onDocumentChanged(const Document &document);
    bool covers(const Claim &claim) const;
    static QString pointText(const Timeline &timeline, const QString &name, const QDate &date);

    Project &m_project;
    CodebookCombo *m_actorCombo = nullptr;
    CodebookCombo *m_topicCombo = nullptr;
    CodebookCombo *m_otherCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLabel *m_topicLabel = nullptr;
    QLabel *m_otherLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QCheckBox *m_rollUp = nullptr;
    QCheckBox *m_subtopics = nullptr;
    QStackedWidget *m_pages = nullptr;
    QChartView *m_chartView = nullptr;
    TimelineChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
    GuideLinkLabel *m_guideLink = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_undated = nullptr;
    Timeline m_timeline;
    Timeline m_other;
};

} // namespace demarche
