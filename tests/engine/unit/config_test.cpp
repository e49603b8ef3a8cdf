// Parsing of the model configuration files and the V-Express hyper-parameters.
#include <gtest/gtest.h>

#include <fstream>

#include "common/error.h"
#include "engine/config/hyperparameters.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/config/wav2vec2_config.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::engine::VExpressHyperparameters;

fs::path writeFile(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path;
}

// Runs `parse` and returns the vx::Error(Model) message, failing the test otherwise.
template <typename Parse>
std::string modelErrorOf(Parse parse) {
    try {
        parse();
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "no vx::Error was thrown";
    return {};
}

TEST(UNetConfig, ReadsTheTinyFixtureConfig) {
    VX_REQUIRE_FIXTURES();
    auto c = vx::engine::readUNetConfig(
        (vx::test::fixturesDir() / "model_ckpts/stable-diffusion-v1-5/unet/config.json").string());
    EXPECT_EQ(c.blockOutChannels, (std::vector<int64_t>{32, 64, 96, 96}));
    EXPECT_EQ(c.layersPerBlock, 2);
    EXPECT_EQ(c.attentionHeadDim, 8);
    EXPECT_EQ(c.crossAttentionDim, 768);
    EXPECT_EQ(c.normNumGroups, 32);
    EXPECT_DOUBLE_EQ(c.normEps, 1e-5);
    EXPECT_EQ(c.inChannels, 4);
    EXPECT_EQ(c.outChannels, 4);
    EXPECT_TRUE(c.flipSinToCos);
    EXPECT_EQ(c.freqShift, 0);
    EXPECT_EQ(c.downBlockTypes.back(), "DownBlock2D");
    EXPECT_EQ(c.upBlockTypes.front(), "UpBlock2D");
    EXPECT_TRUE(c.downBlockHasCrossAttention(0));
    EXPECT_FALSE(c.upBlockHasCrossAttention(0));
    EXPECT_EQ(c.timeEmbedDim(), 128);
    EXPECT_EQ(c.sampleSize, 8);
}

TEST(UNetConfig, ReleaseDefaultsAreSd15) {
    auto c = vx::engine::parseUNetConfig(vx::parseJson("{}"), "config.json");
    EXPECT_EQ(c.blockOutChannels, (std::vector<int64_t>{320, 640, 1280, 1280}));
    EXPECT_EQ(c.timeEmbedDim(), 1280);
    EXPECT_EQ(c.midBlockType, "UNetMidBlock2DCrossAttn");
}

TEST(UNetConfig, BadValuesNameTheFileAndKey) {
    std::string message = modelErrorOf([] {
        vx::engine::parseUNetConfig(vx::parseJson(R"({"layers_per_block": "two"})"), "u.json");
    });
    EXPECT_NE(message.find("u.json"), std::string::npos) << message;
    EXPECT_NE(message.find("layers_per_block"), std::string::npos) << message;

    message = modelErrorOf([] {
        vx::engine::parseUNetConfig(
            vx::parseJson(R"({"block_out_channels": [32, 64], "norm_num_groups": 32})"), "u.json");
    });
    EXPECT_NE(message.find("down_block_types"), std::string::npos) << message;

    message = modelErrorOf([] {
        vx::engine::parseUNetConfig(vx::parseJson(R"({"block_out_channels": [48, 64, 96, 96]})"),
                                    "u.json");
    });
    EXPECT_NE(message.find("norm_num_groups"), std::string::npos) << message;
}

TEST(UNetConfig, MissingFileIsAModelError) {
    vx::test::TempDir dir;
    std::string message =
        modelErrorOf([&] { vx::engine::readUNetConfig((dir / "nope.json").string()); });
    EXPECT_NE(message.find("nope.json"), std::string::npos) << message;
}

TEST(VaeConfig, ReadsTheTinyFixtureConfig) {
    VX_REQUIRE_FIXTURES();
    auto c = vx::engine::readVaeConfig(
        (vx::test::fixturesDir() / "model_ckpts/sd-vae-ft-mse/config.json").string());
    EXPECT_EQ(c.blockOutChannels, (std::vector<int64_t>{32, 32, 64, 64}));
    EXPECT_EQ(c.layersPerBlock, 1);
    EXPECT_EQ(c.latentChannels, 4);
    EXPECT_EQ(c.normNumGroups, 32);
    EXPECT_EQ(c.downBlockTypes.size(), 4u);
    EXPECT_DOUBLE_EQ(c.scalingFactor, 0.18215);
    EXPECT_TRUE(c.useQuantConv);
}

TEST(VaeConfig, ReleaseStyleConfigWithoutScalingFactor) {
    auto c = vx::engine::parseVaeConfig(
        vx::parseJson(R"({"block_out_channels": [128, 256, 512, 512], "layers_per_block": 2,
                          "down_block_types": ["DownEncoderBlock2D", "DownEncoderBlock2D",
                          "DownEncoderBlock2D", "DownEncoderBlock2D"],
                          "up_block_types": ["UpDecoderBlock2D", "UpDecoderBlock2D",
                          "UpDecoderBlock2D", "UpDecoderBlock2D"], "latent_channels": 4})"),
        "vae.json");
    EXPECT_EQ(c.layersPerBlock, 2);
    EXPECT_DOUBLE_EQ(c.scalingFactor, vx::engine::kVExpressLatentScale);
    std::string message = modelErrorOf([] {
        vx::engine::parseVaeConfig(vx::parseJson(R"({"up_block_types": ["Nope"]})"), "vae.json");
    });
    EXPECT_NE(message.find("up_block_types"), std::string::npos) << message;
}

