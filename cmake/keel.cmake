# Keel build functions: warnings, host tools, and keel_system_image (pw_kernel's
# system_image): a system.json5 plus app sources -> one image, run/debug targets, a test.
include_guard(GLOBAL)

find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(KEEL_ROOT ${CMAKE_CURRENT_LIST_DIR}/..)
cmake_path(NORMAL_PATH KEEL_ROOT)
set(KEEL_QEMU_RUN ${KEEL_ROOT}/tools/qemu_run.py)

add_library(keel_warnings INTERFACE)
target_compile_options(keel_warnings INTERFACE
    -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes -Wshadow
    -Wno-unused-parameter)

# Flags every freestanding (kernel or user) object is built with.
add_library(keel_freestanding INTERFACE)
target_compile_options(keel_freestanding INTERFACE
    -ffreestanding -fno-builtin -fno-common -ffunction-sections -fdata-sections
    -fno-asynchronous-unwind-tables -fno-unwind-tables -g)
target_link_options(keel_freestanding INTERFACE -nostdlib -nostartfiles -Wl,--gc-sections)
if(KEEL_ARCH STREQUAL "riscv")
    # gcc otherwise aligns every string to a word, which only pads flash: strings are
    # read a byte at a time. A target option, so the link (where LTO generates the
    # code) needs it as well.
    target_compile_options(keel_freestanding INTERFACE -malign-data=natural)
    target_link_options(keel_freestanding INTERFACE -malign-data=natural)
endif()
# Userspace code (apps, the user library, lib/) writes each function's frame size and
# its calls beside its object (.su, .ci): tools/stacks.py's static worst case.
set(KEEL_STACK_USAGE_FLAGS -fstack-usage -fcallgraph-info=su)
# libgcc for 64-bit division and the like; no C library at all.
target_link_libraries(keel_freestanding INTERFACE keel_warnings gcc)

# In a cross build the host tools (the system generator) are a separate host-compiled
# CMake project: built once while configuring (the image functions need them to list a
# system's processes) and again at build time so that edits to them take effect.
function(keel_build_host_tools)
    set(dir ${CMAKE_BINARY_DIR}/host-tools)
    if(NOT EXISTS ${dir}/build.ninja)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -S ${KEEL_ROOT}/tools -B ${dir} -G Ninja
                    -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=cc
            RESULT_VARIABLE rc)
        if(rc)
            message(FATAL_ERROR "configuring the host tools failed")
        endif()
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${dir} RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "building the host tools failed")
    endif()
    add_custom_target(keel_host_tools ALL
        COMMAND ${CMAKE_COMMAND} --build ${dir}
        BYPRODUCTS ${dir}/keel-sysgen
        COMMENT "Building host tools"
        USES_TERMINAL)
    set(KEEL_SYSGEN ${dir}/keel-sysgen PARENT_SCOPE)
endfunction()

# The images of this build, one "name<TAB>description<TAB>source directory" line each,
# written to ${CMAKE_BINARY_DIR}/keel_images.tsv when configuring (keel_write_image_list)
# for `./keel list` and the checks of `./keel run|size|debug`: the list comes from the
# build, so it cannot name an image that is gone or miss a new one.
function(keel_register_image name config description)
    if(NOT description)
        # The first sentence of the config's leading // comment.
        file(STRINGS ${config} lines)
        set(text "")
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "^[ \t]*//(.*)$")
                break()
            endif()
            string(STRIP "${CMAKE_MATCH_1}" part)
            string(APPEND text " ${part}")
            if(text MATCHES "[.]( |$)")
                break()
            endif()
        endforeach()
        string(STRIP "${text}" text)
        string(FIND "${text}" ". " cut)
        if(cut GREATER 0)
            math(EXPR cut "${cut} + 1")
            string(SUBSTRING "${text}" 0 ${cut} text)
        endif()
        set(description "${text}")
    endif()
    if(NOT description)
        set(description "(no description: add DESCRIPTION to keel_system_image)")
    endif()
    # Tabs separate the file's fields; a semicolon would split the CMake list.
    string(REGEX REPLACE "[\t;]" "," description "${description}")
    # Where its ELF is built (the source may be generated inside the build: keel new).
    file(RELATIVE_PATH dir ${CMAKE_BINARY_DIR} ${CMAKE_CURRENT_BINARY_DIR})
    set_property(GLOBAL APPEND PROPERTY KEEL_IMAGE_LINES "${name}\t${description}\t${dir}")
