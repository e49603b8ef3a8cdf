#include "ui/timeline/timeline_plot.h"

#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "studio/keyframe_snaps.h"
#include "ui/timeline/keyframe_lanes.h"
#include "ui/timeline/qcustomplot_include.h"

namespace vx {
namespace ui {

namespace {

// The lanes, bottom to top, in the plot's value units.
constexpr double kBlinkLaneY = 0.5;
constexpr double kBlinkLaneTop = 1.0;
constexpr double kHeadLaneY = 2.0;
constexpr double kHeadLaneHalf = 0.8;
// The head lane is scaled to the track's largest angle, but never finer than this, so a nearly
// still head does not look restless.
constexpr double kHeadMinFullScaleDeg = 3.0;
constexpr double kVoiceLaneY = 3.5;
constexpr double kVoiceLaneHalf = 0.45;
// A click this close to a manual blink removes it instead of adding another.
constexpr double kBlinkHitSec = 0.15;
constexpr int kClickSlopPx = 4;

double headY(double degrees, double fullScaleDeg) {
    const double unit = std::clamp(degrees / fullScaleDeg, -1.0, 1.0);
    return kHeadLaneY + unit * kHeadLaneHalf;
}

QCPGraph* addCurve(QCustomPlot* plot, const QColor& colour) {
    QCPGraph* graph = plot->addGraph();
    graph->setPen(QPen(colour, 1.5));
    return graph;
}

QCPGraph* addMarkers(QCustomPlot* plot, QCPScatterStyle::ScatterShape shape, const QColor& colour,
                     double size) {
    QCPGraph* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(shape, QPen(colour.darker(140)), QBrush(colour), size));
    return graph;
}

}  // namespace

TimelinePlot::TimelinePlot(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setMinimumHeight(150);  // setKeyframeLanesVisible() changes it
    layout->addWidget(m_plot);
    m_lanes = new KeyframeLanes(this);
    m_lanes->setVisible(false);
    layout->addWidget(m_lanes);
    m_lanesButton = new QToolButton(m_plot);
    m_lanesButton->setObjectName(QStringLiteral("keyframeLanesButton"));
    m_lanesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lanesButton->setAutoRaise(true);

    // The names and labels are set by retranslateUi().
    m_voice = addCurve(m_plot, QColor(70, 130, 200));
    m_voiceLow = addCurve(m_plot, QColor(70, 130, 200));
    m_voice->setBrush(QColor(70, 130, 200, 90));
    m_voice->setChannelFillGraph(m_voiceLow);
    m_yaw = addCurve(m_plot, QColor(220, 80, 60));
    m_pitch = addCurve(m_plot, QColor(60, 170, 90));
    m_roll = addCurve(m_plot, QColor(150, 90, 200));
    m_autoBlinks = addMarkers(m_plot, QCPScatterStyle::ssCircle, QColor(120, 120, 120), 7);
    m_manualBlinks = addMarkers(m_plot, QCPScatterStyle::ssDiamond, QColor(255, 150, 0), 11);

    m_playhead = new QCPItemStraightLine(m_plot);
    m_playhead->setPen(QPen(QColor(230, 40, 40), 1.5));
    m_playhead->point1->setCoords(0, 0);
    m_playhead->point2->setCoords(0, 1);

    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setRange(-0.1, 4.1);
    m_plot->yAxis->grid()->setVisible(false);
    // Fixed labels in the head lane: which colour is which angle, and the lane's scale.
    const auto addLaneLabel = [this](const QColor& colour, double xRatio) {
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(xRatio, kHeadLaneY + kHeadLaneHalf);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setColor(colour);
        label->setClipToAxisRect(true);
        return label;
    };
    m_headLabels = {
        addLaneLabel(QColor(220, 80, 60), 0.90), addLaneLabel(QColor(60, 170, 90), 0.945),
        addLaneLabel(QColor(150, 90, 200), 0.99), addLaneLabel(QColor(110, 110, 110), 0.06)};
    m_headScale = m_headLabels.back();
    for (QCPItemText* label : m_headLabels)
        label->setVisible(false);
    m_plot->xAxis->setRange(0, 1);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange&) { keepRangeInsideClip(); });
    // The lanes share the plot's time axis: after every replot (zoom, pan, resize) they take its
    // range and the axis rect's edges.
    connect(m_plot, &QCustomPlot::afterReplot, this, &TimelinePlot::alignKeyframeLanes);
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::handlePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::handleRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::handleMove);

    m_loopRect = new QCPItemRect(m_plot);
    m_loopRect->setPen(QPen(QColor(40, 110, 220, 160)));
    m_loopRect->setBrush(QColor(40, 110, 220, 40));
    // Over all lanes: x in seconds, y from the top to the bottom of the plot area.
    m_loopRect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_loopRect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_loopRect->topLeft->setCoords(0, 0);
    m_loopRect->bottomRight->setCoords(0, 1);
    m_loopRect->setVisible(false);
    retranslateUi();
}

