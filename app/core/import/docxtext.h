#pragma once

#include "core/domain/result.h"
#include "core/import/importedtext.h"

#include <QByteArray>
#include <QString>

namespace demarche::docx {

// A Word document (.docx) as canonical text: the body's paragraphs, tables (a row a line,
// cells separated by tabs) and list items with their markers; tracked changes as accepted;
// fields as displayed; footnotes and endnotes after a "Notes" line, marked "[n]" in the
// text. Headers, footers, comments and text boxes are left out. Title, author and date
// come from docProps/core.xml. Refusals begin with `fileName` and ": ".
Result<ImportedText> fromBytes(const QByteArray &bytes, const QString &fileName);

} // namespace demarche::docx
