// AudioProjection (spec §6.5) against the original on the fixture weights.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <iostream>

#include "common/error.h"
#include "engine/config/hyperparameters.h"
#include "engine/io/safetensors_reader.h"
#include "engine/nn/audio_projection.h"
#include "engine/nn/state_loading.h"
#include "support/test_support.h"

namespace {

TEST(AudioProjection, MatchesTheOriginalOnTheFixture) {
    VX_REQUIRE_FIXTURES();
    const auto root = vx::test::fixturesDir();
    auto hyper = vx::engine::loadHyperparameters((root / "model_ckpts").string());
    // The release .bin (torch zip pickle) read directly.
    auto projection = vx::engine::loadAudioProjection(
        (root / "model_ckpts/v-express/audio_projection.bin").string(), hyper.audioProjection);
    auto io =
        vx::io::readSafetensors((root / "cases/audio_projection.safetensors").string()).tensors;
    torch::InferenceMode inference;
    torch::Tensor output = projection->forward(io.at("input"));
    EXPECT_TRUE(vx::test::tensorsClose(output, io.at("output"), 1e-4));
    std::cout << "[ measured ] AudioProjection max abs error "
              << vx::test::maxAbsError(output, io.at("output")) << '\n';
}

TEST(AudioProjection, ReleaseSizesMatchTheSpecKeyShapes) {
    vx::engine::AudioProjection projection(vx::engine::releaseHyperparameters().audioProjection);
    auto params = projection->named_parameters();
    EXPECT_EQ(params["pos_emb.weight"].sizes(), (std::vector<int64_t>{10, 768}));
    EXPECT_EQ(params["latents"].sizes(), (std::vector<int64_t>{1, 5, 768}));
    EXPECT_EQ(params["layers.3.0.to_kv.weight"].sizes(), (std::vector<int64_t>{1536, 768}));
    EXPECT_EQ(params["layers.3.1.1.weight"].sizes(), (std::vector<int64_t>{3072, 768}));
    EXPECT_EQ(params["layers.3.1.3.weight"].sizes(), (std::vector<int64_t>{768, 3072}));
    EXPECT_TRUE(params.contains("layers.0.1.0.bias"));
    EXPECT_TRUE(params.contains("norm_out.weight"));
    // 29,524,224 parameters (spec §1.4).
    int64_t total = 0;
    for (const auto& p : projection->parameters())
        total += p.numel();
    EXPECT_EQ(total, 29524224);
}

TEST(AudioProjection, WrongSizesAreAModelErrorNamingTheFile) {
    VX_REQUIRE_FIXTURES();
    const auto file =
        (vx::test::fixturesDir() / "model_ckpts/v-express/audio_projection.bin").string();
    try {
        // The release sizes do not fit the tiny checkpoint.
        vx::engine::loadAudioProjection(file, vx::engine::releaseHyperparameters().audioProjection);
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("audio_projection.bin"), std::string::npos)
            << e.what();
    }
}

}  // namespace