void TimelinePlot::retranslateUi() {
    m_voice->setName(tr("Voice"));
    m_voiceLow->setName(tr("Voice"));
    m_yaw->setName(tr("Yaw"));
    m_pitch->setName(tr("Pitch"));
    m_roll->setName(tr("Roll"));
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    ticker->addTick(kBlinkLaneY, tr("Blinks"));
    ticker->addTick(kHeadLaneY, tr("Head yaw/pitch/roll"));
    ticker->addTick(kVoiceLaneY, tr("Voice"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_headLabels[0]->setText(tr("yaw"));
    m_headLabels[1]->setText(tr("pitch"));
    m_headLabels[2]->setText(tr("roll"));
    m_headScale->setText(tr("±%1°").arg(m_headFullScaleDeg, 0, 'f', 1));
    m_plot->setToolTip(
        tr("Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or "
           "remove a blink. Click elsewhere: move the playhead. Shift-drag: select the loop "
           "range."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelinePlot::setAudio(const std::vector<double>& envelope, double fps) {
    const double peak =
        envelope.empty() ? 0.0 : *std::max_element(envelope.begin(), envelope.end());
    QVector<double> t, upper, lower;
    for (size_t i = 0; i < envelope.size(); ++i) {
        const double half = peak > 0 ? envelope[i] / peak * kVoiceLaneHalf : 0.0;
        t.push_back(double(i) / fps);
        upper.push_back(kVoiceLaneY + half);
        lower.push_back(kVoiceLaneY - half);
    }
    m_voice->setData(t, upper, true);
    m_voiceLow->setData(t, lower, true);
    m_durationSec = fps > 0 ? double(envelope.size()) / fps : 0.0;
    // The lanes get the clip and the voice's word boundaries once per recording, not per edit.
    m_lanes->setClip(m_durationSec, fps);
    m_lanes->setSnapTimes(fps > 0 ? studio::snapCandidates(envelope, fps) : std::vector<double>{});
    m_manualBlinkSec.clear();
    setMotion({}, {});
    m_plot->xAxis->setRange(0, std::max(0.1, m_durationSec));
    setPlayhead(0);
}

void TimelinePlot::setMotion(const std::vector<motion::HeadPose>& poses,
                             const std::vector<motion::Blink>& blinks) {
    const double fps = m_durationSec > 0 && !poses.empty() ? poses.size() / m_durationSec : 0.0;
    double fullScale = kHeadMinFullScaleDeg;
    for (const motion::HeadPose& pose : poses)
        fullScale = std::max(
            {fullScale, std::abs(pose.yawDeg), std::abs(pose.pitchDeg), std::abs(pose.rollDeg)});
    m_headFullScaleDeg = fullScale;
    m_headScale->setText(tr("±%1°").arg(fullScale, 0, 'f', 1));
    for (QCPItemText* label : m_headLabels)
        label->setVisible(!poses.empty());
    QVector<double> t, yaw, pitch, roll;
    for (size_t i = 0; i < poses.size() && fps > 0; ++i) {
        t.push_back(double(i) / fps);
        yaw.push_back(headY(poses[i].yawDeg, fullScale));
        pitch.push_back(headY(poses[i].pitchDeg, fullScale));
        roll.push_back(headY(poses[i].rollDeg, fullScale));
    }
    m_yaw->setData(t, yaw, true);
    m_pitch->setData(t, pitch, true);
    m_roll->setData(t, roll, true);

    QVector<double> autoT, autoY, manualT, manualY;
    m_manualBlinkSec.clear();
    for (const motion::Blink& blink : blinks) {
        if (blink.manual) {
            manualT.push_back(blink.startSec);
            manualY.push_back(kBlinkLaneY);
            m_manualBlinkSec.push_back(blink.startSec);
        } else {
            autoT.push_back(blink.startSec);
            autoY.push_back(kBlinkLaneY);
        }
    }
    m_autoBlinks->setData(autoT, autoY, true);
    m_manualBlinks->setData(manualT, manualY, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setKeyframeLanesVisible(bool visible) {
    constexpr int kPlotHeight = 150;
    constexpr int kPlotHeightWithLanes = 120;
    m_plot->setMinimumHeight(visible ? kPlotHeightWithLanes : kPlotHeight);
    m_lanes->setVisible(visible);
}

void TimelinePlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Under the lane names, left of the time axis' label: space the plot leaves empty.
    m_lanesButton->adjustSize();
    m_lanesButton->move(2, m_plot->height() - m_lanesButton->height() - 2);
}

void TimelinePlot::alignKeyframeLanes() {
    const QCPRange range = m_plot->xAxis->range();
    const QRect axis = m_plot->axisRect()->rect();
    const int offset = m_plot->geometry().left() - m_lanes->geometry().left();
    m_lanes->setTimeAxis(range.lower, range.upper, axis.left() + offset, axis.right() + offset);
}

void TimelinePlot::setPlayhead(double seconds) {
    m_lanes->setPlayhead(seconds);
    m_playhead->point1->setCoords(seconds, 0);
    m_playhead->point2->setCoords(seconds, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::clear() {
    setAudio({}, 1.0);
}

void TimelinePlot::showRange(QCPItemRect* rect, double startSeconds, double endSeconds) {
    rect->setVisible(endSeconds > startSeconds);
    rect->topLeft->setCoords(startSeconds, rect->topLeft->coords().y());
    rect->bottomRight->setCoords(endSeconds, rect->bottomRight->coords().y());
}

void TimelinePlot::setLoopRange(double startSeconds, double endSeconds) {
    m_loopStartSec = startSeconds;
    m_loopEndSec = endSeconds;
    showRange(m_loopRect, startSeconds, endSeconds);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setRenderedRanges(const QVector<QPair<double, double>>& ranges) {
    for (QCPItemRect* rect : m_renderedRects)
        m_plot->removeItem(rect);
    m_renderedRects.clear();
    for (const auto& range : ranges) {
        auto* rect = new QCPItemRect(m_plot);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QColor(50, 170, 80, 150));
        // A band along the bottom edge, under the blink lane.
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(0, 0.94);
        rect->bottomRight->setCoords(0, 1.0);
        showRange(rect, range.first, range.second);
        m_renderedRects.push_back(rect);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double TimelinePlot::secondsAt(const QPoint& pixel) const {
    return std::clamp(m_plot->xAxis->pixelToCoord(pixel.x()), 0.0, m_durationSec);
}

QPoint TimelinePlot::blinkLanePoint(double seconds) const {
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(seconds))),
                  int(std::lround(m_plot->yAxis->coordToPixel(kBlinkLaneY))));
}

QPoint TimelinePlot::headLanePoint(double seconds) const {
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(seconds))),
                  int(std::lround(m_plot->yAxis->coordToPixel(kHeadLaneY))));
}

void TimelinePlot::handlePress(QMouseEvent* event) {
    m_pressPos = event->position().toPoint();
    // QCustomPlot reports the press before its axis rect starts a pan: turn the pan off for a
    // shift-drag, which selects the loop range instead.
    m_selecting = event->button() == Qt::LeftButton &&
                  event->modifiers().testFlag(Qt::ShiftModifier) && m_durationSec > 0 &&
                  m_plot->axisRect()->rect().contains(m_pressPos);
    if (m_selecting) {
        m_selectFromSec = secondsAt(m_pressPos);
        m_plot->setInteraction(QCP::iRangeDrag, false);
    }
}

void TimelinePlot::handleMove(QMouseEvent* event) {
    if (!m_selecting)
        return;
    const double at = secondsAt(event->position().toPoint());
    showRange(m_loopRect, std::min(m_selectFromSec, at), std::max(m_selectFromSec, at));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::handleRelease(QMouseEvent* event) {
    const QPoint at = event->position().toPoint();
    if (m_selecting) {
        m_selecting = false;
        m_plot->setInteraction(QCP::iRangeDrag, true);
        if ((at - m_pressPos).manhattanLength() > kClickSlopPx) {
            const double to = secondsAt(at);
            const double start = std::min(m_selectFromSec, to);
            const double end = std::max(m_selectFromSec, to);
            showRange(m_loopRect, m_loopStartSec, m_loopEndSec);  // until the window confirms
            if (end > start)
                Q_EMIT rangeSelected(start, end);
            return;
        }
    }
    if (event->button() != Qt::LeftButton || m_durationSec <= 0 ||
        (at - m_pressPos).manhattanLength() > kClickSlopPx ||
        !m_plot->axisRect()->rect().contains(at))
        return;
    const double seconds = std::clamp(m_plot->xAxis->pixelToCoord(at.x()), 0.0, m_durationSec);
    if (m_plot->yAxis->pixelToCoord(at.y()) < kBlinkLaneTop)
        toggleManualBlink(seconds);
    else
        Q_EMIT seekRequested(seconds);
}

void TimelinePlot::toggleManualBlink(double seconds) {
    std::vector<double> blinks = m_manualBlinkSec;
    const auto hit = std::find_if(blinks.begin(), blinks.end(),
                                  [&](double b) { return std::abs(b - seconds) <= kBlinkHitSec; });
    if (hit != blinks.end())
        blinks.erase(hit);
    else
        blinks.push_back(seconds);
    std::sort(blinks.begin(), blinks.end());
    Q_EMIT manualBlinksChanged(blinks);
}

void TimelinePlot::keepRangeInsideClip() {
    if (m_durationSec <= 0)
        return;
    QCPRange range = m_plot->xAxis->range();
    const double span = std::min(range.size(), m_durationSec);
    double lower = std::clamp(range.lower, 0.0, m_durationSec - span);
    if (lower != range.lower || span != range.size())
        m_plot->xAxis->setRange(lower, lower + span);
}

}  // namespace ui
}  // namespace vx
