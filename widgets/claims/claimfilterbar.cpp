#include "widgets/claims/claimfilterbar.h"

#include "core/domain/vocabulary.h"
#include "core/models/claimfilterproxy.h"
#include "core/project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QSet>
#include <QVBoxLayout>

#include <utility>

namespace demarche {
namespace {

constexpr int AnyStance = -1;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(150));
    painter.setBrush(color);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

// Topics in codebook order, each followed by its sub-topics, with their depth.
void appendSubtree(const QList<Topic> &topics, const Topic &topic, int depth, QSet<TopicId> &placed,
                   QList<std::pair<Topic, int>> &tree)
{
    placed.insert(topic.id);
    tree.append({topic, depth});
    for (const Topic &child : topics) {
        if (child.parent == topic.id && !placed.contains(child.id))
            appendSubtree(topics, child, depth + 1, placed, tree);
    }
}

QList<std::pair<Topic, int>> topicTree(const QList<Topic> &topics)
{
    QSet<TopicId> ids;
    for (const Topic &topic : topics)
        ids.insert(topic.id);
    QSet<TopicId> placed;
    QList<std::pair<Topic, int>> tree;
    for (const Topic &topic : topics) {
        if (!topic.parent.isValid() || !ids.contains(topic.parent))
            appendSubtree(topics, topic, 0, placed, tree);
    }
    for (const Topic &topic : topics) { // only a parent cycle leaves any behind
        if (!placed.contains(topic.id))
            appendSubtree(topics, topic, 0, placed, tree);
    }
    return tree;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

} // namespace

ClaimFilterBar::ClaimFilterBar(const Project &project, ClaimFilterProxy &proxy, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_actor(filterCombo(QStringLiteral("actorFilter"), this))
    , m_topic(filterCombo(QStringLiteral("topicFilter"), this))
    , m_stance(filterCombo(QStringLiteral("stanceFilter"), this))
    , m_thisDocument(new QCheckBox(this))
{
    m_search->setObjectName(QStringLiteral("claimSearch"));
    m_search->setClearButtonEnabled(true);
    m_thisDocument->setObjectName(QStringLiteral("thisDocumentOnly"));
    m_thisDocument->setEnabled(false);

    auto *combos = new QHBoxLayout;
    combos->addWidget(m_actor);
    combos->addWidget(m_topic);
    combos->addWidget(m_stance);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(combos);
    layout->addWidget(m_thisDocument, 0, Qt::AlignLeft);

    fillActors();
    fillTopics();
    fillStances();
    retranslateUi();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_updating)
            m_proxy.setSearchText(text);
    });
    for (QComboBox *combo : {m_actor, m_topic, m_stance}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_updating)
                applyCombos();
        });
    }
    connect(m_thisDocument, &QCheckBox::toggled, this, [this]() {
        if (!m_updating)
            applyDocument();
    });
    connect(&project, &Project::actorsChanged, this, [this]() {
        fillActors();
        applyCombos(); // a removed actor leaves the filter
    });
    connect(&project, &Project::topicsChanged, this, [this]() {
        fillTopics();
        applyCombos();
    });
    connect(&proxy, &ClaimFilterProxy::filterChanged, this, &ClaimFilterBar::syncFromProxy);
    syncFromProxy();
}

void ClaimFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The combos keep their items and current choice; only the labels are set again.
void ClaimFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search quotes, notes, actors…"));
    m_actor->setToolTip(tr("The claims of one actor and of the actors under it"));
    m_topic->setToolTip(tr("The claims on one topic and on its sub-topics"));
    m_stance->setToolTip(tr("The claims of one stance type"));
    m_thisDocument->setText(tr("This document only"));
    m_thisDocument->setToolTip(tr("Only the claims of the article that is open"));
    m_actor->setItemText(0, tr("All actors"));
    m_topic->setItemText(0, tr("All topics"));
    for (int i = 0; i < m_stance->count(); ++i) {
        const int stance = m_stance->itemData(i).toInt();
        m_stance->setItemText(i, stance == AnyStance ? tr("All stances")
                                                     : vocabulary::label(Stance(stance)));
    }
}

void ClaimFilterBar::setCurrentDocument(DocumentId id)
{
    m_currentDocument = id;
    m_thisDocument->setEnabled(id.isValid());
    if (m_thisDocument->isChecked())
        applyDocument();
}

QString ClaimFilterBar::filterDescription() const
{
    QStringList parts;
    const QString text = m_proxy.searchText().simplified();
    if (!text.isEmpty())
        parts.append(tr("text “%1”").arg(text));
    if (const Actor *actor = m_project.actor(m_proxy.actor()))
        parts.append(tr("actor %1").arg(actor->name));
    if (const Topic *topic = m_project.topic(m_proxy.topic()))
        parts.append(tr("topic %1").arg(topic->name));
    if (const auto stance = m_proxy.stance())
        parts.append(tr("stance %1").arg(vocabulary::label(*stance)));
    if (const Document *document = m_project.documentInfo(m_proxy.document()))
        parts.append(tr("document “%1”").arg(document->title));
    return parts.join(tr(", "));
}

void ClaimFilterBar::fillActors()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_actor->clear();
    m_actor->addItem(tr("All actors"), QVariant::fromValue(ActorId()));
    for (const Actor &actor : m_project.actors())
        m_actor->addItem(swatch(actor.color), actor.name, QVariant::fromValue(actor.id));
    selectData(m_actor, QVariant::fromValue(m_proxy.actor()));
}

void ClaimFilterBar::fillTopics()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QVariant::fromValue(TopicId()));
    const QList<std::pair<Topic, int>> tree = topicTree(m_project.topics());
    for (const auto &[topic, depth] : tree)
        m_topic->addItem(QString(qsizetype(depth) * 3, u' ') + topic.name,
                         QVariant::fromValue(topic.id));
    selectData(m_topic, QVariant::fromValue(m_proxy.topic()));
}

void ClaimFilterBar::fillStances()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_stance->clear();
    m_stance->addItem(tr("All stances"), AnyStance);
    const QList<Stance> stances = vocabulary::allStances();
    for (Stance stance : stances)
        m_stance->addItem(vocabulary::label(stance), int(stance));
}

void ClaimFilterBar::applyCombos()
{
    m_proxy.setActor(m_actor->currentData().value<ActorId>());
    m_proxy.setTopic(m_topic->currentData().value<TopicId>());
    const int stance = m_stance->currentData().toInt();
    m_proxy.setStance(stance == AnyStance ? std::nullopt : std::optional<Stance>(Stance(stance)));
}

void ClaimFilterBar::applyDocument()
{
    m_proxy.setDocument(m_thisDocument->isChecked() ? m_currentDocument : DocumentId());
}

void ClaimFilterBar::syncFromProxy()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    if (m_search->text() != m_proxy.searchText())
        m_search->setText(m_proxy.searchText());
    selectData(m_actor, QVariant::fromValue(m_proxy.actor()));
    selectData(m_topic, QVariant::fromValue(m_proxy.topic()));
    selectData(m_stance, m_proxy.stance() ? int(*m_proxy.stance()) : AnyStance);
    // Without an open document the box keeps its state for the next one.
    if (m_proxy.document().isValid())
        m_thisDocument->setChecked(true);
    else if (m_currentDocument.isValid())
        m_thisDocument->setChecked(false);
}

} // namespace demarche
