// What the performance settings ask for that the recording cannot give, said to the user instead
// of being dropped without a word.
#pragma once

#include <string>
#include <vector>

#include "motion/performance.h"

namespace vx::studio {

// One warning per requested blink at or after the end of a recording of `durationSeconds`
// (such a blink cannot happen: the video ends with the sound).
std::vector<std::string> performanceWarnings(const motion::PerformanceSettings& settings,
                                             double durationSeconds);

}  // namespace vx::studio
