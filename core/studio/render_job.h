// A V-Express render from the user's files to a finished MP4: prepare the portrait, decode the
// voice, build the performance (head motion, blinks), run the engine, post-process each frame
// (eyelids, paste-back) and write it as soon as it is made.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "engine/pipeline/render_settings.h"
#include "faces/keypoint_track.h"
#include "motion/performance.h"
#include "studio/audio_excerpt.h"
#include "studio/job_callbacks.h"
#include "studio/keyframes.h"
#include "studio/model_cache.h"
#include "studio/portrait.h"
#include "studio/render_timings.h"

namespace vx::studio {

// What a render does with the resume state an earlier, interrupted render of the same output left
// beside it (render_state.h).
enum class ResumePolicy {
    RefuseExisting,  // stop with a message that names the way out (--resume or --restart)
    Resume,          // continue it when its settings match; start afresh when there is none
    Restart,         // discard it and start afresh
};

struct RenderJobRequest {
    std::filesystem::path image;
    std::filesystem::path audio;
    std::filesystem::path output;
    std::filesystem::path models;
    PortraitOptions portrait;  // sidePx is the render size
    motion::PerformanceSettings performance;
    // Controls that change over the clip. The render evaluates them once it knows the frame
    // count (studio/keyframe_clip.h): the performance's per-frame curves and the engine's
    // per-frame attention weights. Empty: the performance's constants, as before keyframes.
    Keyframes keyframes;
    engine::RenderParams engine;  // steps, guidance, seed, fps...; size and the two
                                  // attention weights are set from the fields above
    engine::DevicePreference device = engine::DevicePreference::Auto;
    engine::Precision precision = engine::Precision::Auto;
    // A driving keypoint track, from a V-Express kps.pth or extracted from a video of a face
    // (driving_video.h; at most one of the two), and how to put it on the portrait's face. Either
    // is mapped onto the render's frames by index: truncated or stretched to its frame count.
    std::optional<std::filesystem::path> drivingKps;
    std::optional<std::filesystem::path> drivingVideo;
    std::optional<faces::RetargetStrategy> retarget;  // default: faces::defaultRetargetStrategy
    bool pasteBack = false;
    int crf = 18;
    // Only this part of the voice (a draft of a selection): the frames cover the range, the
    // output's sound is the range, and the head motion and blinks are those of the whole
    // recording at the same moments (manual blinks keep their times on the whole recording).
    std::optional<AudioRange> audioRange;
    ResumePolicy resume = ResumePolicy::RefuseExisting;
};

struct RenderJobResult {
    int frameCount = 0;
    double startSeconds = 0.0;  // where the video starts in the recording (audioRange)
    double fps = 0.0;
    double durationSeconds = 0.0;
    std::string runtime;  // e.g. "cpu, float32"
    std::vector<std::string> warnings;
    RenderTimings timings;
};

// Throws vx::Error: BadInput (unusable image, audio, kps file or driving video, or both a kps
// file and a driving video, or a resume state the policy refuses), Model (model folder), Io
// (output or resume state), Cancelled (callbacks.shouldAbort; nothing is left at request.output).
// The render keeps a resume state beside the output after every denoising step and frame
// (render_state.h): whatever stops it, a render with request.resume == Resume continues there;
// a finished render removes it. The callbacks are called on the caller's thread. With a
// cache, the model is taken from it (and left in it for the next render); without one it is
// loaded for this render and freed afterwards.
RenderJobResult renderVideo(const RenderJobRequest& request, const JobCallbacks& callbacks,
                            ModelCache* cache = nullptr);

}  // namespace vx::studio
