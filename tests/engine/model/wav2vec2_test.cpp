// Wav2Vec2 encoder and feature-extractor normalisation (spec §6.2-6.3) against transformers.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <iostream>

#include "common/error.h"
#include "engine/config/wav2vec2_config.h"
#include "engine/io/checkpoint.h"
#include "engine/io/safetensors_reader.h"
#include "engine/nn/wav2vec2.h"
#include "engine/pipeline/audio_chunks.h"
#include "support/test_support.h"

namespace {

// One tiny random transformers model per test binary run (the script takes a few seconds).
class Wav2Vec2Golden : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir();
        s_status = vx::test::runPython(vx::test::sourceDir() / "tests/python/wav2vec2_golden.py",
                                       {s_dir->path().string()});
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_EQ(s_status, 0) << "wav2vec2_golden.py failed"; }

    static std::filesystem::path path(const std::string& name) { return *s_dir / name; }
    static vx::io::StateDict golden() {
        return vx::io::readSafetensors(path("golden.safetensors").string()).tensors;
    }

    static vx::test::TempDir* s_dir;
    static int s_status;
};
vx::test::TempDir* Wav2Vec2Golden::s_dir = nullptr;
int Wav2Vec2Golden::s_status = -1;

vx::engine::Wav2Vec2Model loadModel(const std::filesystem::path& configDir,
                                    const std::filesystem::path& weights) {
    auto config = vx::engine::readWav2Vec2Config((configDir / "config.json").string());
    vx::engine::Wav2Vec2Model model(config);
    vx::engine::loadWav2Vec2Weights(*model, vx::io::loadCheckpoint(weights.string()),
                                    weights.string());
    model->eval();
    return model;
}

TEST_F(Wav2Vec2Golden, NormalisationMatchesTheFeatureExtractor) {
    auto extractor =
        vx::engine::readFeatureExtractorConfig(path("model/preprocessor_config.json").string());
    auto g = golden();
    torch::Tensor normalised = vx::engine::normalizeWaveform(g.at("waveform"), extractor);
    EXPECT_TRUE(vx::test::tensorsClose(normalised, g.at("input_values"), 1e-5));
    std::cout << "[ measured ] normalisation max abs error "
              << vx::test::maxAbsError(normalised, g.at("input_values")) << '\n';
    extractor.doNormalize = false;
    EXPECT_TRUE(vx::test::tensorsClose(vx::engine::normalizeWaveform(g.at("waveform"), extractor),
                                       g.at("waveform").unsqueeze(0), 0.0));
    EXPECT_THROW(vx::engine::normalizeWaveform(torch::zeros({0}), extractor), vx::Error);
}

TEST_F(Wav2Vec2Golden, LastHiddenStateMatchesTransformers) {
    // The save_pretrained folder as it is: config.json + pytorch_model.bin.
    auto model = vx::engine::loadWav2Vec2Folder(path("model").string());
    auto g = golden();
    torch::InferenceMode inference;
    torch::Tensor hidden = model->forward(g.at("input_values"));
    EXPECT_TRUE(vx::test::tensorsClose(hidden, g.at("last_hidden_state"), 1e-4));
    std::cout << "[ measured ] Wav2Vec2 last_hidden_state max abs error "
              << vx::test::maxAbsError(hidden, g.at("last_hidden_state")) << '\n';
    // One transformers forward draws num_hidden_layers scalars from the CPU generator (spec §6.3).
    EXPECT_EQ(g.at("rng_draws").item<int64_t>(), model->config().numHiddenLayers);
}

TEST_F(Wav2Vec2Golden, OtherWeightNormSpellingAndPrefixedKeysLoadTheSame) {
    auto model = loadModel(path("model"), path("model_alt/pytorch_model.bin"));
    auto g = golden();
    torch::InferenceMode inference;
    EXPECT_TRUE(vx::test::tensorsClose(model->forward(g.at("input_values")),
                                       g.at("last_hidden_state"), 1e-4));
}

TEST_F(Wav2Vec2Golden, HalfAWeightNormPairIsAModelError) {
    auto state = vx::io::loadCheckpoint(path("model.safetensors").string());
    for (auto it = state.begin(); it != state.end();)
        it = it->first.find("original0") != std::string::npos ||
                     it->first.find("weight_g") != std::string::npos
                 ? state.erase(it)
                 : std::next(it);
    auto config = vx::engine::readWav2Vec2Config(path("model/config.json").string());
    vx::engine::Wav2Vec2Model model(config);
    try {
        vx::engine::loadWav2Vec2Weights(*model, state, "w2v.bin");
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("w2v.bin"), std::string::npos) << e.what();
    }
}

