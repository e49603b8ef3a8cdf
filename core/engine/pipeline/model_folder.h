// The V-Express model folder (model_ckpts/, spec §1.1): where each file lives, and a check
// that reports every problem at once (missing, empty or truncated files), each with the file
// and what to do, before any weight is loaded.
#pragma once

#include <string>
#include <vector>

namespace vx::engine {

// Resolved paths inside a model folder. Weight files may be the release .bin or a .safetensors
// copy with the same stem (preferred when both exist, since it maps without unpickling).
struct ModelFolderLayout {
    std::string root;
    std::string unetConfig;            // stable-diffusion-v1-5/unet/config.json
    std::string vaeConfig;             // sd-vae-ft-mse/config.json
    std::string vaeWeights;            // sd-vae-ft-mse/diffusion_pytorch_model.{safetensors,bin}
    std::string referenceNet;          // v-express/reference_net.{safetensors,bin}
    std::string denoisingUnet;         // v-express/denoising_unet.*
    std::string motionModule;          // v-express/motion_module.*
    std::string vKpsGuider;            // v-express/v_kps_guider.*
    std::string audioProjection;       // v-express/audio_projection.*
    std::string wav2vec2Config;        // wav2vec2-base-960h/config.json
    std::string wav2vec2Preprocessor;  // wav2vec2-base-960h/preprocessor_config.json
    std::string wav2vec2Weights;       // wav2vec2-base-960h/{model.safetensors,pytorch_model.bin}
    std::string faceDetector;          // insightface_models/models/buffalo_l/det_10g.onnx
    std::string hyperparameters;       // hyperparameters.json inside or beside, or empty
};

struct ModelFolderProblem {
    std::string file;  // the path that is wrong (or the folder)
    std::string what;  // what is wrong
    std::string fix;   // what the user can do
};

struct ModelFolderOptions {
    // The face detector belongs to the release layout but not to the engine's tiny test models.
    bool requireFaceDetector = false;
};

struct ModelFolderReport {
    ModelFolderLayout layout;
    std::vector<ModelFolderProblem> problems;

    bool ok() const { return problems.empty(); }
    // One line per problem: "<file>: <what>. <fix>".
    std::string describe() const;
};

// Checks every file of the layout under `root`: present, a regular non-empty file, and for
// weights structurally complete (a .bin must end with a zip end-of-central-directory record, a
// .safetensors must have a valid header whose byte ranges fit the file). Never throws for
// problems in the folder; they are all listed in the report.
ModelFolderReport inspectModelFolder(const std::string& root,
                                     const ModelFolderOptions& options = {});

// inspectModelFolder(), then throws vx::Error(Model) naming the folder and listing every
// problem unless the folder is complete. Returns the resolved layout.
ModelFolderLayout requireModelFolder(const std::string& root,
                                     const ModelFolderOptions& options = {});

}  // namespace vx::engine
