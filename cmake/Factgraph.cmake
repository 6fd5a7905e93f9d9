# Factgraph.cmake: regenerate a factgraph project's diagrams from a build.
#
#   factgraph_add_graphs(TARGET <name> PROJECT_DIR <dir>
#                        [FACTGRAPH <path-or-target>] [ALL] [ARGS <arg>...])
#
# Adds a custom target <name> that runs `factgraph -C <dir> build [ARGS...]`
# when a file under <dir>/facts/ or <dir>/seeds/, a view <dir>/graphs/*.yaml,
# or the factgraph program changed since it last succeeded. The target is
# not part of `all` unless ALL is given: diagrams are committed files in the
# source tree, written on request.
#
# FACTGRAPH is a path to the program or the name of a CMake target that
# builds it (then the target is built first). Without it, the
# FACTGRAPH_EXECUTABLE variable is used (find_package(factgraph) sets it),
# else the program is looked for on PATH.
#
# The files are globbed with CONFIGURE_DEPENDS, so a fact file or view added
# later is seen by the next build without re-running cmake by hand. The
# target remembers its last success in a stamp file, not in the outputs:
# factgraph leaves alone an output whose bytes would not change, so their
# dates say nothing. Deleting an SVG by hand is therefore not noticed; run
# `factgraph build` (or `build --check` in CI, which notices everything).
# A fact file removed is noticed: the list of inputs is an input too.
#
# Installed to <libdir>/cmake/factgraph/ with factgraph-config.cmake, so
# `find_package(factgraph CONFIG REQUIRED)` makes the function available.

include_guard(GLOBAL)

function(factgraph_add_graphs)
  cmake_parse_arguments(PARSE_ARGV 0 arg "ALL" "TARGET;PROJECT_DIR;FACTGRAPH" "ARGS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "factgraph_add_graphs: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_TARGET OR NOT arg_PROJECT_DIR)
    message(FATAL_ERROR "factgraph_add_graphs: TARGET and PROJECT_DIR are required")
  endif()
  get_filename_component(dir "${arg_PROJECT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${dir}/facts/schema.yaml")
    message(FATAL_ERROR "factgraph_add_graphs: ${dir} is not a factgraph project (no facts/schema.yaml)")
  endif()

  set(program_deps "")
  if(arg_FACTGRAPH AND TARGET "${arg_FACTGRAPH}")
    set(program "$<TARGET_FILE:${arg_FACTGRAPH}>")
    set(program_deps "${arg_FACTGRAPH}")
  elseif(arg_FACTGRAPH)
    get_filename_component(program "${arg_FACTGRAPH}" ABSOLUTE)
    set(program_deps "${program}")
  else()
    if(NOT FACTGRAPH_EXECUTABLE)
      find_program(FACTGRAPH_EXECUTABLE factgraph REQUIRED)
    endif()
    set(program "${FACTGRAPH_EXECUTABLE}")
    set(program_deps "${program}")
  endif()

  file(GLOB_RECURSE facts CONFIGURE_DEPENDS "${dir}/facts/*.yaml")
  file(GLOB_RECURSE seeds CONFIGURE_DEPENDS "${dir}/seeds/*")
  file(GLOB views CONFIGURE_DEPENDS "${dir}/graphs/*.yaml")

  # A file removed from the project changes the outputs but leaves every
  # remaining input older than the stamp: depend on the list of inputs too,
  # which the glob's re-run rewrites only when it differs.
  string(REPLACE ";" "\n" inputs "${facts};${seeds};${views}")
  set(input_list "${CMAKE_CURRENT_BINARY_DIR}/${arg_TARGET}.factgraph-inputs")
  file(CONFIGURE OUTPUT "${input_list}" CONTENT "${inputs}\n" @ONLY)

  # The outputs are not declared as BYPRODUCTS: `clean` would then delete
  # the committed diagrams.
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${arg_TARGET}.factgraph-stamp")
  add_custom_command(OUTPUT "${stamp}"
    COMMAND "${program}" -C "${dir}" build ${arg_ARGS}
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS ${facts} ${seeds} ${views} "${input_list}" ${program_deps}
    COMMENT "factgraph: building the diagrams of ${dir}"
    VERBATIM)
  if(arg_ALL)
    add_custom_target(${arg_TARGET} ALL DEPENDS "${stamp}")
  else()
    add_custom_target(${arg_TARGET} DEPENDS "${stamp}")
  endif()
endfunction()
