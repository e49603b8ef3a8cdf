#include "ui/render/render_controller.h"
#include "ui/app/failure_text.h"

#include "studio/render_job.h"

namespace vx {
namespace ui {

RenderController::RenderController(QObject* parent)
    : QObject(parent), m_models(std::make_unique<studio::ModelCache>()) {
    qRegisterMetaType<RenderProgress>();
    qRegisterMetaType<RenderOutcome>();
    connect(&m_job, &JobController::progress, this, [this](const studio::JobProgress& job) {
        Q_EMIT progress(m_estimator.update(job, double(m_clock.nsecsElapsed()) * 1e-9));
    });
    connect(&m_job, &JobController::logMessage, this, &RenderController::logMessage);
    connect(&m_job, &JobController::frameReady, this, &RenderController::frameReady);
    connect(&m_job, &JobController::finished, this, &RenderController::jobFinished);
}

RenderController::~RenderController() = default;  // m_job cancels and waits first

bool RenderController::start(const studio::RenderJobRequest& request) {
    if (m_job.isRunning())
        return false;
    m_outcome = RenderOutcome{};
    m_outcome.path = QString::fromStdString(request.output.string());
    m_estimator = RenderTimeEstimator{};
    m_clock.start();
    RenderOutcome* outcome = &m_outcome;
    studio::ModelCache* models = m_models.get();
    const bool started = m_job.start(
        [request, outcome, models](const studio::JobCallbacks& callbacks) {
            const studio::RenderJobResult result = studio::renderVideo(request, callbacks, models);
            callbacks.message(result.timings.format());
            outcome->frameCount = result.frameCount;
            outcome->fps = result.fps;
            outcome->startSeconds = result.startSeconds;
            outcome->durationSeconds = result.durationSeconds;
            outcome->runtime = QString::fromStdString(result.runtime);
            for (const std::string& w : result.warnings)
                outcome->warnings << QString::fromStdString(w);
        },
        m_maxFrameSide);
    if (started)
        Q_EMIT this->started();
    return started;
}

void RenderController::cancel() {
    m_job.cancel();
}

void RenderController::releaseModel() {
    m_models->release();
}

void RenderController::jobFinished(const std::optional<studio::JobFailure>& failure) {
    if (failure) {
        m_outcome.cancelled = failure->cancelled();
        m_outcome.error = failureText(*failure);
    }
    const RenderOutcome outcome = m_outcome;
    Q_EMIT finished(outcome);
}

}  // namespace ui
}  // namespace vx
