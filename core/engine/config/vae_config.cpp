#include "engine/config/vae_config.h"

#include "engine/config/json_fields.h"

namespace vx::engine {

VaeConfig parseVaeConfig(const JsonValue& root, const std::string& file) {
    config::FieldReader r(root, file);
    VaeConfig c;
    c.inChannels = r.integer("in_channels", c.inChannels);
    c.outChannels = r.integer("out_channels", c.outChannels);
    c.latentChannels = r.integer("latent_channels", c.latentChannels);
    c.blockOutChannels = r.integers("block_out_channels", {64});  // diffusers default
    c.layersPerBlock = r.integer("layers_per_block", 1);          // diffusers default
    const size_t levels = c.blockOutChannels.size();
    c.downBlockTypes =
        r.strings("down_block_types", std::vector<std::string>(levels, "DownEncoderBlock2D"));
    c.upBlockTypes =
        r.strings("up_block_types", std::vector<std::string>(levels, "UpDecoderBlock2D"));
    c.normNumGroups = r.integer("norm_num_groups", c.normNumGroups);
    c.actFn = r.string("act_fn", c.actFn);
    c.sampleSize = r.integer("sample_size", c.sampleSize);
    c.scalingFactor = r.number("scaling_factor", c.scalingFactor);
    c.useQuantConv = r.boolean("use_quant_conv", c.useQuantConv);
    c.usePostQuantConv = r.boolean("use_post_quant_conv", c.usePostQuantConv);
    c.midBlockAddAttention = r.boolean("mid_block_add_attention", c.midBlockAddAttention);

    if (levels == 0)
        r.fail("block_out_channels", "must not be empty");
    for (int64_t channels : c.blockOutChannels)
        if (channels <= 0 || c.normNumGroups <= 0 || channels % c.normNumGroups != 0)
            r.fail("block_out_channels", std::to_string(channels) +
                                             " channels must be positive and divisible by "
                                             "norm_num_groups " +
                                             std::to_string(c.normNumGroups));
    if (c.layersPerBlock <= 0)
        r.fail("layers_per_block", "must be positive");
    if (c.inChannels <= 0 || c.outChannels <= 0 || c.latentChannels <= 0)
        r.fail("latent_channels", "channel counts must be positive");
    if (c.downBlockTypes.size() != levels)
        r.fail("down_block_types", "expected one block type per block_out_channels entry");
    if (c.upBlockTypes.size() != levels)
        r.fail("up_block_types", "expected one block type per block_out_channels entry");
    for (const std::string& type : c.downBlockTypes)
        if (type != "DownEncoderBlock2D")
            r.fail("down_block_types", "unsupported block type '" + type + "'");
    for (const std::string& type : c.upBlockTypes)
        if (type != "UpDecoderBlock2D")
            r.fail("up_block_types", "unsupported block type '" + type + "'");
    if (c.actFn != "silu")
        r.fail("act_fn", "only silu is supported, found '" + c.actFn + "'");
    return c;
}

VaeConfig readVaeConfig(const std::string& path) {
    return parseVaeConfig(config::readConfigObject(path), path);
}

}  // namespace vx::engine
