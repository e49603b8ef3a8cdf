#include "motion/speech_activity.h"

#include <algorithm>
#include <cmath>

#include "motion/smooth_noise.h"

namespace vx::motion {

namespace {
double percentile(std::vector<double> values, double q) {
    if (values.empty())
        return 0.0;
    const size_t k = static_cast<size_t>(q * (values.size() - 1));
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values[k];
}
}  // namespace

std::vector<double> speechActivity(const std::vector<double>& envelope, double fps) {
    if (envelope.empty())
        return {};
    const double reference = percentile(envelope, 0.95);
    std::vector<double> activity(envelope.size(), 0.0);
    if (reference <= 0.0)
        return activity;  // silence: no activity anywhere
    for (size_t i = 0; i < envelope.size(); ++i)
        activity[i] = std::clamp(std::max(envelope[i], 0.0) / reference, 0.0, 1.0);
    const int radius = std::max(1, static_cast<int>(std::lround(0.1 * fps)));
    return smoothCurve(activity, radius);
}

std::vector<int> stressOnsets(const std::vector<double>& activity, double fps, double minGapSec) {
    std::vector<int> onsets;
    const int n = static_cast<int>(activity.size());
    if (n < 3)
        return onsets;
    std::vector<double> rise(n, 0.0);
    for (int i = 1; i < n; ++i)
        rise[i] = std::max(0.0, activity[i] - activity[i - 1]);
    std::vector<double> positive;
    for (double r : rise)
        if (r > 0.0)
            positive.push_back(r);
    if (positive.empty())
        return onsets;
    const double threshold = std::max(percentile(positive, 0.75), 1e-4);
    const int minGap = std::max(1, static_cast<int>(std::lround(minGapSec * fps)));
    for (int i = 1; i + 1 < n; ++i) {
        if (rise[i] < threshold || rise[i] < rise[i - 1] || rise[i] < rise[i + 1])
            continue;
        if (!onsets.empty() && i - onsets.back() < minGap)
            continue;
        onsets.push_back(i);
    }
    return onsets;
}

}  // namespace vx::motion
