# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Fails when a source file does not say its licence (issue #17 §4): every C++ file, SQL migration,
# CMake file, script and packaging script carries "SPDX-License-Identifier: GPL-3.0-or-later" in
# its first three lines, and LICENSE holds the GNU GPL version 3.
# Run: cmake -DSOURCE_DIR=<repository> -P check_licence.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/services/*.cpp" "${SOURCE_DIR}/services/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.py" "${SOURCE_DIR}/tests/*.sh"
    "${SOURCE_DIR}/tests/*.cmake" "${SOURCE_DIR}/resources/*.sql" "${SOURCE_DIR}/scripts/*"
    "${SOURCE_DIR}/*CMakeLists.txt" "${SOURCE_DIR}/cmake/*.cmake" "${SOURCE_DIR}/packaging/debian/*")
set(missing "")
foreach(source IN LISTS sources)
    # debian/copyright is the licence itself, in Debian's machine-readable form.
    if(source MATCHES "^build" OR source MATCHES "/build/" OR source MATCHES "^tests/data/"
       OR source STREQUAL "packaging/debian/copyright")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" head LIMIT_COUNT 3)
    string(FIND "${head}" "SPDX-License-Identifier: GPL-3.0-or-later" at)
    if(at EQUAL -1)
        string(APPEND missing "\n  ${source}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "These files do not say their licence (add \"SPDX-License-Identifier: GPL-3.0-or-later\" "
                        "as a comment in the first lines):${missing}")
endif()
file(STRINGS "${SOURCE_DIR}/LICENSE" licence LIMIT_COUNT 2)
if(NOT licence MATCHES "GNU GENERAL PUBLIC LICENSE.*Version 3")
    message(FATAL_ERROR "LICENSE does not hold the GNU General Public License, version 3")
endif()
list(LENGTH sources count)
message(STATUS "licence: ${count} source files say GPL-3.0-or-later")
