// The one definition of every numeric render and performance setting: its name in project files,
// its command-line option, its range, default, unit and a short help text. The studio's sliders
// and spin boxes, the CLI's options and --help, the .vxproj reader and the render request are all
// built from or checked against this table (tests/studio/parameter_table_test.cpp and the GUI's
// parameter tests prove it), so the two front ends cannot drift apart again.
#pragma once

#include <string>
#include <vector>

namespace vx::studio {

enum class ParameterId {
    // Performance
    ExpressionPercent,
    IdentityPercent,
    HeadAmountPercent,
    YawRangeDeg,
    PitchRangeDeg,
    RollRangeDeg,
    YawLimitDeg,
    PitchLimitDeg,
    RollLimitDeg,
    Tempo,
    SpeechFollowPercent,
    BlinkRatePerMinute,
    BlinkDurationMs,
    MotionSeed,
    BlinkSeed,
    // Quality
    Steps,
    Guidance,
    Seed,
    SizePx,
    // Output
    TargetFps,
    Crf,
};

enum class ParameterType { Integer, Real };

struct ParameterSpec {
    ParameterId id;
    const char* key;     // the .vxproj field and the log name, e.g. "expressionPercent"
    const char* option;  // the CLI option, e.g. "--expression"
    ParameterType type;
    double minimum;
    double maximum;
    double defaultValue;
    double step;       // the smallest meaningful change (and the GUI's single step)
    int multipleOf;    // > 1: integer values must be multiples of this (render size)
    const char* unit;  // "%", "deg", "px", ... or ""
    const char* help;  // one line, English (front ends translate their own labels)
};

// Every parameter, in the order the front ends show them.
const std::vector<ParameterSpec>& parameterTable();
const ParameterSpec& parameterSpec(ParameterId id);
// The spec whose key is `key`, or null.
const ParameterSpec* findParameter(const std::string& key);

// "between 0 and 100 %" / "a multiple of 8 between 64 and 1024 px", for messages and --help.
std::string describeRange(const ParameterSpec& spec);

// Empty when `value` suits the parameter, else what is wrong with it and what to give instead:
// "65 is not a multiple of 8; give a multiple of 8 between 64 and 1024 px". The one wording of
// every front end's refusal.
std::string parameterProblem(ParameterId id, double value);
// The same for a value still in text (a command-line argument): also refuses what is not a
// number at all; on success stores the number in `value`.
std::string parameterTextProblem(ParameterId id, const std::string& text, double& value);

// `value` when it is finite, in range, integral for integer parameters and a multiple where one
// is required; otherwise throws vx::Error(BadInput) naming the parameter by `source` (the CLI
// option, the project field...) with the accepted range. The single check for every front end.
double checkedParameter(ParameterId id, double value, const std::string& source);

}  // namespace vx::studio
