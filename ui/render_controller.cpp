#include "ui/render_controller.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <exception>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "common/error.h"
#include "studio/render_job.h"
#include "ui/image_conversion.h"

namespace vx {
namespace ui {

RenderController::RenderController(QObject* parent)
    : QObject(parent),
      m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_models(std::make_unique<studio::ModelCache>()) {
    qRegisterMetaType<RenderProgress>();
    qRegisterMetaType<RenderOutcome>();
}

RenderController::~RenderController() {
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
}

bool RenderController::start(const studio::RenderJobRequest& request) {
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_outcome = RenderOutcome{};
    m_thread = QThread::create([this, request] { run(request); });
    m_thread->setObjectName(QStringLiteral("vx-render"));
    // QThread::finished comes from the worker thread; the slot runs here after it has ended.
    connect(m_thread, &QThread::finished, this, &RenderController::workerEnded,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void RenderController::cancel() {
    m_cancel->store(true);
}

void RenderController::releaseModel() {
    m_models->release();
}

namespace {

// The engine runs niced on Linux, where nice is per thread and inherited by the threads this one
// starts (LibTorch's and OpenMP's workers are created on first use, from here): the GUI thread
// then gets a core whenever it has work, however busy the render keeps the others.
void lowerThisThreadsPriority() {
#ifdef __linux__
    const auto tid = id_t(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, std::min(19, getpriority(PRIO_PROCESS, tid) + 10));
#endif
}

}  // namespace

void RenderController::run(const studio::RenderJobRequest& request) {
    lowerThisThreadsPriority();
    Q_EMIT started();
    QElapsedTimer clock;
    clock.start();
    RenderTimeEstimator estimator;
    const auto cancel = m_cancel;

    studio::JobCallbacks callbacks;
    callbacks.shouldAbort = [cancel] { return cancel->load(); };
    callbacks.progress = [&](const studio::JobProgress& job) {
        Q_EMIT progress(estimator.update(job, double(clock.nsecsElapsed()) * 1e-9));
    };
    callbacks.log = [this](const std::string& text) {
        Q_EMIT logMessage(QString::fromStdString(text));
    };
    callbacks.frameReady = [this](int index, const cv::Mat& rgb) {
        QImage frame = imageFromRgb(rgb);  // a deep copy: the Mat is reused by the job
        if (frame.width() > m_maxFrameSide || frame.height() > m_maxFrameSide)
            frame = frame.scaled(m_maxFrameSide, m_maxFrameSide, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        Q_EMIT frameReady(index, frame);
    };

    RenderOutcome outcome;
    outcome.path = QString::fromStdString(request.output.string());
    try {
        const studio::RenderJobResult result =
            studio::renderVideo(request, callbacks, m_models.get());
        Q_EMIT logMessage(QString::fromStdString(result.timings.format()));
        outcome.frameCount = result.frameCount;
        outcome.fps = result.fps;
        outcome.startSeconds = result.startSeconds;
        outcome.durationSeconds = result.durationSeconds;
        outcome.runtime = QString::fromStdString(result.runtime);
        for (const std::string& w : result.warnings)
            outcome.warnings << QString::fromStdString(w);
    } catch (const Error& e) {
        outcome.cancelled = e.kind() == ErrorKind::Cancelled;
        outcome.error = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
    m_outcome = outcome;
}

void RenderController::workerEnded() {
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const RenderOutcome outcome = m_outcome;
    Q_EMIT finished(outcome);
}

}  // namespace ui
}  // namespace vx
