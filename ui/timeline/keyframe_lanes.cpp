#include "ui/timeline/keyframe_lanes.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <exception>

#include "studio/parameters.h"

namespace vx {
namespace ui {

namespace {

using studio::KeyframeLane;

constexpr KeyframeLane kLanes[] = {KeyframeLane::Expression,  KeyframeLane::Identity,
                                   KeyframeLane::HeadAmount,  KeyframeLane::YawOffset,
                                   KeyframeLane::PitchOffset, KeyframeLane::RollOffset,
                                   KeyframeLane::Style};
constexpr int kLaneCount = int(std::size(kLanes));
constexpr int kKeyHitPx = 6;
constexpr int kSnapPx = 8;
// A press that moves less than this is a click (select), not a drag.
constexpr int kDragSlopPx = 3;

QColor laneColour(KeyframeLane lane) {
    switch (lane) {
        case KeyframeLane::Expression:
            return QColor(230, 120, 30);
        case KeyframeLane::Identity:
            return QColor(70, 130, 200);
        case KeyframeLane::HeadAmount:
            return QColor(60, 160, 120);
        case KeyframeLane::YawOffset:
            return QColor(220, 80, 60);
        case KeyframeLane::PitchOffset:
            return QColor(60, 170, 90);
        case KeyframeLane::RollOffset:
            return QColor(150, 90, 200);
        case KeyframeLane::Style:
            break;
    }
    return QColor(110, 110, 110);
}

}  // namespace

KeyframeLanes::KeyframeLanes(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("keyframeLanes"));
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(false);
    setFixedHeight(kLaneCount * laneHeight() + 2);
    changeEvent(nullptr);
}

void KeyframeLanes::changeEvent(QEvent* event) {
    if (!event || event->type() == QEvent::LanguageChange)
        setToolTip(
            tr("Keyframes: double-click a lane to add a key (its height sets the value), drag a "
               "key to move it (it snaps to the voice's words; Shift: no snapping), Delete "
               "removes it, right-click for the interpolation. Ctrl+Z undoes."));
    if (event)
        QWidget::changeEvent(event);
}

QString KeyframeLanes::laneName(KeyframeLane lane) const {
    switch (lane) {
        case KeyframeLane::Expression:
            return tr("Expression");
        case KeyframeLane::Identity:
            return tr("Identity");
        case KeyframeLane::HeadAmount:
            return tr("Head motion");
        case KeyframeLane::YawOffset:
            return tr("Yaw offset");
        case KeyframeLane::PitchOffset:
            return tr("Pitch offset");
        case KeyframeLane::RollOffset:
            return tr("Roll offset");
        case KeyframeLane::Style:
            return tr("Style");
    }
    return {};
}

void KeyframeLanes::setKeyframes(const studio::Keyframes& keyframes) {
    m_keyframes = keyframes;
    if (m_selected && m_selected->second >= m_keyframes.lane(m_selected->first).size())
        m_selected.reset();
    update();
}

void KeyframeLanes::setClip(double durationSec, double fps) {
    m_durationSec = std::max(0.0, durationSec);
    m_fps = fps > 0 ? fps : 25.0;
    update();
}

void KeyframeLanes::setBaseValues(double expressionPercent, double identityPercent,
                                  double headAmountPercent) {
    m_base[0] = expressionPercent;
    m_base[1] = identityPercent;
    m_base[2] = headAmountPercent;
    update();
}

void KeyframeLanes::setSnapTimes(std::vector<double> seconds) {
    m_snapTimes = std::move(seconds);
}

void KeyframeLanes::setStyles(std::vector<studio::Style> styles) {
    m_styles = std::move(styles);
}

void KeyframeLanes::setTimeAxis(double lowerSec, double upperSec, int leftPx, int rightPx) {
    m_lowerSec = lowerSec;
    m_upperSec = upperSec > lowerSec ? upperSec : lowerSec + 1.0;
    m_leftPx = leftPx;
    m_rightPx = rightPx;
    update();
}

void KeyframeLanes::setPlayhead(double seconds) {
    m_playheadSec = seconds;
    update();
}

void KeyframeLanes::selectKey(KeyframeLane lane, std::size_t index) {
    if (index < m_keyframes.lane(lane).size())
        m_selected = KeyRef{lane, index};
    update();
}

QRect KeyframeLanes::laneRect(KeyframeLane lane) const {
    const int row = int(std::find(std::begin(kLanes), std::end(kLanes), lane) - std::begin(kLanes));
    return QRect(m_leftPx, 1 + row * laneHeight(), std::max(1, m_rightPx - m_leftPx), laneHeight());
}

std::optional<KeyframeLane> KeyframeLanes::laneAt(const QPoint& pixel) const {
    for (const KeyframeLane lane : kLanes)
        if (laneRect(lane).contains(pixel))
            return lane;
    return std::nullopt;
}

double KeyframeLanes::xOf(double seconds) const {
    return m_leftPx + (seconds - m_lowerSec) / (m_upperSec - m_lowerSec) * (m_rightPx - m_leftPx);
}

double KeyframeLanes::secondsAt(int x) const {
    const double s = m_lowerSec + double(x - m_leftPx) / std::max(1, m_rightPx - m_leftPx) *
                                      (m_upperSec - m_lowerSec);
    return std::clamp(s, 0.0, m_durationSec);
}

double KeyframeLanes::yOf(KeyframeLane lane, double value) const {
    const studio::KeyframeLaneSpec& spec = studio::laneSpec(lane);
    const QRect r = laneRect(lane);
    if (lane == KeyframeLane::Style)
        return r.center().y();
    const double unit = (value - spec.minimum) / (spec.maximum - spec.minimum);
    return r.bottom() - 3 - unit * (r.height() - 6);
}

double KeyframeLanes::valueAt(KeyframeLane lane, int y) const {
    const studio::KeyframeLaneSpec& spec = studio::laneSpec(lane);
    const QRect r = laneRect(lane);
    const double unit = std::clamp(double(r.bottom() - 3 - y) / (r.height() - 6), 0.0, 1.0);
    const double value = spec.minimum + unit * (spec.maximum - spec.minimum);
    const double s = step(lane);
    return std::clamp(std::round(value / s) * s, spec.minimum, spec.maximum);
}

double KeyframeLanes::step(KeyframeLane lane) const {
    const studio::KeyframeLaneSpec& spec = studio::laneSpec(lane);
    return spec.parameter ? studio::parameterSpec(*spec.parameter).step : 0.5;
}

double KeyframeLanes::baseValue(KeyframeLane lane) const {
    switch (lane) {
        case KeyframeLane::Expression:
            return m_base[0];
        case KeyframeLane::Identity:
            return m_base[1];
        case KeyframeLane::HeadAmount:
            return m_base[2];
        default:
            return 0.0;  // no offset
    }
}

QPoint KeyframeLanes::lanePoint(KeyframeLane lane, double seconds, double value) const {
    return QPoint(int(std::lround(xOf(seconds))), int(std::lround(yOf(lane, value))));
}

QPoint KeyframeLanes::keyPoint(KeyframeLane lane, std::size_t index) const {
    const studio::Keyframe& key = m_keyframes.lane(lane).at(index);
    return lanePoint(lane, key.timeSec, key.value);
}

std::optional<KeyframeLanes::KeyRef> KeyframeLanes::keyAt(const QPoint& pixel) const {
    const std::optional<KeyframeLane> lane = laneAt(pixel);
    if (!lane)
        return std::nullopt;
    const auto& keys = m_keyframes.lane(*lane);
    std::optional<KeyRef> best;
    int bestDistance = kKeyHitPx + 1;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const int distance = std::abs(keyPoint(*lane, i).x() - pixel.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = KeyRef{*lane, i};
        }
    }
    return best;
}

