#include "engine/config/unet_config.h"

#include <algorithm>

#include "engine/config/json_fields.h"

namespace vx::engine {

namespace {

bool isCrossAttentionType(const std::string& type) {
    return type.rfind("CrossAttn", 0) == 0;
}

void requireKnownTypes(const config::FieldReader& r, const std::string& key,
                       const std::vector<std::string>& types,
                       const std::vector<std::string>& allowed, size_t count) {
    if (types.size() != count)
        r.fail(key, "expected " + std::to_string(count) +
                        " block types (one per block_out_channels entry), found " +
                        std::to_string(types.size()));
    for (const std::string& type : types)
        if (std::find(allowed.begin(), allowed.end(), type) == allowed.end())
            r.fail(key, "unsupported block type '" + type + "'");
}

void requirePositive(const config::FieldReader& r, const std::string& key, int64_t value) {
    if (value <= 0)
        r.fail(key, "must be positive, found " + std::to_string(value));
}

}  // namespace

bool UNetConfig::downBlockHasCrossAttention(size_t i) const {
    return isCrossAttentionType(downBlockTypes.at(i));
}

bool UNetConfig::upBlockHasCrossAttention(size_t i) const {
    return isCrossAttentionType(upBlockTypes.at(i));
}

UNetConfig parseUNetConfig(const JsonValue& root, const std::string& file) {
    config::FieldReader r(root, file);
    UNetConfig c;
    c.inChannels = r.integer("in_channels", c.inChannels);
    c.outChannels = r.integer("out_channels", c.outChannels);
    c.blockOutChannels = r.integers("block_out_channels", c.blockOutChannels);
    c.layersPerBlock = r.integer("layers_per_block", c.layersPerBlock);
    if (r.has("attention_head_dim") && root.at("attention_head_dim").isArray()) {
        std::vector<int64_t> heads = r.integers("attention_head_dim");
        if (heads.empty() ||
            std::adjacent_find(heads.begin(), heads.end(), std::not_equal_to<>()) != heads.end())
            r.fail("attention_head_dim",
                   "a per-block list with different values is not "
                   "supported (V-Express uses one value)");
        c.attentionHeadDim = heads.front();
    } else {
        c.attentionHeadDim = r.integer("attention_head_dim", c.attentionHeadDim);
    }
    c.crossAttentionDim = r.integer("cross_attention_dim", c.crossAttentionDim);
    c.normNumGroups = r.integer("norm_num_groups", c.normNumGroups);
    c.normEps = r.number("norm_eps", c.normEps);
    c.downBlockTypes = r.strings("down_block_types", c.downBlockTypes);
    c.upBlockTypes = r.strings("up_block_types", c.upBlockTypes);
    c.midBlockType = r.string("mid_block_type", c.midBlockType);
    c.flipSinToCos = r.boolean("flip_sin_to_cos", c.flipSinToCos);
    c.freqShift = r.integer("freq_shift", c.freqShift);
    c.actFn = r.string("act_fn", c.actFn);
    c.downsamplePadding = r.integer("downsample_padding", c.downsamplePadding);
    c.midBlockScaleFactor = r.number("mid_block_scale_factor", c.midBlockScaleFactor);
    c.useLinearProjection = r.boolean("use_linear_projection", c.useLinearProjection);
    c.upcastAttention = r.boolean("upcast_attention", c.upcastAttention);
    c.centerInputSample = r.boolean("center_input_sample", c.centerInputSample);
    c.sampleSize = r.integer("sample_size", c.sampleSize);

    if (c.blockOutChannels.empty())
        r.fail("block_out_channels", "must not be empty");
    for (int64_t channels : c.blockOutChannels) {
        requirePositive(r, "block_out_channels", channels);
        if (c.normNumGroups > 0 && channels % c.normNumGroups != 0)
            r.fail("block_out_channels", std::to_string(channels) +
                                             " channels are not divisible by norm_num_groups " +
                                             std::to_string(c.normNumGroups));
        if (c.attentionHeadDim > 0 && channels % c.attentionHeadDim != 0)
            r.fail("block_out_channels", std::to_string(channels) +
                                             " channels are not divisible by attention_head_dim " +
                                             std::to_string(c.attentionHeadDim));
    }
    requirePositive(r, "in_channels", c.inChannels);
    requirePositive(r, "out_channels", c.outChannels);
    requirePositive(r, "layers_per_block", c.layersPerBlock);
    requirePositive(r, "attention_head_dim", c.attentionHeadDim);
    requirePositive(r, "cross_attention_dim", c.crossAttentionDim);
    requirePositive(r, "norm_num_groups", c.normNumGroups);
    if (!(c.normEps > 0.0))
        r.fail("norm_eps", "must be positive");
    const size_t levels = c.blockOutChannels.size();
    requireKnownTypes(r, "down_block_types", c.downBlockTypes,
                      {"CrossAttnDownBlock2D", "DownBlock2D"}, levels);
    requireKnownTypes(r, "up_block_types", c.upBlockTypes, {"CrossAttnUpBlock2D", "UpBlock2D"},
                      levels);
    if (c.midBlockType != "UNetMidBlock2DCrossAttn")
        r.fail("mid_block_type", "only UNetMidBlock2DCrossAttn is supported");
    if (c.actFn != "silu")
        r.fail("act_fn", "only silu is supported, found '" + c.actFn + "'");
    if (c.useLinearProjection)
        r.fail("use_linear_projection", "V-Express uses convolutional projections (false)");
    return c;
}

UNetConfig readUNetConfig(const std::string& path) {
    return parseUNetConfig(config::readConfigObject(path), path);
}

}  // namespace vx::engine
