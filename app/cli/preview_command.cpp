// `vxstudio-cli preview`: the instant, model-free preview of a performance as an MP4.
#include <iostream>
#include <map>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/framing_options.h"
#include "app/cli/parameter_options.h"
#include "app/cli/performance_options.h"
#include "app/cli/terminal_progress.h"
#include "studio/preview_export.h"

namespace vx::cli {

namespace {
struct PreviewArgs {
    std::string image, audio, output, models;
    ParameterOptions rate;
    FramingOptions framing;
    PerformanceOptions performance;
};

// The preview's own default quality: it is a check of timing, not a deliverable.
constexpr int kPreviewCrf = 20;
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
    args->rate.add(*cmd, {studio::ParameterId::TargetFps});
    args->framing.addTo(*cmd, kPreviewCrf);
    args->performance.addTo(*cmd);
    cmd->callback([&runner, args] {
        runner = [args] {
            studio::StudioParameters p;
            args->performance.applyTo(p);
            args->framing.applyTo(p);
            args->rate.applyTo(p);
            studio::PreviewExportRequest request;
            request.image = args->image;
            request.audio = args->audio;
            request.output = args->output;
            request.portrait.sidePx = p.resolutionPx;
            request.portrait.modelFolder = args->models;
            request.portrait.autoCrop = !args->framing.noCrop;
            request.performance = p.toPerformanceSettings();
            if (auto keyframes = args->performance.chosenKeyframes()) {
                request.keyframes = std::move(*keyframes);
                // A control given as an option holds its value over the keyframes.
                std::map<studio::ParameterId, double> given;
                args->performance.numbers.writeGiven(given);
                for (const auto& [id, value] : given)
                    studio::pinControl(request.keyframes, id, value);
            }
            request.fps = p.targetFps;
            request.pasteBack = p.framing == studio::OutputFraming::PasteBack;
            request.crf = args->framing.crf();
            studio::PreviewExportResult result;
            runInTerminal([&](const studio::JobCallbacks& callbacks) {
                result = studio::exportPreview(request, callbacks);
            });
            std::cout << "wrote " << args->output << ": " << result.frameCount << " frames at "
                      << result.fps << " fps, " << result.durationSeconds << " s (preview)\n";
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
