// The model-folder check: every problem reported at once, with file names and fixes.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <fstream>

#include "common/error.h"
#include "engine/config/hyperparameters.h"
#include "engine/nn/wav2vec2.h"
#include "engine/pipeline/model_folder.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;

// A complete tiny folder: the fixture's model_ckpts plus stand-in wav2vec2 files (the check is
// structural, any complete torch zip does for the weights).
fs::path makeCompleteFolder(const vx::test::TempDir& dir) {
    const fs::path root = dir / "model_ckpts";
    fs::copy(vx::test::fixturesDir() / "model_ckpts", root, fs::copy_options::recursive);
    fs::create_directories(root / "wav2vec2-base-960h");
    std::ofstream(root / "wav2vec2-base-960h/config.json") << "{}";
    std::ofstream(root / "wav2vec2-base-960h/preprocessor_config.json") << "{}";
    fs::copy_file(root / "v-express/v_kps_guider.bin",
                  root / "wav2vec2-base-960h/pytorch_model.bin");
    return root;
}

TEST(ModelFolder, CompleteFolderPassesAndResolvesPaths) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    const fs::path root = makeCompleteFolder(dir);
    auto report = vx::engine::inspectModelFolder(root.string());
    EXPECT_TRUE(report.ok()) << report.describe();
    // The VAE has both spellings; the safetensors copy is preferred.
    EXPECT_EQ(fs::path(report.layout.vaeWeights).filename(), "diffusion_pytorch_model.safetensors");
    EXPECT_EQ(fs::path(report.layout.denoisingUnet).filename(), "denoising_unet.bin");
    EXPECT_TRUE(report.layout.hyperparameters.empty());
    EXPECT_NO_THROW(vx::engine::requireModelFolder(root.string()));
}

TEST(ModelFolder, MissingFilesAreAllReported) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    const fs::path root = makeCompleteFolder(dir);
    fs::remove(root / "v-express/motion_module.bin");
    fs::remove(root / "wav2vec2-base-960h/config.json");
    auto report = vx::engine::inspectModelFolder(root.string());
    ASSERT_EQ(report.problems.size(), 2u) << report.describe();
    const std::string text = report.describe();
    EXPECT_NE(text.find("motion_module.bin"), std::string::npos) << text;
    EXPECT_NE(text.find("wav2vec2-base-960h/config.json"), std::string::npos) << text;
    EXPECT_NE(text.find("Download"), std::string::npos) << text;
    try {
        vx::engine::requireModelFolder(root.string());
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("2 problems"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("motion_module.bin"), std::string::npos) << e.what();
    }
}

TEST(ModelFolder, EmptyFolderListsEveryFile) {
    vx::test::TempDir dir;
    auto report = vx::engine::inspectModelFolder(dir.path().string());
    // 2 configs + VAE weights + 5 V-Express weights + 3 wav2vec2 files.
    EXPECT_EQ(report.problems.size(), 11u) << report.describe();
    auto missingFolder = vx::engine::inspectModelFolder((dir / "nope").string());
    ASSERT_EQ(missingFolder.problems.size(), 1u);
    EXPECT_NE(missingFolder.problems[0].what.find("not a folder"), std::string::npos);
    auto withDetector = vx::engine::inspectModelFolder(dir.path().string(), {true});
    EXPECT_EQ(withDetector.problems.size(), 12u);
}

TEST(ModelFolder, EmptyAndTruncatedWeightsAreReported) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    const fs::path root = makeCompleteFolder(dir);
    const fs::path truncated = root / "v-express/audio_projection.bin";
    fs::resize_file(truncated, fs::file_size(truncated) / 2);
    std::ofstream(root / "v-express/v_kps_guider.bin", std::ios::trunc).close();
    const fs::path badSafetensors = root / "sd-vae-ft-mse/diffusion_pytorch_model.safetensors";
    fs::resize_file(badSafetensors, fs::file_size(badSafetensors) - 100);
    auto report = vx::engine::inspectModelFolder(root.string());
    ASSERT_EQ(report.problems.size(), 3u) << report.describe();
    const std::string text = report.describe();
    EXPECT_NE(text.find("audio_projection.bin: is truncated"), std::string::npos) << text;
    EXPECT_NE(text.find("v_kps_guider.bin: is empty"), std::string::npos) << text;
    EXPECT_NE(text.find("diffusion_pytorch_model.safetensors: is not a readable"),
              std::string::npos)
        << text;
}

}  // namespace

namespace {

// scripts/make-tiny-model.py writes a folder the check accepts, whose wav2vec2 loads and
// produces states as wide as the tiny AudioProjection's input.
TEST(ModelFolder, TinyModelScriptWritesACompleteFolder) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "scripts/make-tiny-model.py",
                                  {dir.path().string(), vx::test::fixturesDir().string()}),
              0);
    const fs::path root = dir / "model_ckpts";
    auto layout = vx::engine::requireModelFolder(root.string());
    EXPECT_EQ(fs::path(layout.hyperparameters), root / "hyperparameters.json");
    auto hyper = vx::engine::loadHyperparameters(root.string());
    auto encoder = vx::engine::loadWav2Vec2Folder(layout.root + "/wav2vec2-base-960h");
    EXPECT_EQ(encoder->config().hiddenSize, hyper.audioProjection.embeddingDim);
    torch::InferenceMode inference;
    torch::Tensor states = encoder->forward(torch::randn({1, 16000}));
    EXPECT_EQ(states.sizes(), (std::vector<int64_t>{1, 49, hyper.audioProjection.embeddingDim}));
}

}  // namespace
