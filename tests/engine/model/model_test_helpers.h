// Helpers shared by the UNet/VAE model tests: fixture checkpoints as state dicts, the tiny
// fixture architectures from their config files, and prefix selection in golden files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "engine/common/error.h"
#include "engine/common/json.h"
#include "engine/io/safetensors_reader.h"
#include "engine/io/state_dict.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/unet_architecture.h"
#include "support/test_support.h"

#if __has_include("engine/io/checkpoint.h")
#include "engine/io/checkpoint.h"
#define VX_HAVE_CHECKPOINT_READER 1
#else
#define VX_HAVE_CHECKPOINT_READER 0
#endif

namespace vx::test {

// A torch .bin checkpoint of the fixture as a state dict: read by the engine's own reader when
// it is built in, else copied to safetensors by Python into `scratch` first.
inline io::StateDict loadBinCheckpoint(const std::filesystem::path& bin, const TempDir& scratch) {
#if VX_HAVE_CHECKPOINT_READER
    (void)scratch;
    return io::loadCheckpoint(bin.string());
#else
    const auto converted = scratch / (bin.stem().string() + ".safetensors");
    if (!std::filesystem::exists(converted)) {
        const int rc = runPython(sourceDir() / "tests/python/unet_fixture_to_safetensors.py",
                                 {scratch.path().string(), bin.string()});
        if (rc != 0)
            throw std::runtime_error("converting " + bin.string() + " failed");
    }
    return io::readSafetensors(converted.string()).tensors;
#endif
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

// The UNet architecture of a diffusers config.json (+ V-Express unet_additional_kwargs).
inline nn::UNetArchitecture unetArchitectureFromJson(const JsonValue& config,
                                                     const JsonValue* motion) {
    nn::UNetArchitecture arch;
    arch.inChannels = config.at("in_channels").asInt();
    arch.outChannels = config.at("out_channels").asInt();
    arch.blockOutChannels = intList(config.at("block_out_channels"));
    arch.layersPerBlock = config.at("layers_per_block").asInt();
    arch.attentionHeads = config.at("attention_head_dim").asInt();
    arch.crossAttentionDim = config.at("cross_attention_dim").asInt();
    arch.downCrossAttention.clear();
    for (const auto& t : config.at("down_block_types").asArray())
        arch.downCrossAttention.push_back(t.asString().rfind("CrossAttn", 0) == 0);
    arch.upCrossAttention.clear();
    for (const auto& t : config.at("up_block_types").asArray())
        arch.upCrossAttention.push_back(t.asString().rfind("CrossAttn", 0) == 0);
    arch.normGroups = config.at("norm_num_groups").asInt();
    arch.normEps = config.at("norm_eps").asDouble();
    arch.flipSinToCos = config.at("flip_sin_to_cos").asBool();
    arch.freqShift = config.at("freq_shift").asDouble();
    arch.downsamplePadding = config.at("downsample_padding").asInt();
    if (motion) {
        arch.motion.enabled = motion->at("use_motion_module").asBool();
        arch.motion.resolutions = intList(motion->at("motion_module_resolutions"));
        arch.motion.midBlock = motion->at("motion_module_mid_block").asBool();
        arch.motion.decoderOnly = motion->at("motion_module_decoder_only").asBool();
        const JsonValue& kwargs = motion->at("motion_module_kwargs");
        arch.motion.heads = kwargs.at("num_attention_heads").asInt();
        arch.motion.maxLength = kwargs.at("temporal_position_encoding_max_len").asInt();
    }
    return arch;
}

inline nn::VaeArchitecture vaeArchitectureFromJson(const JsonValue& config) {
    nn::VaeArchitecture arch;
    arch.inChannels = config.at("in_channels").asInt();
    arch.outChannels = config.at("out_channels").asInt();
    arch.latentChannels = config.at("latent_channels").asInt();
    arch.blockOutChannels = intList(config.at("block_out_channels"));
    arch.layersPerBlock = config.at("layers_per_block").asInt();
    arch.normGroups = config.at("norm_num_groups").asInt();
    return arch;
}

}  // namespace vx::test
