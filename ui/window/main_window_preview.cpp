// The instant preview: the performance track from the parameters, and the frame under the
// playhead rendered on demand (about 5 ms a frame, so nothing is cached).
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>
#include <exception>

#include "studio/keyframe_clip.h"
#include "ui/app/failure_text.h"
#include "ui/app/image_conversion.h"
#include "ui/preview/preview_clock.h"
#include "ui/preview/preview_view.h"
#include "ui/styles/style_picker.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

int MainWindow::frameCount() const {
    return int(m_track.kps.size());
}

void MainWindow::rebuildPerformance() {
    m_track = {};
    if (m_portrait && m_audio && !m_envelope.empty()) {
        const studio::PreparedPortrait& p = m_portrait->prepared;
        try {
            motion::PerformanceSettings settings = m_parameters.toPerformanceSettings();
            studio::applyKeyframes(m_keyframes, int(m_envelope.size()), m_parameters.targetFps,
                                   settings);
            m_track =
                motion::buildPerformance(settings, p.kps, p.frameRgb.size(), int(m_envelope.size()),
                                         m_parameters.targetFps, m_envelope);
            applyDrivingMotion(m_track);
        } catch (...) {
            showError(tr("The performance cannot be built: %1")
                          .arg(failureText(std::current_exception())));
        }
    }
    updateTimeline();
    m_stylePicker->setPreviewSource(m_portrait, m_envelope, m_parameters.targetFps);
    updateKeyframeLanes();
    {
        const QSignalBlocker blocker(m_scrubSlider);
        m_scrubSlider->setRange(0, std::max(0, frameCount() - 1));
    }
    showFrame(std::clamp(m_currentFrame, 0, std::max(0, frameCount() - 1)));
    updatePlaybackControls();
}

QImage MainWindow::renderFrame(int index) const {
    if (!m_portrait)
        return {};
    const motion::PreviewRenderer& renderer = *m_portrait->renderer;
    try {
        if (index < 0 || index >= frameCount())  // no recording yet: the still portrait
            return imageFromRgb(renderer.render({renderer.referenceKps(), 0.0, 0.0}));
        return imageFromRgb(
            renderer.render({m_track.kps[size_t(index)], m_track.mouthOpenness[size_t(index)],
                             m_track.eyelidClosure[size_t(index)]}));
    } catch (const std::exception&) {
        return {};
    }
}

void MainWindow::showFrame(int index) {
    m_currentFrame = index;
    m_previewImage = renderFrame(index);
    m_previewView->setFrame(m_previewImage);
    if (m_scrubSlider->value() != index) {
        const QSignalBlocker blocker(m_scrubSlider);
        m_scrubSlider->setValue(index);
    }
    const int frames = frameCount();
    m_frameCounter->setText(frames > 0 ? tr("frame %1 / %2").arg(index + 1).arg(frames)
                                       : tr("no frames"));
    if (frames > 0)
        m_timeline->setPlayhead(index / m_parameters.targetFps);
}

void MainWindow::togglePlayPause() {
    if (frameCount() == 0 || isRendering())  // the view shows the render's frames meanwhile
        return;
    m_clock->togglePlayPause();
}

void MainWindow::clockMoved(qint64 positionMs) {
    const int frames = frameCount();
    if (frames == 0)
        return;
    // Half a millisecond of slack: a seek to frame f lands on round(f * 1000 / fps) ms, which
    // may lie just before the frame's exact start.
    const double frame = (double(positionMs) + 0.5) / 1000.0 * m_parameters.targetFps;
    const int index = std::clamp(int(std::floor(frame)), 0, frames - 1);
    if (index != m_currentFrame || m_previewImage.isNull())
        showFrame(index);
}

void MainWindow::updatePlaybackControls() {
    const bool playable = frameCount() > 0 && !isRendering();
    m_playButton->setEnabled(playable);
    m_scrubSlider->setEnabled(playable);
    m_playButton->setText(m_clock->isPlaying() ? tr("Pause") : tr("Play"));
    m_playButton->setIcon(QIcon(m_clock->isPlaying() ? QStringLiteral(":/icons/pause.svg")
                                                     : QStringLiteral(":/icons/play.svg")));
    m_exportAction->setEnabled(playable && !m_exportJob->isRunning());
}

}  // namespace ui
}  // namespace vx
