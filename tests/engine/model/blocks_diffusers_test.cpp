// The engine's UNet/VAE building blocks against diffusers 0.29.2 on tiny random modules
// (tests/python/blocks_golden.py writes weights, inputs and outputs per case).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>

#include "engine/nn/attention.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/feed_forward.h"
#include "engine/nn/motion_module.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/resampling.h"
#include "engine/nn/resnet_block.h"
#include "engine/nn/state_loading.h"
#include "engine/nn/timestep_embedding.h"
#include "engine/nn/transformer_block.h"
#include "model_test_helpers.h"

namespace {

using vx::test::tensorsClose;
constexpr double kTolerance = 1e-4;

class BlocksVsDiffusers : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir();
        const auto file = *s_dir / "blocks_golden.safetensors";
        const int rc = vx::test::runPython(vx::test::sourceDir() / "tests/python/blocks_golden.py",
                                           {file.string()});
        if (rc == 0)
            s_golden = new vx::io::StateDict(vx::io::readSafetensors(file.string()).tensors);
    }
    static void TearDownTestSuite() {
        delete s_golden;
        delete s_dir;
        s_golden = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_NE(s_golden, nullptr) << "blocks_golden.py failed (see log)"; }

    static const torch::Tensor& io(const std::string& name) { return s_golden->at(name); }
    static void load(torch::nn::Module& module, const std::string& caseName) {
        vx::nn::loadStrict(module, *s_golden, "blocks_golden " + caseName, caseName + ".w.");
    }
    static torch::TensorOptions fp32() { return torch::TensorOptions().dtype(torch::kFloat32); }

    static vx::test::TempDir* s_dir;
    static vx::io::StateDict* s_golden;
    torch::InferenceMode m_inference;
};

vx::test::TempDir* BlocksVsDiffusers::s_dir = nullptr;
vx::io::StateDict* BlocksVsDiffusers::s_golden = nullptr;

TEST_F(BlocksVsDiffusers, TimestepSinusoidAndMlp) {
    torch::Tensor sinusoid = vx::nn::sinusoidalTimestepEmbedding(981, 320, true, 0.0);
    EXPECT_TRUE(tensorsClose(sinusoid, io("timestep.io.sinusoid"), 1e-6));
    vx::nn::TimestepEmbedding mlp(320, 1280, fp32());
    load(mlp, "timestep");
    EXPECT_TRUE(tensorsClose(mlp.forward(sinusoid), io("timestep.io.emb"), kTolerance));
}

TEST_F(BlocksVsDiffusers, ResnetBlockWithTimeEmbedding) {
    vx::nn::ResnetBlock2D block({32, 64, 128, 8, 1e-5}, fp32());
    ASSERT_TRUE(block.conv_shortcut);
    load(block, "resnet");
    EXPECT_TRUE(tensorsClose(block.forward(io("resnet.io.x"), io("resnet.io.silu_temb")),
                             io("resnet.io.y"), kTolerance));
}

TEST_F(BlocksVsDiffusers, ResnetBlockWithoutTimeEmbedding) {
    vx::nn::ResnetBlock2D block({32, 32, 0, 8, 1e-6}, fp32());
    EXPECT_FALSE(block.conv_shortcut);
    load(block, "resnet_vae");
    EXPECT_TRUE(
        tensorsClose(block.forward(io("resnet_vae.io.x"), {}), io("resnet_vae.io.y"), kTolerance));
}

TEST_F(BlocksVsDiffusers, Samplers) {
    vx::nn::Downsample2D down(16, 1, fp32());
    load(down, "down");
    EXPECT_TRUE(tensorsClose(down.forward(io("down.io.x")), io("down.io.y"), kTolerance));
    vx::nn::Downsample2D asymmetric(16, 0, fp32());
    load(asymmetric, "down_vae");
    EXPECT_TRUE(
        tensorsClose(asymmetric.forward(io("down_vae.io.x")), io("down_vae.io.y"), kTolerance));
    vx::nn::Upsample2D up(16, fp32());
    load(up, "up");
    EXPECT_TRUE(tensorsClose(up.forward(io("up.io.x")), io("up.io.y"), kTolerance));
}

TEST_F(BlocksVsDiffusers, AttentionAndZeroContextIdentity) {
    vx::nn::Attention attention({32, 24, 4, false}, fp32());
    load(attention, "attention");
    EXPECT_TRUE(tensorsClose(attention.forward(io("attention.io.x"), io("attention.io.context")),
                             io("attention.io.y"), kTolerance));
    torch::Tensor zeroContext = torch::zeros_like(io("attention.io.context"));
    torch::Tensor zeroOut = attention.forward(io("attention.io.x"), zeroContext);
    EXPECT_TRUE(tensorsClose(zeroOut, io("attention.io.zero_context_y"), kTolerance));
    // Spec §2.4: an all-zero context yields exactly the broadcast to_out.0 bias.
    EXPECT_TRUE(torch::equal(zeroOut, attention.outputBias().expand_as(zeroOut)));
}

