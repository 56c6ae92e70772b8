#include "widgets/network/networkview.h"

#include "core/export/graphml.h"
#include "core/project/project.h"
#include "core/project/projectselection.h"
#include "widgets/claims/viewhint.h"
#include "widgets/common/exportwarning.h"
#include "widgets/common/filedialogs.h"
#include "widgets/compare/scopefilter.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/network/networkcanvas.h"
#include "widgets/network/networkscene.h"
#include "widgets/network/networktexts.h"
#include "widgets/network/networktopicfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace demarche {
namespace {

// Long enough for an undo macro or an import to land as one recount.
constexpr int recountDelay = 200;

enum ExportFormat { PngFile, SvgFile, GraphmlFile };

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

NetworkView::NetworkView(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_scene(new NetworkScene(this))
    , m_canvas(new NetworkCanvas(m_scene, this))
    , m_hint(new ViewHint(m_canvas))
    , m_recountTimer(new QTimer(this))
{
    m_canvas->setObjectName(QStringLiteral("networkCanvas"));
    m_hint->setObjectName(QStringLiteral("networkHint"));
    m_scene->applyPalette(palette());
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(recountDelay);
    connect(m_recountTimer, &QTimer::timeout, this, &NetworkView::recount);

    m_definition = mutedLabel(this);
    m_definition->setObjectName(QStringLiteral("networkDefinition"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("networkNote"));
    m_note->setWordWrap(true);
    m_noteLink = new GuideLinkLabel(this);
    auto *note = new QHBoxLayout;
    note->addWidget(m_note, 1);
    note->addWidget(m_noteLink);
    m_status = mutedLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createBar());
    layout->addWidget(m_definition);
    layout->addLayout(note);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_kind);

    followProject();
    retranslateUi(); // counts the network once
}

QWidget *NetworkView::createBar()
{
    auto *bar = new QWidget(this);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("networkKind"));
    // Named in retranslateUi().
    for (const NetworkKind kind :
         {NetworkKind::Congruence, NetworkKind::Conflict, NetworkKind::Affiliation})
        m_kind->addItem(QString(), int(kind));
    m_kindLabel = new QLabel(bar);
    m_kindLabel->setBuddy(m_kind);
    m_rollUp = new QCheckBox(bar);
    m_rollUp->setObjectName(QStringLiteral("networkRollUp"));
    m_rollUp->setChecked(true);
    m_topics = new NetworkTopicFilter(m_project, bar);
    m_scope = new ScopeFilter(m_project, bar);
    m_scope->setObjectName(QStringLiteral("networkScope"));

    m_layOut = new QPushButton(bar);
    m_layOut->setObjectName(QStringLiteral("networkLayOut"));
    m_fit = new QPushButton(bar);
    m_fit->setObjectName(QStringLiteral("networkFit"));
    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("networkExport"));
    auto *exports = new QMenu(m_export);
    m_exportPng = exports->addAction(QString(), this, [this]() { chooseExportFile(PngFile); });
    m_exportSvg = exports->addAction(QString(), this, [this]() { chooseExportFile(SvgFile); });
    m_exportGraphml =
        exports->addAction(QString(), this, [this]() { chooseExportFile(GraphmlFile); });
    m_export->setMenu(exports);

    // Two rows, as in the other analysis views: what is counted above, which claims below.
    auto *what = new QHBoxLayout;
    what->addWidget(m_kindLabel);
    what->addWidget(m_kind);
    what->addSpacing(8);
    what->addWidget(m_rollUp);
    what->addStretch(1);
    what->addWidget(m_layOut);
    what->addWidget(m_fit);
    what->addWidget(m_export);
    auto *which = new QHBoxLayout;
    which->addWidget(m_topics);
    which->addSpacing(8);
    which->addWidget(m_scope);
    which->addStretch(1);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(what);
    layout->addLayout(which);
    setTabOrder(m_kind, m_rollUp);
    setTabOrder(m_rollUp, m_layOut);
    setTabOrder(m_layOut, m_fit);
    setTabOrder(m_fit, m_export);
    setTabOrder(m_export, m_topics);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NetworkView::recount);
    connect(m_rollUp, &QCheckBox::toggled, this, &NetworkView::recount);
    connect(m_topics, &NetworkTopicFilter::topicsChanged, this, &NetworkView::recount);
    connect(m_scope, &ScopeFilter::scopeChanged, this, &NetworkView::recount);
    connect(m_fit, &QPushButton::clicked, m_canvas, &NetworkCanvas::fitDrawing);
    connect(m_layOut, &QPushButton::clicked, this, [this]() {
        m_scene->layOutAgain();
        m_canvas->fitDrawing();
    });
    return bar;
}

