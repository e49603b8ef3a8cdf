// Helpers shared by the UNet/VAE model tests: fixture checkpoints as state dicts, the tiny
// fixture architectures from their config files, and prefix selection in golden files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "engine/common/error.h"
#include "engine/common/json.h"
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

inline std::vector<int64_t> intList(const JsonValue& array) {
    std::vector<int64_t> values;
    for (const auto& v : array.asArray())
        values.push_back(v.asInt());
    return values;
}

// The V-Express motion-module settings of hyperparameters.json (unet_additional_kwargs).
inline nn::MotionArchitecture motionFromJson(const JsonValue& kwargs) {
    nn::MotionArchitecture motion;
    motion.enabled = kwargs.at("use_motion_module").asBool();
    motion.resolutions = intList(kwargs.at("motion_module_resolutions"));
    motion.midBlock = kwargs.at("motion_module_mid_block").asBool();
    motion.decoderOnly = kwargs.at("motion_module_decoder_only").asBool();
    const JsonValue& module = kwargs.at("motion_module_kwargs");
    motion.heads = module.at("num_attention_heads").asInt();
    motion.maxLength = module.at("temporal_position_encoding_max_len").asInt();
    return motion;
}

// The fixture's tiny UNet, with or without the motion modules of hyperparameters.json.
inline nn::UNetArchitecture fixtureUNetArchitecture(bool withMotion) {
    const auto root = fixturesDir();
    engine::UNetConfig config = engine::readUNetConfig(
        (root / "model_ckpts/stable-diffusion-v1-5/unet/config.json").string());
    nn::MotionArchitecture motion;
    if (withMotion) {
        auto hyper = readJsonFile((root / "hyperparameters.json").string());
        motion = motionFromJson(hyper.at("unet_additional_kwargs"));
    }
    return nn::unetArchitecture(config, motion);
}

inline nn::VaeArchitecture fixtureVaeArchitecture() {
    return nn::vaeArchitecture(
        engine::readVaeConfig((fixturesDir() / "model_ckpts/sd-vae-ft-mse/config.json").string()));
}

}  // namespace vx::test
