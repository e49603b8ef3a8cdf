// Expression and identity strength as the two attention weights V-Express exposes.
//
// Expression strength scales the audio cross-attention (V-Express's audio_attention_weight):
// 0 % maps to 1.0 (lips move, face calm), 100 % to 3.0 (V-Express's default: lively mouth and
// brows). Above about 3 the face distorts, so the slider stops there.
// Identity strength scales the reference cross-attention (reference_attention_weight): 50 %
// maps to V-Express's default 0.95; lower lets expression win over likeness, higher holds the
// photo's look more tightly (0 % = 0.75, 100 % = 1.15).
#pragma once

namespace vx::motion {

constexpr double kDefaultExpressionPercent = 100.0;
constexpr double kDefaultIdentityPercent = 50.0;

// Percent in [0, 100] (clamped) to the attention weight, and back.
double audioAttentionWeight(double expressionPercent);
double expressionPercent(double audioAttentionWeight);
double referenceAttentionWeight(double identityPercent);
double identityPercent(double referenceAttentionWeight);

}  // namespace vx::motion
