# SPDX-License-Identifier: MIT
# `cpack -G DEB` in the build directory makes aclwb_<version>_<arch>.deb from the install rules
# (packaging/Install.cmake); tests/packaging checks it (ctest -L packaging).
set(CPACK_PACKAGE_NAME "aclwb")
set(CPACK_PACKAGE_VENDOR "ACL Workbench developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for contrastive learning on imbalanced image data")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Debian needs "Name <address>". Whoever builds the package maintains it: -DACLWB_MAINTAINER, else $DEBFULLNAME and
# $DEBEMAIL (as dh_make reads them), else the author of the checked-out commit.
if(NOT ACLWB_MAINTAINER)
  if(DEFINED ENV{DEBFULLNAME} AND DEFINED ENV{DEBEMAIL})
    set(_maintainer "$ENV{DEBFULLNAME} <$ENV{DEBEMAIL}>")
  else()
    execute_process(COMMAND git log -1 "--format=%an <%ae>" WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                    OUTPUT_VARIABLE _maintainer OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  if(NOT _maintainer)
    set(_maintainer "ACL Workbench developers")
  endif()
  set(ACLWB_MAINTAINER "${_maintainer}" CACHE STRING "Package maintainer, \"Name <address>\"")
endif()
set(CPACK_PACKAGE_CONTACT "${ACLWB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ACLWB_MAINTAINER}")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ACL Workbench trains image classifiers with the asymmetric focal contrastive\n"
    "loss (AFCL) and its relatives CL, FCL and ACL, next to cross-entropy\n"
    "baselines, on Fashion-MNIST, ISIC 2018 or folders of images made as\n"
    "imbalanced as asked. The desktop program aclwb shows loss curves, per-class\n"
    "accuracy and confusion matrices live; aclwb-cli runs the same core headless.")
if(ACLWB_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ACLWB_HOMEPAGE}")
endif()
# Shared libraries from dpkg-shlibdeps; what it cannot see: the multithreaded BLAS that LibTorch loads (without it
# Debian's LibTorch falls back to reference BLAS, ~14x slower), Qt's platform plugins (xcb, wayland) for the window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "dataset-fashion-mnist, qt6-wayland")
# Qt's own strings (standard buttons, file dialogs) in German; Qt ships none for Indonesian.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
