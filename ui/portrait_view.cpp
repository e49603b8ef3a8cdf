#include "ui/portrait_view.h"

#include <QPainter>

namespace vx {
namespace ui {

PortraitView::PortraitView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PortraitView::setPortrait(const QImage& photo, const QRectF& crop,
                               const QVector<QPointF>& keypoints) {
    m_photo = photo;
    m_crop = crop;
    m_keypoints = keypoints;
    update();
}

void PortraitView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_photo.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF fitted = QSizeF(m_photo.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                        fitted);
    painter.drawImage(target, m_photo);
    const double scale = fitted.width() / m_photo.width();
    const auto toView = [&](QPointF p) { return target.topLeft() + p * scale; };

    painter.setPen(QPen(QColor(255, 210, 0), 2, Qt::DashLine));
    painter.drawRect(QRectF(toView(m_crop.topLeft()), m_crop.size() * scale));
    painter.setPen(QPen(Qt::black, 1));
    const QColor colours[] = {QColor(0, 200, 255), QColor(0, 200, 255), QColor(255, 60, 60)};
    for (int i = 0; i < m_keypoints.size(); ++i) {
        painter.setBrush(colours[i % 3]);
        painter.drawEllipse(toView(m_keypoints[i]), 3.0, 3.0);
    }
}

}  // namespace ui
}  // namespace vx
