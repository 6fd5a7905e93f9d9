# What `cmake --install` installs, in one place. Paths come from
# GNUInstallDirs, so a distribution's prefix and libdir (Debian's
# lib/<multiarch>) are honoured; tests/cli/install.sh checks the whole list.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The program.
install(TARGETS factgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The library, its public header and its pkg-config file (issue 11) go
# here: install(TARGETS <library> EXPORT factgraph-targets ...),
# install(FILES include/factgraph.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}),
# and factgraph.pc to ${CMAKE_INSTALL_LIBDIR}/pkgconfig. factgraph_core is
# the program's internals and is not installed.

# The man pages, built by docs/man/CMakeLists.txt.
if(FG_MAN)
  install(FILES ${PROJECT_BINARY_DIR}/docs/man/factgraph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${PROJECT_BINARY_DIR}/docs/man/factgraph-facts.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
endif()

# Bash completion, named after the command so bash-completion loads it on
# demand.
install(FILES ${PROJECT_SOURCE_DIR}/completion/factgraph.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME factgraph)

# find_package(factgraph CONFIG) for projects that regenerate their
# diagrams with factgraph_add_graphs().
set(fg_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/factgraph)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/factgraph-config.cmake.in
  ${PROJECT_BINARY_DIR}/factgraph-config.cmake
  INSTALL_DESTINATION ${fg_cmake_dir}
  PATH_VARS CMAKE_INSTALL_BINDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/factgraph-config-version.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/Factgraph.cmake
  ${PROJECT_BINARY_DIR}/factgraph-config.cmake ${PROJECT_BINARY_DIR}/factgraph-config-version.cmake
  DESTINATION ${fg_cmake_dir})
