// dlib's HOG frontal face detector with its 68-point shape predictor (iBUG 300-W annotation), the
// detector that works without insightface's model. The predictor file comes from Debian's
// libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat, uncompressed, ~95 MiB);
// loading it takes about a second, so keep one detector for many images.
//
// The three V-Express keypoints from the 68 landmarks (documented choice):
//  - eyes: the mean of each eye's six contour points (36-41 and 42-47), which sits on the centre
//    of the eye opening, where SCRFD puts its eye keypoints (the pupil, for a forward gaze);
//  - nose: landmark 30, the nose tip of the 300-W scheme, which is the point SCRFD's training
//    annotation (WIDER FACE 5-point) marks as the nose; insightface itself maps 68 -> 5 points
//    the same way.
#pragma once

#include <memory>
#include <string>

#include "faces/face_detector.h"

namespace vx::faces {

// $VX_DLIB_SHAPE_PREDICTOR when set, else Debian's installed path (a CMake cache setting).
std::string defaultDlibShapePredictorPath();

class DlibFaceDetector final : public FaceDetector {
public:
    // Loads the shape predictor. Throws vx::Error(Model, ..., path) when the file is missing or
    // is not a dlib shape predictor.
    explicit DlibFaceDetector(
        const std::string& shapePredictorPath = defaultDlibShapePredictorPath());
    ~DlibFaceDetector() override;
    DlibFaceDetector(const DlibFaceDetector&) = delete;
    DlibFaceDetector& operator=(const DlibFaceDetector&) = delete;

    FaceDetectorKind kind() const override { return FaceDetectorKind::Dlib; }
    // Faces down to about 40 px wide (the image is scanned at 2x, within a budget of ~4 MP
    // scanned, so very large photos are scanned downscaled and only find faces of ~140 px and
    // more). Landmarks are always fitted on the full-resolution image. Ordered by detection
    // score, highest first.
    std::vector<DetectedFace> detectAll(const cv::Mat& bgrImage) override;

private:
    struct Models;  // dlib types stay out of this header
    std::unique_ptr<Models> m_models;
};

}  // namespace vx::faces
