// Loudness per video frame, for the motion layer (how wide the mouth opens, head sway).
#pragma once

#include <vector>

namespace vx::media {

// RMS of the samples that fall in each video frame: frame i covers samples
// [round(i*rate/fps), round((i+1)*rate/fps)), and there are ceil(S*fps/rate) frames (the last
// one may be partial). Empty input gives an empty envelope. Throws vx::Error(Internal) for a
// non-positive rate or fps.
std::vector<float> audioEnvelope(const std::vector<float>& samples, int sampleRateHz, double fps);

}  // namespace vx::media
