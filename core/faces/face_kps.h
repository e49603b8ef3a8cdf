// The three keypoints V-Express conditions on, for one face: the two eyes and the nose tip, in
// pixel coordinates (x right, y down) of the image they were measured in.
#pragma once

#include <opencv2/core/types.hpp>

#include <array>
#include <vector>

namespace vx::faces {

// Index 0 is the eye with the smaller x in a frontal face (the subject's right eye), index 1 the
// other eye, index 2 the nose tip: the order of insightface's first three keypoints.
using FaceKps = std::array<cv::Point2f, 3>;

constexpr int kImageLeftEye = 0;
constexpr int kImageRightEye = 1;
constexpr int kNoseTip = 2;

// One FaceKps per video frame.
using KpsTrack = std::vector<FaceKps>;

}  // namespace vx::faces
