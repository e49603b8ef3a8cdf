// The optional driving video: a clip of a face whose head motion the portrait follows. It is
// tracked on a worker thread (dlib or SCRFD on every frame), then drives both the instant preview
// and the render, retargeted onto the portrait's face with the synthetic motion added on top.
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include "studio/driving_motion.h"
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
    connect(&m_drivingWatcher, &QFutureWatcherBase::finished, this, &MainWindow::drivingTracked);
    return m_drivingZone;
}

bool MainWindow::openDrivingVideo(const QString& path) {
    if (const QString problem = checkVideoFile(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    cancelDrivingTracking();
    m_drivingCancel = std::make_shared<std::atomic<bool>>(false);
    const QString name = QFileInfo(path).fileName();
    m_drivingZone->setCaption(tr("Following the face in “%1”…").arg(name));
    // Progress crosses to the GUI thread through the event loop; the window may be gone by then.
    QPointer<MainWindow> self(this);
    auto progress = [self, name](int done, int total) {
        if (done % 10 != 0 && done != total)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, name, done, total] {
                if (self && self->m_drivingWatcher.isRunning())
                    self->m_drivingZone->setCaption(
                        tr("Following the face in “%1”: frame %2 of %3…")
                            .arg(name)
                            .arg(done)
                            .arg(total));
            },
            Qt::QueuedConnection);
    };
    m_drivingWatcher.setFuture(
        QtConcurrent::run(trackLoadedDriving, path, m_modelFolder, m_drivingCancel, progress));
    return true;
}

void MainWindow::cancelDrivingTracking() {
    if (m_drivingCancel)
        m_drivingCancel->store(true);
    m_drivingWatcher.waitForFinished();
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

void MainWindow::drivingTracked() {
    const JobOutcome<LoadedDriving> outcome = m_drivingWatcher.result();
    if (!outcome.value) {
        showDriving();
        if (!(m_drivingCancel && m_drivingCancel->load()))
            showError(tr("The driving video cannot be used: %1").arg(outcome.error));
    } else {
        m_driving = outcome.value;
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
                                   p.kps, track.kps, int(track.kps.size()));
}

}  // namespace ui
}  // namespace vx
