// Opening the mouth of a still portrait for the instant preview: the lower lip and the jaw
// slide down, the upper lip lifts a little, and the gap between the lips is shaded as the
// inside of the mouth.
#pragma once

#include <opencv2/core/mat.hpp>

#include "motion/face_regions.h"

namespace vx::motion {

class MouthWarp {
public:
    // `regions` in the coordinates of the frames that open() will receive.
    explicit MouthWarp(const FaceRegions& regions);

    // Opens the mouth of an 8-bit RGB frame by `openness` in [0, 1] (1 = about 30 % of the
    // mouth width between the lips). Changes only pixels inside influenceRect().
    void open(cv::Mat& frame, double openness) const;

    cv::Rect influenceRect(cv::Size frameSize) const;

private:
    cv::Point2d m_centre;  // middle of the lips
    cv::Point2d m_uAxis;   // corner to corner
    cv::Point2d m_vAxis;   // down the face
    double m_width = 0.0;
    double m_chinDistance = 0.0;  // from the lip line down to where the jaw motion fades out
};

}  // namespace vx::motion
