// Finding the reference face in a portrait: its box, the three V-Express keypoints (image-left
// eye, image-right eye, nose tip, in image pixels) and, with dlib, the 68 landmarks the motion
// layer needs for the eye and mouth contours.
//
// Two detectors implement FaceDetector:
//  - ScrfdFaceDetector (scrfd_face_detector.h): insightface's det_10g.onnx through OpenCV DNN with
//    insightface's pre- and post-processing, i.e. what V-Express itself runs (spec §9.2). Used when
//    the model folder has insightface_models/models/buffalo_l/det_10g.onnx.
//  - DlibFaceDetector (dlib_face_detector.h): dlib's HOG frontal face detector and 68-point shape
//    predictor from Debian's libdlib-data. Always available; used otherwise.
#pragma once

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

#include "faces/face_kps.h"

namespace vx::faces {

enum class FaceDetectorKind { Scrfd, Dlib };

struct DetectedFace {
    cv::Rect2f box;      // the detector's face box in image pixels (may extend past the image)
    float score = 0.0f;  // SCRFD: probability in [0, 1]; dlib: SVM margin (> 0 = face)
    FaceKps kps{};       // eyes and nose tip, image-left eye first
    // dlib only: the 68 iBUG-300W landmarks (jaw 0-16, brows 17-26, nose 27-35, eyes 36-47,
    // mouth 48-67); empty for SCRFD.
    std::vector<cv::Point2f> landmarks68;
    // SCRFD only: its 5 keypoints (eyes, nose, mouth corners); empty for dlib.
    std::vector<cv::Point2f> landmarks5;

    float eyeDistancePx() const;
};

class FaceDetector {
public:
    virtual ~FaceDetector() = default;
    virtual FaceDetectorKind kind() const = 0;
    // Every face in an 8-bit BGR image (CV_8UC3; CV_8UC1 and CV_8UC4 are converted), in the
    // detector's order (highest score first). Throws vx::Error(BadInput) for an empty image.
    virtual std::vector<DetectedFace> detectAll(const cv::Mat& bgrImage) = 0;
};

// Where a model folder keeps insightface's detector, relative to the folder.
std::string scrfdModelRelativePath();  // "insightface_models/models/buffalo_l/det_10g.onnx"

// SCRFD when `modelFolder` has det_10g.onnx, else dlib. Loading errors are vx::Error(Model).
std::unique_ptr<FaceDetector> createFaceDetector(const std::string& modelFolder);

// Which face to use when a photo has several.
enum class FaceChoice {
    Largest,       // the largest face (by eye distance): ours, the subject is usually in front
    HighestScore,  // the detector's first face: what V-Express does (faces[0])
};

// The index in `faces` (in the detector's order, not empty) of the face `choice` picks: the
// portrait and every frame of a driving video choose the same way. Ties keep the earlier face.
size_t chooseFace(const std::vector<DetectedFace>& faces, FaceChoice choice);

struct ReferenceFaceOptions {
    FaceChoice choice = FaceChoice::Largest;
    // Faces whose eyes are closer than this are refused: after framing, the 512-pixel frame would
    // be an upscale of more than ~5x (V-Express's reference frames have eyes ~110 px apart).
    float minEyeDistancePx = 20.0f;
    // Below this a warning says the face will be upscaled (more than ~2x) and look soft.
    float sharpEyeDistancePx = 50.0f;
    // Refuse the face when more than this fraction of its box lies outside the image; warn when
    // any part does. A keypoint outside the image is always refused.
    float maxBoxOutsideFraction = 0.35f;
};

// What findReferenceFace noticed besides the face itself. The messages are English, for logs; a
// front end should build its own text from the fields.
struct ReferenceFace {
    DetectedFace face;
    FaceDetectorKind detector = FaceDetectorKind::Dlib;
    int facesFound = 0;            // > 1: another face was ignored
    bool smallFace = false;        // eyes closer than sharpEyeDistancePx
    float boxOutsideFraction = 0;  // fraction of the face box outside the image
    std::vector<std::string> warnings;
};

// Detects the reference face and applies the policy above. `sourceName` (usually the file path)
// names the image in messages. Throws vx::Error(BadInput, ..., sourceName):
//  - no face: "no face found in <file>; use a photo where the face is clearly visible"
//  - a face too small or cut by the image border, with what to do.
ReferenceFace findReferenceFace(const cv::Mat& bgrImage, FaceDetector& detector,
                                const std::string& sourceName,
                                const ReferenceFaceOptions& options = {});

// Reads the image with OpenCV (EXIF orientation applied, as cv2.imread does) and calls
// findReferenceFace. Throws vx::Error(BadInput) when the file cannot be read as an image.
ReferenceFace findReferenceFaceInFile(const std::string& imagePath, FaceDetector& detector,
                                      const ReferenceFaceOptions& options = {});

// An 8-bit BGR copy of an image given as 8-bit gray, BGR or BGRA; throws BadInput otherwise.
cv::Mat toBgr8(const cv::Mat& image, const std::string& sourceName);

}  // namespace vx::faces
