// insightface's SCRFD-10G (buffalo_l det_10g.onnx) through OpenCV DNN, with insightface 0.7.3's
// pre-processing (letterbox into the detection size, (BGR->RGB pixel - 127.5) / 128) and
// post-processing (scrfd_decode.h). Settings default to what V-Express passes: det_size 512x512,
// det_thresh 0.5, nms 0.4.
#pragma once

#include <opencv2/dnn/dnn.hpp>

#include <string>

#include "faces/face_detector.h"
#include "faces/scrfd_decode.h"

namespace vx::faces {

struct ScrfdSettings {
    cv::Size inputSize{512, 512};
    float scoreThreshold = 0.5f;
    float nmsThreshold = 0.4f;
};

class ScrfdFaceDetector final : public FaceDetector {
public:
    // Loads the ONNX file. Throws vx::Error(Model, ..., onnxPath) when it is missing or OpenCV
    // cannot parse it (truncated download, another file under the same name).
    explicit ScrfdFaceDetector(const std::string& onnxPath, const ScrfdSettings& settings = {});

    FaceDetectorKind kind() const override { return FaceDetectorKind::Scrfd; }
    std::vector<DetectedFace> detectAll(const cv::Mat& bgrImage) override;

    // The raw decoded faces (box corners, score, 5 keypoints), for parity checks.
    std::vector<ScrfdFace> detectScrfd(const cv::Mat& bgrImage);

private:
    std::string m_path;
    ScrfdSettings m_settings;
    cv::dnn::Net m_net;
};

// A DetectedFace from an SCRFD detection: box from the corners, kps = the first three keypoints.
DetectedFace toDetectedFace(const ScrfdFace& face);

}  // namespace vx::faces
