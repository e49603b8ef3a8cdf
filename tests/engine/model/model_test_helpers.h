// Helpers shared by the UNet/VAE model tests: fixture checkpoints as state dicts, the tiny
// fixture architectures from their config files, and prefix selection in golden files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "common/error.h"
#include "common/json.h"
#include "engine/io/safetensors_reader.h"
#include "engine/io/state_dict.h"
#include "engine/nn/architecture_from_config.h"
#include "support/test_support.h"

#include "engine/io/checkpoint.h"

namespace vx::test {

// A fixture checkpoint (torch .bin or safetensors) through the engine's own reader.
inline io::StateDict loadBinCheckpoint(const std::filesystem::path& file) {
    return io::loadCheckpoint(file.string());
}

// EXPECT that `actual` is within `tolerance` of `expected`, and log the measured error.
inline void expectClose(const torch::Tensor& actual, const torch::Tensor& expected,
                        double tolerance, const std::string& what) {
    auto result = tensorsClose(actual, expected, tolerance);
    std::cout << "[ measured ] " << what << ": " << result.message() << std::endl;
    EXPECT_TRUE(result) << what;
}

// Entries whose key starts with `prefix`, with the prefix removed.
inline io::StateDict withPrefix(const io::StateDict& all, const std::string& prefix) {
    io::StateDict selected;
    for (const auto& [key, value] : all) {
        if (key.compare(0, prefix.size(), prefix) == 0)
            selected[key.substr(prefix.size())] = value;
    }
    return selected;
}

// The fixture's tiny UNet, with or without the motion modules of hyperparameters.json.
inline nn::UNetArchitecture fixtureUNetArchitecture(bool withMotion) {
    const auto root = fixturesDir();
    engine::UNetConfig config = engine::readUNetConfig(
        (root / "model_ckpts/stable-diffusion-v1-5/unet/config.json").string());
    nn::MotionArchitecture motion;
    if (withMotion) {
        engine::VExpressHyperparameters hyper =
            engine::loadHyperparameters((root / "model_ckpts").string());
        motion = nn::motionArchitecture(hyper.unetAdditional);
    }
    return nn::unetArchitecture(config, motion);
}

inline nn::VaeArchitecture fixtureVaeArchitecture() {
    return nn::vaeArchitecture(
        engine::readVaeConfig((fixturesDir() / "model_ckpts/sd-vae-ft-mse/config.json").string()));
}

}  // namespace vx::test
