// Bytes as a .html file -> textimport::fromBytes; see fuzz_import_common.h for what is checked.

#include "fuzz_import_common.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    demarche::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    demarche::fuzz::checkImport(data, size, demarche::textimport::Format::Html,
                                QStringLiteral("fuzz.html"));
    return 0;
}
