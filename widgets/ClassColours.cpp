// SPDX-License-Identifier: MIT
#include "ClassColours.h"

namespace aclwb::widgets {

QColor classColour(int k)
{
    static const QColor palette[]
        = { QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44),   QColor(148, 103, 189),
            QColor(255, 127, 14), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
            QColor(188, 189, 34), QColor(23, 190, 207) };
    return palette[(k % 10 + 10) % 10];
}

} // namespace aclwb::widgets
