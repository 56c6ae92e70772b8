#pragma once

#include <QByteArray>
#include <QString>

namespace demarche::textimport {

// The text a reader sees in an HTML page, parsed by gumbo as browsers parse it, laid out
// as plain text: one blank line between paragraph-like blocks (p, h1-h6, blockquote, pre,
// lists, tables), a line break for other blocks (div, li, tr, br, ...), table cells
// separated by a tab, list items marked "• " or "1. " (nested ones indented by two spaces
// per level, up to 16 levels). White space is collapsed outside <pre>. Nothing is kept from
// what <head> holds (meta, link, script, style, ...) except the first title, returned
// through `title` with white space collapsed; nothing from script, style, noscript,
// template, svg, math, iframe, object, select, textarea, comments and doctypes. Character
// references are decoded with HTML's full table. No-break spaces become ordinary spaces:
// pages use them for layout ("<p>&nbsp;</p>", indentation), and analysts search for words;
// soft hyphens go. Tolerates any input as browsers do (a tag cut off by the end of the page
// shows nothing); elements nested deeper than 512 levels lose their layout, not their text.
QString htmlToText(const QString &html, QString *title = nullptr);

// Replaces the character references in `text` (&amp; &eacute; &#8212; &#x1F600; ...) as
// HTML does in text: unknown names stay as they are, a few legacy names need no ';',
// invalid numbers (NUL, surrogates, beyond U+10FFFF) become U+FFFD. Soft hyphens go.
QString decodeHtmlEntities(const QString &text);

// The charset a page declares in its first 4 KB: <meta charset="..."> or
// <meta http-equiv="Content-Type" content="text/html; charset=...">. Empty when none.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace demarche::textimport
