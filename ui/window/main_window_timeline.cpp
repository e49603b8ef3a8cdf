// The timeline: it shows the performance track and sends back seeks and manual blinks.
#include "ui/preview/preview_clock.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

#include <cmath>

namespace vx {
namespace ui {

void MainWindow::connectTimeline() {
    connect(m_timeline, &TimelinePlot::seekRequested, this, [this](double seconds) {
        m_clock->seek(qint64(std::llround(seconds * 1000.0)));
        if (frameCount() > 0)
            showFrame(
                std::min(frameCount() - 1, int(std::floor(seconds * m_parameters.targetFps))));
    });
    connect(m_timeline, &TimelinePlot::manualBlinksChanged, this,
            [this](const std::vector<double>& blinks) {
                studio::StudioParameters changed = m_parameters;
                changed.manualBlinkSec = blinks;
                setParameters(changed);
            });
}

void MainWindow::updateTimeline() {
    m_timeline->setMotion(m_track.poses, m_track.blinks);
}

}  // namespace ui
}  // namespace vx
