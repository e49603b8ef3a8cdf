#include "studio/keyframe_snaps.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/error.h"
#include "motion/speech_activity.h"

namespace vx::studio {

namespace {
// Activity (0 in pauses, 1 at the loud parts) above which a frame is speech. Two thresholds, so
// a level that hovers around one does not make a boundary every frame.
constexpr double kSpeechOn = 0.3;
constexpr double kSpeechOff = 0.15;
}  // namespace

std::vector<double> snapCandidates(const std::vector<double>& envelope, double fps) {
    if (!(fps > 0.0))
        throw Error(ErrorKind::Internal, "snap candidates need a positive frame rate");
    const std::vector<double> activity = motion::speechActivity(envelope, fps);
    // Runs of speech as [start, end) frames.
    std::vector<std::pair<int, int>> runs;
    bool speaking = false;
    for (int i = 0; i < int(activity.size()); ++i) {
        const double a = activity[std::size_t(i)];
        if (!speaking && a >= kSpeechOn) {
            speaking = true;
            runs.emplace_back(i, int(activity.size()));
        } else if (speaking && a < kSpeechOff) {
            speaking = false;
            runs.back().second = i;
        }
    }
    // Runs closer than a short pause are one word.
    const int shortestPause = std::max(1, int(std::lround(kShortestSnapPauseSec * fps)));
    std::vector<std::pair<int, int>> words;
    for (const auto& run : runs) {
        if (!words.empty() && run.first - words.back().second < shortestPause)
            words.back().second = run.second;
        else
            words.push_back(run);
    }
    std::vector<double> times;
    for (const auto& [start, end] : words) {
        times.push_back(start / fps);
        if (end < int(activity.size()))
            times.push_back(end / fps);
    }
    return times;
}

}  // namespace vx::studio
