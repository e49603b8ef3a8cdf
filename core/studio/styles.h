// Speaking styles: a named set of values for every performance control, with a short
// description. A style holds values only; their ranges, defaults and units are the parameter
// table's (studio/parameters.h), so a style cannot widen what the sliders and options accept.
// The JSON form is studio/style_file.h; the user's own styles are studio/style_library.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "motion/head_motion.h"
#include "studio/parameters.h"
#include "studio/studio_parameters.h"
#include "studio/style.h"

namespace vx::studio {

// The controls a style sets, in the table's order: expression and identity strength (the
// expression weight is also what opens the mouth: the model's audio attention and the preview's
// mouth gain), head motion amount, yaw/pitch/roll ranges, tempo, speech-follow, blink rate and
// blink duration. The seeds are left out on purpose: a style is a manner, not one random draw.
const std::vector<ParameterId>& styleParameters();

// The styles that come with VX Studio, each visibly different in the instant preview.
const std::vector<Style>& builtInStyles();
// The built-in style called `name` (case-insensitive), or null.
const Style* findBuiltInStyle(const std::string& name);

// The built-in style called `name` as a value, or none: the StyleResolver (style.h) of a reader
// that may not look in the user's style folder.
std::optional<Style> builtInStyleNamed(const std::string& name);

// Writes the style's head preset, then each of its values, into `parameters`; the seeds, the
// manual blinks and every quality and output setting stay as they were.
void applyStyle(const Style& style, StudioParameters& parameters);
// The controls whose values in `parameters` differ from the style's: the user's overrides,
// which the studio marks as modified.
std::vector<ParameterId> styleOverrides(const Style& style, const StudioParameters& parameters);
// True when a control or the head motion preset differs from the style.
bool styleModified(const Style& style, const StudioParameters& parameters);
// The style of the performance in `parameters` (for "Save as style").
Style styleFromParameters(const std::string& name, const std::string& description,
                          const StudioParameters& parameters);

// Empty when `name` can name a style, else why not: it must be 1 to 64 characters of printable
// text without leading or trailing spaces.
std::string styleNameProblem(const std::string& name);
// Style names are compared without regard to ASCII case ("news anchor" is "News anchor").
bool sameStyleName(const std::string& a, const std::string& b);

// What the style sets, one line: "calm head motion, expressionPercent 60 %, ...".
std::string describeStyleValues(const Style& style);

}  // namespace vx::studio
