// The download rate over the last few seconds (a whole-run average would hide a slowdown and
// make the time left wrong for a long while).
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <utility>

namespace vx::models {

class TransferRate {
public:
    using Clock = std::chrono::steady_clock;

    // Records that `totalBytes` have arrived by now.
    void record(uint64_t totalBytes, Clock::time_point now = Clock::now());
    // Bytes per second over the window; 0 before two samples a moment apart.
    double bytesPerSecond() const;
    // Seconds for `remaining` bytes at the current rate; < 0 when the rate is unknown.
    double secondsFor(uint64_t remaining) const;

private:
    static constexpr std::chrono::seconds kWindow{5};
    std::deque<std::pair<Clock::time_point, uint64_t>> m_samples;
};

}  // namespace vx::models
