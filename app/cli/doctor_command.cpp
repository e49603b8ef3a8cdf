// `vxstudio-cli doctor`: what to paste into a bug report (see studio/system_report.h).
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "common/log.h"
#include "studio/system_report.h"

namespace vx::cli {

namespace {

struct DoctorArgs {
    std::string models;
};

}  // namespace

void addDoctorCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<DoctorArgs>();
    CLI::App* cmd = app.add_subcommand(
        "doctor",
        "Print versions, devices, the BLAS in use, threads, memory, disk, the model "
        "folder's state and the log file, for a bug report");
    cmd->add_option("--models", args->models, "V-Express model folder to check");
    cmd->callback([&runner, args] {
        runner = [args] {
            studio::SystemReportOptions options;
            options.frontEnd = "vxstudio-cli";
            options.modelFolder = args->models;
            options.logFile = log::currentFile();
            std::cout << studio::formatSystemReport(studio::collectSystemReport(options));
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
