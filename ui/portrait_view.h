// The prepared portrait: the whole photo, the square that is rendered and the detected eye and
// nose keypoints, so the user sees at a glance what the face detector found.
#pragma once

#include <QImage>
#include <QRectF>
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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_photo;
    QRectF m_crop;
    QVector<QPointF> m_keypoints;
};

}  // namespace ui
}  // namespace vx
