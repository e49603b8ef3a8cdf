// Runs the studio's render queue (studio/render_queue.h): one job at a time through the
// window's render controller, the next as soon as one ends, unless the queue is paused or the
// window is rendering on its own. Every edit and every outcome is saved to the queue file at
// once, so a restart finds the same queue; the job that was running when the studio stopped
// resumes from its saved state (studio/render_state.h) first. Pausing stops the running job,
// keeping its state, and it resumes when the queue starts again.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

#include "studio/render_queue.h"
#include "ui/render/render_progress.h"

namespace vx {
namespace ui {

class RenderController;

class RenderQueueRunner : public QObject {
    Q_OBJECT
public:
    // Reads `queueFile`; a damaged one is moved aside (loadProblem() says where) and the queue
    // starts empty. Jobs start once the event loop runs, unless the queue was paused.
    RenderQueueRunner(RenderController* controller, QString queueFile, QObject* parent = nullptr);

    const studio::RenderQueue& queue() const { return m_queue; }
    const QString& queueFile() const { return m_file; }
    // Why the saved queue could not be read (empty when it could).
    const QString& loadProblem() const { return m_loadProblem; }
    // The job the controller is rendering for the queue, or 0.
    int64_t runningJobId() const { return m_running; }
    bool isRunningJob() const { return m_running != 0; }
    // The running job's last progress report.
    const RenderProgress& runningProgress() const { return m_progress; }

    // Queues a render of `project` to `target`. Throws vx::Error(BadInput) when the queue
    // already writes that output or the project lacks an input.
    int64_t add(const studio::Project& project, const studio::RenderTarget& target);
    // A waiting job is cancelled at once; the running one stops within one denoising step and
    // keeps its saved state, so Retry continues it.
    void cancel(int64_t id);
    // Removes a job that is not running, and its saved state when it never finished.
    void remove(int64_t id);
    void move(int64_t id, int delta);
    void retry(int64_t id);
    void removeDone();
    void setPaused(bool paused);

public Q_SLOTS:
    // Starts the next pending job if the queue runs and the controller is free (the window
    // calls it when its own render ends).
    void startNextSoon();

Q_SIGNALS:
    // The list, an order or a status changed (not the running job's progress).
    void changed();
    void jobProgress(qint64 id, const vx::ui::RenderProgress& progress);
    void jobLog(qint64 id, const QString& line);
    void jobFinished(qint64 id, const vx::ui::RenderOutcome& outcome);
    // The queue file could not be written; the queue goes on in memory.
    void saveFailed(const QString& message);

private:
    enum class StopReason { None, Pause, Cancel };

    void startNext();
    void controllerProgress(const RenderProgress& progress);
    void controllerLog(const QString& line);
    void controllerFinished(const RenderOutcome& outcome);
    void save();

    RenderController* m_controller;
    QString m_file;
    QString m_loadProblem;
    studio::RenderQueue m_queue;
    int64_t m_running = 0;
    StopReason m_stop = StopReason::None;
    RenderProgress m_progress;
    bool m_startQueued = false;
};

// The queue file's place: the studio's data folder (QStandardPaths::AppDataLocation, beside
// the autosave).
QString defaultRenderQueueFile();

}  // namespace ui
}  // namespace vx
