#include "core/import/textimporter.h"

#include "core/import/htmltext.h"
#include "core/import/markdowntext.h"
#include "core/import/plaintexthead.h"
#include "core/import/textdecoder.h"
#include "core/text/nfc.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace demarche::textimport {

namespace {

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
    if (looksBinary(decoded))
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
    if (format == Format::PlainText) {
        PlainTextHead head = readPlainTextHead(result.text);
        result.text = std::move(head.text);
        result.title = std::move(head.title);
        result.source = std::move(head.source);
        result.date = head.date;
    }
    result.title = canonicalText(result.title).simplified();
    if (result.text.isEmpty())
        return badInput(
            QCoreApplication::translate("TextImport", "%1: contains no text").arg(name));
    return result;
}

} // namespace

bool looksBinary(QStringView text)
{
    if (text.contains(QChar(u'\0')))
        return true;
    constexpr qsizetype SampleSize = 8192;
    const qsizetype n = std::min(text.size(), SampleSize);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls * 10 > n;
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

} // namespace demarche::textimport
