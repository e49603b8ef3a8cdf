// `vxstudio-cli doctor`: what to paste into a bug report (see studio/system_report.h).
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "common/log.h"
#include "models/model_location.h"
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
    cmd->add_option("--models", args->models,
                    "V-Express model folder to check (default: the one `models download` fills)");
    cmd->callback([&runner, args] {
        runner = [args] {
            studio::SystemReportOptions options;
            options.frontEnd = "vxstudio-cli";
            // Without --models, the folder `models download` fills, when there is one.
            std::error_code ec;
            const std::filesystem::path fallback = models::defaultModelFolder();
            options.modelFolder = !args->models.empty()                   ? args->models
                                  : std::filesystem::exists(fallback, ec) ? fallback.string()
                                                                          : std::string();
            options.logFile = log::currentFile();
            std::cout << studio::formatSystemReport(studio::collectSystemReport(options));
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
