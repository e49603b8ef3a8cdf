#include "ui/app/image_conversion.h"

namespace vx {
namespace ui {

QImage imageFromRgb(const cv::Mat& rgb) {
    if (rgb.empty() || rgb.type() != CV_8UC3)
        return {};
    const QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    return view.copy();  // the matrix may be reused or freed
}

}  // namespace ui
}  // namespace vx
