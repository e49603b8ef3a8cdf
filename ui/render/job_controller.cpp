#include "ui/render/job_controller.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "ui/app/image_conversion.h"

namespace vx {
namespace ui {

JobController::JobController(QObject* parent) : QObject(parent) {}

JobController::~JobController() {
    m_runner.cancel();  // the runner's destructor waits for the worker
}

bool JobController::start(studio::JobRunner::Work work, int maxFrameSide) {
    studio::JobRunner::Options options;
    options.lowerPriority = true;
    options.wake = [this] {
        if (!m_deliveryPosted.exchange(true))
            QMetaObject::invokeMethod(this, &JobController::deliver, Qt::QueuedConnection);
    };
    options.prepareFrame = [maxFrameSide](const cv::Mat& rgb) {
        if (rgb.cols <= maxFrameSide && rgb.rows <= maxFrameSide)
            return rgb;  // the runner queues a deep copy
        const double scale =
            std::min(double(maxFrameSide) / rgb.cols, double(maxFrameSide) / rgb.rows);
        cv::Mat small;
        cv::resize(rgb, small, cv::Size(), scale, scale, cv::INTER_AREA);
        return small;
    };
    return m_runner.start(std::move(work), std::move(options));
}

void JobController::cancel() {
    m_runner.cancel();
}

void JobController::deliver() {
    m_deliveryPosted.store(false);
    studio::JobRunner::Handlers handlers;
    handlers.progress = [this](const studio::JobProgress& p) { Q_EMIT progress(p); };
    handlers.log = [this](const std::string& text) {
        Q_EMIT logMessage(QString::fromStdString(text));
    };
    handlers.frame = [this](int index, const cv::Mat& rgb) {
        Q_EMIT frameReady(index, imageFromRgb(rgb));
    };
    handlers.finished = [this](const std::optional<studio::JobFailure>& failure) {
        Q_EMIT finished(failure);
    };
    m_runner.deliver(handlers);
}

}  // namespace ui
}  // namespace vx