void NetworkView::followProject()
{
    // Counting reads every claim; a burst of changes (an undo macro, an import) is
    // counted once when it is over.
    connect(&m_project, &Project::claimsAdded, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::claimsRemoved, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::claimChanged, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::documentChanged, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::documentRemoved, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::actorsChanged, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::topicsChanged, this, &NetworkView::scheduleRecount);
    connect(&m_project, &Project::reloaded, this, &NetworkView::scheduleRecount);
    connect(&m_project.selection(), &ProjectSelection::currentClaimChanged, this,
            &NetworkView::highlightCurrentClaim);
}

void NetworkView::highlightCurrentClaim()
{
    QSet<QString> keys;
    const ClaimId current = m_project.selection().currentClaim();
    if (const auto claim = current.isValid() ? m_project.store().claim(current)
                                             : Result<Claim>(badInput(QString()));
        claim) {
        const Actor *holder = m_project.actor(claim.value().holder);
        // Bounded, in case a broken codebook loops.
        for (int depth = 0;
             holder && m_rollUp->isChecked() && holder->parent.isValid() && depth < 16; ++depth)
            holder = m_project.actor(holder->parent);
        NetworkNode node;
        if (holder) {
            node.id = holder->id.value();
            keys.insert(node.key());
        }
        if (network().kind == NetworkKind::Affiliation) {
            node.type = NetworkNode::Type::Topic;
            node.id = claim.value().topic.value();
            keys.insert(node.key());
        }
    }
    m_scene->highlight(keys);
}

// Counting reads every claim of the project: while another tab shows, a change only
// marks the drawing stale, and it is counted again when it is shown.
void NetworkView::scheduleRecount()
{
    if (isVisible())
        m_recountTimer->start();
    else
        m_stale = true;
}

void NetworkView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recount();
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_kind)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_scene)
        m_scene->applyPalette(palette());
    QWidget::changeEvent(event);
}

// The choices stay.
void NetworkView::retranslateUi()
{
    for (const NetworkKind kind :
         {NetworkKind::Congruence, NetworkKind::Conflict, NetworkKind::Affiliation})
        m_kind->setItemText(m_kind->findData(int(kind)), NetworkTexts::kindName(kind));
    m_kind->setToolTip(tr("Congruence links actors who take similar positions on the same "
                          "topics, conflict those who take opposite ones; affiliation links "
                          "actors to the topics they speak on"));
    m_kindLabel->setText(tr("&Network:"));
    m_rollUp->setText(tr("&Roll up members"));
    m_rollUp->setToolTip(
        tr("Count the claims of an actor's members (a minister for his state) as its own"));
    m_layOut->setText(tr("&Lay Out Again"));
    m_layOut->setToolTip(tr("Forget where nodes were dragged and arrange the network afresh"));
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Show the whole network; Ctrl+wheel zooms"));
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Save the drawing as an image, or the network for Gephi or visone"));
    m_exportPng->setText(tr("PNG Image\u2026"));
    m_exportSvg->setText(tr("SVG Drawing\u2026"));
    m_exportGraphml->setText(tr("GraphML for Gephi or visone\u2026"));
    m_canvas->setToolTip(QString());
    m_canvas->setAccessibleName(tr("Network drawing"));
    // The tooltips of nodes and edges are written by the count.
    if (isVisible())
        recount();
    else
        m_stale = true;
}

NetworkOptions NetworkView::options() const
{
    NetworkOptions options;
    options.kind = NetworkKind(m_kind->currentData().toInt());
    options.rollUp = m_rollUp->isChecked();
    options.topics = m_topics->topics();
    options.scope = m_scope->scope();
    return options;
}

const Network &NetworkView::network() const
{
    return m_scene->network();
}

void NetworkView::recount()
{
    m_recountTimer->stop();
    m_stale = false;
    updateDefinition();
    if (m_project.actors().isEmpty()) {
        showMessage(tr("No actors yet. Add the actors you follow in the Codebook and tag their "
                       "claims to see who agrees with whom."),
                    tr("How to add actors and topics"), QStringLiteral("codebook"));
        return;
    }
    auto loaded = loadNetwork(m_project.store(), options());
    if (!loaded) {
        showMessage(tr("The network cannot be counted: %1").arg(loaded.error().message), QString(),
                    QString());
        return;
    }
    showNetwork(loaded.value());
}

