// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace aclwb::gui {

/// "cpu", "auto", and "cuda", "cuda:0", ... when LibTorch sees a GPU: the choices of the device control.
QStringList availableDevices();
/// LibTorch's version, e.g. "1.13.1".
QString libtorchVersion();
/// "CPU, 2 threads" or "CUDA: NVIDIA H100 (1 device), CPU 16 threads".
QString deviceDescription();

} // namespace aclwb::gui
