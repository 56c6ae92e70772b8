# cmake -DUPDATE_MIME_DATABASE=... -DSOURCE=...mime.xml -DWORK=<dir> -P validate-mime.cmake
# Builds a MIME database from the package alone in <dir>/mime and checks that the type, its
# glob and its magic are in it; update-mime-database reports a malformed package on its
# error output.
file(REMOVE_RECURSE ${WORK})
# It notes on its error output a database outside the data directories; this one is.
set(ENV{XDG_DATA_DIRS} ${WORK})
set(WORK ${WORK}/mime)
file(MAKE_DIRECTORY ${WORK}/packages)
configure_file(${SOURCE} ${WORK}/packages/org.demarche.Demarche.xml COPYONLY)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${WORK}
    RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
    message(FATAL_ERROR "update-mime-database failed (${result}):\n${errors}${output}")
endif()
file(READ ${WORK}/globs2 globs)
if(NOT globs MATCHES "application/x-demarche-project:\\*\\.demarche")
    message(FATAL_ERROR "the *.demarche glob is missing from the database:\n${globs}")
endif()
file(READ ${WORK}/magic magic HEX)
# "DMRC" in hex: the nested match made it into the database.
if(NOT magic MATCHES "444d5243")
    message(FATAL_ERROR "the project magic is missing from the database")
endif()
