// vxstudio-cli: the headless front end for batch jobs. It shares the core libraries with the
// desktop application.
#include <filesystem>
#include <iostream>
#include <string_view>

#include "app/cli/cli_command.h"
#include "common/error.h"
#include "common/log.h"
#include "media/library_logging.h"

namespace {

// The log file: the one named by --log-file (an error when it cannot be written), else the default
// one (a warning when it cannot be written: the command itself can still run).
int openLog(const std::string& requested, bool verbose, int argc, char** argv) {
    vx::log::setConsoleLevel(verbose ? vx::log::Level::Debug : vx::log::Level::Warning);
    const std::filesystem::path path = requested.empty()
                                           ? vx::log::defaultFolder() / "vxstudio-cli.log"
                                           : std::filesystem::path(requested);
    try {
        vx::log::openFile(path);
    } catch (const vx::Error& e) {
        if (!requested.empty()) {
            std::cerr << "error: " << e.what() << '\n';
            return vx::cli::kExitIo;
        }
        vx::log::warning("cli", std::string("no log file: ") + e.what());
    }
    std::string command;
    for (int i = 0; i < argc; ++i)
        command += (i ? " " : "") + std::string(argv[i]);
    vx::log::info("cli", "started: " + command);
    return vx::cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"VX Studio command line: talking-head videos from a portrait and a voice",
                 "vxstudio-cli"};
    app.set_version_flag("--version", std::string("vxstudio-cli ") + VX_VERSION);
    app.require_subcommand(0, 1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose,
                 "Print every log message (debug level), including what FFmpeg's libraries report");
    std::string logFile;
    app.add_option("--log-file", logFile,
                   "Write the log here (default: vxstudio-cli.log in $XDG_STATE_HOME/vxstudio)");

    vx::cli::CommandRunner runner;
    vx::cli::addInfoCommand(app, runner);
    vx::cli::addPreviewCommand(app, runner);
    vx::cli::addRenderCommand(app, runner);
    vx::cli::addCheckModelsCommand(app, runner);
    vx::cli::addParityCommand(app, runner);
    vx::cli::addDoctorCommand(app, runner);
    vx::cli::addBenchCommand(app, runner);
    vx::cli::addModelsCommand(app, runner);
    vx::cli::addBatchCommand(app, runner);
    vx::cli::addStylesCommand(app, runner);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? vx::cli::kExitOk : vx::cli::kExitBadInput;
    }
    vx::media::setLibraryLogLevel(verbose ? vx::media::LibraryLogLevel::Verbose
                                          : vx::media::LibraryLogLevel::Errors);
    if (!runner) {
        std::cout << app.help();
        return vx::cli::kExitOk;
    }
    if (const int code = openLog(logFile, verbose, argc, argv); code != vx::cli::kExitOk)
        return code;
    try {
        return runner();
    } catch (const vx::Error& e) {
        // The user reads the message on the terminal; the log keeps it with its context.
        vx::log::info("cli", std::string("failed: ") + e.what());
        // A job's unexpected exception already reads "internal error: ..." (studio::failureFrom).
        const bool labelled = std::string_view(e.what()).rfind("internal error: ", 0) == 0;
        std::cerr << (labelled ? "" : "error: ") << e.what() << '\n';
        return vx::cli::exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        vx::log::info("cli", std::string("failed with an internal error: ") + e.what());
        std::cerr << "internal error: " << e.what() << '\n';
        return vx::cli::kExitInternal;
    }
}
