# Fails when widget code asks for a file name or file icons another way than through
# widgets/common/filedialogs.cpp. Qt's static file dialogs may be the desktop's own,
# which read files in this process to choose their icons; reading the open project's
# file that way drops SQLite's locks on it (app/core/io/openprojects.h).
file(GLOB_RECURSE sources "${ROOT}/widgets/*.cpp" "${ROOT}/widgets/*.h" "${ROOT}/app/*.cpp")
set(allowed "${ROOT}/widgets/common/filedialogs.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    if(source STREQUAL allowed)
        continue()
    endif()
    file(STRINGS "${source}" lines REGEX "QFileDialog::get|QFileIconProvider[^a-zA-Z]")
    if(lines)
        list(APPEND offenders "${source}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " shown)
    message(FATAL_ERROR "Use FileDialogs (widgets/common/filedialogs.h), not QFileDialog's "
                        "static functions or QFileIconProvider, in:\n  ${shown}")
endif()
message(STATUS "every file dialog goes through widgets/common/filedialogs.cpp")
