#include "core/import/importformats.h"

#include "core/import/docxtext.h"
#include "core/import/odttext.h"
#include "core/import/pdftext.h"
#include "core/import/textimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace demarche {
namespace {

struct ImportFormatsText
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormats)
};

Result<ImportedText> plainText(const QByteArray &bytes, const QString &fileName)
{
    return textimport::fromBytes(bytes, textimport::Format::PlainText, fileName);
}

Result<ImportedText> markdown(const QByteArray &bytes, const QString &fileName)
{
    return textimport::fromBytes(bytes, textimport::Format::Markdown, fileName);
}

Result<ImportedText> html(const QByteArray &bytes, const QString &fileName)
{
    return textimport::fromBytes(bytes, textimport::Format::Html, fileName);
}

QStringList dotted(const QStringList &suffixes)
{
    QStringList result;
    for (const QString &suffix : suffixes)
        result.append(u'.' + suffix);
    return result;
}

// "a, b or c"; `last` joins the last two items ("%1 or %2").
QString listed(const QStringList &items, const QString &last)
{
    if (items.size() < 2)
        return items.join(QString());
    return last.arg(items.mid(0, items.size() - 1).join(QLatin1String(", ")), items.constLast());
}

} // namespace

const QList<ImportFormat> &importFormats()
{
    using textimport::Format;
    using textimport::formatKey;
    static const QList<ImportFormat> formats = {
        {formatKey(Format::PlainText),
         QT_TRANSLATE_NOOP("ImportFormats", "Plain text"),
         {QStringLiteral("txt")},
         {QStringLiteral("text")},
         plainText},
        {formatKey(Format::Markdown),
         QT_TRANSLATE_NOOP("ImportFormats", "Markdown"),
         {QStringLiteral("md")},
         {QStringLiteral("markdown")},
         markdown},
        {formatKey(Format::Html),
         QT_TRANSLATE_NOOP("ImportFormats", "HTML"),
         {QStringLiteral("html"), QStringLiteral("htm")},
         {QStringLiteral("xhtml")},
         html},
        {QStringLiteral("pdf"),
         QT_TRANSLATE_NOOP("ImportFormats", "PDF"),
         {QStringLiteral("pdf")},
         {},
         textimport::pdfText,
         true},
        {QStringLiteral("docx"),
         QT_TRANSLATE_NOOP("ImportFormats", "DOCX"),
         {QStringLiteral("docx")},
         {},
         docx::fromBytes,
         true},
        {QStringLiteral("odt"),
         QT_TRANSLATE_NOOP("ImportFormats", "ODT"),
         {QStringLiteral("odt")},
         {},
         odt::fromBytes,
         true},
    };
    return formats;
}

const ImportFormat *importFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return nullptr;
    for (const ImportFormat &format : importFormats()) {
        if (format.suffixes.contains(suffix) || format.aliases.contains(suffix))
            return &format;
    }
    return nullptr;
}

bool hasFileMetadata(const QString &key)
{
    const auto &formats = importFormats();
    return std::any_of(formats.cbegin(), formats.cend(), [&key](const ImportFormat &format) {
        return format.key == key && format.hasMetadata;
    });
}

QStringList importableSuffixes()
{
    QStringList suffixes;
    for (const ImportFormat &format : importFormats())
        suffixes.append(format.allSuffixes());
    return suffixes;
}

QStringList importFilePatterns()
{
    QStringList patterns;
    const QStringList suffixes = importableSuffixes();
    for (const QString &suffix : suffixes)
        patterns.append(QLatin1String("*.") + suffix);
    return patterns;
}

QString expectedSuffixes()
{
    QStringList named;
    for (const ImportFormat &format : importFormats())
        named.append(format.suffixes);
    //: the end of a list of file suffixes: %1 is ".txt, .md", %2 is ".html"
    return listed(dotted(named), ImportFormatsText::tr("%1 or %2"));
}

QString formatSuffixes()
{
    QStringList first;
    for (const ImportFormat &format : importFormats())
        first.append(format.suffixes.constFirst());
    //: the end of a list of file suffixes: %1 is ".txt, .md", %2 is ".html"
    return listed(dotted(first), ImportFormatsText::tr("%1 and %2"));
}

} // namespace demarche