TEST(Wav2Vec2Config, DefaultsAreWav2Vec2BaseAndFramesFollowTheConvStack) {
    auto c = vx::engine::parseWav2Vec2Config(vx::parseJson("{}"), "config.json");
    EXPECT_EQ(c.hiddenSize, 768);
    EXPECT_EQ(c.numHiddenLayers, 12);
    EXPECT_EQ(c.outputFrames(16000), 49);  // spec §6.3: 1 s -> 49 frames
    EXPECT_EQ(c.outputFrames(399), 0);
    auto f = vx::engine::parseFeatureExtractorConfig(
        vx::parseJson(R"({"do_normalize": true, "feature_size": 1, "padding_side": "right",
                          "padding_value": 0.0, "return_attention_mask": false,
                          "sampling_rate": 16000})"),
        "preprocessor_config.json");
    EXPECT_TRUE(f.doNormalize);
    EXPECT_EQ(f.samplingRateHz, 16000);
    std::string message = modelErrorOf([] {
        vx::engine::parseWav2Vec2Config(vx::parseJson(R"({"do_stable_layer_norm": true})"),
                                        "w.json");
    });
    EXPECT_NE(message.find("do_stable_layer_norm"), std::string::npos) << message;
}

TEST(Hyperparameters, ReleaseDefaults) {
    VExpressHyperparameters h = vx::engine::releaseHyperparameters();
    EXPECT_EQ(h.audioProjection.dim, 768);
    EXPECT_EQ(h.audioProjection.depth, 4);
    EXPECT_EQ(h.audioProjection.heads, 12);
    EXPECT_EQ(h.vKpsGuider.conditioningEmbeddingChannels, 320);
    EXPECT_EQ(h.unetAdditional.motionModule.temporalPositionEncodingMaxLen, 32);
    EXPECT_EQ(h.scheduler.timestepSpacing, "trailing");
    EXPECT_TRUE(h.scheduler.rescaleBetasZeroSnr);
}

TEST(Hyperparameters, FixtureFileOverridesTheReleaseValues) {
    VX_REQUIRE_FIXTURES();
    // The fixture's hyperparameters.json lies beside model_ckpts/.
    const fs::path modelDir = vx::test::fixturesDir() / "model_ckpts";
    EXPECT_EQ(fs::path(vx::engine::findHyperparametersFile(modelDir.string())).filename(),
              "hyperparameters.json");
    VExpressHyperparameters h = vx::engine::loadHyperparameters(modelDir.string());
    EXPECT_EQ(h.audioProjection.dim, 64);
    EXPECT_EQ(h.audioProjection.depth, 2);
    EXPECT_EQ(h.audioProjection.dimHead, 16);
    EXPECT_EQ(h.audioProjection.heads, 4);
    EXPECT_EQ(h.audioProjection.embeddingDim, 32);
    EXPECT_EQ(h.audioProjection.outputDim, 768);
    EXPECT_EQ(h.vKpsGuider.conditioningEmbeddingChannels, 32);
    EXPECT_EQ(h.vKpsGuider.blockOutChannels, (std::vector<int64_t>{16, 32, 96, 256}));
    EXPECT_EQ(h.unetAdditional.motionModule.numAttentionHeads, 8);
    EXPECT_EQ(h.unetAdditional.motionModuleResolutions, (std::vector<int64_t>{1, 2, 4, 8}));
    EXPECT_EQ(h.scheduler.predictionType, "v_prediction");
}

TEST(Hyperparameters, PartialFileInsideTheModelFolderKeepsOtherDefaults) {
    vx::test::TempDir dir;
    writeFile(dir / "hyperparameters.json", R"({"audio_projection": {"depth": 3}})");
    VExpressHyperparameters h = vx::engine::loadHyperparameters(dir.path().string());
    EXPECT_EQ(h.audioProjection.depth, 3);
    EXPECT_EQ(h.audioProjection.dim, 768);
    EXPECT_EQ(h.vKpsGuider.conditioningEmbeddingChannels, 320);

    vx::test::TempDir empty;
    EXPECT_EQ(vx::engine::loadHyperparameters((empty / "model_ckpts").string()).audioProjection.dim,
              768);
}

TEST(Hyperparameters, BadValueNamesTheFileAndNestedKey) {
    vx::test::TempDir dir;
    fs::path file = writeFile(
        dir / "hyperparameters.json",
        R"({"unet_additional_kwargs": {"motion_module_kwargs": {"num_attention_heads": -1}}})");
    std::string message =
        modelErrorOf([&] { vx::engine::loadHyperparameters(dir.path().string()); });
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;
    EXPECT_NE(message.find("unet_additional_kwargs.motion_module_kwargs.num_attention_heads"),
              std::string::npos)
        << message;

    writeFile(dir / "hyperparameters.json", R"({"noise_scheduler_kwargs": {"beta_end": "x"}})");
    message = modelErrorOf([&] { vx::engine::loadHyperparameters(dir.path().string()); });
    EXPECT_NE(message.find("noise_scheduler_kwargs.beta_end"), std::string::npos) << message;

    writeFile(dir / "hyperparameters.json", "{not json");
    message = modelErrorOf([&] { vx::engine::loadHyperparameters(dir.path().string()); });
    EXPECT_NE(message.find("hyperparameters.json"), std::string::npos) << message;
}

}  // namespace
