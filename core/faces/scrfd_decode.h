// The post-processing of insightface's SCRFD detector (buffalo_l det_10g.onnx) as insightface 0.7.3
// does it (spec §9.2): anchor centres per stride, distance decoding of boxes and 5 keypoints,
// score threshold, sort by score, greedy NMS. Pure functions over the network's 9 output
// matrices, so the logic is testable without the ONNX file.
#pragma once

#include <opencv2/core/mat.hpp>

#include <array>
#include <vector>

namespace vx::faces {

// The three outputs of one feature-map stride. Rows are anchor positions: row-major over the
// (inputHeight / stride) x (inputWidth / stride) grid, two anchors per cell.
struct ScrfdStrideOutputs {
    int stride = 0;             // 8, 16 or 32
    cv::Mat scores;             // CV_32F [rows x 1], already sigmoid probabilities
    cv::Mat boxDistances;       // CV_32F [rows x 4]: left, top, right, bottom, in stride units
    cv::Mat keypointDistances;  // CV_32F [rows x 10]: (dx, dy) of 5 keypoints, in stride units
};

// One detection in the original image's pixels. Corners (x1, y1, x2, y2) as insightface keeps
// them; the 5 keypoints are [image-left eye, image-right eye, nose, mouth left, mouth right].
struct ScrfdFace {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float score = 0;
    std::array<cv::Point2f, 5> keypoints{};
};

struct ScrfdDecodeSettings {
    cv::Size inputSize{512, 512};  // the network input (det_size)
    float detectionScale = 1.0f;   // network pixels per image pixel (the letterbox resize)
    float scoreThreshold = 0.5f;   // det_thresh: keep rows with score >= this
    float nmsThreshold = 0.4f;     // suppress boxes whose IoU with a kept box is > this
};

// The stride outputs from the network's 9 output matrices in any order: each is recognised by its
// width (1 scores, 4 boxes, 10 keypoints) and its row count (2 anchors per cell of the stride's
// grid for inputSize). Accepts [N, C] and [1, N, C] shapes. Throws vx::Error(Model) when the set
// does not match det_10g (another model, or a different input size).
std::vector<ScrfdStrideOutputs> groupScrfdOutputs(const std::vector<cv::Mat>& outputs,
                                                  cv::Size inputSize);

// Decodes, thresholds, sorts by score (descending) and suppresses overlaps. The result is in
// insightface's output order: faces[0] is the highest-scoring face.
std::vector<ScrfdFace> decodeScrfd(const std::vector<ScrfdStrideOutputs>& strides,
                                   const ScrfdDecodeSettings& settings);

// Greedy NMS as insightface: areas (x2 - x1 + 1) * (y2 - y1 + 1), boxes visited in the given order
// (already sorted by score), a box is dropped when its IoU with a kept box exceeds `threshold`.
// Returns the indices kept, in visiting order.
std::vector<size_t> greedyNms(const std::vector<ScrfdFace>& sortedFaces, float threshold);

// The letterbox insightface applies before the network: the image is resized (bilinear) to fit
// inputSize keeping its aspect ratio, placed at the top-left of a black canvas of inputSize.
struct ScrfdLetterbox {
    cv::Mat canvas;              // CV_8UC3 BGR, inputSize
    float detectionScale = 1.f;  // resized height / original height
};
ScrfdLetterbox scrfdLetterbox(const cv::Mat& bgrImage, cv::Size inputSize);

}  // namespace vx::faces
