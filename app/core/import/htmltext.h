#pragma once

#include <QByteArray>
#include <QString>

namespace demarche::textimport {

// The text a reader sees in an HTML page, laid out as plain text: one blank line between
// paragraph-like blocks (p, h1-h6, blockquote, pre, lists, tables), a line break for
// other blocks (div, li, tr, br, ...), table cells separated by a tab, list items marked
// "• " or "1. " (nested ones indented by two spaces per level, up to 16 levels). White space is
// collapsed outside <pre>. Nothing is kept from what <head> holds (meta, link, script, style, ...)
// except the title, returned through `title` with white space collapsed; nothing from script,
// style, noscript, template, svg, math, iframe, object, select, comments, CDATA sections, doctypes
// and processing instructions. Stray text before <body> is kept, as browsers show it. No-break
// spaces become ordinary spaces: pages use them for layout
// ("<p>&nbsp;</p>", indentation), and analysts search for words.
// Tolerates any input: unclosed tags, stray '<', '>' inside quoted attributes.
QString htmlToText(const QString &html, QString *title = nullptr);

// Replaces the character references in `text` (&amp; &eacute; &#8212; &#x1F600; ...).
// Unknown names stay as they are; see htmlentities.h for invalid numbers.
QString decodeHtmlEntities(const QString &text);

// The charset a page declares in its first 4 KB: <meta charset="..."> or
// <meta http-equiv="Content-Type" content="text/html; charset=...">. Empty when none.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace demarche::textimport