double KeyframeLanes::snapped(double seconds, bool snap) const {
    if (!snap)
        return seconds;
    double best = seconds;
    double bestPx = kSnapPx + 1;
    for (const double t : m_snapTimes) {
        const double px = std::abs(xOf(t) - xOf(seconds));
        if (px < bestPx) {
            bestPx = px;
            best = t;
        }
    }
    return best;
}

template <typename Change>
bool KeyframeLanes::edit(const QString& what, Change change) {
    studio::Keyframes after = m_keyframes;
    try {
        change(after);
    } catch (const std::exception&) {
        return false;  // e.g. two keys at one time: the model refuses, nothing changes
    }
    const studio::Keyframes before = m_keyframes;
    m_keyframes = after;
    update();
    Q_EMIT keyframesEdited(before, after, what);
    return true;
}

void KeyframeLanes::addKeyAt(KeyframeLane lane, const QPoint& pixel) {
    const double seconds = snapped(secondsAt(pixel.x()), true);
    studio::Keyframe key;
    key.timeSec = seconds;
    key.value = valueAt(lane, pixel.y());
    std::size_t index = 0;
    if (edit(tr("Add Key"), [&](studio::Keyframes& k) { index = studio::addKey(k, lane, key); }))
        m_selected = KeyRef{lane, index};
}

