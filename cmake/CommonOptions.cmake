# Warnings and Qt defines shared by every Demarche target.
add_library(demarche_options INTERFACE)
target_compile_options(demarche_options INTERFACE
    -Wall -Wextra -Wpedantic
    # Qt 6.4's QSKIP(message) and QTEST_*MAIN leave a variadic part empty, which clang's
    # -Wpedantic reports at every use (after -Wpedantic, which would turn it on again).
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>
    $<$<BOOL:${DEMARCHE_WERROR}>:-Werror>)
target_compile_definitions(demarche_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DEMARCHE_VERSION="${PROJECT_VERSION}")

# The sanitizer build runs the whole suite; any report stops it (see scripts/lib/sanitize.sh).
# The build type chooses the optimisation.
if(DEMARCHE_SANITIZE)
    target_compile_options(demarche_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(demarche_options INTERFACE -fsanitize=address,undefined)
endif()
