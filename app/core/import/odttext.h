#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QString>

namespace demarche::odt {

// An OpenDocument text (.odt) as canonical text, read as docxtext.h reads a Word document:
// paragraphs, headings, lists with their markers, tables, tracked changes as accepted,
// notes after a "Notes" line; annotations, frames and deleted text left out. Title, author
// and date come from meta.xml. Refusals begin with `fileName` and ": ".
Result<ImportedText> fromBytes(const QByteArray &bytes, const QString &fileName);

} // namespace demarche::odt
