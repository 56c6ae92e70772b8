#include "widgets/help/userguide.h"

#include "widgets/help/userguidedialog.h"

#include <QFile>
#include <QLocale>
#include <QWidget>

namespace demarche {
namespace {

// A link of our own, so that a label can tell it from a web address.
const QString LinkScheme = QStringLiteral("guide");
const QString EnglishPage = QStringLiteral("guide.html");

} // namespace

QString userGuidePage()
{
    const QStringList languages = QLocale().uiLanguages();
    for (QString language : languages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        // The guide is written in English: a language listed after it is not wanted.
        if (base == QLatin1String("en"))
            return EnglishPage;
        for (const QString &name : {language, base}) {
            QString page = QStringLiteral("guide_%1.html").arg(name);
            if (QFile::exists(QStringLiteral(":/guide/") + page))
                return page;
        }
    }
    return EnglishPage;
}

QUrl userGuideUrl(const QString &anchor)
{
    QUrl url(QStringLiteral("qrc:/guide/") + userGuidePage());
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

void showUserGuide(QWidget *parent, const QString &anchor)
{
    QWidget *window = parent ? parent->window() : nullptr;
    auto *viewer = window
                       ? window->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly)
                       : nullptr;
    if (!viewer) {
        viewer = new UserGuideDialog(window);
        // Without a window to belong to, it goes when it is closed.
        if (!window)
            viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    viewer->showAnchor(anchor);
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
}

QString guideLinkHtml(const QString &text, const QString &anchor)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(LinkScheme, anchor.toHtmlEscaped(), text.toHtmlEscaped());
}

bool openGuideLink(QWidget *parent, const QString &link)
{
    const QString prefix = LinkScheme + QLatin1Char(':');
    if (!link.startsWith(prefix))
        return false;
    showUserGuide(parent, link.mid(prefix.size()));
    return true;
}

} // namespace demarche
