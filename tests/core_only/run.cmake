# SPDX-License-Identifier: GPL-3.0-or-later
# ctest driver: configure, build and run tests/core_only in its own build directory.
foreach(step configure build run)
    if(step STREQUAL "configure")
        set(command ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G Ninja
            -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
    elseif(step STREQUAL "build")
        set(command ${CMAKE_COMMAND} --build ${BINARY_DIR})
    else()
        set(command ${BINARY_DIR}/core_only_check)
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "core-only ${step} failed (${result})")
    endif()
endforeach()
