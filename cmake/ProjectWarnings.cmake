# SPDX-License-Identifier: MIT
# Warnings for project code only (third-party headers come in as SYSTEM includes).
function(aclwb_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    if(ACLWB_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()

# Strict Qt definitions for every target that uses Qt: no implicit const char* -> QString, no `signals`/`slots`
# keywords (they clash with LibTorch's headers).
function(aclwb_qt_strict target)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS
                                               QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()
