# SPDX-License-Identifier: MIT
# What `cmake --install` puts where (GNUInstallDirs): the programs, the desktop entry, AppStream metainfo, icons and
# man pages; the Debian package (packaging/CPackConfig.cmake) is made from the same rules.
include(GNUInstallDirs)

set(ACLWB_HOMEPAGE "" CACHE STRING "Project homepage for the package and AppStream metadata (empty: none is written)")
set(ACLWB_SCREENSHOT_BASE_URL "" CACHE STRING
    "Public URL of docs/images/ for AppStream screenshots (empty: the metainfo lists none)")

# Man pages, compressed as Debian policy asks.
set(_man_pages aclwb-cli.1)
if(ACLWB_BUILD_GUI)
  list(APPEND _man_pages aclwb.1)
endif()
foreach(page IN LISTS _man_pages)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/man/${page} > ${CMAKE_BINARY_DIR}/man/${page}.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/man/${page})
  list(APPEND _man_outputs ${CMAKE_BINARY_DIR}/man/${page}.gz)
  install(FILES ${CMAKE_BINARY_DIR}/man/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(aclwb_man ALL DEPENDS ${_man_outputs})

# Debian wants the licence as /usr/share/doc/<package>/copyright and a compressed changelog beside it.
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/aclwb RENAME copyright)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${CMAKE_BINARY_DIR}/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
  COMMAND gzip -9n -c ${CMAKE_BINARY_DIR}/changelog > ${CMAKE_BINARY_DIR}/changelog.gz
  DEPENDS ${CMAKE_BINARY_DIR}/changelog)
add_custom_target(aclwb_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/aclwb)

if(ACLWB_BUILD_GUI)
  set(ACLWB_METAINFO_WEB "")
  if(ACLWB_HOMEPAGE)
    string(APPEND ACLWB_METAINFO_WEB "  <url type=\"homepage\">${ACLWB_HOMEPAGE}</url>\n")
  endif()
  if(ACLWB_SCREENSHOT_BASE_URL)
    string(APPEND ACLWB_METAINFO_WEB "  <screenshots>\n"
      "    <screenshot type=\"default\">\n      <caption>Training: curves and per-class accuracy while it runs</caption>\n"
      "      <image>${ACLWB_SCREENSHOT_BASE_URL}/training.png</image>\n    </screenshot>\n"
      "    <screenshot>\n      <caption>Setting up an imbalanced experiment</caption>\n"
      "      <image>${ACLWB_SCREENSHOT_BASE_URL}/setup.png</image>\n    </screenshot>\n"
      "    <screenshot>\n      <caption>Test results per class</caption>\n"
      "      <image>${ACLWB_SCREENSHOT_BASE_URL}/results.png</image>\n    </screenshot>\n  </screenshots>\n")
  endif()
  configure_file(${PROJECT_SOURCE_DIR}/packaging/io.github.aclworkbench.aclwb.metainfo.xml.in
                 ${CMAKE_BINARY_DIR}/io.github.aclworkbench.aclwb.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/io.github.aclworkbench.aclwb.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.aclworkbench.aclwb.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  add_subdirectory(${PROJECT_SOURCE_DIR}/resources ${CMAKE_BINARY_DIR}/resources)
endif()
