#include "engine/config/hyperparameters.h"

#include <filesystem>

#include "engine/config/json_fields.h"

namespace vx::engine {

namespace {

using config::FieldReader;

void requirePositive(const FieldReader& r, const std::string& key, int64_t value) {
    if (value <= 0)
        r.fail(key, "must be positive, found " + std::to_string(value));
}

AudioProjectionConfig applyAudioProjection(AudioProjectionConfig c, const FieldReader& r) {
    c.dim = r.integer("dim", c.dim);
    c.depth = r.integer("depth", c.depth);
    c.dimHead = r.integer("dim_head", c.dimHead);
    c.heads = r.integer("heads", c.heads);
    c.numQueries = r.integer("num_queries", c.numQueries);
    c.embeddingDim = r.integer("embedding_dim", c.embeddingDim);
    c.outputDim = r.integer("output_dim", c.outputDim);
    c.ffMult = r.integer("ff_mult", c.ffMult);
    c.maxSeqLen = r.integer("max_seq_len", c.maxSeqLen);
    for (const auto& [key, value] : {std::pair<const char*, int64_t>{"dim", c.dim},
                                     {"depth", c.depth},
                                     {"dim_head", c.dimHead},
                                     {"heads", c.heads},
                                     {"num_queries", c.numQueries},
                                     {"embedding_dim", c.embeddingDim},
                                     {"output_dim", c.outputDim},
                                     {"ff_mult", c.ffMult},
                                     {"max_seq_len", c.maxSeqLen}})
        requirePositive(r, key, value);
    return c;
}

VKpsGuiderConfig applyGuider(VKpsGuiderConfig c, const FieldReader& r) {
    c.conditioningEmbeddingChannels =
        r.integer("conditioning_embedding_channels", c.conditioningEmbeddingChannels);
    c.conditioningChannels = r.integer("conditioning_channels", c.conditioningChannels);
    c.blockOutChannels = r.integers("block_out_channels", c.blockOutChannels);
    requirePositive(r, "conditioning_embedding_channels", c.conditioningEmbeddingChannels);
    requirePositive(r, "conditioning_channels", c.conditioningChannels);
    if (c.blockOutChannels.empty())
        r.fail("block_out_channels", "must not be empty");
    for (int64_t channels : c.blockOutChannels)
        requirePositive(r, "block_out_channels", channels);
    return c;
}

MotionModuleConfig applyMotionModule(MotionModuleConfig c, const FieldReader& r) {
    c.numAttentionHeads = r.integer("num_attention_heads", c.numAttentionHeads);
    c.numTransformerBlock = r.integer("num_transformer_block", c.numTransformerBlock);
    c.attentionBlockTypes = r.strings("attention_block_types", c.attentionBlockTypes);
    c.temporalPositionEncoding =
        r.boolean("temporal_position_encoding", c.temporalPositionEncoding);
    c.temporalPositionEncodingMaxLen =
        r.integer("temporal_position_encoding_max_len", c.temporalPositionEncodingMaxLen);
    c.temporalAttentionDimDiv = r.integer("temporal_attention_dim_div", c.temporalAttentionDimDiv);
    requirePositive(r, "num_attention_heads", c.numAttentionHeads);
    requirePositive(r, "num_transformer_block", c.numTransformerBlock);
    requirePositive(r, "temporal_position_encoding_max_len", c.temporalPositionEncodingMaxLen);
    requirePositive(r, "temporal_attention_dim_div", c.temporalAttentionDimDiv);
    for (const std::string& type : c.attentionBlockTypes)
        if (type != "Temporal_Self")
            r.fail("attention_block_types",
                   "only Temporal_Self is supported, found '" + type + "'");
    return c;
}

UNetAdditionalConfig applyUNetAdditional(UNetAdditionalConfig c, const FieldReader& r) {
    c.useInflatedGroupnorm = r.boolean("use_inflated_groupnorm", c.useInflatedGroupnorm);
    c.unetUseCrossFrameAttention =
        r.boolean("unet_use_cross_frame_attention", c.unetUseCrossFrameAttention);
    c.unetUseTemporalAttention =
        r.boolean("unet_use_temporal_attention", c.unetUseTemporalAttention);
    c.useMotionModule = r.boolean("use_motion_module", c.useMotionModule);
    c.motionModuleResolutions = r.integers("motion_module_resolutions", c.motionModuleResolutions);
    c.motionModuleMidBlock = r.boolean("motion_module_mid_block", c.motionModuleMidBlock);
    c.motionModuleDecoderOnly = r.boolean("motion_module_decoder_only", c.motionModuleDecoderOnly);
    c.motionModuleType = r.string("motion_module_type", c.motionModuleType);
    if (r.has("motion_module_kwargs"))
        c.motionModule = applyMotionModule(c.motionModule, r.object("motion_module_kwargs"));
    if (c.motionModuleType != "Vanilla")
        r.fail("motion_module_type",
               "only Vanilla is supported, found '" + c.motionModuleType + "'");
    if (c.unetUseCrossFrameAttention || c.unetUseTemporalAttention)
        r.fail("unet_use_temporal_attention",
               "cross-frame/temporal spatial attention is not used by V-Express (must be false)");
    return c;
}

SchedulerConfig applyScheduler(SchedulerConfig c, const FieldReader& r) {
    c.numTrainTimesteps = r.integer("num_train_timesteps", c.numTrainTimesteps);
    c.betaStart = r.number("beta_start", c.betaStart);
    c.betaEnd = r.number("beta_end", c.betaEnd);
    c.betaSchedule = r.string("beta_schedule", c.betaSchedule);
    c.clipSample = r.boolean("clip_sample", c.clipSample);
    c.stepsOffset = r.integer("steps_offset", c.stepsOffset);
    c.predictionType = r.string("prediction_type", c.predictionType);
    c.rescaleBetasZeroSnr = r.boolean("rescale_betas_zero_snr", c.rescaleBetasZeroSnr);
    c.timestepSpacing = r.string("timestep_spacing", c.timestepSpacing);
    c.setAlphaToOne = r.boolean("set_alpha_to_one", c.setAlphaToOne);
    requirePositive(r, "num_train_timesteps", c.numTrainTimesteps);
    if (c.betaSchedule != "scaled_linear" && c.betaSchedule != "linear")
        r.fail("beta_schedule", "supported: scaled_linear, linear; found '" + c.betaSchedule + "'");
    if (c.predictionType != "v_prediction" && c.predictionType != "epsilon" &&
        c.predictionType != "sample")
        r.fail("prediction_type",
               "supported: v_prediction, epsilon, sample; found '" + c.predictionType + "'");
    if (c.timestepSpacing != "trailing" && c.timestepSpacing != "leading" &&
        c.timestepSpacing != "linspace")
        r.fail("timestep_spacing",
               "supported: trailing, leading, linspace; found '" + c.timestepSpacing + "'");
    if (c.clipSample)
        r.fail("clip_sample", "sample clipping is not supported (V-Express uses false)");
    return c;
}

}  // namespace

VExpressHyperparameters releaseHyperparameters() {
    return VExpressHyperparameters{};
}

VExpressHyperparameters applyHyperparameters(const VExpressHyperparameters& base,
                                             const JsonValue& root, const std::string& file) {
    FieldReader r(root, file);
    VExpressHyperparameters h = base;
    if (r.has("audio_projection"))
        h.audioProjection = applyAudioProjection(h.audioProjection, r.object("audio_projection"));
    if (r.has("v_kps_guider"))
        h.vKpsGuider = applyGuider(h.vKpsGuider, r.object("v_kps_guider"));
    if (r.has("unet_additional_kwargs"))
        h.unetAdditional =
            applyUNetAdditional(h.unetAdditional, r.object("unet_additional_kwargs"));
    if (r.has("noise_scheduler_kwargs"))
        h.scheduler = applyScheduler(h.scheduler, r.object("noise_scheduler_kwargs"));
    return h;
}

std::string findHyperparametersFile(const std::string& modelDir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path dir = fs::path(modelDir).lexically_normal();
    if (!dir.has_filename())  // "model_ckpts/" names the folder, not an empty file
        dir = dir.parent_path();
    for (const fs::path& candidate :
         {dir / kHyperparametersFileName, dir.parent_path() / kHyperparametersFileName}) {
        if (fs::is_regular_file(candidate, ec))
            return candidate.string();
    }
    return {};
}

VExpressHyperparameters loadHyperparameters(const std::string& modelDir) {
    const std::string file = findHyperparametersFile(modelDir);
    if (file.empty())
        return releaseHyperparameters();
    return applyHyperparameters(releaseHyperparameters(), config::readConfigObject(file), file);
}

}  // namespace vx::engine
