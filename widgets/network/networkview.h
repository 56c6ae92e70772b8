#pragma once

#include "core/analysis/network.h"
#include "widgets/network/networkimage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace demarche {

class GuideLinkLabel;
class NetworkCanvas;
class NetworkScene;
class NetworkTopicFilter;
class Project;
class ScopeFilter;
class ViewHint;

// Who agrees with whom: the actors as nodes in their colours, sized by their claims, and
// edges weighted by congruence or conflict over the topics both took positions on, or the
// two-mode actor-topic affiliation network. Laid out by force; nodes can be dragged and
// stay where they are put. Follows the project: a change recounts the network shortly
// after (several changes at once count once), keeping the nodes' places.
class NetworkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    explicit NetworkView(Project &project, QWidget *parent = nullptr);

    NetworkOptions options() const;
    const Network &network() const;
    NetworkScene *scene() const { return m_scene; }
    NetworkCanvas *canvas() const { return m_canvas; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *rollUpBox() const { return m_rollUp; }
    NetworkTopicFilter *topicFilter() const { return m_topics; }
    ScopeFilter *scopeFilter() const { return m_scope; }
    // The empty state's message over the canvas, or the note above it when the network
    // has nodes but no edges; empty when neither shows.
    QString message() const;
    QString definitionText() const;
    QString statusText() const;

    // Writes the drawing or the network; failures are shown in a message box naming the
    // file. Returns whether the file was written.
    bool exportImage(const QString &path, demarche::NetworkImageFormat format);
    bool exportGraphml(const QString &path);

public Q_SLOTS:
    // Recounts now rather than after the short wait.
    void recount();

Q_SIGNALS:
    // The network was counted and drawn again.
    void networkShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    QWidget *createBar();
    void followProject();
    void scheduleRecount();
    void showNetwork(const Network &network);
    void showMessage(const QString &text, const QString &linkText, const QString &anchor);
    void updateDefinition();
    // Rings the holder of the project's current claim (and its topic, in two modes).
    void highlightCurrentClaim();
    void updateStatus() const;
    void chooseExportFile(int format);
    void showExportError(const QString &path, const QString &message);

    Project &m_project;
    NetworkScene *m_scene;
    NetworkCanvas *m_canvas;
    ViewHint *m_hint;
    QTimer *m_recountTimer;
    bool m_stale = false; // the project changed while the view was hidden
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_rollUp = nullptr;
    NetworkTopicFilter *m_topics = nullptr;
    ScopeFilter *m_scope = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_layOut = nullptr;
    QPushButton *m_export = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportGraphml = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_note = nullptr;
    GuideLinkLabel *m_noteLink = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace demarche
