// ModelContext on the fixture folder: loads what the release layout holds, strictly, and names
// the file when a checkpoint does not fit the module it is meant for.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/error.h"
#include "engine/pipeline/model_context.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::engine::ModelContext;
using vx::engine::ModelLoadOptions;

ModelLoadOptions cpuOptions() {
    ModelLoadOptions options;
    options.device = vx::engine::DevicePreference::Cpu;
    options.precision = vx::engine::Precision::Float32;
    return options;
}

// A writable copy of the fixture's model folder with its hyperparameters.json beside it.
fs::path copyFixtureModels(const vx::test::TempDir& dir) {
    fs::copy(vx::test::fixturesDir() / "model_ckpts", dir / "m", fs::copy_options::recursive);
    fs::copy(vx::test::fixturesDir() / "hyperparameters.json", dir / "hyperparameters.json");
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
    return dir / "m";
}

TEST(ModelContext, LoadsTheFixtureFolderWithProgressAndWithoutWav2Vec2) {
    VX_REQUIRE_FIXTURES();
    ModelLoadOptions options = cpuOptions();
    std::vector<std::string> components;
    int lastCount = 0;
    options.progress = [&](const vx::engine::LoadProgress& p) {
        EXPECT_EQ(p.index, static_cast<int>(components.size()));
        components.push_back(p.component);
        lastCount = p.count;
    };
    auto model = ModelContext::load((vx::test::fixturesDir() / "model_ckpts").string(), options);
    EXPECT_EQ(components.size(), 5u);  // no wav2vec2 in the fixture
    EXPECT_EQ(lastCount, 5);
    EXPECT_EQ(model->wav2vec2(), nullptr);
    EXPECT_TRUE(model->device().is_cpu());
    EXPECT_EQ(model->dtype(), torch::kFloat32);
    EXPECT_EQ(model->vaeScaleFactor(), 8);
    EXPECT_EQ(model->latentChannels(), 4);
    // The tiny model's sizes come from hyperparameters.json.
    EXPECT_EQ(model->hyperparameters().audioProjection.embeddingDim, 32);
    EXPECT_EQ(model->loadedFiles().size(), 6u);  // denoising UNet and motion modules apart
}

TEST(ModelContext, RequiredWav2Vec2IsAModelError) {
    VX_REQUIRE_FIXTURES();
    ModelLoadOptions options = cpuOptions();
    options.requireWav2Vec2 = true;
    try {
        ModelContext::load((vx::test::fixturesDir() / "model_ckpts").string(), options);
        FAIL() << "a folder without wav2vec2 loaded although it was required";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("wav2vec2-base-960h"), std::string::npos) << e.what();
    }
}

// A well-formed checkpoint with the wrong keys passes the folder check but not the strict load.
TEST(ModelContext, CheckpointOfAnotherModuleIsRefusedNamingTheFile) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    const fs::path models = copyFixtureModels(dir);
    fs::copy_file(models / "v-express/audio_projection.bin", models / "v-express/v_kps_guider.bin",
                  fs::copy_options::overwrite_existing);
    try {
        ModelContext::load(models.string(), cpuOptions());
        FAIL() << "the audio projection's weights were accepted as the guider's";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("v_kps_guider.bin"), std::string::npos) << e.what();
    }
}

TEST(ModelContext, Fp16OnTheCpuIsRefused) {
    EXPECT_THROW(vx::engine::resolveRuntime(vx::engine::DevicePreference::Cpu,
                                            vx::engine::Precision::Float16),
                 vx::Error);
    const auto bf16 = vx::engine::resolveRuntime(vx::engine::DevicePreference::Cpu,
                                                 vx::engine::Precision::BFloat16);
    EXPECT_EQ(bf16.dtype, torch::kBFloat16);
    const auto automatic =
        vx::engine::resolveRuntime(vx::engine::DevicePreference::Cpu, vx::engine::Precision::Auto);
    EXPECT_EQ(automatic.dtype, torch::kFloat32);
}

}  // namespace
