# SPDX-License-Identifier: MIT
# Use ccache when it is installed: a rebuild after a branch switch then costs seconds, not minutes
# (every file that includes LibTorch takes seconds to compile on its own).
find_program(ACLWB_CCACHE ccache)
if(ACLWB_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${ACLWB_CCACHE}")
  message(STATUS "Using ccache: ${ACLWB_CCACHE}")
endif()
