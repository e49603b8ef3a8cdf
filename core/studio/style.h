// A speaking style as a value: what styles.h describes, alone in its header so that code which
// only carries styles (the keyframes' style lane) does not need the studio's settings.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "motion/head_motion.h"
#include "studio/parameters.h"

namespace vx::studio {

struct Style {
    std::string name;
    std::string description;
    // The head motion preset sets what the table has no control for (sway, leaning in and
    // out); the values below then set every control the table has.
    motion::HeadMotionPreset headPreset = motion::HeadMotionPreset::CalmPresenter;
    // Exactly the ids of styleParameters(), each within the table's range.
    std::map<ParameterId, double> values;
};

// The style a name stands for, or none: a key of the keyframes' style lane names one. The
// built-in styles (builtInStyleNamed), or those and the user's (style_library.h,
// userStyleResolver).
using StyleResolver = std::function<std::optional<Style>(const std::string&)>;

}  // namespace vx::studio
