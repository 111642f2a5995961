// SPDX-License-Identifier: MIT
// aclwb-cli: ACL Workbench without a display. Every subcommand prints one JSON object on stdout (except `predict`
// without --out, which prints its predictions there, and `runs` as a table); errors go to stderr as
// "aclwb-cli: error: ..." with exit code 2 for bad input, 3 for a diverged training run, 4 for a run folder another
// process holds, 130 for Ctrl-C, and 1 for internal failures (CliSupport.h).
#include "BenchLossCommand.h"
#include "BenchTrainCommand.h"
#include "CliSupport.h"
#include "DataCommand.h"
#include "ExportCommand.h"
#include "LossCommand.h"
#include "PredictCommand.h"
#include "RunsCommand.h"
#include "SweepCommand.h"
#include "TrainCommand.h"
#include "TsneCommand.h"
#include "aclwb/Version.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"

#include <CLI/CLI.hpp>
#include <c10/util/Exception.h>

#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    using namespace aclwb::cli;
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    CLI::App app { "ACL Workbench: the asymmetric focal contrastive loss family (CL, FCL, ACL, AFCL) for imbalanced "
                   "image data, headless.",
                   "aclwb-cli" };
    app.set_version_flag("--version", std::string("aclwb-cli ") + aclwb::kVersion);
    app.require_subcommand(1);
    registerLossCommand(app);
    registerDataCommand(app);
    registerTrainCommand(app);
    registerPredictCommand(app);
    registerExportCommand(app);
    registerSweepCommand(app);
    registerRunsCommand(app);
    registerTsneCommand(app);
    registerBenchLossCommand(app);
    registerBenchTrainCommand(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitOk : kExitBadInput;
    } catch (const aclwb::TrainingDiverged& e) {
        std::cerr << "aclwb-cli: error: " << e.what() << std::endl;
        return kExitDiverged;
    } catch (const aclwb::RunFolderInUse& e) {
        std::cerr << "aclwb-cli: error: " << e.what() << std::endl;
        return kExitFolderInUse;
    } catch (const aclwb::InputError& e) {
        std::cerr << "aclwb-cli: error: " << e.what() << std::endl;
        return kExitBadInput;
    } catch (const std::exception& e) {
        std::cerr << "aclwb-cli: error: " << aclwb::describeException(e) << std::endl;
        return kExitInternal;
    }
    return kExitOk;
}
