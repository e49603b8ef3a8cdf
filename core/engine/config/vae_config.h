// The VAE configuration: the diffusers AutoencoderKL config.json shipped as
// model_ckpts/sd-vae-ft-mse/config.json (spec §1.5, §7.7).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace vx::engine {

struct VaeConfig {
    int64_t inChannels = 3;
    int64_t outChannels = 3;
    int64_t latentChannels = 4;
    std::vector<int64_t> blockOutChannels{128, 256, 512, 512};
    int64_t layersPerBlock = 2;
    // "DownEncoderBlock2D" / "UpDecoderBlock2D", one per entry of blockOutChannels.
    std::vector<std::string> downBlockTypes = std::vector<std::string>(4, "DownEncoderBlock2D");
    std::vector<std::string> upBlockTypes = std::vector<std::string>(4, "UpDecoderBlock2D");
    int64_t normNumGroups = 32;
    std::string actFn = "silu";
    int64_t sampleSize = 256;
    // From the file when present. V-Express itself always scales latents by 0.18215
    // (kVExpressLatentScale), whatever the file says.
    double scalingFactor = 0.18215;
    bool useQuantConv = true;
    bool usePostQuantConv = true;
    bool midBlockAddAttention = true;
};

// The latent scale V-Express hard-codes (spec §7.5, §7.6).
inline constexpr double kVExpressLatentScale = 0.18215;

// Parses an AutoencoderKL config.json; missing optional keys take the diffusers defaults, bad
// or unsupported values throw vx::Error(Model) naming `file` and the key.
VaeConfig parseVaeConfig(const JsonValue& root, const std::string& file);

// Reads and parses `path` (e.g. <model>/sd-vae-ft-mse/config.json).
VaeConfig readVaeConfig(const std::string& path);

}  // namespace vx::engine
