#include "ui/inputs/portrait_view.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vx {
namespace ui {

namespace {

constexpr double kCornerGrabPx = 10.0;  // view pixels around a corner that start a resize
constexpr double kMinCropPx = 64.0;     // smaller squares leave too little face to find

QRect roundedSquare(const QRectF& crop) {
    const int side = int(std::lround(crop.width()));
    return QRect(int(std::lround(crop.x())), int(std::lround(crop.y())), side, side);
}

}  // namespace

PortraitView::PortraitView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    m_wheelSettle.setSingleShot(true);
    m_wheelSettle.setInterval(400);
    connect(&m_wheelSettle, &QTimer::timeout, this,
            [this] { Q_EMIT cropEdited(roundedSquare(m_crop)); });
    retranslateUi();
}

void PortraitView::retranslateUi() {
    setToolTip(
        tr("The dashed square is what is rendered. Drag it to move it, drag a corner or "
           "use the wheel to resize it, double-click to frame the face automatically."));
}

void PortraitView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PortraitView::setPortrait(const QImage& photo, const QRectF& crop,
                               const QVector<QPointF>& keypoints) {
    m_photo = photo;
    m_crop = crop;
    m_keypoints = keypoints;
    m_drag = Drag::None;
    update();
}

QRectF PortraitView::photoRect() const {
    const QSizeF fitted = QSizeF(m_photo.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

QPointF PortraitView::toPhoto(const QPointF& viewPoint) const {
    const QRectF target = photoRect();
    return (viewPoint - target.topLeft()) * (m_photo.width() / target.width());
}

int PortraitView::cornerAt(const QPointF& viewPoint) const {
    const QRectF target = photoRect();
    const double scale = target.width() / m_photo.width();
    const QRectF square(target.topLeft() + m_crop.topLeft() * scale, m_crop.size() * scale);
    const QPointF corners[] = {square.topLeft(), square.topRight(), square.bottomRight(),
                               square.bottomLeft()};
    for (int i = 0; i < 4; ++i) {
        const QPointF d = viewPoint - corners[i];
        if (std::hypot(d.x(), d.y()) <= kCornerGrabPx)
            return i;
    }
    return -1;
}

void PortraitView::setCropClamped(QRectF crop) {
    const double maxSide = std::min(m_photo.width(), m_photo.height());
    const double side = std::clamp(crop.width(), std::min(kMinCropPx, maxSide), maxSide);
    crop.setSize(QSizeF(side, side));
    crop.moveLeft(std::clamp(crop.left(), 0.0, m_photo.width() - side));
    crop.moveTop(std::clamp(crop.top(), 0.0, m_photo.height() - side));
    m_crop = crop;
    update();
}

void PortraitView::updateCursor(const QPointF& viewPoint) {
    const int corner = cornerAt(viewPoint);
    if (corner == 0 || corner == 2)
        setCursor(Qt::SizeFDiagCursor);
    else if (corner == 1 || corner == 3)
        setCursor(Qt::SizeBDiagCursor);
    else if (m_crop.contains(toPhoto(viewPoint)))
        setCursor(m_drag == Drag::Move ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
    else
        unsetCursor();  // the drop zone's own cursor: a click there chooses another photo
}

void PortraitView::mousePressEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    if (m_photo.isNull() || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    const int corner = cornerAt(at);
    m_pressPhoto = toPhoto(at);
    m_cropAtPress = m_crop;
    if (corner >= 0) {
        // The opposite corner stays where it is.
        const QPointF corners[] = {m_crop.topLeft(), m_crop.topRight(), m_crop.bottomRight(),
                                   m_crop.bottomLeft()};
        m_anchorPhoto = corners[(corner + 2) % 4];
        m_drag = Drag::Resize;
    } else if (m_crop.contains(m_pressPhoto)) {
        m_drag = Drag::Move;
    } else {
        event->ignore();  // outside the square: the drop zone opens its file dialog
        return;
    }
    updateCursor(at);
    event->accept();
}

void PortraitView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    if (m_drag == Drag::None) {
        if (!m_photo.isNull())
            updateCursor(at);
        event->ignore();
        return;
    }
    const QPointF photo = toPhoto(at);
    if (m_drag == Drag::Move) {
        setCropClamped(m_cropAtPress.translated(photo - m_pressPhoto));
    } else {
        // A square from the anchor towards the pointer, as large as the pointer's larger offset
        // and no larger than the photo allows in that direction.
        const double dx = photo.x() - m_anchorPhoto.x();
        const double dy = photo.y() - m_anchorPhoto.y();
        const double room =
            std::min(dx >= 0 ? m_photo.width() - m_anchorPhoto.x() : m_anchorPhoto.x(),
                     dy >= 0 ? m_photo.height() - m_anchorPhoto.y() : m_anchorPhoto.y());
        const double side = std::min(std::max({std::fabs(dx), std::fabs(dy), kMinCropPx}), room);
        const double left = dx >= 0 ? m_anchorPhoto.x() : m_anchorPhoto.x() - side;
        const double top = dy >= 0 ? m_anchorPhoto.y() : m_anchorPhoto.y() - side;
        setCropClamped(QRectF(left, top, side, side));
    }
    event->accept();
}

void PortraitView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag == Drag::None) {
        event->ignore();
        return;
    }
    m_drag = Drag::None;
    updateCursor(event->position());
    if (roundedSquare(m_crop) != roundedSquare(m_cropAtPress))
        Q_EMIT cropEdited(roundedSquare(m_crop));
    event->accept();
}

void PortraitView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_photo.isNull() || !m_crop.contains(toPhoto(event->position()))) {
        event->ignore();
        return;
    }
    // The release that follows is ours too (else the drop zone would open its file dialog).
    m_drag = Drag::Move;
    m_pressPhoto = toPhoto(event->position());
    m_cropAtPress = m_crop;
    Q_EMIT cropResetRequested();
    event->accept();
}

void PortraitView::wheelEvent(QWheelEvent* event) {
    if (m_photo.isNull() || !m_crop.contains(toPhoto(event->position()))) {
        event->ignore();
        return;
    }
    // One notch (120) shrinks or grows the square by 10 % about its centre.
    const double factor = std::pow(1.1, -event->angleDelta().y() / 120.0);
    const QPointF centre = m_crop.center();
    const double side = m_crop.width() * factor;
    setCropClamped(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side));
    m_wheelSettle.start();
    event->accept();
}

void PortraitView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_photo.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = photoRect();
    painter.drawImage(target, m_photo);
    const double scale = target.width() / m_photo.width();
    const auto toView = [&](QPointF p) { return target.topLeft() + p * scale; };

    const QRectF square(toView(m_crop.topLeft()), m_crop.size() * scale);
    painter.setPen(QPen(QColor(255, 210, 0), 2, Qt::DashLine));
    painter.drawRect(square);
    // Corner handles: the square can be resized from any of them.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 210, 0));
    for (const QPointF& corner :
         {square.topLeft(), square.topRight(), square.bottomRight(), square.bottomLeft()})
        painter.drawRect(QRectF(corner - QPointF(3, 3), QSizeF(6, 6)));
    painter.setPen(QPen(Qt::black, 1));
    const QColor colours[] = {QColor(0, 200, 255), QColor(0, 200, 255), QColor(255, 60, 60)};
    for (int i = 0; i < m_keypoints.size(); ++i) {
        painter.setBrush(colours[i % 3]);
        painter.drawEllipse(toView(m_keypoints[i]), 3.0, 3.0);
    }
}

}  // namespace ui
}  // namespace vx
