#include "core/import/textdecoder.h"

#include "core/text/utf8.h"

#include <QStringDecoder>

#include <array>

namespace demarche::textimport {

namespace {

// Bytes 0x80-0x9F of Windows-1252; every other byte is the Latin-1 character of the same
// value. The undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their own value.
constexpr std::array<char16_t, 32> HighControls = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

bool startsWith(const QByteArray &bytes, std::initializer_list<uchar> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const uchar b : prefix) {
        if (uchar(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

// Strict UTF-8; Qt's decoder would silently substitute U+FFFD instead.
bool isValidUtf8(const QByteArray &bytes)
{
    return utf8::firstInvalid(bytes) < 0;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = QChar(windows1252ToUnicode(uchar(bytes.at(i))));
    return text;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// HTML pages that say ISO-8859-1 or ASCII really mean Windows-1252 (browsers treat the
// labels as one), and a page that says UTF-8 or UTF-16 but is not valid UTF-8 is mislabelled.
enum class Declared { Unusable, Windows1252, Other };

Declared classify(const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty())
        return Declared::Unusable;
    static const char *const latin[] = {"windows-1252", "cp1252",     "x-cp1252", "iso-8859-1",
                                        "iso8859-1",    "iso_8859-1", "latin1",   "latin-1",
                                        "l1",           "us-ascii",   "ascii",    "iso-ir-100"};
    for (const char *label : latin) {
        if (name == label)
            return Declared::Windows1252;
    }
    if (name.startsWith("utf") || name == "unicode" || name == "locale" || name == "system")
        return Declared::Unusable;
    return QStringConverter::encodingForName(name.constData()) ? Declared::Other
                                                               : Declared::Unusable;
}

} // namespace

char16_t windows1252ToUnicode(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return HighControls[byte - 0x80];
    return char16_t(byte);
}

namespace {

// Bytes without a byte order mark: UTF-8 if they are, else what the page declares, else
// Windows-1252.
DecodedText decodeUnmarked(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (isValidUtf8(bytes))
        return {QString::fromUtf8(bytes), QStringLiteral("UTF-8")};

    switch (classify(declaredCharset)) {
    case Declared::Windows1252:
        return {decodeWindows1252(bytes), QStringLiteral("Windows-1252")};
    case Declared::Other: {
        QStringDecoder decoder(declaredCharset.trimmed().constData(),
                               QStringConverter::Flag::Stateless);
        if (decoder.isValid())
            return {decoder.decode(QByteArrayView(bytes)), QString::fromLatin1(decoder.name())};
        break;
    }
    case Declared::Unusable:
        break;
    }
    return {decodeWindows1252(bytes), QStringLiteral("Windows-1252"), true};
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    using E = QStringConverter::Encoding;
    const QByteArrayView view(bytes);
    // UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return {decodeWith(E::Utf32LE, view.sliced(4)), QStringLiteral("UTF-32LE (BOM)")};
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return {decodeWith(E::Utf32BE, view.sliced(4)), QStringLiteral("UTF-32BE (BOM)")};
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        const QByteArray rest = bytes.sliced(3);
        if (isValidUtf8(rest))
            return {QString::fromUtf8(rest), QStringLiteral("UTF-8 (BOM)")};
        // A BOM followed by invalid UTF-8: the mark is a lie, read it like any other file
        // (without looking for further marks, so a file of many BOMs costs one pass).
        return decodeUnmarked(rest, declaredCharset);
    }
    if (startsWith(bytes, {0xFF, 0xFE}))
        return {decodeWith(E::Utf16LE, view.sliced(2)), QStringLiteral("UTF-16LE (BOM)")};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return {decodeWith(E::Utf16BE, view.sliced(2)), QStringLiteral("UTF-16BE (BOM)")};
    return decodeUnmarked(bytes, declaredCharset);
}

} // namespace demarche::textimport
