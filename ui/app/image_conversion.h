// cv::Mat (8-bit RGB) to QImage, copying the pixels so the QImage owns its memory.
#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace vx {
namespace ui {

// Returns a null QImage for an empty or non-RGB matrix.
QImage imageFromRgb(const cv::Mat& rgb);

}  // namespace ui
}  // namespace vx
