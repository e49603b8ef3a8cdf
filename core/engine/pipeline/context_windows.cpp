#include "engine/pipeline/context_windows.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "common/error.h"

namespace vx::engine {

namespace {

// Python's floor division for integers.
int64_t floorDiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

void checkParams(const ContextWindowParams& params) {
    if (params.contextFrames <= 0 || params.contextOverlap < 0 ||
        params.contextOverlap >= params.contextFrames)
        throw Error(ErrorKind::Internal, "context windows need 0 <= overlap < frames, got frames " +
                                             std::to_string(params.contextFrames) + ", overlap " +
                                             std::to_string(params.contextOverlap));
}

}  // namespace

int64_t videoLengthForDuration(double durationSec, double fps, const ContextWindowParams& params) {
    checkParams(params);
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw Error(ErrorKind::BadInput,
                    "the frame rate must be positive, got " + std::to_string(fps));
    if (!(durationSec >= 0.0) || !std::isfinite(durationSec))
        throw Error(ErrorKind::BadInput, "the audio duration is not a valid number of seconds");
    const double framesExact = std::floor(durationSec * fps);
    const int64_t initialFrames = static_cast<int64_t>(framesExact);
    if (initialFrames < params.contextFrames) {
        std::ostringstream message;
        message.precision(3);
        message << "audio shorter than " << static_cast<double>(params.contextFrames) / fps
                << " s (" << durationSec << " s gives " << initialFrames << " frames at " << fps
                << " fps; at least " << params.contextFrames
                << " are needed): use a longer recording";
        throw Error(ErrorKind::BadInput, message.str());
    }
    const int64_t stride = params.contextFrames - params.contextOverlap;
    const int64_t windows = floorDiv(initialFrames - params.contextFrames, stride) + 1;
    return stride * (windows - 1) + params.contextFrames;
}

int64_t videoLengthForSamples(int64_t samples, int64_t sampleRateHz, double fps,
                              const ContextWindowParams& params) {
    if (sampleRateHz <= 0)
        throw Error(ErrorKind::BadInput, "the audio sample rate must be positive");
    const double durationSec = static_cast<double>(samples) / static_cast<double>(sampleRateHz);
    return videoLengthForDuration(durationSec, fps, params);
}

std::vector<std::vector<int64_t>> contextWindows(int64_t numFrames,
                                                 const ContextWindowParams& params) {
    checkParams(params);
    std::vector<std::vector<int64_t>> windows;
    if (numFrames <= 0)
        return windows;
    if (numFrames <= params.contextFrames) {
        std::vector<int64_t> all(static_cast<size_t>(numFrames));
        for (int64_t i = 0; i < numFrames; ++i)
            all[static_cast<size_t>(i)] = i;
        windows.push_back(std::move(all));
        return windows;
    }
    const int64_t stride = params.contextFrames - params.contextOverlap;
    for (int64_t start = 0; start < numFrames - params.contextOverlap; start += stride) {
        std::vector<int64_t> window;
        window.reserve(static_cast<size_t>(params.contextFrames));
        for (int64_t e = start; e < start + params.contextFrames; ++e)
            window.push_back(e >= numFrames ? numFrames - 2 - e % numFrames : e);
        windows.push_back(std::move(window));
    }
    return windows;
}

std::vector<int64_t> windowCountsPerFrame(int64_t numFrames,
                                          const std::vector<std::vector<int64_t>>& windows) {
    std::vector<int64_t> counts(static_cast<size_t>(std::max<int64_t>(numFrames, 0)), 0);
    std::vector<int64_t> lastWindow(counts.size(), -1);
    for (size_t w = 0; w < windows.size(); ++w)
        for (int64_t frame : windows[w]) {
            if (frame < 0 || frame >= numFrames)
                throw Error(ErrorKind::Internal,
                            "context window frame " + std::to_string(frame) + " out of range");
            auto f = static_cast<size_t>(frame);
            if (lastWindow[f] != static_cast<int64_t>(w)) {
                lastWindow[f] = static_cast<int64_t>(w);
                ++counts[f];
            }
        }
    return counts;
}

}  // namespace vx::engine
