// libFuzzer target: arbitrary bytes as each JSON file the engine reads from a model folder:
// the UNet, VAE and wav2vec2 config.json, the feature extractor's preprocessor_config.json and
// hyperparameters.json. The text is written once to a file and read through the same file-level
// functions the model loader calls, so the small JSON reader (core/common/json.*) and every
// config parser see it.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "engine/config/hyperparameters.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/config/wav2vec2_config.h"
#include "fuzz_check.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Named as the hyperparameters file so that loadHyperparameters(<folder>) finds it too.
    const std::string path =
        vx::fuzz::writeInputFile(data, size, vx::engine::kHyperparametersFileName);
    const std::string folder = std::filesystem::path(path).parent_path().string();
    using namespace vx::engine;
    vx::fuzz::expectOnlyVxErrors("readUNetConfig", [&] { (void)readUNetConfig(path); });
    vx::fuzz::expectOnlyVxErrors("readVaeConfig", [&] { (void)readVaeConfig(path); });
    vx::fuzz::expectOnlyVxErrors("readWav2Vec2Config", [&] { (void)readWav2Vec2Config(path); });
    vx::fuzz::expectOnlyVxErrors("readFeatureExtractorConfig",
                                 [&] { (void)readFeatureExtractorConfig(path); });
    vx::fuzz::expectOnlyVxErrors("loadHyperparameters", [&] { (void)loadHyperparameters(folder); });
    return 0;
}
