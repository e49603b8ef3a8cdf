// The V-kps image V-Express feeds its guider: on a black canvas, a red-ish limb from the image-left
// eye to the nose, a green-ish limb from the other eye to the nose, then dots of radius 4 in red,
// green and blue on the three keypoints (spec §8.2). Bit-exact with the original's OpenCV drawing.
#pragma once

#include <opencv2/core/mat.hpp>

#include "faces/face_kps.h"

namespace vx::faces {

// Draws one frame's keypoints on a height x width black canvas. The result is CV_8UC3 in RGB
// channel order (point 0 red, 1 green, 2 blue). Keypoints may lie outside the canvas; OpenCV clips.
cv::Mat drawKpsImage(int height, int width, const FaceKps& kps);

}  // namespace vx::faces
