#include "engine/pipeline/frame_stream.h"

#include <torch/nn/functional/padding.h>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "common/error.h"

namespace vx::engine {

torch::Tensor medianFilterFrame(const torch::Tensor& previous, const torch::Tensor& current,
                                const torch::Tensor& next) {
    namespace F = torch::nn::functional;
    const int64_t height = current.size(1);
    const int64_t width = current.size(2);
    // [C, 3, H, W]: each channel a batch row, the three frames its planes.
    torch::Tensor block = torch::stack({previous, current, next}, 1);
    torch::Tensor padded = F::pad(block, F::PadFuncOptions({1, 1, 1, 1}).mode(torch::kReflect));
    std::vector<torch::Tensor> neighbours;
    neighbours.reserve(27);
    for (int64_t t = 0; t < 3; ++t) {
        torch::Tensor plane = padded.select(1, t);
        for (int64_t dy = 0; dy < 3; ++dy)
            for (int64_t dx = 0; dx < 3; ++dx)
                neighbours.push_back(plane.narrow(1, dy, height).narrow(2, dx, width));
    }
    // 27 values: the 14th smallest is the exact median.
    return std::get<0>(torch::kthvalue(torch::stack(neighbours, 0), 14, 0));
}

FrameStream::FrameStream(int64_t frameCount, bool medianFilter, FrameSink sink, int64_t firstFrame)
    : m_frameCount(frameCount),
      m_filter(medianFilter),
      m_sink(std::move(sink)),
      m_firstPushed(medianFilter ? std::max<int64_t>(0, firstFrame - 1) : firstFrame),
      m_next(m_firstPushed),
      m_delivered(firstFrame) {
    if (m_filter && m_frameCount < 2)
        throw Error(ErrorKind::BadInput, "the median filter needs at least 2 frames (got " +
                                             std::to_string(m_frameCount) + ")");
    if (firstFrame < 0 || firstFrame > m_frameCount)
        throw Error(ErrorKind::Internal, "first frame " + std::to_string(firstFrame) +
                                             " outside a video of " + std::to_string(m_frameCount) +
                                             " frames");
}

void FrameStream::deliver(const torch::Tensor& frame) {
    if (m_sink)
        m_sink(m_delivered, frame);
    ++m_delivered;
}

void FrameStream::push(const torch::Tensor& frame) {
    if (m_next >= m_frameCount)
        throw Error(ErrorKind::Internal, "more frames pushed than announced");
    const int64_t index = m_next++;
    if (!m_filter) {
        deliver(frame);
        return;
    }
    m_window.push_back(frame);
    if (m_window.size() > 3)
        m_window.pop_front();
    // Frame index - 1 is due once its next neighbour is here; frame 0's previous neighbour is
    // frame 1 (reflect padding).
    const int64_t due = index - 1;
    if (due < m_delivered)
        return;
    const size_t n = m_window.size();
    const torch::Tensor& previous = due == 0 ? m_window[n - 1] : m_window[n - 3];
    deliver(medianFilterFrame(previous, m_window[n - 2], m_window[n - 1]));
}

void FrameStream::finish() {
    if (m_next != m_frameCount)
        throw Error(ErrorKind::Internal, "frame stream finished after frame " +
                                             std::to_string(m_next) + " of " +
                                             std::to_string(m_frameCount));
    if (m_filter && m_delivered < m_frameCount) {
        // The last frame: reflect padding puts frame T-2 on both sides.
        const size_t last = m_window.size() - 1;
        deliver(medianFilterFrame(m_window[last - 1], m_window[last], m_window[last - 1]));
    }
    m_window.clear();
}

}  // namespace vx::engine
