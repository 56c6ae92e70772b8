#pragma once

#include <QString>

namespace demarche::textimport {

// What a reader sees in rendered Markdown (CommonMark with GitHub tables and ~~strike~~,
// parsed by md4c), as plain text: heading markers, emphasis, link targets, reference
// definitions and horizontal rules disappear; link and image texts stay; code keeps its
// content verbatim; list items start with "• " or their number and delimiter ("1. ",
// "1) "), nested ones indented by two spaces per level up to 16 levels; table cells are
// separated by tabs. Raw HTML shows what a browser would: an HTML block its visible text
// (see htmlToText()), an inline tag nothing, except <br> a line break. Paragraphs are
// separated by a blank line (items of a tight list by a line break) and their lines
// joined with a space, except at hard breaks.
// `title` receives the first level-1 heading, else the first heading, else nothing.
QString markdownToText(const QString &markdown, QString *title = nullptr);

} // namespace demarche::textimport