void KeyframeLanes::addStyleKey(double seconds, const studio::Style& style) {
    std::size_t index = 0;
    if (edit(tr("Add Style Key"), [&](studio::Keyframes& k) {
            index = studio::addKey(k, KeyframeLane::Style, studio::styleKey(seconds, style));
        }))
        m_selected = KeyRef{KeyframeLane::Style, index};
}

void KeyframeLanes::fillStyleMenu(QMenu* menu, double seconds, std::optional<KeyRef> key) {
    for (const studio::Style& style : m_styles) {
        QAction* action = menu->addAction(QString::fromStdString(style.name));
        action->setObjectName(QStringLiteral("styleKey:") + QString::fromStdString(style.name));
        connect(action, &QAction::triggered, this, [this, style, seconds, key] {
            if (!key) {
                addStyleKey(seconds, style);
                return;
            }
            edit(tr("Change Style Key"), [&](studio::Keyframes& k) {
                studio::setKeyStyle(k, key->first, key->second, style);
            });
        });
    }
}

void KeyframeLanes::mousePressEvent(QMouseEvent* event) {
    const QPoint at = event->position().toPoint();
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_selected = keyAt(at);
    if (m_selected)
        m_drag = Drag{*m_selected, m_keyframes, at, false};
    update();
}

void KeyframeLanes::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drag)
        return;
    const QPoint at = event->position().toPoint();
    if (!m_drag->moved && (at - m_drag->from).manhattanLength() < kDragSlopPx)
        return;
    m_drag->moved = true;
    const auto [lane, index] = m_drag->key;
    const bool snap = !event->modifiers().testFlag(Qt::ShiftModifier);
    studio::Keyframes during = m_drag->before;
    try {
        const std::size_t moved =
            studio::moveKey(during, lane, index, snapped(secondsAt(at.x()), snap));
        if (lane != KeyframeLane::Style)
            studio::setKeyValue(during, lane, moved, valueAt(lane, at.y()));
        m_selected = KeyRef{lane, moved};
    } catch (const std::exception&) {
        return;  // onto another key's time: stay where it was
    }
    m_keyframes = during;
    update();
    Q_EMIT keyframesPreviewed(m_keyframes);
}

void KeyframeLanes::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    if (drag.moved && m_keyframes != drag.before)
        Q_EMIT keyframesEdited(drag.before, m_keyframes, tr("Move Key"));
}

void KeyframeLanes::mouseDoubleClickEvent(QMouseEvent* event) {
    const QPoint at = event->position().toPoint();
    const std::optional<KeyframeLane> lane = laneAt(at);
    if (!lane || keyAt(at) || m_durationSec <= 0)
        return;
    if (*lane != KeyframeLane::Style) {
        addKeyAt(*lane, at);
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("styleKeyMenu"));
    fillStyleMenu(&menu, snapped(secondsAt(at.x()), true), std::nullopt);
    menu.exec(mapToGlobal(at));
}

