# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Fails when a widget, a model or the desktop program's start reaches the database other than
# through services and the database worker (issue #13 §4): no file under ui/, models/ or
# app/gui/ includes the connection (db/Database.h), a repository, or QtSql. The build enforces
# the QtSql part too (casedesk_services links Qt6::Sql privately); this check also names the
# repository and connection headers, which would still compile. Value types the window needs live in
# services/domain; what it reads goes through a service (InboxReading, CaseScreen,
# AdminService...) in a task of the DatabaseWorker.
# Run: cmake -DSOURCE_DIR=<repository> -P check_layering.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
set(forbidden
    "#include [\"<]db/Database\\.h[\">]"
    "#include [\"<]db/TransactionGuard\\.h[\">]"
    "#include [\"<]db/Migrator\\.h[\">]"
    "#include [\"<]repositories/"
    "#include [\"<][a-z]+/[A-Za-z]+Repository\\.h[\">]"
    "#include [\"<]QtSql"
    "#include [\"<]QSql")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp"
    "${SOURCE_DIR}/app/gui/*.h" "${SOURCE_DIR}/app/gui/*.cpp" "${SOURCE_DIR}/app/casedesk.cpp")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        foreach(pattern IN LISTS forbidden)
            if(line MATCHES "${pattern}")
                file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
                string(APPEND found "\n  ${relative}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "Widgets, models and the desktop program reach data only through services and the database worker; "
                        "these includes cross that boundary:${found}")
endif()
list(LENGTH sources count)
message(STATUS "layering: ${count} files under ui/, models/ and app/gui/ include no database, repository or QtSql header")
