# What `cmake --install` installs, in one place. Paths come from
# GNUInstallDirs, so a distribution's prefix and libdir (Debian's
# lib/<multiarch>) are honoured; tests/cli/install.sh checks the whole list.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The program.
install(TARGETS factgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The library, its public header and its pkg-config file: a program built
# on factgraph.h links with `pkg-config --cflags --libs --static factgraph`
# (the library is static, so its dependencies come along).
install(TARGETS libfactgraph ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/factgraph.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# Relative to the .pc file, so that `cmake --install --prefix P` (and
# DESTDIR) give a file that points into P.
file(RELATIVE_PATH FG_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" FG_PC_TO_PREFIX "${FG_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/factgraph.pc.in ${PROJECT_BINARY_DIR}/factgraph.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/factgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

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
