#include "core/import/textimporter.h"

#include "core/import/htmltext.h"
#include "core/import/markdowntext.h"
#include "core/import/textdecoder.h"
#include "core/io/openprojects.h"
#include "core/text/nfc.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace demarche::textimport {

namespace {

// Share of C0 control characters (other than tab, LF, CR, FF) above which decoded
// "text" is really binary data that happened to contain no NUL byte.
constexpr qsizetype SampleSize = 8192;

bool looksBinary(const QString &text)
{
    const qsizetype n = std::min(text.size(), SampleSize);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls * 10 > n;
}

bool hasWideBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
           || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4));
}

Error binaryError(const QString &name)
{
    return badInput(
        QCoreApplication::translate("TextImport", "%1: is a binary file, not text").arg(name));
}

Result<ImportedText> convert(const QString &decoded, Format format, const QString &name)
{
    if (decoded.contains(QChar(u'\0')) || looksBinary(decoded))
        return binaryError(name);
    ImportedText result;
    result.format = formatKey(format);
    switch (format) {
    case Format::PlainText:
        result.text = decoded;
        break;
    case Format::Markdown:
        result.text = markdownToText(decoded, &result.title);
        break;
    case Format::Html:
        result.text = htmlToText(decoded, &result.title);
        break;
    }
    result.text = canonicalText(result.text);
    result.title = canonicalText(result.title).simplified();
    if (result.text.isEmpty())
        return badInput(
            QCoreApplication::translate("TextImport", "%1: contains no text").arg(name));
    return result;
}

} // namespace

std::optional<Format> formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::PlainText;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml"))
        return Format::Html;
    return std::nullopt;
}

QString formatKey(Format format)
{
    switch (format) {
    case Format::PlainText:
        return QStringLiteral("txt");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

QString canonicalText(const QString &text)
{
    QString s = text;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    if (s.contains(u'\r')) {
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        s.replace(u'\r', u'\n');
    }
    // Unpaired surrogates are not Unicode; NUL breaks every consumer downstream. A byte
    // order mark past the start (files joined together) is dropped too: after blank lines
    // were trimmed it would lead the text.
    QString valid;
    valid.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            valid.append(c);
            valid.append(s.at(++i));
        } else if (c.isSurrogate()) {
            valid.append(QChar(QChar::ReplacementCharacter));
        } else if (c.unicode() != 0 && c.unicode() != 0xFEFF) {
            valid.append(c);
        }
    }
    const QString nfc = toNfc(valid);

    QString out;
    out.reserve(nfc.size());
    int newlines = 0; // line ends held back until the next line proves non-blank
    qsizetype lineStart = 0;
    while (lineStart <= nfc.size()) {
        qsizetype lineEnd = nfc.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = nfc.size();
        qsizetype e = lineEnd;
        while (e > lineStart && (nfc.at(e - 1) == u' ' || nfc.at(e - 1) == u'\t'))
            --e;
        if (e > lineStart) {
            if (!out.isEmpty())
                out.append(QString(std::min(newlines, 2), u'\n'));
            out.append(QStringView(nfc).sliced(lineStart, e - lineStart));
            newlines = 0;
        }
        ++newlines;
        lineStart = lineEnd + 1;
    }
    return out.trimmed();
}

Result<ImportedText> fromBytes(const QByteArray &bytes, Format format, const QString &displayName)
{
    // UTF-16 and UTF-32 are full of NUL bytes; for them only a decoded U+0000 counts.
    if (!hasWideBom(bytes) && bytes.contains('\0'))
        return binaryError(displayName);
    const QByteArray declared = format == Format::Html ? declaredHtmlCharset(bytes) : QByteArray();
    const DecodedText decoded = decodeText(bytes, declared);
    Result<ImportedText> result = convert(decoded.text, format, displayName);
    if (!result)
        return result;
    result->encoding = decoded.encoding;
    if (decoded.fallback)
        result->warnings.append(QCoreApplication::translate(
                                    "TextImport", "%1: not valid UTF-8; decoded as Windows-1252")
                                    .arg(displayName));
    return result;
}

Result<ImportedText> fromString(const QString &text, Format format, const QString &displayName)
{
    return convert(text, format, displayName);
}

Result<ImportedText> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(QCoreApplication::translate("TextImport", "%1: no such file").arg(path));
    if (info.isDir())
        return badInput(
            QCoreApplication::translate("TextImport", "%1: is a directory, not a file").arg(path));
    if (!info.isFile()) // a pipe or a device could block or never end
        return badInput(
            QCoreApplication::translate("TextImport", "%1: is not a regular file").arg(path));
    if (isOpenProject(path)) // opening it would drop the project's locks (io/openprojects.h)
        return badInput(QCoreApplication::translate(
                            "TextImport", "%1: is the open project itself, not a document")
                            .arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QCoreApplication::translate("TextImport", "%1: cannot be read: %2")
                            .arg(path, file.errorString()));

    const std::optional<Format> format = formatForFileName(path);
    if (!format) {
        if (info.suffix().isEmpty())
            return badInput(QCoreApplication::translate(
                                "TextImport",
                                "%1: unsupported file type (no extension); expected .txt, .md, "
                                ".html or .htm")
                                .arg(path));
        return badInput(
            QCoreApplication::translate(
                "TextImport", "%1: unsupported file type '%2'; expected .txt, .md, .html or .htm")
                .arg(path, u'.' + info.suffix()));
    }

    const qint64 size = file.size();
    if (size > MaxFileSize) {
        constexpr double MiB = 1024.0 * 1024.0;
        // Round up, so that a file just over the limit never reads "50.0 MB".
        const double shown = std::ceil(double(size) * 10.0 / MiB) / 10.0;
        return badInput(
            QCoreApplication::translate("TextImport", "%1: is %2 MB; the limit is %3 MB")
                .arg(path, QString::number(shown, 'f', 1),
                     QString::number(MaxFileSize / 1024 / 1024)));
    }

    // The file may have grown since; read one byte past the limit to notice.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return badInput(QCoreApplication::translate("TextImport", "%1: cannot be read: %2")
                            .arg(path, file.errorString()));
    if (bytes.size() > MaxFileSize)
        return badInput(
            QCoreApplication::translate("TextImport", "%1: is larger than the limit of %2 MB")
                .arg(path, QString::number(MaxFileSize / 1024 / 1024)));
    return fromBytes(bytes, *format, path);
}

} // namespace demarche::textimport
