#include "studio/render_request_json.h"

#include <nlohmann/json.hpp>

#include "studio/keyframes_json.h"

namespace vx::studio {

namespace {

using Json = nlohmann::json;

const char* deviceName(engine::DevicePreference device) {
    switch (device) {
        case engine::DevicePreference::Auto:
            return "auto";
        case engine::DevicePreference::Cpu:
            return "cpu";
        case engine::DevicePreference::Cuda:
            return "cuda";
    }
    return "?";
}

const char* precisionName(engine::Precision precision) {
    switch (precision) {
        case engine::Precision::Auto:
            return "auto";
        case engine::Precision::Float16:
            return "fp16";
        case engine::Precision::BFloat16:
            return "bf16";
        case engine::Precision::Float32:
            return "fp32";
    }
    return "?";
}

Json optionalPath(const std::optional<std::filesystem::path>& path) {
    return path ? Json(path->string()) : Json();
}

}  // namespace

std::string renderRequestToJson(const RenderJobRequest& r, int indent) {
    const motion::HeadMotionSettings& head = r.performance.head;
    const motion::BlinkSettings& blinks = r.performance.blinks;
    const engine::RenderParams& e = r.engine;
    Json crop;
    if (r.portrait.crop)
        crop = {r.portrait.crop->x, r.portrait.crop->y, r.portrait.crop->width,
                r.portrait.crop->height};
    Json range;
    if (r.audioRange)
        range = {r.audioRange->startSeconds, r.audioRange->endSeconds};
    Json json = {
        {"image", r.image.string()},
        {"audio", r.audio.string()},
        {"output", r.output.string()},
        {"models", r.models.string()},
        {"portrait",
         {{"sidePx", r.portrait.sidePx},
          {"modelFolder", r.portrait.modelFolder},
          {"crop", crop},
          {"autoCrop", r.portrait.autoCrop}}},
        {"performance",
         {{"expressionPercent", r.performance.expressionPercent},
          {"identityPercent", r.performance.identityPercent},
          {"head",
           {{"amount", head.amount},
            {"yawRangeDeg", head.yawRangeDeg},
            {"pitchRangeDeg", head.pitchRangeDeg},
            {"rollRangeDeg", head.rollRangeDeg},
            {"swayFraction", head.swayFraction},
            {"scaleRange", head.scaleRange},
            {"tempo", head.tempo},
            {"speechFollow", head.speechFollow},
            {"seed", head.seed}}},
          {"blinks",
           {{"ratePerMinute", blinks.ratePerMinute},
            {"durationMs", blinks.durationMs},
            {"minIntervalMs", blinks.minIntervalMs},
            {"jitter", blinks.jitter},
            {"seed", blinks.seed},
            {"manualBlinkSec", blinks.manualBlinkSec}}}}},
        // The engine's frame size and attention weights are not listed: the render sets them from
        // portrait.sidePx and the expression and identity strengths above.
        {"engine",
         {{"steps", e.steps},
          {"guidance", e.guidance},
          {"seed", e.seed},
          {"fps", e.fps},
          {"contextFrames", e.contextFrames},
          {"contextOverlap", e.contextOverlap},
          {"numPadAudioFrames", e.numPadAudioFrames},
          {"medianFilter", e.medianFilter},
          {"consumeWav2Vec2LayerDropDraws", e.consumeWav2Vec2LayerDropDraws}}},
        {"device", deviceName(r.device)},
        {"precision", precisionName(r.precision)},
        {"drivingKps", optionalPath(r.drivingKps)},
        {"drivingVideo", optionalPath(r.drivingVideo)},
        {"retarget", r.retarget ? Json(faces::retargetStrategyName(*r.retarget)) : Json()},
        {"pasteBack", r.pasteBack},
        {"crf", r.crf},
        {"audioRange", range},
    };
    // Only when there are keyframes, so a request without them reads (and fingerprints) as it
    // did before they existed; with them, a resumed render with other keyframes is refused.
    if (!r.keyframes.empty())
        json["keyframes"] = keyframeLanesToJson(r.keyframes, StyleKeyForm::NameAndValues);
    // Likewise only when a cap can change the motion.
    const motion::RotationLimits& limits = r.performance.limits;
    if (!limits.none())
        json["performance"]["limits"] = {
            {"yawDeg", limits.yawDeg}, {"pitchDeg", limits.pitchDeg}, {"rollDeg", limits.rollDeg}};
    return json.dump(indent);
}

}  // namespace vx::studio
