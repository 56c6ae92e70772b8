#pragma once

#include <QString>

namespace demarche::textimport {

// What a reader sees in rendered Markdown (CommonMark with GitHub tables and ~~strike~~),
// as plain text: heading markers, emphasis, link targets, reference definitions, inline
// HTML and horizontal rules disappear; link and image texts stay; code keeps its content
// verbatim; list items start with "• " or their number ("1. "), nested ones indented by
// two spaces per level; table cells are separated by tabs. Paragraphs are separated by
// a blank line and their lines joined with a space, except at hard breaks.
// `title` receives the first level-1 heading, else the first heading, else nothing.
QString markdownToText(const QString &markdown, QString *title = nullptr);

} // namespace demarche::textimport