void KeyframeLanes::keyPressEvent(QKeyEvent* event) {
    if (!m_selected) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto [lane, index] = *m_selected;
    const double times = event->modifiers().testFlag(Qt::ShiftModifier) ? 10.0 : 1.0;
    const studio::Keyframe key = m_keyframes.lane(lane).at(index);
    switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (edit(tr("Delete Key"),
                     [&](studio::Keyframes& k) { studio::removeKey(k, lane, index); }))
                m_selected.reset();
            return;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const double delta = (event->key() == Qt::Key_Left ? -1.0 : 1.0) * times / m_fps;
            const double to = std::clamp(key.timeSec + delta, 0.0, m_durationSec);
            std::size_t moved = index;
            if (edit(tr("Move Key"),
                     [&](studio::Keyframes& k) { moved = studio::moveKey(k, lane, index, to); }))
                m_selected = KeyRef{lane, moved};
            return;
        }
        case Qt::Key_Up:
        case Qt::Key_Down: {
            if (lane == KeyframeLane::Style)
                return;
            const studio::KeyframeLaneSpec& spec = studio::laneSpec(lane);
            const double delta = (event->key() == Qt::Key_Down ? -1.0 : 1.0) * times * step(lane);
            const double to = std::clamp(key.value + delta, spec.minimum, spec.maximum);
            edit(tr("Change Key Value"),
                 [&](studio::Keyframes& k) { studio::setKeyValue(k, lane, index, to); });
            return;
        }
        default:
            QWidget::keyPressEvent(event);
    }
}

void KeyframeLanes::contextMenuEvent(QContextMenuEvent* event) {
    const QPoint at = event->pos();
    const std::optional<KeyframeLane> lane = laneAt(at);
    if (!lane || m_durationSec <= 0)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("keyframeMenu"));
    const std::optional<KeyRef> key = keyAt(at);
    if (!key) {
        if (*lane == KeyframeLane::Style) {
            QMenu* styles = menu.addMenu(tr("Add Style Key"));
            fillStyleMenu(styles, snapped(secondsAt(at.x()), true), std::nullopt);
        } else {
            QAction* add = menu.addAction(tr("Add Key Here"));
            add->setObjectName(QStringLiteral("addKeyAction"));
            connect(add, &QAction::triggered, this, [this, lane, at] { addKeyAt(*lane, at); });
        }
        menu.exec(event->globalPos());
        return;
    }
    m_selected = key;
    update();
    const auto [keyLane, index] = *key;
    if (keyLane != KeyframeLane::Style) {
        const std::pair<studio::Interpolation, QString> modes[] = {
            {studio::Interpolation::Linear, tr("Linear")},
            {studio::Interpolation::Smooth, tr("Smooth")},
            {studio::Interpolation::Hold, tr("Hold")}};
        for (const auto& [mode, text] : modes) {
            QAction* action = menu.addAction(text);
            action->setObjectName(QStringLiteral("interpolation:") +
                                  QString::fromLatin1(studio::interpolationName(mode)));
            action->setCheckable(true);
            action->setChecked(m_keyframes.lane(keyLane)[index].toNext == mode);
            connect(action, &QAction::triggered, this,
                    [this, keyLane = keyLane, index = index, mode = mode] {
                        edit(tr("Change Interpolation"), [&](studio::Keyframes& k) {
                            studio::setKeyInterpolation(k, keyLane, index, mode);
                        });
                    });
        }
        menu.addSeparator();
        QAction* value = menu.addAction(tr("Set Value…"));
        value->setObjectName(QStringLiteral("setKeyValueAction"));
        connect(value, &QAction::triggered, this, [this, keyLane = keyLane, index = index] {
            const studio::KeyframeLaneSpec& spec = studio::laneSpec(keyLane);
            bool ok = false;
            const double v = QInputDialog::getDouble(
                this, tr("Key Value"), laneName(keyLane), m_keyframes.lane(keyLane)[index].value,
                spec.minimum, spec.maximum, step(keyLane) < 1.0 ? 1 : 0, &ok);
            if (ok)
                edit(tr("Change Key Value"),
                     [&](studio::Keyframes& k) { studio::setKeyValue(k, keyLane, index, v); });
        });
    } else {
        fillStyleMenu(menu.addMenu(tr("Change Style")), 0.0, key);
    }
    QAction* remove = menu.addAction(tr("Delete Key"));
    remove->setObjectName(QStringLiteral("deleteKeyAction"));
    connect(remove, &QAction::triggered, this, [this, keyLane = keyLane, index = index] {
        if (edit(tr("Delete Key"),
                 [&](studio::Keyframes& k) { studio::removeKey(k, keyLane, index); }))
            m_selected.reset();
    });
    menu.exec(event->globalPos());
}

