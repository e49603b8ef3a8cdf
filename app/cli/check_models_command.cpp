// `vxstudio-cli check-models DIR`: is this V-Express model folder complete and loadable? Checks
// every file's presence and structure, then loads every checkpoint strictly on the CPU, and says
// per file what is wrong and how to fix it.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/cli/cli_command.h"
#include "common/error.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/model_folder.h"

namespace vx::cli {

namespace {

struct CheckModelsArgs {
    std::string folder;
    bool withoutAudioEncoder = false;
};

std::string fileSize(const std::string& path) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(path, ec);
    if (ec)
        return "?";
    std::ostringstream out;
    out << std::fixed << std::setprecision(1);
    if (bytes < 1024 * 1024)
        out << double(bytes) / 1024.0 << " KB";
    else
        out << double(bytes) / (1024.0 * 1024.0) << " MB";
    return out.str();
}

bool isWav2Vec2File(const std::string& file) {
    return file.find("wav2vec2-base-960h") != std::string::npos;
}

constexpr const char* kLicenceNote =
    "Licence: the V-Express weights are for non-commercial research use only; "
    "check the model card before any other use.";

int runCheckModels(const CheckModelsArgs& args) {
    using namespace vx::engine;
    std::cout << "Model folder: " << args.folder << '\n';
    const ModelFolderReport report = inspectModelFolder(args.folder);
    const ModelFolderLayout& layout = report.layout;
    const std::pair<const char*, std::string> files[] = {
        {"UNet config", layout.unetConfig},
        {"VAE config", layout.vaeConfig},
        {"VAE weights", layout.vaeWeights},
        {"reference net", layout.referenceNet},
        {"denoising UNet", layout.denoisingUnet},
        {"motion modules", layout.motionModule},
        {"V-kps guider", layout.vKpsGuider},
        {"audio projection", layout.audioProjection},
        {"wav2vec2 config", layout.wav2vec2Config},
        {"wav2vec2 preprocessor", layout.wav2vec2Preprocessor},
        {"wav2vec2 weights", layout.wav2vec2Weights},
    };
    bool usable = true;
    bool wav2vec2Complete = true;
    for (const auto& [what, path] : files) {
        if (path.empty())
            continue;
        bool problem = false;
        for (const ModelFolderProblem& p : report.problems) {
            if (p.file != path)
                continue;
            problem = true;
            const bool optional = args.withoutAudioEncoder && isWav2Vec2File(path);
            std::cout << (optional ? "  [skip] " : "  [FAIL] ") << what << ": " << path << ": "
                      << p.what << ". " << p.fix << '\n';
            if (isWav2Vec2File(path))
                wav2vec2Complete = false;
            usable = usable && optional;
        }
        if (!problem)
            std::cout << "  [found] " << what << ": " << path << " (" << fileSize(path) << ")\n";
    }
    // Problems that name no listed file (e.g. the folder itself).
    for (const ModelFolderProblem& p : report.problems) {
        bool listed = false;
        for (const auto& entry : files)
            listed = listed || entry.second == p.file;
        if (!listed) {
            std::cout << "  [FAIL] " << p.file << ": " << p.what << ". " << p.fix << '\n';
            usable = false;
        }
    }
    std::cout << "  hyperparameters.json: "
              << (layout.hyperparameters.empty() ? "none (release values)" : layout.hyperparameters)
              << '\n';

    if (usable) {
        std::cout << "Loading every checkpoint strictly on the CPU...\n";
        try {
            ModelLoadOptions options;
            options.device = DevicePreference::Cpu;
            options.precision = Precision::Float32;
            options.loadWav2Vec2 = wav2vec2Complete;
            options.requireWav2Vec2 = !args.withoutAudioEncoder;
            auto model = ModelContext::load(args.folder, options);
            for (const LoadedFile& file : model->loadedFiles()) {
                std::cout << "  [OK] " << file.component << ": " << file.file;
                if (file.tensors > 0)
                    std::cout << " (" << file.tensors << " tensors)";
                if (!file.ignoredKeys.empty())
                    std::cout << ", " << file.ignoredKeys.size()
                              << " keys not used by the model (expected for the release files)";
                std::cout << '\n';
            }
            if (model->wav2vec2() == nullptr)
                std::cout << "  [note] wav2vec2-base-960h not loaded: only precomputed audio "
                             "states can be rendered\n";
        } catch (const vx::Error& e) {
            std::cout << "  [FAIL] " << e.what()
                      << "\n         Replace the file named above with "
                         "the one from the release (the download may be damaged).\n";
            usable = false;
        }
    }

    try {
        const RuntimeChoice runtime = resolveRuntime(DevicePreference::Auto, Precision::Auto);
        std::cout << "Rendering would run on: " << runtime.describe() << '\n';
    } catch (const vx::Error& e) {
        std::cout << "Rendering device: " << e.what() << '\n';
    }
    std::cout << kLicenceNote << '\n';
    std::cout << (usable ? "Result: the model folder is usable.\n"
                         : "Result: the model folder is NOT usable; fix the problems above.\n");
    return usable ? int(kExitOk) : int(kExitModel);
}

}  // namespace

void addCheckModelsCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<CheckModelsArgs>();
    CLI::App* cmd = app.add_subcommand(
        "check-models", "Check a V-Express model folder: every file present and loadable");
    cmd->add_option("DIR", args->folder, "The model_ckpts folder")->required();
    cmd->add_flag("--without-audio-encoder", args->withoutAudioEncoder,
                  "Accept a folder without wav2vec2-base-960h (replays of precomputed audio "
                  "states only)");
    cmd->callback([&runner, args] { runner = [args] { return runCheckModels(*args); }; });
}

}  // namespace vx::cli
