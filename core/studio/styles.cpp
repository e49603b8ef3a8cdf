#include "studio/styles.h"

#include <cctype>
#include <cmath>
#include <sstream>

namespace vx::studio {

namespace {

using P = ParameterId;
using Preset = motion::HeadMotionPreset;

const std::vector<ParameterId> kStyleParameters = {
    P::ExpressionPercent,
    P::IdentityPercent,
    P::HeadAmountPercent,
    P::YawRangeDeg,
    P::PitchRangeDeg,
    P::RollRangeDeg,
    P::Tempo,
    P::SpeechFollowPercent,
    P::BlinkRatePerMinute,
    P::BlinkDurationMs,
};

// One built-in style: its values in the order of kStyleParameters.
struct StyleRow {
    const char* name;
    const char* description;
    Preset preset;
    double values[10];
};

// Chosen so that every pair differs where the instant preview shows it: the head's reach and
// pace, the mouth's opening (expression) and the blinks' rate and length. Neutral is the
// studio's defaults, so choosing it undoes any other style.
//                                              expr  ident amount yaw  pitch roll tempo follow
//                                              blink/min blink ms
const StyleRow kBuiltIn[] = {
    {"Neutral",
     "The studio's defaults: a calm presenter with full expression.",
     Preset::CalmPresenter,
     {100, 50, 40, 8, 5, 3, 0.7, 40, 15, 180}},
    {"Calm narrator",
     "Slow, small head movements that settle in pauses; a softer mouth and slow blinks, for "
     "audiobooks and explainers.",
     Preset::CalmPresenter,
     {60, 60, 45, 7, 4, 3, 0.4, 70, 10, 240}},
    {"Friendly teacher",
     "Lively turns and tilts at a conversational pace, nods on stresses, full expression.",
     Preset::LivelySpeaker,
     {90, 45, 60, 12, 8, 5, 1.0, 60, 18, 170}},
    {"News anchor",
     "A steady head facing the camera, nodding more than turning; likeness held tightly, brisk "
     "blinks.",
     Preset::CalmPresenter,
     {70, 75, 40, 4, 7, 1, 0.9, 80, 12, 140}},
    {"Emphatic speaker",
     "Wide, quick movements that follow every stress of the voice; the strongest expression, for "
     "pitches and speeches.",
     Preset::LivelySpeaker,
     {100, 35, 85, 18, 12, 7, 1.6, 95, 22, 160}},
    {"Subtle",
     "Barely moving, a small mouth and few blinks: the photo comes to life without drawing "
     "attention.",
     Preset::CalmPresenter,
     {30, 70, 10, 4, 3, 1, 0.3, 20, 6, 220}},
    {"Attentive listener",
     "Mostly nodding, little turning, in time with the voice; for interviews and replies.",
     Preset::NoddingListener,
     {50, 55, 60, 3, 12, 2, 0.8, 100, 16, 200}},
};

Style styleOf(const StyleRow& row) {
    Style style;
    style.name = row.name;
    style.description = row.description;
    style.headPreset = row.preset;
    for (std::size_t i = 0; i < kStyleParameters.size(); ++i)
        style.values[kStyleParameters[i]] = row.values[i];
    return style;
}

std::vector<Style> makeBuiltIn() {
    std::vector<Style> styles;
    for (const StyleRow& row : kBuiltIn)
        styles.push_back(styleOf(row));
    return styles;
}

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

}  // namespace

const std::vector<ParameterId>& styleParameters() {
    return kStyleParameters;
}

const std::vector<Style>& builtInStyles() {
    static const std::vector<Style> styles = makeBuiltIn();
    return styles;
}

const Style* findBuiltInStyle(const std::string& name) {
    for (const Style& style : builtInStyles())
        if (sameStyleName(style.name, name))
            return &style;
    return nullptr;
}

std::optional<Style> builtInStyleNamed(const std::string& name) {
    if (const Style* style = findBuiltInStyle(name))
        return *style;
    return std::nullopt;
}

void applyStyle(const Style& style, StudioParameters& parameters) {
    // The preset first: it also sets the fields the table has no control for.
    parameters.applyHeadPreset(style.headPreset);
    for (const auto& [id, value] : style.values)
        parameters.setValue(id, value);
    parameters.styleName = style.name;
}

std::vector<ParameterId> styleOverrides(const Style& style, const StudioParameters& parameters) {
    std::vector<ParameterId> overrides;
    for (const ParameterId id : kStyleParameters) {
        const auto it = style.values.find(id);
        // A spin box shows a tenth at most: anything closer is the style's value, not an edit.
        constexpr double kSameValue = 1e-6;
        if (it == style.values.end() || std::abs(parameters.valueOf(id) - it->second) > kSameValue)
            overrides.push_back(id);
    }
    return overrides;
}

bool styleModified(const Style& style, const StudioParameters& parameters) {
    return parameters.headPreset != style.headPreset || !styleOverrides(style, parameters).empty();
}

Style styleFromParameters(const std::string& name, const std::string& description,
                          const StudioParameters& parameters) {
    Style style;
    style.name = name;
    style.description = description;
    style.headPreset = parameters.headPreset;
    for (const ParameterId id : kStyleParameters)
        style.values[id] = parameters.valueOf(id);
    return style;
}

std::string styleNameProblem(const std::string& name) {
    constexpr std::size_t kLongest = 64;
    if (name.empty())
        return "a style needs a name";
    if (name.size() > kLongest)
        return "a style name has at most " + std::to_string(kLongest) + " characters";
    for (const char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return "a style name cannot hold control characters";
    if (name.front() == ' ' || name.back() == ' ')
        return "a style name cannot start or end with a space";
    return {};
}

bool sameStyleName(const std::string& a, const std::string& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::string describeStyleValues(const Style& style) {
    std::string text = motion::presetName(style.headPreset) + " head motion";
    for (const auto& [id, value] : style.values) {
        const ParameterSpec& spec = parameterSpec(id);
        text += std::string(", ") + spec.key + " " + number(value);
        if (*spec.unit)
            text += std::string(" ") + spec.unit;
    }
    return text;
}

}  // namespace vx::studio
