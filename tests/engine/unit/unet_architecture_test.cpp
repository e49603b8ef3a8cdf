// Module architectures from the parsed configuration: the release values and refusals of
// settings the engine does not implement.
#include <gtest/gtest.h>

#include "common/error.h"
#include "engine/nn/architecture_from_config.h"

namespace {

TEST(UNetArchitectureFromConfig, ReleaseValuesGiveTheSd15Layout) {
    vx::engine::VExpressHyperparameters hyper = vx::engine::releaseHyperparameters();
    vx::nn::UNetArchitecture arch = vx::nn::unetArchitecture(
        vx::engine::UNetConfig{}, vx::nn::motionArchitecture(hyper.unetAdditional));
    EXPECT_EQ(arch.blockOutChannels, (std::vector<int64_t>{320, 640, 1280, 1280}));
    EXPECT_EQ(arch.downCrossAttention, (std::vector<bool>{true, true, true, false}));
    EXPECT_EQ(arch.upCrossAttention, (std::vector<bool>{false, true, true, true}));
    EXPECT_EQ(arch.attentionHeads, 8);
    EXPECT_TRUE(arch.motion.enabled);
    EXPECT_EQ(arch.motion.maxLength, 32);
    EXPECT_EQ(arch.motion.heads, 8);
    EXPECT_TRUE(arch.motion.atResolution(8));
}

TEST(UNetArchitectureFromConfig, UnsupportedMotionSettingsAreRefused) {
    vx::engine::UNetAdditionalConfig crossFrame;
    crossFrame.unetUseCrossFrameAttention = true;
    EXPECT_THROW(vx::nn::motionArchitecture(crossFrame), vx::Error);
    vx::engine::UNetAdditionalConfig twoBlocks;
    twoBlocks.motionModule.numTransformerBlock = 2;
    EXPECT_THROW(vx::nn::motionArchitecture(twoBlocks), vx::Error);
}

TEST(UNetArchitectureFromConfig, ChannelsThatDoNotFitTheGroupsAreRefused) {
    vx::engine::UNetConfig config;
    config.blockOutChannels = {48, 64, 96, 96};
    EXPECT_THROW(vx::nn::unetArchitecture(config), vx::Error);
}

}  // namespace
