// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace aclwb::widgets {

/// The colour of class `k` in every view (curves, embedding, comparisons): matplotlib's tab10, which users know
/// from their own plots, repeated after ten classes.
QColor classColour(int k);

} // namespace aclwb::widgets
