// Per-call callbacks of a long job (export, render): progress, log and a should-abort check.
// Each is optional; a front end passes what it can show.
#pragma once

#include <functional>
#include <string>

#include <opencv2/core/mat.hpp>

namespace vx::studio {

struct JobProgress {
    std::string stage;  // "audio", "portrait", "preview", "denoise", "decode", "encode"...
    int step = 0;       // within the stage, 1-based; 0 when the stage has no steps
    int stepCount = 0;
    int framesDone = 0;  // frames finished and handed out so far
    int frameCount = 0;
    // While denoising: the context windows of the current step done so far (1-based) and how
    // many the step has; 0 in the other stages.
    int window = 0;
    int windowCount = 0;
};

struct JobCallbacks {
    std::function<void(const JobProgress&)> progress;
    std::function<void(const std::string&)> log;
    // Polled between frames and between model calls; true stops the job with
    // vx::Error(Cancelled) and leaves no partial output under the user's file name.
    std::function<bool()> shouldAbort;
    // Receives every finished output frame in order (index from 0), exactly as it is written to
    // the file: RGB uint8, the square frame or the photo with the frame pasted in. The Mat is
    // only valid during the call.
    std::function<void(int index, const cv::Mat& rgb)> frameReady;

    void report(const JobProgress& p) const {
        if (progress)
            progress(p);
    }
    void message(const std::string& text) const {
        if (log)
            log(text);
    }
    void deliverFrame(int index, const cv::Mat& rgb) const {
        if (frameReady)
            frameReady(index, rgb);
    }
    void checkAbort() const;
};

}  // namespace vx::studio
