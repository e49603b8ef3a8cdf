// vxstudio-cli: the headless front end for batch jobs. It shares the core libraries with the
// desktop application.
#include <iostream>

#include "app/cli/cli_command.h"
#include "engine/common/error.h"
#include "media/library_logging.h"

namespace {

int exitCodeFor(vx::ErrorKind kind) {
    switch (kind) {
        case vx::ErrorKind::BadInput:
            return vx::cli::kExitBadInput;
        case vx::ErrorKind::Model:
            return vx::cli::kExitModel;
        case vx::ErrorKind::Cancelled:
            return vx::cli::kExitCancelled;
        case vx::ErrorKind::Io:
            return vx::cli::kExitIo;
        case vx::ErrorKind::Internal:
            return vx::cli::kExitInternal;
    }
    return vx::cli::kExitInternal;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"VX Studio command line: talking-head videos from a portrait and a voice",
                 "vxstudio-cli"};
    app.set_version_flag("--version", std::string("vxstudio-cli ") + VX_VERSION);
    app.require_subcommand(0, 1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Also print what FFmpeg's libraries report");

    vx::cli::CommandRunner runner;
    vx::cli::addInfoCommand(app, runner);
    vx::cli::addPreviewCommand(app, runner);
    vx::cli::addRenderCommand(app, runner);
    vx::cli::addCheckModelsCommand(app, runner);
    vx::cli::addParityCommand(app, runner);

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
    try {
        return runner();
    } catch (const vx::Error& e) {
        std::cerr << "error: " << e.what() << '\n';
        return exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "internal error: " << e.what() << '\n';
        return vx::cli::kExitInternal;
    }
}
