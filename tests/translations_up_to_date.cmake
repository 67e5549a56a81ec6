# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over ui/ and core/ (the sources ui/CMakeLists.txt's qt_add_translations reads) into
# a copy of every catalogue in resources/translations and fails if the copy then has an
# unfinished, vanished or obsolete entry: a window text nobody translated yet, or a translation
# whose text the window no longer shows. -DLUPDATE, -DSOURCE_DIR, -DWORK_DIR.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB catalogues ${SOURCE_DIR}/resources/translations/*.ts)
if(NOT catalogues)
    message(FATAL_ERROR "no catalogues in ${SOURCE_DIR}/resources/translations")
endif()
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name ${catalogue} NAME)
    file(COPY ${catalogue} DESTINATION ${WORK_DIR})
    execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -I ${SOURCE_DIR} ${SOURCE_DIR}/ui
            ${SOURCE_DIR}/core
            -ts ${WORK_DIR}/${name}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${output}${errors}")
    endif()
    file(READ ${WORK_DIR}/${name} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]+comment>[^<]*</[a-z]+comment>[^<]*)*<translation type=\"(unfinished|vanished|obsolete)\"" bad "${text}")
    if(bad)
        list(LENGTH bad count)
        string(REPLACE ";" "\n" bad "${bad}")
        message(FATAL_ERROR "${name}: ${count} entries not translated or no longer used; "
            "run `cmake --build --preset ci --target update_translations` and translate them:\n${bad}")
    endif()
    message(STATUS "${name}: every entry translated (${output})")
endforeach()
