#include "faces/dlib_face_detector.h"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/serialize.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "common/error.h"

namespace vx::faces {
namespace {

// The HOG detector's window is 80 px. Scanning at up to 2x finds faces down to ~40 px; the
// scanned image is capped at about 2048 x 2048 pixels to bound the time on large photos (faces
// in those are large: at 12 MP the smallest face found is ~140 px).
constexpr double kMaxScanScale = 2.0;
constexpr double kScanPixelBudget = 2048.0 * 2048.0;

dlib::array2d<unsigned char> toDlibGray(const cv::Mat& gray) {
    dlib::array2d<unsigned char> image(gray.rows, gray.cols);
    for (int y = 0; y < gray.rows; ++y) {
        const unsigned char* row = gray.ptr<unsigned char>(y);
        std::copy(row, row + gray.cols, &image[y][0]);
    }
    return image;
}

cv::Point2f meanOf(const std::vector<cv::Point2f>& points, int first, int last) {
    cv::Point2f sum(0.0f, 0.0f);
    for (int i = first; i <= last; ++i)
        sum += points[static_cast<size_t>(i)];
    return sum * (1.0f / static_cast<float>(last - first + 1));
}

}  // namespace

struct DlibFaceDetector::Models {
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    dlib::shape_predictor landmarks;
};

std::string defaultDlibShapePredictorPath() {
    if (const char* fromEnvironment = std::getenv("VX_DLIB_SHAPE_PREDICTOR"))
        if (*fromEnvironment)
            return fromEnvironment;
    return VX_DLIB_SHAPE_PREDICTOR_DEFAULT;
}

DlibFaceDetector::DlibFaceDetector(const std::string& shapePredictorPath)
    : m_models(std::make_unique<Models>()) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(shapePredictorPath, error))
        throw Error(ErrorKind::Model,
                    shapePredictorPath +
                        ": dlib's face landmark model is missing; install the "
                        "libdlib-data package or set VX_DLIB_SHAPE_PREDICTOR to "
                        "shape_predictor_68_face_landmarks.dat",
                    shapePredictorPath);
    try {
        dlib::deserialize(shapePredictorPath) >> m_models->landmarks;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Model,
                    shapePredictorPath + ": not a dlib shape predictor (" + e.what() +
                        "); reinstall libdlib-data (the file must be decompressed)",
                    shapePredictorPath);
    }
    if (m_models->landmarks.num_parts() != 68)
        throw Error(ErrorKind::Model,
                    shapePredictorPath + ": the shape predictor has " +
                        std::to_string(m_models->landmarks.num_parts()) +
                        " landmarks where 68 are needed; use "
                        "shape_predictor_68_face_landmarks.dat",
                    shapePredictorPath);
}

DlibFaceDetector::~DlibFaceDetector() = default;

std::vector<DetectedFace> DlibFaceDetector::detectAll(const cv::Mat& bgrImage) {
    const cv::Mat bgr = toBgr8(bgrImage, "the image");
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);

    const double pixels = static_cast<double>(gray.cols) * gray.rows;
    const double scanScale = std::min(kMaxScanScale, std::sqrt(kScanPixelBudget / pixels));
    const cv::Size scanSize(std::max(1, static_cast<int>(std::lround(gray.cols * scanScale))),
                            std::max(1, static_cast<int>(std::lround(gray.rows * scanScale))));
    cv::Mat scanned;
    if (scanSize == gray.size())
        scanned = gray;
    else
        cv::resize(gray, scanned, scanSize, 0, 0,
                   scanScale > 1.0 ? cv::INTER_LINEAR : cv::INTER_AREA);

    std::vector<dlib::rect_detection> detections;
    m_models->detector(toDlibGray(scanned), detections, 0.0);
    std::sort(detections.begin(), detections.end(),
              [](const dlib::rect_detection& a, const dlib::rect_detection& b) {
                  return a.detection_confidence > b.detection_confidence;
              });

    const dlib::array2d<unsigned char> fullImage = toDlibGray(gray);
    std::vector<DetectedFace> faces;
    for (const dlib::rect_detection& detection : detections) {
        const dlib::rectangle& r = detection.rect;
        const double inverse = static_cast<double>(gray.cols) / scanSize.width;
        const dlib::rectangle fullRect(
            static_cast<long>(std::lround(r.left() * inverse)),
            static_cast<long>(std::lround(r.top() * inverse)),
            static_cast<long>(std::lround((r.right() + 1) * inverse)) - 1,
            static_cast<long>(std::lround((r.bottom() + 1) * inverse)) - 1);
        const dlib::full_object_detection shape = m_models->landmarks(fullImage, fullRect);
        DetectedFace face;
        face.box =
            cv::Rect2f(static_cast<float>(fullRect.left()), static_cast<float>(fullRect.top()),
                       static_cast<float>(fullRect.width()), static_cast<float>(fullRect.height()));
        face.score = static_cast<float>(detection.detection_confidence);
        face.landmarks68.reserve(shape.num_parts());
        for (unsigned long i = 0; i < shape.num_parts(); ++i)
            face.landmarks68.emplace_back(static_cast<float>(shape.part(i).x()),
                                          static_cast<float>(shape.part(i).y()));
        face.kps[kImageLeftEye] = meanOf(face.landmarks68, 36, 41);
        face.kps[kImageRightEye] = meanOf(face.landmarks68, 42, 47);
        face.kps[kNoseTip] = face.landmarks68[30];
        faces.push_back(std::move(face));
    }
    return faces;
}

}  // namespace vx::faces
