// SPDX-License-Identifier: MIT
// aclwb_testsupport_gui has no code of its own: it gathers what the GUI tests link (the test helpers and the
// workbench) and builds, once, the precompiled header they share with exactly their definitions.
