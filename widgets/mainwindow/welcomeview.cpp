#include "widgets/mainwindow/welcomeview.h"

#include "widgets/mainwindow/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarche {
namespace {

QPushButton *bigButton(const QString &text, const QString &detail, const QString &icon,
                       QWidget *parent)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setToolTip(detail);
    button->setAccessibleDescription(detail);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setMinimumWidth(280);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    return button;
}

} // namespace

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    auto *column = new QWidget(this);
    column->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto *logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/demarche.svg")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);

    auto *title = new QLabel(tr("Demarche"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *tagline =
        new QLabel(tr("Highlight what actors claim in articles, tag it by actor and topic, and see "
                      "their positions side by side."),
                   column);
    tagline->setWordWrap(true);
    tagline->setAlignment(Qt::AlignHCenter);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(tagline);
    layout->addSpacing(16);

    auto *newButton = bigButton(tr("&New project…"), tr("Start an empty project file"),
                                QStringLiteral(":/icons/new-project.svg"), column);
    auto *openButton = bigButton(tr("&Open project…"), tr("Open a .demarche project file"),
                                 QStringLiteral(":/icons/open-project.svg"), column);
    auto *sampleButton =
        bigButton(tr("Open the &sample project"),
                  tr("Three short articles with actors, topics and claims, to try every view"),
                  QStringLiteral(":/icons/demarche.svg"), column);
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    sampleButton->setObjectName(QStringLiteral("welcomeSample"));
    for (QPushButton *button : {newButton, openButton, sampleButton})
        layout->addWidget(button);
    connect(newButton, &QPushButton::clicked, this, &WelcomeView::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeView::openProjectRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomeView::sampleRequested);

    m_recentBox = new QWidget(column);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 16, 0, 0);
    auto *recentLabel = new QLabel(tr("Recent projects"), m_recentBox);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    recentLabel->setBuddy(m_recent);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);
    layout->addWidget(m_recentBox);
    layout->addStretch();
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProjectRequested(item->data(Qt::UserRole).toString());
    });

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(2);
    outer->addLayout(centre);
    outer->addStretch();
    refreshRecent();
}

void WelcomeView::refreshRecent()
{
    m_recent->clear();
    const QStringList paths = RecentProjects::list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/demarche.svg")),
                                tr("%1 — %2").arg(info.completeBaseName(),
                                                  QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentBox->setVisible(!paths.isEmpty());
}

} // namespace demarche
