#include "motion/expression_controls.h"

#include <algorithm>

namespace vx::motion {

namespace {
constexpr double kAudioMin = 1.0, kAudioMax = 3.0;
constexpr double kReferenceMin = 0.75, kReferenceMax = 1.15;

double toWeight(double percent, double lo, double hi) {
    return lo + (hi - lo) * std::clamp(percent, 0.0, 100.0) / 100.0;
}
double toPercent(double weight, double lo, double hi) {
    return std::clamp((weight - lo) / (hi - lo) * 100.0, 0.0, 100.0);
}
}  // namespace

double audioAttentionWeight(double p) {
    return toWeight(p, kAudioMin, kAudioMax);
}
double expressionPercent(double w) {
    return toPercent(w, kAudioMin, kAudioMax);
}
double referenceAttentionWeight(double p) {
    return toWeight(p, kReferenceMin, kReferenceMax);
}
double identityPercent(double w) {
    return toPercent(w, kReferenceMin, kReferenceMax);
}

}  // namespace vx::motion
