// The fixture's unet_forward case: the original V-Express ReferenceNet banks and one
// CFG-doubled denoising-UNet call, reproduced by the engine from the release-format files.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <vector>

#include "engine/nn/denoising_unet.h"
#include "engine/nn/motion_module.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/unet_loading.h"
#include "model_test_helpers.h"

namespace {

namespace fs = std::filesystem;
using vx::test::tensorsClose;
constexpr double kTolerance = 1e-4;

class UNetForward : public ::testing::Test {
protected:
    void SetUp() override {
        VX_REQUIRE_FIXTURES();
        const fs::path root = vx::test::fixturesDir();
        m_ckpts = root / "model_ckpts/v-express";
        m_referenceArch = vx::test::fixtureUNetArchitecture(false);
        m_denoisingArch = vx::test::fixtureUNetArchitecture(true);
        auto caseFile = vx::io::readSafetensors((root / "cases/unet_forward.safetensors").string());
        m_case = caseFile.tensors;
        m_referenceWeight = std::atof(caseFile.metadata.at("reference_attention_weight").c_str());
        m_audioWeight = std::atof(caseFile.metadata.at("audio_attention_weight").c_str());
    }

    std::shared_ptr<vx::nn::ReferenceNet> referenceNet() {
        auto net = std::make_shared<vx::nn::ReferenceNet>(m_referenceArch, m_options);
        const fs::path file = m_ckpts / "reference_net.bin";
        vx::nn::KeyReport report =
            vx::nn::loadReferenceNet(*net, vx::test::loadBinCheckpoint(file), file.string());
        EXPECT_TRUE(report.clean()) << report.describe();
        return net;
    }

    std::shared_ptr<vx::nn::DenoisingUNet> denoisingUNet() {
        auto net = std::make_shared<vx::nn::DenoisingUNet>(m_denoisingArch, m_options);
        const fs::path unetFile = m_ckpts / "denoising_unet.bin";
        const fs::path motionFile = m_ckpts / "motion_module.bin";
        vx::nn::KeyReport report = vx::nn::loadDenoisingUNet(
            *net, vx::test::loadBinCheckpoint(unetFile), unetFile.string(),
            vx::test::loadBinCheckpoint(motionFile), motionFile.string());
        EXPECT_TRUE(report.clean()) << report.describe();
        return net;
    }

    vx::nn::DenoisingInputs inputs(const vx::nn::ReferenceContext& reference) const {
        vx::nn::DenoisingInputs in;
        in.latents = m_case.at("latents");
        in.timestep = m_case.at("timestep").item<int64_t>();
        in.audioContext = m_case.at("audio_embeddings");
        in.kpsFeatures = m_case.at("kps_features");
        in.reference = &reference;
        in.classifierFree = true;
        in.referenceAttentionWeight = m_referenceWeight;
        in.audioAttentionWeight = m_audioWeight;
        return in;
    }

    // The fixture banks keyed by block path (pairing by sorted order, as the case does).
    vx::nn::BankMap fixtureBanks(const vx::nn::DenoisingUNet& unet) const {
        vx::nn::BankMap banks;
        const auto transformers = unet.transformersByChannels();
        for (size_t i = 0; i < transformers.size(); ++i)
            banks[transformers[i]->blockPath()] = m_case.at("bank_" + std::to_string(i));
        return banks;
    }

    static torch::TensorOptions fp32() { return torch::TensorOptions().dtype(torch::kFloat32); }

