#include "faces/scrfd_face_detector.h"

#include <filesystem>

#include "common/error.h"

namespace vx::faces {

ScrfdFaceDetector::ScrfdFaceDetector(const std::string& onnxPath, const ScrfdSettings& settings)
    : m_path(onnxPath), m_settings(settings) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(onnxPath, error))
        throw Error(ErrorKind::Model,
                    onnxPath +
                        ": the face detector det_10g.onnx is missing; copy the insightface "
                        "buffalo_l models into the model folder, or remove the "
                        "insightface_models folder to use the built-in dlib detector",
                    onnxPath);
    try {
        m_net = cv::dnn::readNetFromONNX(onnxPath);
    } catch (const cv::Exception& e) {
        throw Error(ErrorKind::Model,
                    onnxPath + ": OpenCV cannot load this face detector (" + e.what() +
                        "); the file is damaged or not insightface's det_10g.onnx; download "
                        "buffalo_l again",
                    onnxPath);
    }
    if (m_net.empty())
        throw Error(ErrorKind::Model,
                    onnxPath +
                        ": the face detector network is empty; the file is damaged or not "
                        "insightface's det_10g.onnx",
                    onnxPath);
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
}

std::vector<ScrfdFace> ScrfdFaceDetector::detectScrfd(const cv::Mat& bgrImage) {
    const cv::Mat bgr = toBgr8(bgrImage, "the reference image");
    const ScrfdLetterbox letterbox = scrfdLetterbox(bgr, m_settings.inputSize);
    // (pixel - 127.5) * (1 / 128) with BGR -> RGB, as insightface's blobFromImage call.
    const cv::Mat blob = cv::dnn::blobFromImage(letterbox.canvas, 1.0 / 128.0, m_settings.inputSize,
                                                cv::Scalar(127.5, 127.5, 127.5), true, false);
    std::vector<cv::Mat> outputs;
    try {
        m_net.setInput(blob);
        m_net.forward(outputs, m_net.getUnconnectedOutLayersNames());
    } catch (const cv::Exception& e) {
        throw Error(ErrorKind::Model,
                    m_path + ": the face detector failed to run (" + e.what() +
                        "); the file is not insightface's det_10g.onnx",
                    m_path);
    }
    ScrfdDecodeSettings decode;
    decode.inputSize = m_settings.inputSize;
    decode.detectionScale = letterbox.detectionScale;
    decode.scoreThreshold = m_settings.scoreThreshold;
    decode.nmsThreshold = m_settings.nmsThreshold;
    return decodeScrfd(groupScrfdOutputs(outputs, m_settings.inputSize), decode);
}

std::vector<DetectedFace> ScrfdFaceDetector::detectAll(const cv::Mat& bgrImage) {
    std::vector<DetectedFace> faces;
    for (const ScrfdFace& face : detectScrfd(bgrImage))
        faces.push_back(toDetectedFace(face));
    return faces;
}

DetectedFace toDetectedFace(const ScrfdFace& face) {
    DetectedFace out;
    out.box = cv::Rect2f(face.x1, face.y1, face.x2 - face.x1, face.y2 - face.y1);
    out.score = face.score;
    for (int k = 0; k < 3; ++k)
        out.kps[static_cast<size_t>(k)] = face.keypoints[static_cast<size_t>(k)];
    out.landmarks5.assign(face.keypoints.begin(), face.keypoints.end());
    return out;
}

}  // namespace vx::faces
