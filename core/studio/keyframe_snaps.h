// Where a key may snap on the timeline: the starts and ends of the voice's words and phrases,
// found in the recording's loudness. The GUI offers them while a key is dragged, so a change of
// expression can land on the word it belongs to.
#pragma once

#include <vector>

namespace vx::studio {

// A pause shorter than this is the gap between syllables of one word, not a boundary.
inline constexpr double kShortestSnapPauseSec = 0.12;

// Times in seconds, ascending, where speech starts after a pause or stops before one.
// `envelope` is the loudness per frame at `fps` (media::audioEnvelope), read through
// motion::speechActivity, the same reading of the voice the head motion uses. Empty for an
// empty or silent envelope.
std::vector<double> snapCandidates(const std::vector<double>& envelope, double fps);

}  // namespace vx::studio
