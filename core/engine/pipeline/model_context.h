// The loaded V-Express model (whisper.cpp-style context): every module of one model folder,
// loaded once, strictly, on one device in one dtype, shared by every render that follows.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/config/hyperparameters.h"
#include "engine/nn/audio_projection.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/denoising_unet.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/vkps_guider.h"
#include "engine/nn/wav2vec2.h"
#include "engine/pipeline/model_folder.h"
#include "engine/pipeline/render_settings.h"

namespace vx::engine {

// Where and in which dtype the modules run.
struct RuntimeChoice {
    torch::Device device{torch::kCPU};
    torch::ScalarType dtype = torch::kFloat32;

    std::string describe() const;  // e.g. "cuda:0, float16"
};

// Resolves Auto, checks that CUDA is there when asked for; fp16 on the CPU is refused
// (vx::Error(BadInput)): many CPU kernels lack half support, bf16 or fp32 work there.
RuntimeChoice resolveRuntime(DevicePreference device, Precision precision, int cudaIndex = 0);

// One step of ModelContext::load, for progress bars and logs.
struct LoadProgress {
    std::string component;  // "reference net", "denoising UNet", ...
    std::string file;       // the file being read (the first of two for the denoising UNet)
    int index = 0;          // 0-based
    int count = 0;          // components to load
};

struct ModelLoadOptions {
    DevicePreference device = DevicePreference::Auto;
    Precision precision = Precision::Auto;
    int cudaIndex = 0;
    // wav2vec2-base-960h is only needed to render from a waveform; a replay from precomputed
    // audio hidden states (and the parity case) does without it.
    bool loadWav2Vec2 = true;
    // When false, a missing wav2vec2 folder only leaves wav2vec2() null; when true it is an error.
    bool requireWav2Vec2 = false;
    std::function<void(const LoadProgress&)> progress;
    std::function<void(const std::string&)> log;
};

// What loading one checkpoint found (check-models prints these).
struct LoadedFile {
    std::string component;
    std::string file;
    uint64_t bytes = 0;
    size_t tensors = 0;
    std::vector<std::string> ignoredKeys;  // keys in the file the module does not use
};

class ModelContext {
public:
    // Checks the folder (inspectModelFolder; wav2vec2 problems only count when it is required),
    // reads the configurations and hyperparameters.json, builds every module on the chosen device
    // in the chosen dtype and loads its weights strictly: a key the module needs that no file
    // provides, or a shape that differs, throws vx::Error(Model) naming the file. The denoising
    // UNet is denoising_unet.* overlaid with motion_module.* (the latter wins).
    static std::unique_ptr<ModelContext> load(const std::string& modelDir,
                                              const ModelLoadOptions& options = {});

    ModelContext(const ModelContext&) = delete;
    ModelContext& operator=(const ModelContext&) = delete;
    ~ModelContext();

    const RuntimeChoice& runtime() const { return m_runtime; }
    torch::Device device() const { return m_runtime.device; }
    torch::ScalarType dtype() const { return m_runtime.dtype; }
    torch::TensorOptions options() const;

    const ModelFolderLayout& layout() const { return m_layout; }
    const VExpressHyperparameters& hyperparameters() const { return m_hyper; }
    const std::vector<LoadedFile>& loadedFiles() const { return m_files; }

    // VAE latent channels and spatial factor (8 for SD), latent scaling (0.18215).
    int64_t latentChannels() const { return m_latentChannels; }
    int64_t vaeScaleFactor() const { return m_vaeScaleFactor; }
    static constexpr double kLatentScale = 0.18215;

    const nn::ReferenceNet& referenceNet() const { return *m_referenceNet; }
    const nn::DenoisingUNet& denoisingUNet() const { return *m_denoisingUNet; }
    const nn::AutoencoderKL& vae() const { return *m_vae; }
    VKpsGuider& kpsGuider() { return m_kpsGuider; }
    AudioProjection& audioProjection() { return m_audioProjection; }
    // Null when wav2vec2 was not loaded.
    Wav2Vec2Model* wav2vec2() { return m_wav2vec2 ? &m_wav2vec2 : nullptr; }
    int64_t wav2vec2Layers() const { return m_wav2vec2Layers; }
    const FeatureExtractorConfig& featureExtractor() const { return m_featureExtractor; }

private:
    ModelContext() = default;

    RuntimeChoice m_runtime;
    ModelFolderLayout m_layout;
    VExpressHyperparameters m_hyper;
    std::vector<LoadedFile> m_files;
    int64_t m_latentChannels = 4;
    int64_t m_vaeScaleFactor = 8;
    std::shared_ptr<nn::ReferenceNet> m_referenceNet;
    std::shared_ptr<nn::DenoisingUNet> m_denoisingUNet;
    std::shared_ptr<nn::AutoencoderKL> m_vae;
    VKpsGuider m_kpsGuider{nullptr};
    AudioProjection m_audioProjection{nullptr};
    Wav2Vec2Model m_wav2vec2{nullptr};
    int64_t m_wav2vec2Layers = 12;
    FeatureExtractorConfig m_featureExtractor;
};

}  // namespace vx::engine