endfunction()

function(keel_write_image_list)
    get_property(lines GLOBAL PROPERTY KEEL_IMAGE_LINES)
    list(JOIN lines "\n" text)
    file(WRITE ${CMAKE_BINARY_DIR}/keel_images.tsv
         "# keel_system_image()s of this build: name, description, directory\n${text}\n")
endfunction()

# keel_app(<name> SOURCES <src>... [LIBRARIES <lib>...])
# Declares the sources of one app of a system.json5 (the name must match the config's
# app name). An app's sources are compiled once per image and linked once per process;
# each process's link keeps only what its entry reaches. The declaration belongs to
# its directory: an image takes the app declared in its own directory, else the one
# other directory that declares that name (a soak image reusing a test's app); when
# several do, the image fails to build and names them, rather than taking one.
function(keel_app name)
    cmake_parse_arguments(PARSE_ARGV 1 A "" "" "SOURCES;LIBRARIES")
    if(NOT A_SOURCES)
        message(FATAL_ERROR "keel_app(${name}): SOURCES is required")
    endif()
    set(srcs)
    foreach(s IN LISTS A_SOURCES)
        cmake_path(ABSOLUTE_PATH s BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND srcs ${s})
    endforeach()
    get_property(declared DIRECTORY PROPERTY KEEL_APP_${name}_SOURCES SET)
    if(declared)
        message(FATAL_ERROR "keel_app(${name}): declared twice in this directory")
    endif()
    set_property(DIRECTORY PROPERTY KEEL_APP_${name}_SOURCES ${srcs})
    set_property(DIRECTORY PROPERTY KEEL_APP_${name}_LIBRARIES ${A_LIBRARIES})
    set_property(GLOBAL APPEND PROPERTY KEEL_APP_${name}_DIRS ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()

# The directory whose keel_app(<app>) an image in this directory uses (see keel_app),
# in <out>: empty when none declares it, a list when several others do.
function(keel_app_dir app out)
    get_property(here DIRECTORY PROPERTY KEEL_APP_${app}_SOURCES SET)
    if(here)
        set(${out} ${CMAKE_CURRENT_SOURCE_DIR} PARENT_SCOPE)
    else()
        get_property(dirs GLOBAL PROPERTY KEEL_APP_${app}_DIRS)
        set(${out} ${dirs} PARENT_SCOPE)
    endif()
endfunction()

# An image that cannot be built as declared: its target (in ALL, like any image's), its
# run- and debug- targets and its test run failing_image.py with ARGS..., which says
# why on stderr (the generator's message as it is, file:line:col first) and fails.
function(keel_failing_image name test)
    set(check ${Python3_EXECUTABLE} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/failing_image.py ${name} ${ARGN})
    add_custom_target(${name} ALL COMMAND ${check} DEPENDS keel_host_tools VERBATIM)
    add_custom_target(run-${name} DEPENDS ${name})
    add_custom_target(debug-${name} DEPENDS ${name})
    if(test)
        add_test(NAME ${KEEL_TARGET}.${name} COMMAND ${check})
        set_tests_properties(${KEEL_TARGET}.${name} PROPERTIES LABELS system)
    endif()
endfunction()

# keel_system_image(<name> CONFIG <system.json5> [APPS <app>...]
#                   [TEST] [TIMEOUT <s>] [EXPECT <text>...] [REJECT <text>...]
#                   [DIALOG <file>] [INPUT <file>] [LABELS <label>...] [ICOUNT]
#                   [EXIT_CODE <n>] [KERNEL_SOURCES <file>...] [MEASURED]
#                   [TOKENIZED_LOGS] [DESCRIPTION <text>])
# Produces <name>.elf and <name>.bin, <name>.gdb (every process's symbols for gdb),
# run-<name> (the UART on your terminal),
# debug-<name> (QEMU waits for gdb on port 1234) and, with TEST, a CTest entry whose
# verdict is the emulator's exit code (EXIT_CODE: the one that passes, default 0).
# EXPECT texts must appear in order; REJECT texts (Python escapes decoded:
# "\\n[kernel]") must appear nowhere. INPUT's bytes reach the UART before the guest
# boots, followed by an end of input (Ctrl-D, as piped input to `./keel run` ends).
# KERNEL_SOURCES are linked into this image's kernel only (the handlers a config's
# kernel.interrupt_table names; in a kernel-only image, a config without processes,
# also its kernel_main and kernel threads: doc/kernel-only.md). MEASURED links the kernel that measures its longest
# span with interrupts masked (the kernel_latency benchmark). DESCRIPTION is the line
# `./keel list` shows (default: the first sentence of the config's leading comment).
# TOKENIZED_LOGS builds the apps' KEEL_INF/... with tokens instead of format strings
# (keel/log.h); the strings go to <name>.elf's .pw_tokenizer.entries, from which the
# runner turns the console's $-messages back into text.
function(keel_system_image name)
    cmake_parse_arguments(PARSE_ARGV 1 A "TEST;ICOUNT;MEASURED;TOKENIZED_LOGS"
                          "CONFIG;TIMEOUT;DIALOG;INPUT;EXIT_CODE;DESCRIPTION"
                          "APPS;EXPECT;REJECT;LABELS;KERNEL_SOURCES")
    if(NOT A_CONFIG)
        message(FATAL_ERROR "keel_system_image(${name}): CONFIG is required")
    endif()
    cmake_path(ABSOLUTE_PATH A_CONFIG BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    keel_register_image(${name} ${A_CONFIG} "${A_DESCRIPTION}")
    set(gen ${CMAKE_CURRENT_BINARY_DIR}/${name}.gen)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${A_CONFIG})

    # Which processes does the config declare? A config the generator rejects (or
    # whose apps do not match APPS) must not stop the other images: the image becomes
    # a target that fails at build time with the message printed as it is, and CMake
    # re-runs when the config changes (CMAKE_CONFIGURE_DEPENDS above).
    execute_process(
        COMMAND ${KEEL_SYSGEN} --target ${KEEL_TARGET} --list ${A_CONFIG}
        OUTPUT_VARIABLE listing ERROR_QUIET RESULT_VARIABLE rc)
    if(rc)
        keel_failing_image(${name} "${A_TEST}"
            --sysgen ${KEEL_SYSGEN} --target ${KEEL_TARGET} --config ${A_CONFIG})
        return()
    endif()
    string(REPLACE "\n" ";" lines "${listing}")
    set(processes)
    set(traced OFF)
    set(gen_outputs ${gen}/kernel_gen.c ${gen}/kernel_memory.ld ${gen}/kernel_apps.ld
                    ${gen}/images.S ${gen}/memory_map.txt ${gen}/system.dot)
    foreach(line IN LISTS lines)
        if(line MATCHES "^trace [0-9]+$")
            set(traced ON)
        endif()
        if(line MATCHES "^process ([A-Za-z0-9_]+) ([A-Za-z0-9_]+)$")
            set(app ${CMAKE_MATCH_1})
            set(proc ${CMAKE_MATCH_2})
            list(APPEND processes ${proc})
            set(app_of_${proc} ${app})
            list(APPEND gen_outputs ${gen}/${proc}.ld ${gen}/include/${proc}_codegen.h)
            if(NOT app IN_LIST A_APPS)
                keel_failing_image(${name} "${A_TEST}" --message
                    "${A_CONFIG}: error: app '${app}' is not in keel_system_image(${name})'s APPS; list it there and declare its sources with keel_app(${app} SOURCES ...)")
                return()
            endif()
        endif()
    endforeach()

    add_custom_command(
        OUTPUT ${gen_outputs}
        COMMAND ${KEEL_SYSGEN} --target ${KEEL_TARGET} --out ${gen} ${A_CONFIG}
        DEPENDS ${A_CONFIG} ${KEEL_SYSGEN} keel_host_tools
        COMMENT "Generating system ${name} from ${A_CONFIG}")
    add_custom_target(${name}_gen DEPENDS ${gen_outputs})

    foreach(app IN LISTS A_APPS)
        keel_app_dir(${app} dir)
        list(LENGTH dir n)
        if(n EQUAL 0)
            keel_failing_image(${name} "${A_TEST}" --message
                "${CMAKE_CURRENT_LIST_FILE}: error: keel_system_image(${name}): app '${app}' in APPS has no keel_app(${app} SOURCES ...) here or in any other directory")
            return()
        elseif(n GREATER 1)
            list(JOIN dir " and " dirs)
            keel_failing_image(${name} "${A_TEST}" --message
                "${CMAKE_CURRENT_LIST_FILE}: error: keel_system_image(${name}): app '${app}' is declared by keel_app() in ${dirs}, and not in this directory; declare it here (or rename one)")
            return()
        endif()
        set(dir_of_${app} ${dir})
    endforeach()

    # One object library per app, one linked ELF (and raw binary) per process.
    set(bins)
    foreach(app IN LISTS A_APPS)
        get_property(srcs DIRECTORY ${dir_of_${app}} PROPERTY KEEL_APP_${app}_SOURCES)
        get_property(libs DIRECTORY ${dir_of_${app}} PROPERTY KEEL_APP_${app}_LIBRARIES)
        add_library(${name}_${app}_objs OBJECT ${srcs})
        target_include_directories(${name}_${app}_objs PRIVATE ${gen}/include)
        target_link_libraries(${name}_${app}_objs PRIVATE keel_user ${libs})
        target_compile_options(${name}_${app}_objs PRIVATE ${KEEL_STACK_USAGE_FLAGS})
        add_dependencies(${name}_${app}_objs ${name}_gen)
        if(A_TOKENIZED_LOGS)
            target_compile_definitions(${name}_${app}_objs PRIVATE KEEL_LOG_TOKENIZED=1)
        endif()
    endforeach()
    foreach(proc IN LISTS processes)
        set(app ${app_of_${proc}})
        get_property(libs DIRECTORY ${dir_of_${app}} PROPERTY KEEL_APP_${app}_LIBRARIES)
        set(pelf ${name}_${proc})
        add_executable(${pelf} $<TARGET_OBJECTS:${name}_${app}_objs>)
        set_target_properties(${pelf} PROPERTIES SUFFIX .elf LINK_DEPENDS ${gen}/${proc}.ld)
        target_link_libraries(${pelf} PRIVATE keel_user ${libs})
        target_link_options(${pelf} PRIVATE -T ${gen}/${proc}.ld
                            -Wl,-Map,${CMAKE_CURRENT_BINARY_DIR}/${pelf}.map)
        add_dependencies(${pelf} ${name}_gen)
        add_custom_command(
            OUTPUT ${gen}/bin/${proc}.bin
            COMMAND ${CMAKE_COMMAND} -E make_directory ${gen}/bin
            COMMAND ${CMAKE_OBJCOPY} -O binary $<TARGET_FILE:${pelf}> ${gen}/bin/${proc}.bin
            DEPENDS ${pelf})
        list(APPEND bins ${gen}/bin/${proc}.bin)
    endforeach()

    set(kernel keel_kernel)
    if(NOT processes)
        # Kernel-only: its threads run in the kernel (doc/kernel-only.md).
        set(kernel keel_kernel_only)
        if(NOT A_KERNEL_SOURCES)
            # Nothing to run: it boots and ends at once (a weak default would do, but
            # gcc's LTO keeps it over a definition in a non-LTO object).
            set(A_KERNEL_SOURCES ${KEEL_ROOT}/kernel/kernel_main_none.c)
        endif()
    endif()
    if(traced AND processes)
        # kernel.trace_buffer_events: the kernel with the trace hooks (kernel/trace.c).
        set(kernel keel_kernel_traced)
    endif()
    if(A_MEASURED)
        set(kernel keel_kernel_measured)
    endif()
    add_executable(${name} ${gen}/kernel_gen.c ${gen}/images.S $<TARGET_OBJECTS:${kernel}>
                   ${A_KERNEL_SOURCES})
    set_source_files_properties(${gen}/images.S PROPERTIES
        OBJECT_DEPENDS "${bins}" COMPILE_OPTIONS "-Wa,-I${gen}/bin")
    # The tables join the kernel's link-time optimisation: their counts and kernel-key
    # constants fold, so what a system does not use (no IRQs, no system dump) leaves
    # the image although the kernel objects are compiled once for every image.
    set_source_files_properties(${gen}/kernel_gen.c PROPERTIES COMPILE_OPTIONS -flto)
    set_target_properties(${name} PROPERTIES SUFFIX .elf
        LINK_DEPENDS "${KEEL_TARGET_DIR}/kernel.ld;${gen}/kernel_memory.ld;${gen}/kernel_apps.ld")
    target_link_libraries(${name} PRIVATE keel_kernel_api)
    # -ffunction-sections here too: the link is where LTO generates the kernel's code,
    # and without it that code is one section, which --gc-sections keeps whole with
    # every function nothing calls once the tables have folded (the ipc kernel: the
    # system dump, wait-group code, arch_irq_unmask; rv32 180 bytes, M33 116).
    # -fdata-sections stays off: on the M33 it costs more literal loads than it saves.
    # -fipa-pta -fno-ipa-sra: whole-kernel points-to analysis, and no split copies of
    # functions with their parameters rewritten (each a second body to keep): rv32
    # 156 bytes, M33 52 smaller; counts within 2 instructions (ipc_round_trip equal).
    target_link_options(${name} PRIVATE -L ${gen} -T ${KEEL_TARGET_DIR}/kernel.ld
                        -Wl,-Map,${CMAKE_CURRENT_BINARY_DIR}/${name}.map
                        -flto -ffunction-sections -fipa-pta -fno-ipa-sra)
    add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_OBJCOPY} -O binary $<TARGET_FILE:${name}>
                ${CMAKE_CURRENT_BINARY_DIR}/${name}.bin
        BYPRODUCTS ${CMAKE_CURRENT_BINARY_DIR}/${name}.bin)
    if(A_TOKENIZED_LOGS)
        # Every process's strings in the image's own ELF: one file is the database.
        set(pelfs)
        foreach(proc IN LISTS processes)
            list(APPEND pelfs $<TARGET_FILE:${name}_${proc}>)
        endforeach()
        add_custom_command(TARGET ${name} POST_BUILD
            COMMAND ${Python3_EXECUTABLE} ${KEEL_ROOT}/tools/tokens.py merge
                    --objcopy ${CMAKE_OBJCOPY} $<TARGET_FILE:${name}> ${pelfs})
    endif()

    # <name>.gdb: every process's symbols for gdb (tools/debug.py, ./keel debug). A
    # process's ELF is linked at the addresses its image runs at, so none are given.
    set(gdb_script "# generated by keel_system_image(${name}), do not edit\n")
    string(APPEND gdb_script
        "# gdb-multiarch -x ${name}.gdb ${name}.elf: the kernel and every process\n"
        "set confirm off\n")
    foreach(proc IN LISTS processes)
        string(APPEND gdb_script "add-symbol-file $<TARGET_FILE:${name}_${proc}>\n")
    endforeach()
    string(APPEND gdb_script "set confirm on\n")
    file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.gdb CONTENT "${gdb_script}")

    set(run ${Python3_EXECUTABLE} ${KEEL_QEMU_RUN} --target ${KEEL_TARGET}
            --elf $<TARGET_FILE:${name}>)
    add_custom_target(run-${name} COMMAND ${run} --interactive DEPENDS ${name} USES_TERMINAL
        COMMENT "Running ${name} (Ctrl-A X quits QEMU)")
    add_custom_target(debug-${name} COMMAND ${run} --gdb 1234 DEPENDS ${name} USES_TERMINAL
        COMMENT "QEMU waits for gdb on :1234 (see doc/development.md)")

    if(A_TEST)
        if(NOT A_TIMEOUT)
            set(A_TIMEOUT 60)
        endif()
        set(args --timeout ${A_TIMEOUT} --log ${CMAKE_CURRENT_BINARY_DIR}/${name}.log)
        foreach(e IN LISTS A_EXPECT)
            list(APPEND args --expect ${e})
        endforeach()
        foreach(r IN LISTS A_REJECT)
            list(APPEND args --reject ${r})
        endforeach()
        if(A_DIALOG)
            cmake_path(ABSOLUTE_PATH A_DIALOG BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
            list(APPEND args --dialog ${A_DIALOG})
        endif()
        if(A_INPUT)
            cmake_path(ABSOLUTE_PATH A_INPUT BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
            list(APPEND args --input ${A_INPUT})
        endif()
        if(A_ICOUNT)
            list(APPEND args --icount)
        endif()
        if(A_EXIT_CODE)
            list(APPEND args --expect-exit ${A_EXIT_CODE})
        endif()
        add_test(NAME ${KEEL_TARGET}.${name} COMMAND ${run} ${args})
        # CTest's limit comes later than the runner's, so that a stuck run ends with
        # the runner saying where (the dialog step, the log) rather than a bare kill.
        math(EXPR ctest_timeout "${A_TIMEOUT} + 15")
        set_tests_properties(${KEEL_TARGET}.${name} PROPERTIES
            LABELS "system;${A_LABELS}" TIMEOUT ${ctest_timeout})
    endif()
endfunction()
