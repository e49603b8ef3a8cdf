// The inputs panel: the portrait and the voice recording, checked at the drop and prepared on
// worker threads.
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/app/image_conversion.h"
#include "ui/inputs/drop_zone.h"
#include "ui/inputs/input_checks.h"
#include "ui/inputs/portrait_view.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/preview/preview_clock.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/waveform_view.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

QString MainWindow::portraitPath() const {
    return m_portrait ? m_portrait->path : QString();
}

QString MainWindow::audioPath() const {
    return m_audio ? m_audio->path : QString();
}

bool MainWindow::openPortrait(const QString& path) {
    return loadPortrait(path, std::nullopt);
}

bool MainWindow::loadPortrait(const QString& path, const std::optional<QRect>& crop) {
    if (const QString problem = checkPortraitFile(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_portraitZone->setCaption(tr("Finding the face in “%1”…").arg(QFileInfo(path).fileName()));
    m_portraitWatcher.setFuture(QtConcurrent::run(prepareLoadedPortrait, path, crop));
    return true;
}

void MainWindow::reframePortrait(const std::optional<QRect>& crop) {
    if (!m_portrait || m_portraitWatcher.isRunning()) {
        showPortrait();  // the square snaps back to the framing in use
        return;
    }
    loadPortrait(m_portrait->path, crop);
}

bool MainWindow::openAudio(const QString& path) {
    if (const QString problem = checkAudioFile(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_audioZone->setCaption(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    m_audioWatcher.setFuture(QtConcurrent::run(decodeLoadedAudio, path));
    return true;
}

void MainWindow::portraitPrepared() {
    const JobOutcome<LoadedPortrait> outcome = m_portraitWatcher.result();
    if (!outcome.value) {
        showPortrait();  // the caption of the portrait that stays
        const QString message = tr("The portrait cannot be used: %1").arg(outcome.error);
        // With no portrait to show, the zone keeps saying why: a later message (the recording
        // being ready) replaces the message area, not this.
        if (!m_portrait)
            m_portraitZone->setCaption(message);
        showError(message);
        return;
    }
    m_portrait = outcome.value;
    m_lastError.clear();
    showPortrait();
    QStringList notes;
    for (const std::string& warning : m_portrait->prepared.warnings)
        notes << QString::fromStdString(warning);
    showInfo(notes.isEmpty()
                 ? tr("Portrait ready: %1").arg(QFileInfo(m_portrait->path).fileName())
                 : tr("Portrait ready, with notes: %1").arg(notes.join(QStringLiteral("; "))));
    rebuildPerformance();
    Q_EMIT portraitReady();
}

void MainWindow::audioDecoded() {
    const JobOutcome<LoadedAudio> outcome = m_audioWatcher.result();
    if (!outcome.value) {
        showAudio();
        const QString message = tr("The recording cannot be used: %1").arg(outcome.error);
        if (!m_audio)
            m_audioZone->setCaption(message);
        showError(message);
        return;
    }
    m_clock->pause();
    m_audio = outcome.value;
    m_lastError.clear();
    m_envelope = speechEnvelope(*m_audio, m_parameters.targetFps);
    m_clock->setSource(m_audio->path, qint64(std::llround(m_audio->durationSeconds() * 1000.0)));
    m_timeline->setAudio(m_envelope, m_parameters.targetFps);
    m_parametersPanel->setAudioDuration(m_audio->durationSeconds());
    // Manual blinks belong to the recording they were placed on.
    m_parameters.manualBlinkSec.clear();
    m_parametersPanel->setParameters(m_parameters);
    showAudio();
    showInfo(tr("Recording ready: %1").arg(QFileInfo(m_audio->path).fileName()));
    rebuildPerformance();
    Q_EMIT audioReady();
}

void MainWindow::showPortrait() {
    if (!m_portrait) {
        m_portraitZone->setCaption(tr("Drop a portrait photo here, or click to choose one."));
        return;
    }
    const studio::PreparedPortrait& p = m_portrait->prepared;
    // The keypoints are in the framed square's pixels; the view draws on the whole photo.
    const double scale = double(p.crop.width) / p.frameRgb.cols;
    QVector<QPointF> keypoints;
    for (const cv::Point2f& k : p.kps)
        keypoints.push_back(QPointF(p.crop.x + k.x * scale, p.crop.y + k.y * scale));
    m_portraitView->setPortrait(imageFromRgb(p.photoRgb),
                                QRectF(p.crop.x, p.crop.y, p.crop.width, p.crop.height), keypoints);
    m_portraitZone->setCaption(tr("%1 — %2 × %3 px; the dashed square is rendered")
                                   .arg(QFileInfo(m_portrait->path).fileName())
                                   .arg(p.photoRgb.cols)
                                   .arg(p.photoRgb.rows));
}

void MainWindow::showAudio() {
    if (!m_audio) {
        m_audioZone->setCaption(
            tr("Drop a voice recording or a video here, or click to choose one."));
        return;
    }
    m_waveformView->setEnvelope(m_envelope);
    const media::AudioInfo& info = m_audio->info;
    m_audioZone->setCaption(tr("%1 — %2 s, %3 Hz, %n channel(s)", "", info.channelCount)
                                .arg(QFileInfo(m_audio->path).fileName())
                                .arg(m_audio->durationSeconds(), 0, 'f', 2)
                                .arg(info.sampleRateHz));
}

}  // namespace ui
}  // namespace vx