TEST_F(BlocksVsDiffusers, GegluFeedForward) {
    vx::nn::FeedForward ff(32, 4, fp32());
    load(ff, "ff");
    EXPECT_TRUE(tensorsClose(ff.forward(io("ff.io.x")), io("ff.io.y"), kTolerance));
}

TEST_F(BlocksVsDiffusers, TransformerBlockWritesNorm2AsBank) {
    vx::nn::BasicTransformerBlock block({32, 4, 24, false}, fp32());
    load(block, "block");
    torch::Tensor bank;
    torch::Tensor y = block.forwardWrite(io("block.io.x"), io("block.io.context"), bank, false);
    EXPECT_TRUE(tensorsClose(y, io("block.io.y"), kTolerance));
    EXPECT_TRUE(tensorsClose(bank, io("block.io.bank"), kTolerance));
    torch::Tensor stoppedBank;
    EXPECT_FALSE(
        block.forwardWrite(io("block.io.x"), io("block.io.context"), stoppedBank, true).defined());
    EXPECT_TRUE(torch::equal(stoppedBank, bank));
}

TEST_F(BlocksVsDiffusers, TemporalTransformerBlockWithPositions) {
    vx::nn::TemporalTransformerBlock block(32, 8, 32, fp32());
    load(block, "temporal");
    EXPECT_TRUE(
        tensorsClose(block.forward(io("temporal.io.u"), 5), io("temporal.io.y"), kTolerance));
}

vx::nn::UNetArchitecture tinyReferenceArchitecture() {
    vx::nn::UNetArchitecture arch;
    arch.blockOutChannels = {32, 64};
    arch.layersPerBlock = 2;
    arch.attentionHeads = 2;
    arch.crossAttentionDim = 32;
    arch.downCrossAttention = {true, false};
    arch.upCrossAttention = {false, true};
    arch.normGroups = 8;
    return arch;
}

TEST_F(BlocksVsDiffusers, ReferenceNetOutputAndBanks) {
    vx::nn::ReferenceNet net(tinyReferenceArchitecture(), fp32());
    load(net, "refnet");
    vx::nn::BankMap banks;
    torch::Tensor y = net.forward(io("refnet.io.sample"), 500, io("refnet.io.context"), &banks);
    // Random weights drive the tiny UNet's output to magnitudes in the thousands: compare
    // relative to the largest value (fp32 summation-order noise scales with it).
    const double scale = std::max(1.0, io("refnet.io.y").abs().max().item<double>());
    EXPECT_TRUE(tensorsClose(y, io("refnet.io.y"), kTolerance * scale));
    ASSERT_EQ(banks.size(), 6u);  // down0 ×2, mid, up1 ×3
    for (const auto& [path, bank] : banks)
        EXPECT_TRUE(tensorsClose(bank, io("refnet.io.bank." + path), kTolerance)) << path;
}

TEST_F(BlocksVsDiffusers, ReferenceNetBanksWithZeroContextStopEarly) {
    vx::nn::ReferenceNet net(tinyReferenceArchitecture(), fp32());
    load(net, "refnet");
    vx::nn::BankMap banks = net.computeBanks(io("refnet.io.sample"));
    ASSERT_EQ(banks.size(), 6u);
    for (const auto& [path, bank] : banks)
        EXPECT_TRUE(tensorsClose(bank, io("refnet.io.zero_bank." + path), kTolerance)) << path;
}

TEST_F(BlocksVsDiffusers, AutoencoderBothKeySpellings) {
    vx::nn::VaeArchitecture arch;
    arch.blockOutChannels = {32, 64};
    arch.layersPerBlock = 2;
    arch.normGroups = 8;
    for (const std::string caseName : {"vae", "vae_legacy"}) {
        SCOPED_TRACE(caseName);
        vx::nn::AutoencoderKL vae(arch, fp32());
        vx::nn::loadAutoencoder(vae, vx::test::withPrefix(*s_golden, caseName + ".w."), caseName);
        EXPECT_TRUE(
            tensorsClose(vae.encodeMean(io("vae.io.image")), io("vae.io.mean"), kTolerance));
        EXPECT_TRUE(
            tensorsClose(vae.decode(io("vae.io.latent")), io("vae.io.decoded"), kTolerance));
    }
}

}  // namespace
