#include "widgets/mainwindow/welcomeview.h"

#include "ui_welcomeview.h"
#include "widgets/help/guidelinklabel.h"
#include "widgets/mainwindow/recentprojects.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace demarche {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomeView>())
{
    m_ui->setupUi(this);
    // Sizes a .ui cannot state: the logo is the SVG icon rendered at 72 px for the
    // screen, and the title is twice the desktop's font size.
    m_ui->logo->setPixmap(QIcon(QStringLiteral(":/icons/demarche.svg")).pixmap(72, 72));
    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    m_ui->title->setFont(titleFont);
    m_ui->tagline->setForegroundRole(QPalette::PlaceholderText);

    // Under the three buttons: where a new analyst learns the rest.
    m_guide = new GuideLinkLabel(m_ui->column);
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->indexOf(m_ui->welcomeSample) + 1, m_guide);
    retranslateUi();

    connect(m_ui->welcomeNew, &QPushButton::clicked, this, &WelcomeView::newProjectRequested);
    connect(m_ui->welcomeOpen, &QPushButton::clicked, this, &WelcomeView::openProjectRequested);
    connect(m_ui->welcomeSample, &QPushButton::clicked, this, &WelcomeView::sampleRequested);
    connect(m_ui->welcomeRecent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProjectRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecent();
}

WelcomeView::~WelcomeView() = default;

void WelcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        refreshRecent();
    }
    QWidget::changeEvent(event);
}

void WelcomeView::retranslateUi()
{
    m_guide->setGuide(tr("New to Demarche? Read the user guide"), QStringLiteral("workflow"));
}

void WelcomeView::refreshRecent()
{
    m_ui->welcomeRecent->clear();
    const QStringList paths = RecentProjects::list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/demarche.svg")),
                                tr("%1 — %2").arg(info.completeBaseName(),
                                                  QDir::toNativeSeparators(info.absolutePath())),
                                m_ui->welcomeRecent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_ui->recentBox->setVisible(!paths.isEmpty());
}

} // namespace demarche
