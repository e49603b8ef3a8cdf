// Video length and the sliding context windows of the denoising loop (spec §7.3, §7.4).
//
// V-Express turns the audio duration into a frame count that windows of `contextFrames` frames
// overlapping by `contextOverlap` tile exactly (20n + 4 for 24/4), and runs the 3-D UNet on each
// window. A frame covered by several windows averages their predictions, so every frame also
// carries the number of windows that cover it.
#pragma once

#include <cstdint>
#include <vector>

namespace vx::engine {

struct ContextWindowParams {
    int64_t contextFrames = 24;
    int64_t contextOverlap = 4;
};

// The frame count V-Express renders for `durationSec` seconds of audio at `fps`:
// L0 = floor(duration * fps), n = floor((L0 - F) / (F - O)) + 1, L = (F - O)(n - 1) + F.
// Throws vx::Error(BadInput) "audio shorter than 0.8 s" (F / fps in general) when L0 < F, where
// the original crashes with an empty window list; vx::Error(BadInput) for a non-positive fps or
// a negative/non-finite duration; vx::Error(Internal) for overlap >= frames.
int64_t videoLengthForDuration(double durationSec, double fps,
                               const ContextWindowParams& params = {});

// The same from a sample count (duration = samples / sampleRateHz, as the original computes it).
int64_t videoLengthForSamples(int64_t samples, int64_t sampleRateHz, double fps,
                              const ContextWindowParams& params = {});

// The windows (frame indices, each of size contextFrames unless numFrames is smaller) of the
// original "uniform" context scheduler at step 0 with stride 1 and closed_loop false: starts
// 0, F-O, 2(F-O), ... below numFrames - O; indices past the end reflect back as
// numFrames - 2 - (e mod numFrames). For numFrames = 20n + 4 nothing reflects.
std::vector<std::vector<int64_t>> contextWindows(int64_t numFrames,
                                                 const ContextWindowParams& params = {});

// For each frame, the number of windows that contain it (a frame listed twice in one window
// counts once, like the original's indexed `+= 1`).
std::vector<int64_t> windowCountsPerFrame(int64_t numFrames,
                                          const std::vector<std::vector<int64_t>>& windows);

}  // namespace vx::engine
