#include "ui/render/render_progress.h"

#include <algorithm>

namespace vx {
namespace ui {

namespace {
constexpr double kDenoiseStart = 0.05;
constexpr double kDenoiseEnd = 0.90;
}  // namespace

double RenderTimeEstimator::fractionDone(const studio::JobProgress& job) {
    if (job.stage == studio::JobStage::Denoising && job.stepCount > 0) {
        const double windows = job.windowCount > 0 ? double(job.window) / job.windowCount : 1.0;
        const double steps = std::clamp((job.step - 1 + windows) / job.stepCount, 0.0, 1.0);
        return kDenoiseStart + (kDenoiseEnd - kDenoiseStart) * steps;
    }
    if (job.stage == studio::JobStage::Decoding || job.stage == studio::JobStage::Encoding) {
        const double frames = job.frameCount > 0
                                  ? std::clamp(double(job.framesDone) / job.frameCount, 0.0, 1.0)
                                  : 0.0;
        return kDenoiseEnd + (1.0 - kDenoiseEnd) * frames;
    }
    return 0.0;  // preparing: nothing that says how long the render will take
}

RenderProgress RenderTimeEstimator::update(const studio::JobProgress& job, double elapsedSeconds) {
    RenderProgress p;
    p.stage = job.stage;
    p.step = job.step;
    p.stepCount = job.stepCount;
    p.window = job.window;
    p.windowCount = job.windowCount;
    p.framesDone = job.framesDone;
    p.frameCount = job.frameCount;
    p.elapsedSeconds = elapsedSeconds;
    // The bar never runs backwards.
    m_lastFraction = std::max(m_lastFraction, fractionDone(job));
    p.fractionDone = m_lastFraction;
    if (m_denoiseStartSeconds < 0.0 && job.stage == studio::JobStage::Denoising) {
        // The rate is measured from the first denoising report on: the time before it went into
        // loading the model and the portrait, which does not grow with the clip.
        m_denoiseStartSeconds = elapsedSeconds;
        m_denoiseStartFraction = m_lastFraction;
        return p;
    }
    const double sinceStart = elapsedSeconds - m_denoiseStartSeconds;
    const double progressed = m_lastFraction - m_denoiseStartFraction;
    if (m_denoiseStartSeconds >= 0.0 && sinceStart > 0.0 && progressed > 0.0)
        p.remainingSeconds = sinceStart / progressed * (1.0 - m_lastFraction);
    if (m_lastFraction >= 1.0)
        p.remainingSeconds = 0.0;
    return p;
}

}  // namespace ui
}  // namespace vx
