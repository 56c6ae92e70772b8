#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

// The inline half of the Markdown importer (emphasis, code spans, links, entities,
// inline HTML). Not public API: use markdownToText().
namespace demarche::textimport::detail {

// Lower-cased, white space collapsed: how CommonMark compares link labels.
QString normalizedLinkLabel(QStringView label);

// Renders one paragraph, heading or table cell. `references` holds the normalised labels
// of the document's link reference definitions, so "[text][ref]" and "[ref]" are known
// to be links (and lose their brackets) only when the reference exists.
QString renderInline(QStringView source, const QSet<QString> &references);

} // namespace demarche::textimport::detail
