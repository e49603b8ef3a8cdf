// The optional driving video: a clip of a face whose head motion the portrait follows. It is
// tracked on a worker thread (dlib or SCRFD on every frame), then drives both the instant preview
// and the render, retargeted onto the portrait's face with the synthetic motion added on top.
#include <QFileInfo>
#include <QPushButton>

#include "studio/driving_motion.h"
#include "ui/app/failure_text.h"
#include "ui/inputs/drop_zone.h"
#include "ui/inputs/input_checks.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

QString MainWindow::drivingVideoPath() const {
    return m_driving ? m_driving->path : QString();
}

QWidget* MainWindow::createDrivingZone(QWidget* parent) {
    m_drivingZone = new DropZone(parent);
    m_drivingZone->setObjectName(QStringLiteral("drivingDropZone"));
    m_drivingRemove = new QPushButton(m_drivingZone);
    m_drivingRemove->setObjectName(QStringLiteral("drivingRemoveButton"));
    m_drivingRemove->setVisible(false);
    m_drivingZone->setContent(m_drivingRemove);
    connect(m_drivingZone, &DropZone::fileChosen, this, &MainWindow::openDrivingVideo);
    connect(m_drivingRemove, &QPushButton::clicked, this, &MainWindow::clearDrivingVideo);
    m_drivingJob = new JobController(this);
    connect(m_drivingJob, &JobController::finished, this, &MainWindow::drivingTracked);
    connect(m_drivingJob, &JobController::progress, this, [this](const studio::JobProgress& p) {
        if (m_drivingJob->isRunning() && p.frameCount > 0)
            m_drivingZone->setCaption(tr("Following the face in “%1”: frame %2 of %3…")
                                          .arg(m_drivingName)
                                          .arg(p.framesDone)
                                          .arg(p.frameCount));
    });
    return m_drivingZone;
}

bool MainWindow::openDrivingVideo(const QString& path) {
    if (const QString problem = checkVideoFile(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    cancelDrivingTracking();
    m_drivingName = QFileInfo(path).fileName();
    m_drivingZone->setCaption(tr("Following the face in “%1”…").arg(m_drivingName));
    m_drivingResult.reset();
    std::shared_ptr<const LoadedDriving>* result = &m_drivingResult;
    const QString modelFolder = m_modelFolder;
    m_drivingJob->start([path, modelFolder, result](const studio::JobCallbacks& callbacks) {
        *result = trackLoadedDriving(path, modelFolder, callbacks);
    });
    return true;
}

void MainWindow::cancelDrivingTracking() {
    if (m_drivingJob)
        m_drivingJob->abandon();
}

void MainWindow::clearDrivingVideo() {
    cancelDrivingTracking();
    if (!m_driving)
        return;
    m_driving.reset();
    showDriving();
    markModified();
    showInfo(tr("The driving video was removed; the head follows the voice alone."));
    rebuildPerformance();
    Q_EMIT drivingVideoReady();
}

void MainWindow::drivingTracked(const std::optional<studio::JobFailure>& failure) {
    if (failure) {
        showDriving();
        if (!failure->cancelled())
            showError(tr("The driving video cannot be used: %1").arg(failureText(*failure)));
    } else {
        m_driving = m_drivingResult;
        m_lastError.clear();
        showDriving();
        showInfo(tr("Driving video ready: the head follows “%1”.")
                     .arg(QFileInfo(m_driving->path).fileName()));
        rebuildPerformance();
        Q_EMIT drivingVideoReady();
    }
}

void MainWindow::showDriving() {
    m_drivingRemove->setText(tr("Remove"));
    m_drivingRemove->setToolTip(tr("Stops using the driving video."));
    m_drivingRemove->setVisible(m_driving != nullptr);
    if (!m_driving) {
        m_drivingZone->setCaption(
            tr("Optional: drop a video of a face whose head motion the portrait should follow."));
        return;
    }
    const studio::DrivingVideoTrack& t = m_driving->track;
    m_drivingZone->setCaption(tr("%1 — %2 frames at %3 fps, a face in %4")
                                  .arg(QFileInfo(m_driving->path).fileName())
                                  .arg(t.frameCount)
                                  .arg(t.fps, 0, 'f', 2)
                                  .arg(t.framesWithFace));
}

void MainWindow::applyDrivingMotion(motion::PerformanceTrack& track) const {
    if (!m_driving || !m_portrait || track.kps.empty())
        return;
    const studio::PreparedPortrait& p = m_portrait->prepared;
    track.kps =
        studio::applyDrivingMotion(studio::trackInSquareFrame(m_driving->track, p.frameRgb.cols),
                                   p.kps, track.kps, int(track.kps.size()),
                                   m_parameters.toPerformanceSettings().limits);
}

}  // namespace ui
}  // namespace vx
