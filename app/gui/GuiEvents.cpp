// SPDX-License-Identifier: MIT
#include "GuiEvents.h"

namespace aclwb::gui {

void registerGuiEventTypes()
{
    qRegisterMetaType<DataPreview>();
    qRegisterMetaType<RunStartedEvent>();
    qRegisterMetaType<StepBatch>();
    qRegisterMetaType<EpochEvent>();
    qRegisterMetaType<SnapshotEvent>();
    qRegisterMetaType<FinishedEvent>();
}

} // namespace aclwb::gui
