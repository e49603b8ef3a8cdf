// Per-call callbacks of a long job (render, preview export, driving-video analysis): progress in
// typed stages, log lines, finished frames and a should-abort check. Each is optional; a front
// end passes what it can show (studio/job_runner.h runs a job on a worker thread with them).
#pragma once

#include <functional>
#include <string>

#include <opencv2/core/mat.hpp>

namespace vx::studio {

// Where a job is. A render goes Portrait, Audio, Models, Reference, KpsFeatures, AudioFeatures,
// Denoising, Decoding, Encoding; a preview export Portrait, Audio, Preview, Encoding; the
// analysis of a driving video DrivingVideo.
enum class JobStage {
    Starting,
    Portrait,       // decoding the photo, finding the face, cropping
    Audio,          // decoding and resampling the recording
    DrivingVideo,   // tracking the face of a driving video
    Models,         // loading the model folder (or taking the cached model)
    Reference,      // VAE encoding of the portrait, ReferenceNet
    KpsFeatures,    // V-kps guider over every frame
    AudioFeatures,  // wav2vec2 and the audio projection
    Denoising,      // the sampling loop: steps and context windows
    Decoding,       // VAE decoding, post-passes, each frame written as it comes
    Preview,        // the instant preview's frames
    Encoding,       // finishing the file
};

// The stage's stable English name, as the CLI's progress line and the log show it ("portrait",
// "denoising", "kps features"...).
const char* jobStageName(JobStage stage);

struct JobProgress {
    JobStage stage = JobStage::Starting;
    int step = 0;  // within the stage, 1-based; 0 when the stage has no steps
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
