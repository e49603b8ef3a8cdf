#include "studio/performance_warnings.h"

#include <sstream>

namespace vx::studio {

std::vector<std::string> performanceWarnings(const motion::PerformanceSettings& settings,
                                             double durationSeconds) {
    std::vector<std::string> warnings;
    for (const double at : settings.blinks.manualBlinkSec) {
        if (at < durationSeconds)
            continue;
        std::ostringstream text;
        text << "the blink at " << at << " s is after the end of the recording (" << durationSeconds
             << " s) and is left out";
        warnings.push_back(text.str());
    }
    return warnings;
}

}  // namespace vx::studio
