// SPDX-License-Identifier: MIT
#include "DeviceInfo.h"

#include "util/Threads.h"

#include <QObject>

#include <torch/cuda.h>
#include <torch/version.h>

namespace aclwb::gui {

QStringList availableDevices()
{
    QStringList devices { QStringLiteral("cpu"), QStringLiteral("auto") };
    if (torch::cuda::is_available()) {
        devices << QStringLiteral("cuda");
        for (size_t k = 0; k < torch::cuda::device_count(); ++k) {
            devices << QStringLiteral("cuda:%1").arg(k);
        }
    }
    return devices;
}

QString libtorchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QString deviceDescription()
{
    const QString cpu = QObject::tr("CPU, %1 threads").arg(currentThreads());
    if (!torch::cuda::is_available()) {
        return cpu;
    }
    return QObject::tr("CUDA (%1 devices); %2").arg(torch::cuda::device_count()).arg(cpu);
}

} // namespace aclwb::gui