void NetworkView::showNetwork(const Network &network)
{
    m_scene->showNetwork(network);
    highlightCurrentClaim();
    m_note->clear();
    m_noteLink->setGuide(QString(), QString());

    if (network.nodes.isEmpty()) {
        const NetworkOptions chosen = options();
        if (chosen.topics.isEmpty() && chosen.scope.isUnrestricted())
            showMessage(tr("No claims yet. Select a passage in an article and press T to tag "
                           "it; the actors who made claims appear here."),
                        tr("How to tag a claim"), QStringLiteral("tagging"));
        else
            showMessage(tr("No claims on the chosen topics in the chosen documents and stances."),
                        tr("About the network"), QStringLiteral("network"));
        return;
    }
    m_hint->setVisible(false);
    if (network.edges.isEmpty()) {
        // The actors are drawn; what is missing for an edge is said above them.
        m_note->setText(tr("No edges: no two actors have taken a position on the same topic "
                           "yet. An edge needs claims with a position by both actors on a "
                           "topic."));
        m_noteLink->setGuide(tr("About the network"), QStringLiteral("network"));
    }
    m_note->setVisible(!m_note->text().isEmpty());
    m_noteLink->setVisible(!m_note->text().isEmpty());
    if (m_canvas->fitsAutomatically())
        m_canvas->fitDrawing();
    updateStatus();
    m_export->setEnabled(true);
    Q_EMIT networkShown();
}

void NetworkView::showMessage(const QString &text, const QString &linkText, const QString &anchor)
{
    if (!m_scene->network().nodes.isEmpty())
        m_scene->showNetwork(Network());
    m_note->clear();
    m_note->setVisible(false);
    m_noteLink->setVisible(false);
    m_hint->setText(text);
    m_hint->setGuideLink(linkText, anchor);
    m_hint->setVisible(true);
    m_status->clear();
    m_export->setEnabled(false);
    Q_EMIT networkShown();
}

QString NetworkView::message() const
{
    if (!m_hint->isHidden())
        return m_hint->text();
    return m_note->text();
}

QString NetworkView::definitionText() const
{
    return m_definition->text();
}

QString NetworkView::statusText() const
{
    return m_status->text();
}

void NetworkView::updateDefinition()
{
    const NetworkOptions chosen = options();
    m_definition->setText(NetworkTexts::definition(chosen.kind, chosen.rollUp));
}

void NetworkView::updateStatus() const
{
    const Network &shown = network();
    int actors = 0;
    for (const NetworkNode &node : shown.nodes)
        actors += node.type == NetworkNode::Type::Actor ? 1 : 0;
    const int topics = int(shown.nodes.size()) - actors;
    // Counted texts side by side, so that each language declines each count on its own.
    QStringList parts{tr("%n actor(s)", nullptr, actors)};
    if (shown.kind == NetworkKind::Affiliation)
        parts.append(tr("%n topic(s)", nullptr, topics));
    parts.append(tr("%n edge(s)", nullptr, int(shown.edges.size())));
    parts.append(tr("Drag a node to move it; it stays where you put it."));
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

bool NetworkView::exportImage(const QString &path, NetworkImageFormat format)
{
    const QString title = tr("%1 network of %2", "kind, project")
                              .arg(NetworkTexts::kindName(network().kind), m_project.name());
    const Status written = writeNetworkImage(*m_scene, path, format, title);
    if (!written) {
        showExportError(path, written.error().message);
        return false;
    }
    return true;
}

bool NetworkView::exportGraphml(const QString &path)
{
    const Status written = writeGraphmlFile(network(), path);
    if (!written) {
        showExportError(path, written.error().message);
        return false;
    }
    return true;
}

void NetworkView::chooseExportFile(int format)
{
    struct Choice
    {
        QString caption;
        QString name;
        QString filter;
        QString suffix;
    };
    const QString kind = NetworkTexts::kindName(network().kind).toLower();
    const Choice choices[] = {
        {tr("Export Network as PNG"), tr("%1 %2 network.png", "file name: project, kind"),
         tr("PNG images (*.png);;All files (*)"), QStringLiteral("png")},
        {tr("Export Network as SVG"), tr("%1 %2 network.svg", "file name: project, kind"),
         tr("SVG drawings (*.svg);;All files (*)"), QStringLiteral("svg")},
        {tr("Export Network as GraphML"), tr("%1 %2 network.graphml", "file name: project, kind"),
         tr("GraphML files (*.graphml);;All files (*)"), QStringLiteral("graphml")}};
    const Choice &choice = choices[format];
    const QString suggested =
        QFileInfo(m_project.path()).dir().filePath(choice.name.arg(m_project.name(), kind));
    QString path = FileDialogs::saveFileName(this, choice.caption, suggested, choice.filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + choice.suffix;
    if (format == GraphmlFile)
        exportGraphml(path);
    else
        exportImage(path, format == PngFile ? NetworkImageFormat::Png : NetworkImageFormat::Svg);
}

void NetworkView::showExportError(const QString &path, const QString &message)
{
    showExportWarning(
        this, tr("Export Network"),
        tr("The network could not be exported to %1.").arg(QDir::toNativeSeparators(path)),
        message);
}

} // namespace demarche
