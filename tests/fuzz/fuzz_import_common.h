#pragma once

// The text importer's invariants, shared by fuzz_import_txt, _html and _md.

#include "core/import/textimporter.h"
#include "core/text/nfc.h"
#include "fuzz_common.h"

namespace demarche::fuzz {

// DEMARCHE_FUZZ_GROW=N repeats each input until it is at least N bytes long, so that
// nesting and runs of markup far deeper than libFuzzer's inputs are tried, and -timeout
// catches work that grows faster than the input (a megabyte of '>' once took 23 s):
//   DEMARCHE_FUZZ_GROW=1048576 build-fuzz/tests/fuzz/fuzz_import_md -timeout=10 corpus
inline QByteArray grown(QByteArray input)
{
    static const qsizetype target = qEnvironmentVariableIntValue("DEMARCHE_FUZZ_GROW");
    if (input.isEmpty() || input.size() >= target)
        return input;
    return input.repeated((target + input.size() - 1) / input.size());
}

inline void checkImport(const uint8_t *data, size_t size, textimport::Format format,
                        const QString &displayName)
{
    const Result<ImportedText> result =
        textimport::fromBytes(grown(bytes(data, size)), format, displayName);
    if (!result) {
        const QString message = result.error().message;
        note(message);
        check(result.error().kind == Error::Kind::BadInput, "a refusal is BadInput", message);
        check(message.startsWith(displayName + QLatin1String(": ")),
              "a refusal's message starts with the file name", message);
        return;
    }
    const QString &text = result->text;
    note(QStringLiteral("accepted: ") + text.left(60));
    check(!text.isEmpty(), "accepted text is not empty");
    check(QStringView(text).isValidUtf16(), "accepted text is valid UTF-16", text);
    check(!text.contains(QLatin1Char('\r')), "accepted text has no CR", text);
    check(!text.contains(QChar(0)), "accepted text has no NUL", text);
    check(!text.startsWith(QChar(0xFEFF)), "accepted text has no byte order mark", text);
    // Qt's own normalisation is quadratic on long texts; toNfc is linear and idempotent.
    check(textimport::toNfc(text) == text, "accepted text is NFC", text);
    check(textimport::canonicalText(text) == text, "canonicalText is idempotent", text);
    check(result->format == textimport::formatKey(format), "the format key is the one asked for",
          result->format);
    check(!result->title.contains(QLatin1Char('\n')) && !result->title.contains(QLatin1Char('\r')),
          "a title is one line", result->title);
    check(textimport::toNfc(result->title) == result->title, "a title is NFC", result->title);
}

} // namespace demarche::fuzz