// The tiny config's feature encoder (kernels 10, 3, 2; strides 5, 2, 2) has a hop of 20 samples
// and a receptive field of 30: frames [a, b) come from samples [20a, 20(b-1) + 30).
TEST_F(Wav2Vec2Golden, ChunkSpansGiveExactlyTheirFrames) {
    auto config = vx::engine::readWav2Vec2Config(path("model/config.json").string());
    for (int64_t first : {0, 3, 50}) {
        for (int64_t end : {first + 1, first + 7, first + 120}) {
            const auto span = vx::engine::samplesOfFrames(config, first, end);
            EXPECT_EQ(span.begin, 20 * first);
            EXPECT_EQ(span.end, 20 * (end - 1) + 30);
            EXPECT_EQ(config.outputFrames(span.end - span.begin), end - first);
        }
    }
}

TEST_F(Wav2Vec2Golden, ChunkedEncodingIsTheWholePassWhenItFits) {
    auto model = vx::engine::loadWav2Vec2Folder(path("model").string());
    auto g = golden();
    torch::InferenceMode inference;
    const torch::Tensor whole = model->forward(g.at("input_values"));
    const torch::Tensor chunked = vx::engine::encodeAudioInChunks(
        model, g.at("input_values"), torch::TensorOptions(), vx::engine::AudioChunking{});
    EXPECT_TRUE(chunked.equal(whole));
}

// Chunks keep the clip's length, and each keeps the middle of its own pass over its samples
// with context: frames [50k, 50k + 50) from the pass over frames [50k - 20, 50k + 70).
TEST_F(Wav2Vec2Golden, ChunkedEncodingKeepsEachChunksMiddle) {
    auto model = vx::engine::loadWav2Vec2Folder(path("model").string());
    auto g = golden();
    const torch::Tensor input = g.at("input_values");
    torch::InferenceMode inference;
    const int64_t total = model->config().outputFrames(input.size(1));
    ASSERT_EQ(total, 399);
    int aborts = 0;
    const torch::Tensor chunked = vx::engine::encodeAudioInChunks(
        model, input, torch::TensorOptions(), {50, 20}, [&aborts] { ++aborts; });
    EXPECT_EQ(aborts, 8);
    ASSERT_EQ(chunked.sizes(), model->forward(input).sizes());
    for (int64_t first = 0; first < total; first += 50) {
        const int64_t end = std::min<int64_t>(total, first + 50);
        const int64_t contextFirst = std::max<int64_t>(0, first - 20);
        const int64_t contextEnd = std::min<int64_t>(total, end + 20);
        const torch::Tensor pass = model->forward(
            input.narrow(1, 20 * contextFirst, 20 * (contextEnd - 1) + 30 - 20 * contextFirst));
        EXPECT_TRUE(vx::test::tensorsClose(chunked.narrow(1, first, end - first),
                                           pass.narrow(1, first - contextFirst, end - first), 1e-6))
            << "chunk at frame " << first;
    }
}

TEST(Wav2Vec2, WeightNormFoldIsPerTapOverTheFirstTwoAxes) {
    torch::manual_seed(5);
    torch::Tensor v = torch::randn({8, 2, 4});
    torch::Tensor g = torch::rand({1, 1, 4}) + 0.5;
    vx::io::StateDict state{{"encoder.pos_conv_embed.conv.weight_g", g},
                            {"encoder.pos_conv_embed.conv.weight_v", v}};
    torch::Tensor w =
        vx::engine::wav2vec2ModuleState(state, "x.bin").at("encoder.pos_conv_embed.conv.weight");
    for (int64_t k = 0; k < 4; ++k) {
        torch::Tensor tap = v.select(2, k);
        torch::Tensor expected = tap * (g[0][0][k] / tap.norm());
        EXPECT_TRUE(vx::test::tensorsClose(w.select(2, k), expected, 1e-6)) << "tap " << k;
    }
}

TEST(Wav2Vec2, ReleaseKeysAndShapes) {
    vx::engine::Wav2Vec2Model model(vx::engine::Wav2Vec2Config{});
    auto params = model->named_parameters();
    EXPECT_EQ(params["feature_extractor.conv_layers.0.conv.weight"].sizes(),
              (std::vector<int64_t>{512, 1, 10}));
    EXPECT_TRUE(params.contains("feature_extractor.conv_layers.0.layer_norm.bias"));
    EXPECT_FALSE(params.contains("feature_extractor.conv_layers.1.layer_norm.bias"));
    EXPECT_EQ(params["encoder.pos_conv_embed.conv.weight"].sizes(),
              (std::vector<int64_t>{768, 48, 128}));
    EXPECT_TRUE(params.contains("encoder.layers.11.feed_forward.output_dense.weight"));
    EXPECT_TRUE(params.contains("encoder.layers.0.attention.q_proj.bias"));
}

}  // namespace