    torch::InferenceMode m_inference;
    fs::path m_ckpts;
    torch::TensorOptions m_options = fp32();
    vx::nn::UNetArchitecture m_referenceArch;
    vx::nn::UNetArchitecture m_denoisingArch;
    vx::io::StateDict m_case;
    double m_referenceWeight = 1.0;
    double m_audioWeight = 1.0;
};

TEST_F(UNetForward, ReferenceNetBanksMatchInSortedOrder) {
    auto net = referenceNet();
    vx::nn::BankMap banks = net->computeBanks(m_case.at("reference_latent"));
    const std::vector<std::string> order = net->bankPathsByChannels();
    ASSERT_EQ(order.size(), 16u);
    ASSERT_EQ(banks.size(), 16u);
    for (size_t i = 0; i < order.size(); ++i)
        vx::test::expectClose(banks.at(order[i]), m_case.at("bank_" + std::to_string(i)),
                              kTolerance, "bank_" + std::to_string(i) + " " + order[i]);
}

TEST_F(UNetForward, DenoisingUNetNoisePrediction) {
    auto reference = referenceNet();
    vx::nn::BankMap banks = reference->computeBanks(m_case.at("reference_latent"));
    auto unet = denoisingUNet();
    vx::nn::ReferenceContext context = unet->prepareReference(banks);
    torch::Tensor prediction = unet->forward(inputs(context));
    vx::test::expectClose(prediction, m_case.at("noise_pred"), kTolerance, "noise_pred");
}

TEST_F(UNetForward, DenoisingUNetFromFixtureBanks) {
    // The fixture banks alone (no ReferenceNet) give the same prediction: pairing by sorted
    // order equals pairing by block path.
    auto unet = denoisingUNet();
    std::vector<std::string> order;
    for (const auto& transformer : unet->transformersByChannels())
        order.push_back(transformer->blockPath());
    vx::nn::BankMap banks;
    for (size_t i = 0; i < order.size(); ++i)
        banks[order[i]] = m_case.at("bank_" + std::to_string(i));
    vx::nn::ReferenceContext context = unet->prepareReference(banks);
    vx::test::expectClose(unet->forward(inputs(context)), m_case.at("noise_pred"), kTolerance,
                          "noise_pred from fixture banks");
}

TEST_F(UNetForward, ZeroBankShortcutMatchesPlainComputation) {
    auto unet = denoisingUNet();
    vx::nn::BankMap banks;
    std::vector<std::string> order;
    for (const auto& transformer : unet->transformersByChannels())
        order.push_back(transformer->blockPath());
    for (size_t i = 0; i < order.size(); ++i)
        banks[order[i]] = m_case.at("bank_" + std::to_string(i));
    vx::nn::ReferenceContext context = unet->prepareReference(banks);
    vx::nn::DenoisingInputs in = inputs(context);
    in.exploitZeroReference = true;
    torch::Tensor shortcut = unet->forward(in);
    in.exploitZeroReference = false;
    torch::Tensor plain = unet->forward(in);
    vx::test::expectClose(shortcut, plain, 1e-5, "zero-bank shortcut vs plain");
}

// Without CFG the batch holds only the conditional half: it must equal that half of the CFG run
// (nothing mixes batch elements).
TEST_F(UNetForward, ConditionalOnlyBatchEqualsCfgConditionalHalf) {
    auto reference = referenceNet();
    vx::nn::BankMap banks = reference->computeBanks(m_case.at("reference_latent"));
    auto unet = denoisingUNet();
    vx::nn::ReferenceContext context = unet->prepareReference(banks);
    vx::nn::DenoisingInputs in = inputs(context);
    const int64_t frames = in.latents.size(2);
    in.latents = in.latents.narrow(0, 1, 1);
    in.kpsFeatures = in.kpsFeatures.narrow(0, 1, 1);
    in.audioContext = in.audioContext.narrow(0, frames, frames);
    in.classifierFree = false;
    vx::test::expectClose(unet->forward(in), m_case.at("noise_pred").narrow(0, 1, 1), kTolerance,
                          "conditional-only noise_pred");
}

// The dtype plumbing (timestep sinusoid cast, zero context, bias shortcut, pe buffers) holds in
// a half-precision run; bf16 is the half type the CPU computes everything in.
TEST_F(UNetForward, Bfloat16RunStaysCloseToFp32Reference) {
    const auto bf16 = torch::TensorOptions().dtype(torch::kBFloat16);
    m_options = bf16;
    auto reference = referenceNet();
    vx::nn::BankMap banks =
        reference->computeBanks(m_case.at("reference_latent").to(torch::kBFloat16));
    auto unet = denoisingUNet();
    vx::nn::ReferenceContext context = unet->prepareReference(banks);
    vx::nn::DenoisingInputs in = inputs(context);
    in.latents = in.latents.to(torch::kBFloat16);
    in.audioContext = in.audioContext.to(torch::kBFloat16);
    in.kpsFeatures = in.kpsFeatures.to(torch::kBFloat16);
    torch::Tensor prediction = unet->forward(in);
    EXPECT_EQ(prediction.scalar_type(), torch::kBFloat16);
    const torch::Tensor& expected = m_case.at("noise_pred");
    const double scale = expected.abs().max().item<double>();
    vx::test::expectClose(prediction, expected, 0.05 * scale, "bf16 noise_pred");
}

// One weight per frame, all equal, goes through the per-row multiply (the scalars are set to
// something else and must be ignored) and gives exactly the scalar's prediction.
TEST_F(UNetForward, PerFrameWeightsOfOneValueEqualTheScalarExactly) {
    auto unet = denoisingUNet();
    vx::nn::ReferenceContext context = unet->prepareReference(fixtureBanks(*unet));
    vx::nn::DenoisingInputs in = inputs(context);
    const torch::Tensor scalar = unet->forward(in);
    const int64_t frames = in.latents.size(2);
    in.referenceAttentionWeightPerFrame = torch::full({frames}, m_referenceWeight, torch::kFloat64);
    in.audioAttentionWeightPerFrame = torch::full({frames}, m_audioWeight, torch::kFloat64);
    in.referenceAttentionWeight = 7.0;
    in.audioAttentionWeight = 7.0;
    const torch::Tensor perFrame = unet->forward(in);
    EXPECT_TRUE(torch::equal(perFrame, scalar))
        << "max abs difference " << (perFrame - scalar).abs().max().item<double>();
}

// A spatial transformer block computes every row (a frame of one CFG half) on its own, so with
// per-frame weights each frame's rows, in both halves, must be those of a scalar run with that
// frame's weights: this pins the row layout b·F + f of attentionWeightRows.
TEST_F(UNetForward, PerFrameWeightsReachTheirOwnFrameInBothCfgHalves) {
    auto unet = denoisingUNet();
    vx::nn::ReferenceContext context = unet->prepareReference(fixtureBanks(*unet));
    const auto transformer = unet->transformersInModuleOrder().front();
    const vx::nn::KeyValue& bank = context.at(transformer->blockPath());
    const int64_t frames = 3;
    torch::manual_seed(13);
    const torch::Tensor h = torch::randn({2 * frames, 16, transformer->channels()});
    const torch::Tensor audio = torch::randn({2 * frames, 5, 768});
    const std::vector<double> referenceWeights{0.8, 1.0, 1.15};
    const std::vector<double> audioWeights{3.0, 1.5, 1.0};

    vx::nn::SpatialRun run;
    run.mode = vx::nn::BankMode::Read;
    run.frames = frames;
    run.reference = &context;
    run.classifierFree = true;
    vx::nn::SpatialRun perFrameRun = run;
    perFrameRun.referenceWeightRows =
        vx::nn::attentionWeightRows(torch::tensor(referenceWeights, torch::kFloat64), 2, fp32());
    perFrameRun.audioWeightRows =
        vx::nn::attentionWeightRows(torch::tensor(audioWeights, torch::kFloat64), 2, fp32());
    const torch::Tensor mixed = transformer->block().forwardRead(h, audio, bank, perFrameRun);
    for (int64_t f = 0; f < frames; ++f) {
        vx::nn::SpatialRun scalarRun = run;
        scalarRun.referenceWeight = referenceWeights[static_cast<size_t>(f)];
        scalarRun.audioWeight = audioWeights[static_cast<size_t>(f)];
        const torch::Tensor expected = transformer->block().forwardRead(h, audio, bank, scalarRun);
        for (int64_t half = 0; half < 2; ++half) {
            const int64_t row = half * frames + f;
            EXPECT_TRUE(torch::equal(mixed[row], expected[row]))
                << "frame " << f << " of CFG half " << half << ": max abs difference "
                << (mixed[row] - expected[row]).abs().max().item<double>();
        }
    }
}

TEST_F(UNetForward, MotionModulePositionTableEqualsFormula) {
    auto unet = denoisingUNet();
    int tables = 0;
    for (const auto& item : unet->named_buffers()) {
        if (item.key().find("pos_encoder.pe") == std::string::npos)
            continue;
        const torch::Tensor& pe = item.value();
        EXPECT_TRUE(tensorsClose(pe, vx::nn::sinusoidalPositionTable(pe.size(2), pe.size(1)), 1e-6))
            << item.key();
        ++tables;
    }
    EXPECT_EQ(tables, 42);  // 21 modules × 2 temporal attentions
}

TEST_F(UNetForward, MissingMotionFileKeysAreFatal) {
    auto net = std::make_shared<vx::nn::DenoisingUNet>(m_denoisingArch, fp32());
    const fs::path unetFile = m_ckpts / "denoising_unet.bin";
    EXPECT_THROW(vx::nn::loadDenoisingUNet(*net, vx::test::loadBinCheckpoint(unetFile),
                                           unetFile.string(), {}, "none"),
                 vx::Error);
}

}  // namespace
