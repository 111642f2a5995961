// SPDX-License-Identifier: MIT
#pragma once

// QCustomPlot's header uses Qt's keywords (signals, slots, emit, foreach), which the project turns off
// (QT_NO_KEYWORDS, because they clash with LibTorch's headers). They are mapped for this include only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
