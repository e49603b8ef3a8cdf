// VKpsGuider (spec §8.1) against the original on the fixture weights.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <iostream>

#include "engine/config/hyperparameters.h"
#include "engine/io/checkpoint.h"
#include "engine/io/safetensors_reader.h"
#include "engine/nn/state_loading.h"
#include "engine/nn/vkps_guider.h"
#include "support/test_support.h"

namespace {

TEST(VKpsGuider, MatchesTheOriginalOnTheFixture) {
    VX_REQUIRE_FIXTURES();
    const auto root = vx::test::fixturesDir();
    auto hyper = vx::engine::loadHyperparameters((root / "model_ckpts").string());
    auto guider = vx::engine::loadVKpsGuider(
        (root / "model_ckpts/v-express/v_kps_guider.bin").string(), hyper.vKpsGuider);
    auto io = vx::io::readSafetensors((root / "cases/v_kps_guider.safetensors").string()).tensors;
    torch::InferenceMode inference;
    torch::Tensor output = guider->forward(io.at("input"));
    EXPECT_TRUE(vx::test::tensorsClose(output, io.at("output"), 1e-4));
    std::cout << "[ measured ] VKpsGuider max abs error "
              << vx::test::maxAbsError(output, io.at("output")) << '\n';
    // Chunking over frames changes nothing.
    EXPECT_TRUE(vx::test::tensorsClose(guider->forward(io.at("input"), 2), io.at("output"), 1e-4));
}

TEST(VKpsGuider, ReleaseParameterCount) {
    vx::engine::VKpsGuider guider(vx::engine::releaseHyperparameters().vKpsGuider);
    int64_t total = 0;
    for (const auto& p : guider->parameters())
        total += p.numel();
    EXPECT_EQ(total, 1086480);  // spec §1.4
    EXPECT_EQ(guider->named_parameters()["conv_out.weight"].sizes(),
              (std::vector<int64_t>{320, 256, 3, 3}));
    EXPECT_TRUE(guider->named_parameters().contains("blocks.5.bias"));
}

}  // namespace
