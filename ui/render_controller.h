// Runs one V-Express render at a time (studio::renderVideo) on its own worker thread and turns
// the job's callbacks into Qt signals. The GUI thread never does engine work: it only receives
// the signals, which are queued to receivers that live on it.
#pragma once

#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

#include "ui/render_progress.h"

class QThread;

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
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const { return m_thread != nullptr && m_cancel->load(); }
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
    // These four are emitted on the worker thread.
    void started();
    void progress(const vx::ui::RenderProgress& progress);
    void frameReady(int index, const QImage& frame);
    void logMessage(const QString& text);
    // Emitted on the controller's thread once the worker thread has ended.
    void finished(const vx::ui::RenderOutcome& outcome);

private:
    void run(const studio::RenderJobRequest& request);  // on the worker thread
    void workerEnded();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    RenderOutcome m_outcome;  // written by the worker, read after it has ended
    int m_maxFrameSide = 1024;
    std::unique_ptr<studio::ModelCache> m_models;
};

}  // namespace ui
}  // namespace vx
