#include "faces/scrfd_decode.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>

#include "common/error.h"

namespace vx::faces {
namespace {

constexpr int kStrides[3] = {8, 16, 32};
constexpr int kAnchorsPerCell = 2;

int gridRows(cv::Size inputSize, int stride) {
    return kAnchorsPerCell * (inputSize.height / stride) * (inputSize.width / stride);
}

// A float matrix of `columns` columns from an output blob of shape [N, C] or [1, N, C].
cv::Mat asRowMatrix(const cv::Mat& blob) {
    if (blob.type() != CV_32F)
        throw Error(ErrorKind::Model,
                    "SCRFD output is not float32; the detector file is not "
                    "insightface's det_10g.onnx");
    int columns = 0;
    if (blob.dims == 2)
        columns = blob.size[1];
    else if (blob.dims == 3 && blob.size[0] == 1)
        columns = blob.size[2];
    else
        throw Error(ErrorKind::Model,
                    "SCRFD output has an unexpected shape; the detector file "
                    "is not insightface's det_10g.onnx");
    if (columns <= 0)
        throw Error(ErrorKind::Model, "SCRFD output is empty");
    const int rows = static_cast<int>(blob.total() / static_cast<size_t>(columns));
    cv::Mat continuous = blob.isContinuous() ? blob : blob.clone();
    return cv::Mat(rows, columns, CV_32F, continuous.data).clone();
}

}  // namespace

std::vector<ScrfdStrideOutputs> groupScrfdOutputs(const std::vector<cv::Mat>& outputs,
                                                  cv::Size inputSize) {
    if (outputs.size() != 9)
        throw Error(ErrorKind::Model, "the face detector has " + std::to_string(outputs.size()) +
                                          " outputs where SCRFD det_10g has 9 (scores, boxes "
                                          "and keypoints for strides 8, 16, 32)");
    std::vector<ScrfdStrideOutputs> strides(3);
    for (int s = 0; s < 3; ++s)
        strides[static_cast<size_t>(s)].stride = kStrides[s];
    for (const cv::Mat& blob : outputs) {
        cv::Mat matrix = asRowMatrix(blob);
        int strideIndex = -1;
        for (int s = 0; s < 3; ++s)
            if (matrix.rows == gridRows(inputSize, kStrides[s]))
                strideIndex = s;
        ScrfdStrideOutputs* target =
            strideIndex >= 0 ? &strides[static_cast<size_t>(strideIndex)] : nullptr;
        cv::Mat* slot = nullptr;
        if (target && matrix.cols == 1)
            slot = &target->scores;
        else if (target && matrix.cols == 4)
            slot = &target->boxDistances;
        else if (target && matrix.cols == 10)
            slot = &target->keypointDistances;
        if (!slot || !slot->empty())
            throw Error(ErrorKind::Model,
                        "the face detector output of shape " + std::to_string(matrix.rows) + "x" +
                            std::to_string(matrix.cols) + " does not fit SCRFD det_10g at " +
                            std::to_string(inputSize.width) + "x" +
                            std::to_string(inputSize.height) + " input");
        *slot = matrix;
    }
    return strides;
}

std::vector<size_t> greedyNms(const std::vector<ScrfdFace>& sortedFaces, float threshold) {
    std::vector<float> areas(sortedFaces.size());
    for (size_t i = 0; i < sortedFaces.size(); ++i) {
        const ScrfdFace& f = sortedFaces[i];
        areas[i] = (f.x2 - f.x1 + 1.0f) * (f.y2 - f.y1 + 1.0f);
    }
    std::vector<size_t> remaining(sortedFaces.size());
    std::iota(remaining.begin(), remaining.end(), size_t{0});
    std::vector<size_t> kept;
    while (!remaining.empty()) {
        const size_t i = remaining.front();
        kept.push_back(i);
        std::vector<size_t> survivors;
        for (size_t r = 1; r < remaining.size(); ++r) {
            const size_t j = remaining[r];
            const ScrfdFace& a = sortedFaces[i];
            const ScrfdFace& b = sortedFaces[j];
            const float w = std::max(0.0f, std::min(a.x2, b.x2) - std::max(a.x1, b.x1) + 1.0f);
            const float h = std::max(0.0f, std::min(a.y2, b.y2) - std::max(a.y1, b.y1) + 1.0f);
            const float intersection = w * h;
            const float overlap = intersection / (areas[i] + areas[j] - intersection);
            if (overlap <= threshold)
                survivors.push_back(j);
        }
        remaining.swap(survivors);
    }
    return kept;
}

std::vector<ScrfdFace> decodeScrfd(const std::vector<ScrfdStrideOutputs>& strides,
                                   const ScrfdDecodeSettings& settings) {
    std::vector<ScrfdFace> candidates;
    for (const ScrfdStrideOutputs& out : strides) {
        const int s = out.stride;
        const int cellsX = settings.inputSize.width / s;
        const int rows = gridRows(settings.inputSize, s);
        if (out.scores.rows != rows || out.boxDistances.rows != rows ||
            out.keypointDistances.rows != rows || out.scores.cols != 1 ||
            out.boxDistances.cols != 4 || out.keypointDistances.cols != 10)
            throw Error(ErrorKind::Internal, "decodeScrfd: outputs for stride " +
                                                 std::to_string(s) +
                                                 " do not match the input size");
        const float strideF = static_cast<float>(s);
        for (int row = 0; row < rows; ++row) {
            const float score = out.scores.at<float>(row, 0);
            if (!(score >= settings.scoreThreshold))
                continue;
            // Anchor centre of this row: cell (row / 2) in row-major order, no half-cell offset.
            const int cell = row / kAnchorsPerCell;
            const float cx = static_cast<float>((cell % cellsX) * s);
            const float cy = static_cast<float>((cell / cellsX) * s);
            const float* box = out.boxDistances.ptr<float>(row);
            const float* kps = out.keypointDistances.ptr<float>(row);
            ScrfdFace face;
            face.score = score;
            // insightface multiplies the distances by the stride first (float32), then offsets
            // the anchor, then divides everything by the letterbox scale.
            face.x1 = (cx - box[0] * strideF) / settings.detectionScale;
            face.y1 = (cy - box[1] * strideF) / settings.detectionScale;
            face.x2 = (cx + box[2] * strideF) / settings.detectionScale;
            face.y2 = (cy + box[3] * strideF) / settings.detectionScale;
            for (int k = 0; k < 5; ++k)
                face.keypoints[static_cast<size_t>(k)] =
                    cv::Point2f((cx + kps[2 * k] * strideF) / settings.detectionScale,
                                (cy + kps[2 * k + 1] * strideF) / settings.detectionScale);
            candidates.push_back(face);
        }
    }
    // Descending score; equal scores keep a fixed (later-first) order, like a reversed argsort.
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return candidates[a].score > candidates[b].score; });
    std::vector<ScrfdFace> sorted;
    sorted.reserve(order.size());
    for (size_t i : order)
        sorted.push_back(candidates[i]);
    std::vector<ScrfdFace> faces;
    for (size_t i : greedyNms(sorted, settings.nmsThreshold))
        faces.push_back(sorted[i]);
    return faces;
}

