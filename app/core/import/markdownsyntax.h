#pragma once

#include <QString>
#include <QStringList>

// Line-level recognisers of the Markdown importer. Not public API: use markdownToText().
namespace demarche::textimport::detail {

struct ListMarker
{
    QString text; // "-", "1." ...
    bool ordered = false;
    int number = 0;
    int contentIndent = 0; // column where the item's content starts
    QString content;       // the rest of the line, after the marker and its spaces
};

int leadingSpaces(const QString &s);
bool isBlank(const QString &s);
// Tabs in the indentation become spaces (tab stops of 4), so indentation is in columns.
QString expandIndentTabs(const QString &s);
// Removes up to `columns` leading spaces.
QString stripSpaces(const QString &s, int columns);
// Removes up to `maxDepth` leading '>' markers; `depth` receives how many there were.
QString stripQuoteMarkers(const QString &s, int *depth, int maxDepth = 1 << 30);

bool isThematicBreak(const QString &content);
bool isSetextUnderline(const QString &content, int *level);
bool atxHeading(const QString &content, int *level, QString *text);
bool fenceStart(const QString &content, QChar *ch, int *length);
// `content` starts at column `indent` of the line.
bool listMarker(const QString &content, int indent, ListMarker *marker);
// Cells of a table row, trimmed, outer pipes dropped; "\|" stays escaped for the
// inline renderer to unescape.
QStringList tableCells(const QString &row);
bool isTableDelimiterRow(const QString &content, int columns);

} // namespace demarche::textimport::detail
