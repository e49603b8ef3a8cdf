#include "studio/render_timings.h"

#include <sys/resource.h>

#include <algorithm>
#include <iomanip>
#include <sstream>

#include "engine/common/gpu_probe.h"

namespace vx::studio {

const char* renderPhaseName(RenderPhase phase) {
    switch (phase) {
        case RenderPhase::Portrait:
            return "portrait";
        case RenderPhase::AudioDecode:
            return "audio decode";
        case RenderPhase::Motion:
            return "motion";
        case RenderPhase::ModelLoad:
            return "model load";
        case RenderPhase::Reference:
            return "reference pass";
        case RenderPhase::KpsFeatures:
            return "V-kps guider";
        case RenderPhase::AudioEncode:
            return "audio encoding";
        case RenderPhase::Denoising:
            return "denoising";
        case RenderPhase::Decoding:
            return "VAE decode";
        case RenderPhase::PostPasses:
            return "post-passes";
        case RenderPhase::Encoding:
            return "video encoding";
    }
    return "?";
}

namespace {

std::string mebibytes(int64_t bytes) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << double(bytes) / (1024.0 * 1024.0) << " MiB";
    return out.str();
}

int64_t peakRss() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return int64_t(usage.ru_maxrss) * 1024;  // kilobytes on Linux
}

}  // namespace

std::string RenderTimings::format() const {
    std::ostringstream out;
    out << std::fixed << std::setprecision(3);
    out << "timings (seconds)\n";
    for (size_t i = 0; i < phaseSeconds.size(); ++i)
        out << "  " << std::left << std::setw(16) << renderPhaseName(RenderPhase(i)) << std::right
            << std::setw(10) << phaseSeconds[i] << '\n';
    for (size_t s = 0; s < stepWindowSeconds.size(); ++s) {
        const auto& windows = stepWindowSeconds[s];
        if (windows.empty())
            continue;
        double sum = 0.0;
        for (double w : windows)
            sum += w;
        const auto [least, most] = std::minmax_element(windows.begin(), windows.end());
        out << "  step " << std::left << std::setw(11) << (s + 1) << std::right << std::setw(10)
            << sum << "  (" << windows.size() << " windows, " << *least << " to " << *most
            << " each)\n";
    }
    out << "  " << std::left << std::setw(16) << "total" << std::right << std::setw(10)
        << totalSeconds << '\n';
    out << "peak RSS " << mebibytes(peakRssBytes) << ", peak VRAM "
        << (peakVramBytes > 0 ? mebibytes(peakVramBytes) : std::string("n/a (CPU)")) << '\n';
    return out.str();
}

RenderStopwatch::RenderStopwatch() : m_start(Clock::now()), m_phaseStart(m_start) {}

double RenderStopwatch::secondsSince(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

void RenderStopwatch::endRunning(Clock::time_point now) {
    if (m_running < 0)
        return;
    const double elapsed = std::chrono::duration<double>(now - m_phaseStart).count();
    m_timings.phaseSeconds[size_t(m_running)] += std::max(0.0, elapsed - m_takenOut);
    m_takenOut = 0.0;
    m_running = -1;
    if (m_gpuIndex >= 0)
        m_timings.peakVramBytes =
            std::max(m_timings.peakVramBytes, int64_t(engine::processGpuMemoryBytes(m_gpuIndex)));
}

void RenderStopwatch::begin(RenderPhase phase) {
    const auto now = Clock::now();
    endRunning(now);
    m_running = int(phase);
    m_phaseStart = now;
    m_windowStart = now;
}

void RenderStopwatch::add(RenderPhase phase, double seconds) {
    m_timings.phaseSeconds[size_t(phase)] += seconds;
    if (m_running >= 0 && m_running != int(phase))
        m_takenOut += seconds;
}

void RenderStopwatch::windowDone(int step, int window) {
    const auto now = Clock::now();
    auto& steps = m_timings.stepWindowSeconds;
    if (int(steps.size()) <= step)
        steps.resize(size_t(step) + 1);
    auto& windows = steps[size_t(step)];
    if (int(windows.size()) <= window)
        windows.resize(size_t(window) + 1, 0.0);
    windows[size_t(window)] = std::chrono::duration<double>(now - m_windowStart).count();
    m_windowStart = now;
}

RenderTimings RenderStopwatch::finish() {
    endRunning(Clock::now());
    m_timings.totalSeconds = secondsSince(m_start);
    m_timings.peakRssBytes = peakRss();
    return m_timings;
}

}  // namespace vx::studio
