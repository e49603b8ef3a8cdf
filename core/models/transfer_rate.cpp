#include "models/transfer_rate.h"

namespace vx::models {

void TransferRate::record(uint64_t totalBytes, Clock::time_point now) {
    m_samples.emplace_back(now, totalBytes);
    while (m_samples.size() > 2 && now - m_samples.front().first > kWindow)
        m_samples.pop_front();
}

double TransferRate::bytesPerSecond() const {
    if (m_samples.size() < 2)
        return 0.0;
    const double seconds =
        std::chrono::duration<double>(m_samples.back().first - m_samples.front().first).count();
    if (seconds < 0.2)
        return 0.0;
    return double(m_samples.back().second - m_samples.front().second) / seconds;
}

double TransferRate::secondsFor(uint64_t remaining) const {
    const double rate = bytesPerSecond();
    return rate > 0.0 ? double(remaining) / rate : -1.0;
}

}  // namespace vx::models
