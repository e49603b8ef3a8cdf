// What the voice is doing, per video frame: how active it is (for calm pauses) and where its
// stressed syllables fall (for nods).
#pragma once

#include <vector>

namespace vx::motion {

// Loudness per frame mapped to [0, 1]: 0 in pauses, 1 at the loud parts of this clip, smoothed
// over about a fifth of a second. Robust to overall level (normalised by a high percentile).
std::vector<double> speechActivity(const std::vector<double>& envelope, double fps);

// Frames where a stressed syllable starts: local maxima of the rise of the activity that stand
// out from the clip's typical rise, at least `minGapSec` apart.
std::vector<int> stressOnsets(const std::vector<double>& activity, double fps,
                              double minGapSec = 0.35);

}  // namespace vx::motion
