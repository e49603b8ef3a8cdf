// The studio's side of studio::JobRunner: starts a job on the runner's worker thread and hands
// what it reports out as Qt signals on the controller's own (GUI) thread. The runner wakes the
// controller through one queued call at a time, which takes everything queued by then, so a
// fast job cannot flood the event loop. Renders and preview exports run through it.
#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

#include "studio/job_runner.h"

namespace vx {
namespace ui {

class JobController : public QObject {
    Q_OBJECT
public:
    explicit JobController(QObject* parent = nullptr);
    // A job still running is cancelled and waited for.
    ~JobController() override;

    // Starts `work` on the worker thread (niced, so the GUI stays responsive). Frames larger
    // than maxFrameSide are scaled down on the worker before they cross to this thread. Returns
    // false, starting nothing, while a job runs.
    bool start(studio::JobRunner::Work work, int maxFrameSide = 1024);
    bool isRunning() const { return m_runner.isRunning(); }
    bool isCancelling() const { return m_runner.isCancelling(); }

    // Cancels a running job and waits for it; it reports nothing more, not even finished().
    void abandon() { m_runner.abandon(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // All on the controller's thread, in the order the job reported them; finished() last.
    void progress(const vx::studio::JobProgress& progress);
    void logMessage(const QString& text);
    void frameReady(int index, const QImage& frame);
    // `failure` is empty when the job succeeded.
    void finished(const std::optional<vx::studio::JobFailure>& failure);

private:
    void deliver();

    std::atomic<bool> m_deliveryPosted{false};
    studio::JobRunner m_runner;
};

}  // namespace ui
}  // namespace vx
