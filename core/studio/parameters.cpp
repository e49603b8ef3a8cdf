#include "studio/parameters.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "common/error.h"
#include "motion/expression_controls.h"
#include "motion/head_limits.h"

namespace vx::studio {

namespace {

using P = ParameterId;
using T = ParameterType;

// Settled where the front ends used to disagree: steps 1-100 and guidance 1-10 (the studio's
// ranges; more steps or guidance gain nothing visible and cost time), seeds are 32-bit (the
// studio's), and the noise, head motion and blinks each have their own seed, so changing one
// leaves the others' results alone.
const std::vector<ParameterSpec> kTable = {
    {P::ExpressionPercent, "expressionPercent", "--expression", T::Real, 0, 100,
     motion::kDefaultExpressionPercent, 1, 0, "%",
     "Expression strength (100 = V-Express's audio attention weight 3.0)"},
    {P::IdentityPercent, "identityPercent", "--identity", T::Real, 0, 100,
     motion::kDefaultIdentityPercent, 1, 0, "%",
     "Identity strength (50 = V-Express's reference attention weight 0.95)"},
    {P::HeadAmountPercent, "headAmountPercent", "--motion", T::Real, 0, 100, 40, 1, 0, "%",
     "Head motion amount, 0 (still) to 100 (the full ranges)"},
    {P::YawRangeDeg, "yawRangeDeg", "--yaw", T::Real, 0, 45, 8, 0.5, 0, "deg",
     "Largest left/right turn"},
    {P::PitchRangeDeg, "pitchRangeDeg", "--pitch", T::Real, 0, 30, 5, 0.5, 0, "deg", "Largest nod"},
    {P::RollRangeDeg, "rollRangeDeg", "--roll", T::Real, 0, 30, 3, 0.5, 0, "deg", "Largest tilt"},
    {P::YawLimitDeg, "yawLimitDeg", "--yaw-limit", T::Real, 0, motion::kNoRotationLimitDeg,
     motion::kNoRotationLimitDeg, 0.5, 0, "deg",
     "Cap on the turn, for every track (driving video, offsets); 90 caps nothing"},
    {P::PitchLimitDeg, "pitchLimitDeg", "--pitch-limit", T::Real, 0, motion::kNoRotationLimitDeg,
     motion::kNoRotationLimitDeg, 0.5, 0, "deg",
     "Cap on the nod, for every track; 90 caps nothing"},
    {P::RollLimitDeg, "rollLimitDeg", "--roll-limit", T::Real, 0, motion::kNoRotationLimitDeg,
     motion::kNoRotationLimitDeg, 0.5, 0, "deg",
     "Cap on the tilt, for every track; 90 caps nothing"},
    {P::Tempo, "tempo", "--tempo", T::Real, 0.1, 4, 0.7, 0.1, 0, "",
     "Motion tempo, 1 = a new target about every 1.2 s"},
    {P::SpeechFollowPercent, "speechFollowPercent", "--speech-follow", T::Real, 0, 100, 40, 1, 0,
     "%", "How much the motion follows the voice (nods on stresses, calm in pauses)"},
    {P::BlinkRatePerMinute, "blinkRatePerMinute", "--blink-rate", T::Real, 0, 40, 15, 1, 0, "/min",
     "Automatic blinks per minute"},
    {P::BlinkDurationMs, "blinkDurationMs", "--blink-duration", T::Real, 80, 500, 180, 10, 0, "ms",
     "Duration of a blink, closing and reopening"},
    {P::MotionSeed, "motionSeed", "--motion-seed", T::Integer, 0, 4294967295.0, 42, 1, 0, "",
     "Seed of the head motion"},
    {P::BlinkSeed, "blinkSeed", "--blink-seed", T::Integer, 0, 4294967295.0, 7, 1, 0, "",
     "Seed of the automatic blinks' timing"},
    {P::Steps, "steps", "--steps", T::Integer, 1, 100, 25, 1, 0, "", "Denoising steps"},
    {P::Guidance, "guidanceScale", "--guidance", T::Real, 1, 10, 3.5, 0.1, 0, "",
     "Classifier-free guidance scale"},
    {P::Seed, "seed", "--seed", T::Integer, 0, 4294967295.0, 42, 1, 0, "",
     "Seed of the diffusion noise"},
    {P::SizePx, "resolutionPx", "--size", T::Integer, 64, 1024, 512, 8, 8, "px",
     "Side of the square frame (the VAE works on 8x8 blocks)"},
    {P::TargetFps, "targetFps", "--fps", T::Real, 1, 60, 30, 1, 0, "fps",
     "Target frame rate before V-Express's window rounding"},
    {P::Crf, "crf", "--crf", T::Integer, 0, 51, 18, 1, 0, "", "H.264 quality, 0 (lossless) to 51"},
};

std::string number(double v) {
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

}  // namespace

const std::vector<ParameterSpec>& parameterTable() {
    return kTable;
}

const ParameterSpec& parameterSpec(ParameterId id) {
    for (const auto& spec : kTable)
        if (spec.id == id)
            return spec;
    throw Error(ErrorKind::Internal, "unknown parameter id " + std::to_string(int(id)));
}

const ParameterSpec* findParameter(const std::string& key) {
    for (const auto& spec : kTable)
        if (key == spec.key)
            return &spec;
    return nullptr;
}

std::string describeRange(const ParameterSpec& spec) {
    std::string text = spec.multipleOf > 1
                           ? "a multiple of " + std::to_string(spec.multipleOf) + " "
                           : std::string();
    text += (spec.type == T::Integer && spec.multipleOf <= 1 ? "a whole number " : "") +
            std::string("between ") + number(spec.minimum) + " and " + number(spec.maximum);
    if (*spec.unit)
        text += std::string(" ") + spec.unit;
    return text;
}

namespace {
// "; give a number between 0 and 100 %": what to give instead, after the problem.
std::string giveInstead(const ParameterSpec& spec) {
    return std::string("; give ") + (spec.type == T::Real ? "a number " : "") + describeRange(spec);
}
}  // namespace

std::string parameterProblem(ParameterId id, double value) {
    const ParameterSpec& spec = parameterSpec(id);
    const std::string give = giveInstead(spec);
    if (!std::isfinite(value))
        return number(value) + " is not a finite number" + give;
    if (value < spec.minimum || value > spec.maximum)
        return number(value) + " is out of range" + give;
    if (spec.type == T::Integer && std::floor(value) != value)
        return number(value) + " is not a whole number" + give;
    if (spec.multipleOf > 1 && std::fmod(value, double(spec.multipleOf)) != 0.0)
        return number(value) + " is not a multiple of " + std::to_string(spec.multipleOf) + give;
    return {};
}

std::string parameterTextProblem(ParameterId id, const std::string& text, double& value) {
    const char* begin = text.c_str();
    char* end = nullptr;
    const double parsed = std::strtod(begin, &end);
    if (text.empty() || end == begin || *end != '\0')
        return "'" + text + "' is not a number" + giveInstead(parameterSpec(id));
    if (!std::isfinite(parsed))
        return "'" + text + "' is not a finite number" + giveInstead(parameterSpec(id));
    std::string problem = parameterProblem(id, parsed);
    if (problem.empty())
        value = parsed;
    return problem;
}

double checkedParameter(ParameterId id, double value, const std::string& source) {
    const std::string problem = parameterProblem(id, value);
    if (!problem.empty())
        throw Error(ErrorKind::BadInput, source + ": " + problem);
    return value;
}

}  // namespace vx::studio
