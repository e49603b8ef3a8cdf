// `vxstudio-cli preview`: the instant, model-free preview of a performance as an MP4.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/framing_options.h"
#include "app/cli/numeric_checks.h"
#include "app/cli/performance_options.h"
#include "app/cli/terminal_progress.h"
#include "studio/preview_export.h"

namespace vx::cli {

namespace {
struct PreviewArgs {
    std::string image, audio, output, models;
    double fps = 30.0;
    FramingOptions framing{20};
    PerformanceOptions performance;
};
}  // namespace

void addPreviewCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<PreviewArgs>();
    CLI::App* cmd = app.add_subcommand(
        "preview",
        "Write the instant preview (no neural model, marked PREVIEW) as an MP4 with the audio");
    cmd->add_option("--image", args->image, "Portrait photo (JPEG, PNG, BMP, WebP)")->required();
    cmd->add_option("--audio", args->audio, "Voice recording, or a video whose audio is used")
        ->required();
    cmd->add_option("--out", args->output, "Output MP4")->required();
    cmd->add_option("--models", args->models,
                    "V-Express model folder (for its face detector, optional)");
    cmd->add_option("--fps", args->fps, "Frame rate")
        ->check(finiteRange(1.0, 120.0))
        ->capture_default_str();
    args->framing.addTo(*cmd);
    args->performance.addTo(*cmd);
    cmd->callback([&runner, args] {
        runner = [args] {
            studio::PreviewExportRequest request;
            request.image = args->image;
            request.audio = args->audio;
            request.output = args->output;
            request.portrait = args->framing.portrait(args->models);
            request.performance = args->performance.settings();
            request.fps = args->fps;
            request.pasteBack = args->framing.pasteBack;
            request.crf = args->framing.crf;
            InterruptGuard interrupt;
            TerminalProgress progress;
            const auto result = studio::exportPreview(request, terminalCallbacks(progress));
            progress.finish();
            std::cout << "wrote " << args->output << ": " << result.frameCount << " frames at "
                      << result.fps << " fps, " << result.durationSeconds << " s (preview)\n";
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
