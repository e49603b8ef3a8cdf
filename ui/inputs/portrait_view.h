// The prepared portrait: the whole photo, the square that is rendered and the detected eye and
// nose keypoints, so the user sees at a glance what the face detector found. The square can be
// moved (drag inside), resized (drag a corner, or the wheel) and reset (double-click); the
// view only edits the rectangle and reports it, the window prepares the portrait again.
#pragma once

#include <QImage>
#include <QRectF>
#include <QTimer>
#include <QVector>
#include <QWidget>

namespace vx {
namespace ui {

class PortraitView : public QWidget {
    Q_OBJECT
public:
    explicit PortraitView(QWidget* parent = nullptr);

    // `crop` and `keypoints` in the photo's pixels.
    void setPortrait(const QImage& photo, const QRectF& crop, const QVector<QPointF>& keypoints);
    bool hasPortrait() const { return !m_photo.isNull(); }
    const QRectF& crop() const { return m_crop; }
    QSize photoSize() const { return m_photo.size(); }
    // Where the photo is drawn in the view, and the photo-to-view scale.
    QRectF photoRect() const;

Q_SIGNALS:
    // The user finished moving or resizing the square; photo pixels, square, inside the photo.
    void cropEdited(const QRect& crop);
    // Double-click: go back to the automatic framing.
    void cropResetRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Drag { None, Move, Resize };

    void retranslateUi();
    QPointF toPhoto(const QPointF& viewPoint) const;
    // The crop corner within grabbing distance of `viewPoint`, or -1 (0 top-left, clockwise).
    int cornerAt(const QPointF& viewPoint) const;
    void setCropClamped(QRectF crop);
    void updateCursor(const QPointF& viewPoint);

    QImage m_photo;
    QRectF m_crop;
    QVector<QPointF> m_keypoints;
    Drag m_drag = Drag::None;
    QPointF m_pressPhoto;   // where the drag started, photo pixels
    QRectF m_cropAtPress;   // the square when it started
    QPointF m_anchorPhoto;  // the corner that stays while resizing
    QTimer m_wheelSettle;   // one report after a burst of wheel steps
};

}  // namespace ui
}  // namespace vx
