#include "ui/app/gui_latency_probe.h"

#include <algorithm>

namespace vx {
namespace ui {

GuiLatencyProbe::GuiLatencyProbe(int intervalMs, QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiLatencyProbe::tick);
}

void GuiLatencyProbe::start() {
    m_longestGapMs = 0.0;
    m_longestGapEndMs = 0.0;
    m_samples = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void GuiLatencyProbe::stop() {
    m_timer.stop();
}

double GuiLatencyProbe::longestStallMs() const {
    return std::max(0.0, m_longestGapMs - m_timer.interval());
}

void GuiLatencyProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastNs) * 1e-6;
    if (gapMs > m_longestGapMs) {
        m_longestGapMs = gapMs;
        m_longestGapEndMs = double(now) * 1e-6;
    }
    m_lastNs = now;
    ++m_samples;
}

}  // namespace ui
}  // namespace vx
