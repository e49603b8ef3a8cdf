// `vxstudio-cli info`: what the engine runs on.
#include <iostream>

#include "app/cli/cli_command.h"
#include "engine/common/runtime_info.h"

namespace vx::cli {

void addInfoCommand(CLI::App& app, CommandRunner& runner) {
    CLI::App* cmd = app.add_subcommand("info", "Print the engine's LibTorch version and devices");
    cmd->callback([&runner] {
        runner = [] {
            const auto info = vx::engine::runtimeInfo();
            std::cout << "VX Studio " << info.engineVersion << '\n'
                      << "LibTorch " << info.torchVersion
                      << (info.cudaBuilt ? " (CUDA build)" : " (CPU build)") << '\n'
                      << "CUDA devices: " << info.cudaDeviceCount << '\n'
                      << "Default device: " << (info.cudaAvailable ? "cuda (fp16)" : "cpu (fp32)")
                      << '\n';
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
