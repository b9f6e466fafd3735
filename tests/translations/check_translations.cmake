# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Fails when a translatable text of the GUI has no Swedish translation: runs lupdate over the
# sources into a copy of casedesk_sv.ts (the catalogue in the tree is not touched) and looks for
# entries that lupdate added or that are still unfinished.
# Inputs: LUPDATE (the program), TS (casedesk_sv.ts), SOURCES_LIST (one source file a line), WORK.
file(MAKE_DIRECTORY "${WORK}")
set(copy "${WORK}/casedesk_sv.ts")
file(COPY_FILE "${TS}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${copy}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}): ${output}${errors}")
endif()
file(READ "${copy}" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${catalogue}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX REPLACE "</source>[^<]*<translation type=\"unfinished\"" "" missing "${missing}")
    string(REPLACE "<source>" "\n  " missing "${missing}")
    message(FATAL_ERROR "${count} text(s) have no Swedish translation in ${TS}:${missing}\n"
                        "Run 'cmake --build build --target casedesk_ui_lupdate' and translate them.")
endif()
message(STATUS "every translatable text has its Swedish translation")
