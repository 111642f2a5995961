# SPDX-License-Identifier: MIT
# CLI11 and nlohmann-json are header-only. Debian installs their CMake packages (libcli11-dev, nlohmann-json3-dev);
# a GPU server with only a PyTorch wheel may have neither, so their headers alone are enough: put the folders CLI/
# and nlohmann/ under <dir>/include and pass -DCMAKE_PREFIX_PATH=<dir> (packaging/build-gpu-server.sh does this).

# aclwb_header_only_package(<package> <target> <header>)
macro(aclwb_header_only_package package target header)
  find_package(${package} QUIET)
  if(NOT TARGET ${target})
    # A PyTorch wheel bundles nlohmann-json in its include folder: use that copy, so that every file of the build
    # sees one version (two versions give two ABI namespaces, and the link fails).
    find_path(_aclwb_${package}_include ${header} PATHS ${TORCH_INCLUDE_DIRS} NO_DEFAULT_PATH)
    find_path(_aclwb_${package}_include ${header})
    if(NOT _aclwb_${package}_include)
      message(FATAL_ERROR "${package} not found: install it (packaging/install-deps.sh), or put its headers (${header}) "
                          "under <dir>/include and pass -DCMAKE_PREFIX_PATH=<dir>")
    endif()
    add_library(${target} INTERFACE IMPORTED GLOBAL)
    target_include_directories(${target} SYSTEM INTERFACE ${_aclwb_${package}_include})
    message(STATUS "${package}: headers only, from ${_aclwb_${package}_include}")
  endif()
endmacro()

aclwb_header_only_package(CLI11 CLI11::CLI11 CLI/CLI.hpp)
aclwb_header_only_package(nlohmann_json nlohmann_json::nlohmann_json nlohmann/json.hpp)
