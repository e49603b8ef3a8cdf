#include "ui/queue/render_queue_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <filesystem>
#include <system_error>
#include <utility>

#include "common/error.h"
#include "common/log.h"
#include "studio/render_state.h"
#include "ui/app/failure_text.h"
#include "ui/render/render_controller.h"

namespace vx {
namespace ui {

namespace {

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

// The saved state of a render that did not finish, for the job's message: "7 of 25 denoising
// steps done", or empty.
std::string keptState(const std::filesystem::path& output) {
    return studio::describeRenderState(output).value_or(std::string());
}

}  // namespace

QString defaultRenderQueueFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/render-queue.json");
}

RenderQueueRunner::RenderQueueRunner(RenderController* controller, QString queueFile,
                                     QObject* parent)
    : QObject(parent), m_controller(controller), m_file(std::move(queueFile)) {
    try {
        m_queue = studio::readRenderQueueFile(toPath(m_file));
    } catch (...) {
        // Set aside rather than overwritten by the next save: the user may want its jobs back.
        const QString aside = m_file + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(m_file, aside);
        m_loadProblem =
            tr("The saved render queue could not be read (%1); it was moved to %2 and "
               "the queue starts empty.")
                .arg(failureText(std::current_exception()), QDir::toNativeSeparators(aside));
        log::warning("vx.studio", m_loadProblem.toStdString());
    }
    connect(m_controller, &RenderController::progress, this,
            &RenderQueueRunner::controllerProgress);
    connect(m_controller, &RenderController::logMessage, this, &RenderQueueRunner::controllerLog);
    connect(m_controller, &RenderController::finished, this,
            &RenderQueueRunner::controllerFinished);
    startNextSoon();
}

int64_t RenderQueueRunner::add(const studio::Project& project, const studio::RenderTarget& target) {
    const int64_t id = m_queue.add(project, target);
    save();
    Q_EMIT changed();
    startNextSoon();
    return id;
}

void RenderQueueRunner::cancel(int64_t id) {
    const studio::QueueJob* job = m_queue.find(id);
    if (!job || !job->isPending())
        return;
    if (id == m_running) {
        if (m_stop == StopReason::None)
            m_controller->cancel();
        m_stop = StopReason::Cancel;
        return;  // the status follows when the render has stopped
    }
    m_queue.setStatus(id, studio::QueueJobStatus::Cancelled, keptState(job->target.output));
    save();
    Q_EMIT changed();
}

void RenderQueueRunner::remove(int64_t id) {
    const studio::QueueJob* job = m_queue.find(id);
    if (!job || id == m_running)
        return;
    // A job that never finished leaves no half-done state behind when it goes.
    if (job->status != studio::QueueJobStatus::Done) {
        std::error_code ec;
        std::filesystem::remove_all(studio::renderStateFolder(job->target.output), ec);
    }
    m_queue.remove(id);
    save();
    Q_EMIT changed();
}

void RenderQueueRunner::move(int64_t id, int delta) {
    if (m_queue.move(id, delta)) {
        save();
        Q_EMIT changed();
    }
}

void RenderQueueRunner::retry(int64_t id) {
    if (m_queue.retry(id)) {
        save();
        Q_EMIT changed();
        startNextSoon();
    }
}

void RenderQueueRunner::removeDone() {
    m_queue.removeDone();
    save();
    Q_EMIT changed();
}

void RenderQueueRunner::setPaused(bool paused) {
    if (paused == m_queue.isPaused())
        return;
    m_queue.setPaused(paused);
    if (paused && m_running && m_stop == StopReason::None) {
        m_stop = StopReason::Pause;
        m_controller->cancel();
    }
    save();
    Q_EMIT changed();
    startNextSoon();
}

void RenderQueueRunner::startNextSoon() {
    // From the event loop: the controller accepts a new render only after its finished signal
    // has reached every receiver.
    if (m_startQueued)
        return;
    m_startQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_startQueued = false;
        startNext();
    });
}

void RenderQueueRunner::startNext() {
    if (m_running || m_queue.isPaused() || m_controller->isRunning())
        return;
    const studio::QueueJob* job = m_queue.next();
    if (!job)
        return;
    const int64_t id = job->id;
    studio::RenderJobRequest request;
    try {
        request = studio::buildRenderRequest(job->project, job->target);
    } catch (...) {
        m_queue.setStatus(id, studio::QueueJobStatus::Failed,
                          failureText(std::current_exception()).toStdString());
        save();
        Q_EMIT changed();
        startNextSoon();
        return;
    }
    // A job stopped part-way (paused, cancelled, or running when the studio closed) continues
    // from its state; a state whose settings differ fails the job with the reason rather than
    // being thrown away.
    request.resume = studio::describeRenderState(job->target.output)
                         ? studio::ResumePolicy::Resume
                         : studio::ResumePolicy::RefuseExisting;
    m_progress = RenderProgress{};
    m_stop = StopReason::None;
    if (!m_controller->start(request))
        return;  // the window's render came first; its end calls startNextSoon
    m_running = id;
    m_queue.setStatus(id, studio::QueueJobStatus::Running);
    save();
    Q_EMIT changed();
}

void RenderQueueRunner::controllerProgress(const RenderProgress& progress) {
    if (!m_running)
        return;
    m_progress = progress;
    Q_EMIT jobProgress(m_running, progress);
}

void RenderQueueRunner::controllerLog(const QString& line) {
    if (m_running)
        Q_EMIT jobLog(m_running, line);
}

void RenderQueueRunner::controllerFinished(const RenderOutcome& outcome) {
    if (!m_running)
        return;  // the window's own render
    const int64_t id = std::exchange(m_running, 0);
    const StopReason stop = std::exchange(m_stop, StopReason::None);
    const std::filesystem::path output = toPath(outcome.path);
    if (outcome.cancelled) {
        m_queue.setStatus(id,
                          stop == StopReason::Pause ? studio::QueueJobStatus::Paused
                                                    : studio::QueueJobStatus::Cancelled,
                          keptState(output));
    } else if (!outcome.error.isEmpty()) {
        m_queue.setStatus(id, studio::QueueJobStatus::Failed, outcome.error.toStdString());
    } else {
        m_queue.setStatus(id, studio::QueueJobStatus::Done,
                          tr("%n frame(s) at %1 fps", "", outcome.frameCount)
                              .arg(outcome.fps, 0, 'f', 2)
                              .toStdString());
    }
    save();
    Q_EMIT changed();
    Q_EMIT jobFinished(id, outcome);
    startNextSoon();
}

void RenderQueueRunner::save() {
    try {
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        studio::writeRenderQueueFile(m_queue, toPath(m_file));
    } catch (...) {
        const QString message = failureText(std::current_exception());
        log::warning("vx.studio", "the render queue could not be saved: " + message.toStdString());
        Q_EMIT saveFailed(message);
    }
}

}  // namespace ui
}  // namespace vx
