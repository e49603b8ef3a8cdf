// The loop range and the comparison with the rendered video. Set In / Set Out (or a shift-drag
// on the timeline) choose a range that playback loops over and Draft Render covers; after a
// render, the rendered video plays in the preview panel at the playhead, instead of or beside
// the instant preview.
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>

#include "ui/preview/preview_clock.h"
#include "ui/preview/preview_tools_bar.h"
#include "ui/preview/preview_view.h"
#include "ui/preview/rendered_clip.h"
#include "ui/preview/rendered_view.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

namespace {
// The clock reports about every 15 ms: wrap a little before the end so that a loop ending at
// the end of the clip wraps before the clock stops there.
constexpr qint64 kWrapEarlyMs = 20;
}  // namespace

void MainWindow::setUpLoopAndCompare() {
    connect(m_previewTools, &PreviewToolsBar::setInRequested, this, [this] {
        const double at = frameCount() > 0 ? m_currentFrame / m_parameters.targetFps : 0.0;
        const double duration = m_timeline->durationSeconds();
        setLoopRange(at, hasLoopRange() && m_loopEndSec > at ? m_loopEndSec : duration);
    });
    connect(m_previewTools, &PreviewToolsBar::setOutRequested, this, [this] {
        // The range ends after the frame under the playhead.
        const double at = frameCount() > 0 ? (m_currentFrame + 1) / m_parameters.targetFps : 0.0;
        setLoopRange(hasLoopRange() && m_loopStartSec < at ? m_loopStartSec : 0.0, at);
    });
    connect(m_previewTools, &PreviewToolsBar::clearRangeRequested, this,
            &MainWindow::clearLoopRange);
    connect(m_previewTools, &PreviewToolsBar::compareModeChanged, this,
            &MainWindow::applyCompareMode);
    connect(m_timeline, &TimelinePlot::rangeSelected, this, &MainWindow::setLoopRange);
    connect(m_clock, &PreviewClock::positionChanged, this, &MainWindow::loopClockMoved);
    connect(m_clock, &PreviewClock::playingChanged, this, &MainWindow::loopPlayingChanged);
    // Wherever the playhead goes, the rendered view follows (after the preview has moved).
    connect(m_scrubSlider, &QSlider::valueChanged, this, &MainWindow::showRenderedFrame);
    connect(m_timeline, &TimelinePlot::seekRequested, this, &MainWindow::showRenderedFrame);
    connect(m_renderedClip, &RenderedClipSource::loaded, this, [this] {
        m_previewTools->setRenderedAvailable(true);
        m_previewTools->setCompareMode(CompareMode::SideBySide);
        applyCompareMode();
        Q_EMIT renderedClipReady();
    });
    connect(m_renderedClip, &RenderedClipSource::failed, this, [this](const QString& error) {
        showError(tr("The rendered video cannot be shown: %1").arg(error));
    });
    // Ranges and renders belong to the recording and the portrait they were made with.
    connect(this, &MainWindow::audioReady, this, [this] {
        clearLoopRange();
        forgetRenders();
    });
    connect(this, &MainWindow::portraitReady, this, &MainWindow::forgetRenders);
    m_previewTools->setRange(0, 0);
}

void MainWindow::setLoopRange(double startSeconds, double endSeconds) {
    const double duration = m_timeline->durationSeconds();
    if (startSeconds > endSeconds)
        std::swap(startSeconds, endSeconds);
    m_loopStartSec = std::clamp(startSeconds, 0.0, duration);
    m_loopEndSec = std::clamp(endSeconds, 0.0, duration);
    if (!hasLoopRange())
        m_loopStartSec = m_loopEndSec = 0.0;
    m_previewTools->setRange(m_loopStartSec, m_loopEndSec);
    m_timeline->setLoopRange(m_loopStartSec, m_loopEndSec);
    if (m_clock->isPlaying())
        loopPlayingChanged(true);  // jump into the new range
}

void MainWindow::clearLoopRange() {
    setLoopRange(0.0, 0.0);
}

void MainWindow::loopClockMoved(qint64 positionMs) {
    if (m_clock->isPlaying() && hasLoopRange() &&
        positionMs >= qint64(std::llround(m_loopEndSec * 1000.0)) - kWrapEarlyMs)
        m_clock->seek(qint64(std::llround(m_loopStartSec * 1000.0)));
    showRenderedFrame();
}

void MainWindow::loopPlayingChanged(bool playing) {
    if (!hasLoopRange())
        return;
    const qint64 start = qint64(std::llround(m_loopStartSec * 1000.0));
    const qint64 end = qint64(std::llround(m_loopEndSec * 1000.0)) - kWrapEarlyMs;
    const qint64 at = m_clock->positionMs();
    if (playing && (at < start || at >= end)) {
        m_clock->seek(start);
    } else if (!playing && !isRendering() && at >= m_clock->durationMs() - kWrapEarlyMs) {
        // The clock stopped at the end of the clip inside the range: go round again once it
        // has finished stopping.
        QTimer::singleShot(0, this, [this] {
            if (!hasLoopRange() || isRendering() || m_clock->isPlaying())
                return;
            m_clock->seek(qint64(std::llround(m_loopStartSec * 1000.0)));
            m_clock->play();
        });
    }
}

void MainWindow::applyCompareMode() {
    const CompareMode mode =
        m_renderedClip->hasClip() ? m_previewTools->compareMode() : CompareMode::Preview;
    m_previewView->setVisible(mode != CompareMode::Rendered);
    m_renderedView->setVisible(mode != CompareMode::Preview);
    showRenderedFrame();
}

void MainWindow::showRenderedFrame() {
    if (!m_renderedView->isVisibleTo(this) || !m_renderedClip->hasClip())
        return;
    const double seconds = frameCount() > 0 ? m_currentFrame / m_parameters.targetFps : 0.0;
    m_renderedView->setFrame(m_renderedClip->frameAt(seconds));
}

void MainWindow::forgetRenders() {
    m_renderedRanges.clear();
    m_timeline->setRenderedRanges(m_renderedRanges);
    m_renderedClip->clear();
    m_previewTools->setRenderedAvailable(false);
    applyCompareMode();
}

}  // namespace ui
}  // namespace vx