void KeyframeLanes::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const KeyframeLane lane : kLanes)
        paintLane(painter, lane);
    if (m_durationSec > 0) {
        painter.setPen(QPen(QColor(230, 40, 40), 1.5));
        const double x = xOf(m_playheadSec);
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

void KeyframeLanes::paintLane(QPainter& painter, KeyframeLane lane) const {
    const QRect r = laneRect(lane);
    const int row = int(std::find(std::begin(kLanes), std::end(kLanes), lane) - std::begin(kLanes));
    painter.fillRect(r, row % 2 ? palette().alternateBase() : palette().base());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, r.top(), m_leftPx - 6, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                     laneName(lane));
    if (m_durationSec <= 0)
        return;
    painter.save();
    painter.setClipRect(r);
    const QColor colour = laneColour(lane);
    const auto& keys = m_keyframes.lane(lane);
    if (lane != KeyframeLane::Style) {
        QPainterPath curve;
        const double x0 = std::max<double>(r.left(), xOf(0.0));
        const double x1 = std::min<double>(r.right(), xOf(m_durationSec));
        for (double x = x0; x <= x1; x += 2.0) {
            const double value =
                keys.empty() ? baseValue(lane) : studio::evaluateLane(keys, secondsAt(int(x)));
            const QPointF p(x, yOf(lane, value));
            if (curve.elementCount() == 0)
                curve.moveTo(p);
            else
                curve.lineTo(p);
        }
        painter.setPen(QPen(colour, 1.5, keys.empty() ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(curve);
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const QPointF p = keyPoint(lane, i);
        const bool selected = m_selected && m_selected->first == lane && m_selected->second == i;
        painter.setPen(QPen(selected ? QColor(20, 20, 20) : colour.darker(150), selected ? 2 : 1));
        painter.setBrush(selected ? QColor(255, 220, 60) : colour);
        // The shape says how the key goes on: a diamond (linear), a circle (smooth), a square
        // (hold).
        const double s = 5.0;
        if (lane == KeyframeLane::Style || keys[i].toNext == studio::Interpolation::Hold) {
            painter.drawRect(QRectF(p.x() - s + 1, p.y() - s + 1, 2 * s - 2, 2 * s - 2));
        } else if (keys[i].toNext == studio::Interpolation::Smooth) {
            painter.drawEllipse(p, s - 0.5, s - 0.5);
        } else {
            const QPointF diamond[] = {
                {p.x(), p.y() - s}, {p.x() + s, p.y()}, {p.x(), p.y() + s}, {p.x() - s, p.y()}};
            painter.drawPolygon(diamond, 4);
        }
        if (lane == KeyframeLane::Style && keys[i].style) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QPointF(p.x() + 8, r.bottom() - 5),
                             QString::fromStdString(keys[i].style->name));
        }
    }
    painter.restore();
}

}  // namespace ui
}  // namespace vx
