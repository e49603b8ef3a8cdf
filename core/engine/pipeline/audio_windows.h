// Spreading the audio encoder's states over the video frames (spec §6.4): every video frame
// gets two audio tokens, the sequence is padded with zeros, and each frame sees the tokens of
// the frames around it.
#pragma once

#include <torch/types.h>

#include <cstdint>

namespace vx::engine {

// hiddenStates [1, T, D] or [T, D] -> per-frame windows [L, 2(2p+1), D] in the input dtype:
//   E' = linear interpolation of the states to 2L tokens (fp32, align_corners false);
//   Ê  = [zeros(2p, D); E'; zeros(2p, D)];  window f = Ê[2f : 2f + 2(2p+1)].
// With p = numPadAudioFrames = 2 (what the released AudioProjection expects) each window has
// 10 tokens spanning frames f-2..f+2. Throws vx::Error(BadInput) for an empty sequence and
// vx::Error(Internal) for a non-positive video length or negative padding.
torch::Tensor audioWindows(const torch::Tensor& hiddenStates, int64_t videoLength,
                           int64_t numPadAudioFrames = 2);

}  // namespace vx::engine
