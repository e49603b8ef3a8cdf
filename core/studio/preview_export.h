// Exporting the instant preview as an MP4 with the voice: the fast, model-free draft of a
// performance. Every frame carries a "PREVIEW" mark so it is never mistaken for a render.
#pragma once

#include <filesystem>

#include "motion/performance.h"
#include "studio/job_callbacks.h"
#include "studio/keyframes.h"
#include "studio/portrait.h"

namespace vx::studio {

struct PreviewExportRequest {
    std::filesystem::path image;
    std::filesystem::path audio;  // any recording, or a video whose audio track is used
    std::filesystem::path output;
    PortraitOptions portrait;
    motion::PerformanceSettings performance;
    Keyframes keyframes;  // evaluated at `fps` over the recording (studio/keyframe_clip.h)
    double fps = 30.0;
    bool pasteBack = false;  // composite the animated square into the full photo
    int crf = 20;
};

struct PreviewExportResult {
    int frameCount = 0;
    double fps = 0.0;
    double durationSeconds = 0.0;
    std::vector<std::string> warnings;
};

// Throws vx::Error: BadInput for unusable inputs, Io when the output cannot be written,
// Cancelled when callbacks.shouldAbort says so (no file is left at request.output then).
PreviewExportResult exportPreview(const PreviewExportRequest& request,
                                  const JobCallbacks& callbacks);

// Stamps the "PREVIEW" mark into the bottom-left corner of an RGB frame, at most a third of its
// width (below the chin of a framed face, whatever the frame size).
void stampPreviewMark(cv::Mat& rgb);

}  // namespace vx::studio
