// The eye post-pass: closing the eyelids of a frame by a local warp of each eye region, for
// blinks the model does not make by itself. Used on the engine's output frames and on the
// preview; nothing outside the eye regions changes.
#pragma once

#include <opencv2/core/mat.hpp>

#include "motion/face_regions.h"

namespace vx::motion {

// Slides the upper lid (and the skin above it) down over the eye until, at closure 1, it meets
// the lower lid; the visible eye is squeezed between them so the mapping stays continuous.
// `eye` is the eye's contour in `frame`'s pixel coordinates; `frame` is 8-bit, 1 or 3 channels.
void closeEyelid(cv::Mat& frame, const EyeContour& eye, double closure);
void closeEyelids(cv::Mat& frame, const std::array<EyeContour, 2>& eyes, double closure);

// The pixels closeEyelid may change for this eye at any closure, clipped to the frame.
cv::Rect eyelidInfluenceRect(const EyeContour& eye, cv::Size frameSize);

}  // namespace vx::motion
