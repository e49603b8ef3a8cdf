// The keyframe lanes under the timeline's plot: one row per keyframeable control (expression,
// identity, head motion amount, yaw/pitch/roll offsets, speaking style), on the plot's time
// axis. Keys are edited with the mouse and the keyboard:
// - double-click an empty place: a key there (its height is the value; on the style lane, a
//   menu of styles);
// - drag a key: move it in time (snapping to the voice's word and pause boundaries unless Shift
//   is held) and, on a numeric lane, change its value;
// - Delete: remove the selected key; Left/Right: a frame earlier/later (Shift: ten);
//   Up/Down: one step of value (Shift: ten);
// - right-click: interpolation (linear, smooth, hold), value, style, delete.
// The widget edits a copy of the model (studio/keyframes.h): every edit is reported once, with
// the keys before and after it, for the window's undo stack; a drag is also reported while it
// moves, so the preview follows at once.
#pragma once

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

#include "studio/keyframes.h"
#include "studio/style.h"

class QMenu;

namespace vx {
namespace ui {

class KeyframeLanes : public QWidget {
    Q_OBJECT
public:
    explicit KeyframeLanes(QWidget* parent = nullptr);

    // Shows `keyframes` (after an undo, a project load); no signal.
    void setKeyframes(const studio::Keyframes& keyframes);
    const studio::Keyframes& keyframes() const { return m_keyframes; }
    // The clip: its length (keys stay inside it) and frame rate (the keyboard's step).
    void setClip(double durationSec, double fps);
    // The values of the controls without keys (drawn as a dashed line), in lane units.
    void setBaseValues(double expressionPercent, double identityPercent, double headAmountPercent);
    void setSnapTimes(std::vector<double> seconds);
    const std::vector<double>& snapTimes() const { return m_snapTimes; }
    // The styles a style key may set (built-in and the user's).
    void setStyles(std::vector<studio::Style> styles);
    // The visible time span and where the plot's axis starts and ends, in this widget's pixels.
    void setTimeAxis(double lowerSec, double upperSec, int leftPx, int rightPx);
    void setPlayhead(double seconds);

    using KeyRef = std::pair<studio::KeyframeLane, std::size_t>;
    std::optional<KeyRef> selectedKey() const { return m_selected; }
    void selectKey(studio::KeyframeLane lane, std::size_t index);
    // The pixel of a key, and of a time and value on a lane (for tests and tooltips).
    QPoint keyPoint(studio::KeyframeLane lane, std::size_t index) const;
    QPoint lanePoint(studio::KeyframeLane lane, double seconds, double value) const;
    static int laneHeight() { return 18; }

Q_SIGNALS:
    // One finished edit, for the undo stack: `what` names it ("Move Key").
    void keyframesEdited(const vx::studio::Keyframes& before, const vx::studio::Keyframes& after,
                         const QString& what);
    // A drag under way: the window shows it without an undo step yet.
    void keyframesPreviewed(const vx::studio::Keyframes& during);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString laneName(studio::KeyframeLane lane) const;
    QRect laneRect(studio::KeyframeLane lane) const;
    std::optional<studio::KeyframeLane> laneAt(const QPoint& pixel) const;
    std::optional<KeyRef> keyAt(const QPoint& pixel) const;
    double secondsAt(int x) const;
    double xOf(double seconds) const;
    double valueAt(studio::KeyframeLane lane, int y) const;
    double yOf(studio::KeyframeLane lane, double value) const;
    double baseValue(studio::KeyframeLane lane) const;
    double snapped(double seconds, bool snap) const;
    double step(studio::KeyframeLane lane) const;
    // Applies `change` to a copy and reports it as one edit; a refusal leaves the keys as they
    // were (the model says why: two keys at one time, a value out of range).
    template <typename Change>
    bool edit(const QString& what, Change change);
    void addKeyAt(studio::KeyframeLane lane, const QPoint& pixel);
    void addStyleKey(double seconds, const studio::Style& style);
    void fillStyleMenu(QMenu* menu, double seconds, std::optional<KeyRef> key);
    void paintLane(QPainter& painter, studio::KeyframeLane lane) const;

    studio::Keyframes m_keyframes;
    double m_durationSec = 0.0;
    double m_fps = 25.0;
    double m_base[3] = {0.0, 0.0, 0.0};
    std::vector<double> m_snapTimes;
    std::vector<studio::Style> m_styles;
    double m_lowerSec = 0.0;
    double m_upperSec = 1.0;
    int m_leftPx = 80;
    int m_rightPx = 10;
    double m_playheadSec = 0.0;
    std::optional<KeyRef> m_selected;
    // A drag under way: the key, the keys when it started, where it started.
    struct Drag {
        KeyRef key;
        studio::Keyframes before;
        QPoint from;
        bool moved = false;
    };
    std::optional<Drag> m_drag;
};

}  // namespace ui
}  // namespace vx
