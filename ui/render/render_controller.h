// Runs one V-Express render at a time (studio::renderVideo) through the studio's job runner, on
// its worker thread, and turns what the job reports into Qt signals. The GUI thread never does
// engine work: the runner queues progress, log lines and frames (a bounded queue), and the
// controller hands them out as signals on its own thread.
#pragma once

#include <QImage>
#include <QObject>

#include <QElapsedTimer>

#include <memory>

#include "ui/render/job_controller.h"
#include "ui/render/render_progress.h"

namespace vx {
namespace studio {
struct RenderJobRequest;
class ModelCache;
}  // namespace studio
namespace ui {

class RenderController : public QObject {
    Q_OBJECT
public:
    explicit RenderController(QObject* parent = nullptr);
    // A render still running is cancelled and waited for (within one UNet call).
    ~RenderController() override;

    // Starts `request` on a worker thread. Returns false, starting nothing, while a render runs.
    bool start(const studio::RenderJobRequest& request);
    bool isRunning() const { return m_job.isRunning(); }
    bool isCancelling() const { return m_job.isCancelling(); }
    // Decoded frames larger than this (paste-back into a big photo) are scaled down for display
    // before they cross to the GUI thread; the file keeps the full size.
    void setMaxFrameSide(int pixels) { m_maxFrameSide = pixels; }
    // The model kept loaded between renders (same folder, device and precision: no reload).
    const studio::ModelCache& modelCache() const { return *m_models; }

public Q_SLOTS:
    // Asks the render to stop; the engine checks before every UNet call and every decoded frame.
    // finished() follows with outcome.cancelled and no file at the output path.
    void cancel();
    // Frees the kept model (the model folder changed); a running render keeps its own until
    // it ends.
    void releaseModel();

Q_SIGNALS:
    // All emitted on the controller's thread, in the order the job reported.
    void started();
    void progress(const vx::ui::RenderProgress& progress);
    void frameReady(int index, const QImage& frame);
    void logMessage(const QString& text);
    // Once the worker has ended; after it the controller can start the next render.
    void finished(const vx::ui::RenderOutcome& outcome);

private:
    void jobFinished(const std::optional<studio::JobFailure>& failure);

    // Declared before the job, so a render still running ends before the model goes.
    std::unique_ptr<studio::ModelCache> m_models;
    RenderOutcome m_outcome;  // the result part is written by the job, read after it has ended
    RenderTimeEstimator m_estimator;
    QElapsedTimer m_clock;
    int m_maxFrameSide = 1024;
    JobController m_job;
};

}  // namespace ui
}  // namespace vx
