#pragma once

#include <QString>
#include <QUrl>

class QWidget;

namespace demarche {

// The user guide bundled in the resources (:/guide/guide.html). Its sections have ids
// such as "tagging" or "position-scales"; an empty anchor means the top.

// The page of the guide in the interface's language (QLocale(), which follows the chosen
// language): "guide_de.html" where that translation is bundled, else "guide.html".
QString userGuidePage();

// Where the guide is, in the interface's language, at `anchor`.
QUrl userGuideUrl(const QString &anchor = {});

// Opens the guide beside `parent`'s window, at `anchor`: one viewer per window, raised
// and moved to the anchor when it is open already.
void showUserGuide(QWidget *parent, const QString &anchor = {});

// A link to the guide for a rich-text label ("<a href=…>How to tag a claim</a>"); the
// label opens it with openGuideLink().
QString guideLinkHtml(const QString &text, const QString &anchor);

// Opens the guide for a link made by guideLinkHtml(); false for any other link.
bool openGuideLink(QWidget *parent, const QString &link);

} // namespace demarche
