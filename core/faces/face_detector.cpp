#include "faces/face_detector.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "common/error.h"
#include "faces/dlib_face_detector.h"
#include "faces/scrfd_face_detector.h"

namespace vx::faces {
namespace {

std::string pixels(float value) {
    std::ostringstream text;
    text.precision(0);
    text << std::fixed << value << " px";
    return text.str();
}

float boxOutsideFraction(const cv::Rect2f& box, cv::Size imageSize) {
    const float area = box.area();
    if (!(area > 0.0f))
        return 0.0f;
    const cv::Rect2f image(0.0f, 0.0f, static_cast<float>(imageSize.width),
                           static_cast<float>(imageSize.height));
    return 1.0f - (box & image).area() / area;
}

bool insideImage(const cv::Point2f& p, cv::Size imageSize) {
    return p.x >= 0.0f && p.y >= 0.0f && p.x < static_cast<float>(imageSize.width) &&
           p.y < static_cast<float>(imageSize.height);
}

}  // namespace

float DetectedFace::eyeDistancePx() const {
    const cv::Point2f d = kps[kImageRightEye] - kps[kImageLeftEye];
    return std::sqrt(d.x * d.x + d.y * d.y);
}

std::string scrfdModelRelativePath() {
    return "insightface_models/models/buffalo_l/det_10g.onnx";
}

std::unique_ptr<FaceDetector> createFaceDetector(const std::string& modelFolder) {
    if (!modelFolder.empty()) {
        const std::filesystem::path scrfd =
            std::filesystem::path(modelFolder) / scrfdModelRelativePath();
        std::error_code ignored;
        if (std::filesystem::exists(scrfd, ignored))
            return std::make_unique<ScrfdFaceDetector>(scrfd.string());
    }
    return std::make_unique<DlibFaceDetector>();
}

size_t chooseFace(const std::vector<DetectedFace>& faces, FaceChoice choice) {
    size_t chosen = 0;
    if (choice == FaceChoice::Largest) {
        for (size_t i = 1; i < faces.size(); ++i)
            if (faces[i].eyeDistancePx() > faces[chosen].eyeDistancePx())
                chosen = i;
    }
    return chosen;
}

cv::Mat toBgr8(const cv::Mat& image, const std::string& sourceName) {
    if (image.empty())
        throw Error(ErrorKind::BadInput, "the image " + sourceName + " is empty", sourceName);
    if (image.depth() != CV_8U)
        throw Error(ErrorKind::BadInput,
                    "the image " + sourceName +
                        " is not 8 bits per channel; save it as an "
                        "ordinary 8-bit JPEG or PNG",
                    sourceName);
    cv::Mat bgr;
    switch (image.channels()) {
        case 1:
            cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
            break;
        case 3:
            bgr = image.clone();
            break;
        case 4:
            cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
            break;
        default:
            throw Error(ErrorKind::BadInput,
                        "the image " + sourceName + " has " + std::to_string(image.channels()) +
                            " channels; use an RGB or gray photo",
                        sourceName);
    }
    return bgr;
}

ReferenceFace findReferenceFace(const cv::Mat& bgrImage, FaceDetector& detector,
                                const std::string& sourceName,
                                const ReferenceFaceOptions& options) {
    const cv::Mat bgr = toBgr8(bgrImage, sourceName);
    std::vector<DetectedFace> faces = detector.detectAll(bgr);
    if (faces.empty())
        throw Error(ErrorKind::BadInput,
                    "no face found; use a photo where the face is clearly visible", sourceName);

    ReferenceFace result;
    result.detector = detector.kind();
    result.facesFound = static_cast<int>(faces.size());
    const size_t chosen = chooseFace(faces, options.choice);
    result.face = faces[chosen];
    if (faces.size() > 1)
        result.warnings.push_back(
            std::to_string(faces.size()) + " faces found in " + sourceName + "; using the " +
            (options.choice == FaceChoice::Largest ? "largest" : "most confident") +
            " one (eyes at x " + pixels(result.face.kps[kImageLeftEye].x) + " and " +
            pixels(result.face.kps[kImageRightEye].x) +
            "). Crop the photo to one person if this is the wrong face");

    const DetectedFace& face = result.face;
    for (const cv::Point2f& p : face.kps)
        if (!insideImage(p, bgr.size()))
            throw Error(ErrorKind::BadInput,
                        "the face in " + sourceName +
                            " is cut by the image border; use a photo that shows the whole face",
                        sourceName);
    result.boxOutsideFraction = boxOutsideFraction(face.box, bgr.size());
    if (result.boxOutsideFraction > options.maxBoxOutsideFraction)
        throw Error(ErrorKind::BadInput,
                    "the face in " + sourceName + " is cut by the image border (" +
                        std::to_string(static_cast<int>(result.boxOutsideFraction * 100.0f)) +
                        "% of it is outside); use a photo that shows the whole face",
                    sourceName);
    if (result.boxOutsideFraction > 0.0f)
        result.warnings.push_back("the face in " + sourceName +
                                  " touches the image border; the framing will not be centred");

    const float eyeDistance = face.eyeDistancePx();
    if (eyeDistance < options.minEyeDistancePx)
        throw Error(ErrorKind::BadInput,
                    "the face in " + sourceName + " is too small (eyes " + pixels(eyeDistance) +
                        " apart, at least " + pixels(options.minEyeDistancePx) +
                        " needed); use a larger or closer photo of the face",
                    sourceName);
    if (eyeDistance < options.sharpEyeDistancePx) {
        result.smallFace = true;
        result.warnings.push_back("the face in " + sourceName + " is small (eyes " +
                                  pixels(eyeDistance) +
                                  " apart); it will be enlarged and may look soft");
    }
    return result;
}

ReferenceFace findReferenceFaceInFile(const std::string& imagePath, FaceDetector& detector,
                                      const ReferenceFaceOptions& options) {
    // IMREAD_COLOR applies the EXIF orientation, like cv2.imread in V-Express.
    const cv::Mat image = cv::imread(imagePath, cv::IMREAD_COLOR);
    if (image.empty())
        throw Error(ErrorKind::BadInput,
                    "cannot read " + imagePath + " as an image; use a JPEG or PNG photo",
                    imagePath);
    return findReferenceFace(image, detector, imagePath, options);
}

}  // namespace vx::faces