ScrfdLetterbox scrfdLetterbox(const cv::Mat& bgrImage, cv::Size inputSize) {
    if (bgrImage.empty() || bgrImage.type() != CV_8UC3)
        throw Error(ErrorKind::Internal, "scrfdLetterbox: expects a non-empty 8-bit BGR image");
    const double imageRatio = static_cast<double>(bgrImage.rows) / bgrImage.cols;
    const double modelRatio = static_cast<double>(inputSize.height) / inputSize.width;
    int newWidth = 0;
    int newHeight = 0;
    if (imageRatio > modelRatio) {
        newHeight = inputSize.height;
        newWidth = static_cast<int>(newHeight / imageRatio);
    } else {
        newWidth = inputSize.width;
        newHeight = static_cast<int>(newWidth * imageRatio);
    }
    newWidth = std::max(newWidth, 1);
    newHeight = std::max(newHeight, 1);
    ScrfdLetterbox out;
    out.detectionScale = static_cast<float>(static_cast<double>(newHeight) / bgrImage.rows);
    out.canvas = cv::Mat(inputSize, CV_8UC3, cv::Scalar::all(0));
    cv::Mat resized;
    cv::resize(bgrImage, resized, cv::Size(newWidth, newHeight), 0, 0, cv::INTER_LINEAR);
    resized.copyTo(out.canvas(cv::Rect(0, 0, newWidth, newHeight)));
    return out;
}

}  // namespace vx::faces
