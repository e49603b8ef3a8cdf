// Hands decoded frames to the caller one by one, applying V-Express's 3x3x3 median filter
// (spec §10.1) on the fly: output frame t needs decoded frames t-1, t and t+1, so at most three
// decoded frames are held, whatever the video length.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <deque>
#include <functional>

namespace vx::engine {

using FrameSink = std::function<void(int64_t index, const torch::Tensor& rgbFloat01)>;

// The median-filtered frame t from its neighbours (each [C, H, W], same dtype and device):
// the median of the 27 values around every pixel, with reflect padding on H and W. At the
// video's ends the caller passes the reflected neighbour (frame 1 for t = 0, frame T-2 for
// t = T-1), which is exactly medianFilter3d's reflect padding on T.
torch::Tensor medianFilterFrame(const torch::Tensor& previous, const torch::Tensor& current,
                                const torch::Tensor& next);

class FrameStream {
public:
    // frameCount: frames of the video (>= 2 when filtering; checked by the pipeline). Frames
    // before firstFrame were delivered earlier (a resumed render) and are not delivered again.
    FrameStream(int64_t frameCount, bool medianFilter, FrameSink sink, int64_t firstFrame = 0);

    // The first frame to push: firstFrame, or the one before it that the filter needs.
    int64_t firstPushed() const { return m_firstPushed; }
    // The next decoded frame [C, H, W] (fp32 CPU), starting with firstPushed(); may deliver the
    // previous one.
    void push(const torch::Tensor& frame);
    // Delivers what is still held; call once after the last push.
    void finish();

    // Frames delivered so far, counting those delivered before firstFrame.
    int64_t delivered() const { return m_delivered; }

private:
    void deliver(const torch::Tensor& frame);

    int64_t m_frameCount;
    bool m_filter;
    FrameSink m_sink;
    int64_t m_firstPushed;
    std::deque<torch::Tensor> m_window;  // the last (up to) three decoded frames
    int64_t m_next;                      // index of the next frame pushed
    int64_t m_delivered;                 // index of the next frame delivered
};

}  // namespace vx::engine
