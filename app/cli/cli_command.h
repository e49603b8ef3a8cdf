// The subcommands of vxstudio-cli. Each registers itself on the CLI11 app and returns the
// function that runs it; the function returns the process exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "common/error.h"

namespace vx::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int {
    kExitOk = 0,
    kExitInternal = 1,         // a bug or an unexpected failure
    kExitBadInput = 2,         // the user's files or options cannot be used
    kExitModel = 3,            // the model folder is missing, broken or does not match
    kExitIo = 4,               // the disk refused a read or a write (full, read-only, removed)
    kExitNetwork = 5,          // a download failed: server unreachable, file missing, data corrupt
    kExitBatchIncomplete = 6,  // batch: no job failed, but some were running elsewhere
    kExitCancelled = 130,
};

// The exit code of a command stopped by an error of `kind` (a cancel: 128 + the signal).
int exitCodeFor(ErrorKind kind);

using CommandRunner = std::function<int()>;

// One registration function per subcommand; `runner` is set when the subcommand is chosen.
void addInfoCommand(CLI::App& app, CommandRunner& runner);
void addPreviewCommand(CLI::App& app, CommandRunner& runner);
void addRenderCommand(CLI::App& app, CommandRunner& runner);
void addCheckModelsCommand(CLI::App& app, CommandRunner& runner);
void addParityCommand(CLI::App& app, CommandRunner& runner);
void addDoctorCommand(CLI::App& app, CommandRunner& runner);
void addBenchCommand(CLI::App& app, CommandRunner& runner);
void addModelsCommand(CLI::App& app, CommandRunner& runner);
void addBatchCommand(CLI::App& app, CommandRunner& runner);
void addStylesCommand(CLI::App& app, CommandRunner& runner);

}  // namespace vx::cli
