// What the render controller reports to the window: the progress of a running render (with the
// elapsed time and an estimate of the time left) and the outcome of a finished one.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "studio/job_callbacks.h"

namespace vx {
namespace ui {

struct RenderProgress {
    studio::JobStage stage = studio::JobStage::Starting;
    int step = 0;  // denoising step, 1-based; 0 outside the denoising stage
    int stepCount = 0;
    int window = 0;  // context windows of the current step done so far
    int windowCount = 0;
    int framesDone = 0;  // frames written to the file so far
    int frameCount = 0;
    double elapsedSeconds = 0.0;
    double remainingSeconds = -1.0;  // < 0 while there is nothing to estimate from
    double fractionDone = 0.0;       // 0..1, for a progress bar
};

struct RenderOutcome {
    QString path;
    int frameCount = 0;
    double fps = 0.0;
    double startSeconds = 0.0;  // where the video starts in the recording (draft of a range)
    double durationSeconds = 0.0;
    QString runtime;  // e.g. "cpu, float32"
    QStringList warnings;
    bool cancelled = false;
    QString error;  // empty on success; names the file the problem is in
    bool succeeded() const { return !cancelled && error.isEmpty(); }
};

// Turns job progress into a fraction of the whole render and a time-left estimate. Denoising is
// almost all of a render's time; the steps before it (loading the model, the portrait) do not
// scale with the clip, so the estimate is made from the rate since the first denoising report.
class RenderTimeEstimator {
public:
    // `elapsedSeconds` since the render started. Fills the progress fields from `job`.
    RenderProgress update(const studio::JobProgress& job, double elapsedSeconds);

    // The share of the render done when `job` is reported (denoising 5 % .. 90 %, decoding and
    // writing the frames 90 % .. 100 %).
    static double fractionDone(const studio::JobProgress& job);

private:
    double m_denoiseStartSeconds = -1.0;
    double m_denoiseStartFraction = 0.0;
    double m_lastFraction = 0.0;
};

}  // namespace ui
}  // namespace vx

Q_DECLARE_METATYPE(vx::ui::RenderProgress)
Q_DECLARE_METATYPE(vx::ui::RenderOutcome)
