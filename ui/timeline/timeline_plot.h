// The timeline under the preview: the voice's loudness, the head's yaw/pitch/roll, the blinks
// and a playhead, on one time axis. Wheel zooms and dragging pans the time axis; a click on the
// blink lane adds a manual blink there (or removes the one under the cursor), a click anywhere
// else moves the playhead. Shift-drag selects the loop range. The loop range is shaded over the
// lanes, and the parts of the clip that have been rendered along the bottom edge. The keyframe
// lanes (keyframe_lanes.h) sit under the plot and follow its time axis.
#pragma once

#include <QPair>
#include <QPoint>
#include <QVector>
#include <QWidget>

#include <vector>

#include "motion/blink_schedule.h"
#include "motion/head_motion.h"

class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;
class QToolButton;

namespace vx {
namespace ui {

class KeyframeLanes;

class TimelinePlot : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget* parent = nullptr);

    // Loudness per frame at `fps`; clears the motion and the blinks.
    void setAudio(const std::vector<double>& envelope, double fps);
    void setMotion(const std::vector<motion::HeadPose>& poses,
                   const std::vector<motion::Blink>& blinks);
    void setPlayhead(double seconds);
    void clear();
    // The loop range; start >= end clears the shading.
    void setLoopRange(double startSeconds, double endSeconds);
    // The time spans that have a rendered video (start, end in seconds).
    void setRenderedRanges(const QVector<QPair<double, double>>& ranges);
    int renderedRangeCount() const { return int(m_renderedRects.size()); }

    double durationSeconds() const { return m_durationSec; }
    // The view's pixel for a time on the blink lane or the head lane (for tests and tooltips).
    QPoint blinkLanePoint(double seconds) const;
    QPoint headLanePoint(double seconds) const;
    QCustomPlot* plot() const { return m_plot; }
    // The keyframe lanes under the plot, on its time axis (hidden until asked for).
    KeyframeLanes* keyframeLanes() const { return m_lanes; }
    // Shows the lanes, making the plot shorter so the timeline stays the height it was.
    void setKeyframeLanesVisible(bool visible);
    // The button that shows and hides the lanes, in the plot's free bottom-left corner.
    QToolButton* lanesButton() const { return m_lanesButton; }

Q_SIGNALS:
    void seekRequested(double seconds);
    // The manual blinks after a click on the blink lane, sorted.
    void manualBlinksChanged(const std::vector<double>& manualBlinkSec);
    // A shift-drag selected this range (start < end, inside the clip).
    void rangeSelected(double startSeconds, double endSeconds);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void handlePress(QMouseEvent* event);
    void handleRelease(QMouseEvent* event);
    void handleMove(QMouseEvent* event);
    double secondsAt(const QPoint& pixel) const;
    void showRange(QCPItemRect* rect, double startSeconds, double endSeconds);
    void toggleManualBlink(double seconds);
    void keepRangeInsideClip();
    void alignKeyframeLanes();

    QCustomPlot* m_plot = nullptr;
    KeyframeLanes* m_lanes = nullptr;
    QToolButton* m_lanesButton = nullptr;
    QCPGraph* m_voice = nullptr;     // the upper edge of the mirrored loudness
    QCPGraph* m_voiceLow = nullptr;  // the lower edge
    QCPGraph* m_yaw = nullptr;
    QCPGraph* m_pitch = nullptr;
    QCPGraph* m_roll = nullptr;
    QCPGraph* m_autoBlinks = nullptr;
    QCPGraph* m_manualBlinks = nullptr;
    QCPItemStraightLine* m_playhead = nullptr;
    QVector<QCPItemText*> m_headLabels;  // shown while there is a track
    QCPItemText* m_headScale = nullptr;  // the head lane's full scale in degrees
    double m_headFullScaleDeg = 0.0;
    double m_durationSec = 0.0;
    std::vector<double> m_manualBlinkSec;
    QPoint m_pressPos;
    QCPItemRect* m_loopRect = nullptr;
    QVector<QCPItemRect*> m_renderedRects;
    bool m_selecting = false;  // a shift-drag is under way
    double m_selectFromSec = 0.0;
    double m_loopStartSec = 0.0;  // the range shown when no drag is under way
    double m_loopEndSec = 0.0;
};

}  // namespace ui
}  // namespace vx
