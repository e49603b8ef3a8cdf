// The resume state of a render: a folder beside the output (`clip.mp4` -> `clip.mp4.vxrender/`)
// that holds the render's fingerprint, the latents after the last finished denoising step and
// every finished output frame, each written crash-safely (temporary file, fsync, rename). After
// a kill, a power cut, Ctrl-C or a full disk, a render of the same output with the same
// fingerprint continues from there, losing at most one denoising step; a finished render
// removes the folder.
//
// Layout: state.json (format, fingerprint, steps, frames, runtime, steps done, the latents
// file, its shape, type and checksum), latents-after-step-NNN.bin (raw little-endian values of
// the whole clip's latents), frames/NNNNNN.png (lossless output frames, written only after the
// last step, so that a resumed video is the same as an uninterrupted one).
#pragma once

#include <torch/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "studio/render_job.h"

namespace vx::studio {

// Where an earlier render of the same output stopped.
struct ResumePoint {
    int stepsDone = 0;
    torch::Tensor latents;  // [1, C, L, h, w] after stepsDone steps; undefined when 0
    int framesDone = 0;     // output frames 0..framesDone-1 are saved (after the last step only)
    std::string runtime;    // the device and precision it ran on, e.g. "cpu, float32"
};

std::filesystem::path renderStateFolder(const std::filesystem::path& output);

// A short summary of the resumable state beside `output` ("7 of 25 denoising steps done", "all
// 25 steps done, 120 of 300 frames written"), or nothing when there is none.
std::optional<std::string> describeRenderState(const std::filesystem::path& output);

class RenderState {
public:
    // Applies the policy to what is beside `output`:
    // - no state (or an unreadable one, which is discarded with a message): a fresh start;
    // - RefuseExisting: throws vx::Error(BadInput) naming the state and --resume / --restart;
    // - Resume: continues it when `fingerprint`, `steps` match, else throws vx::Error(BadInput)
    //   saying the settings or inputs changed;
    // - Restart: removes it.
    // Nothing is written until the first saveStep.
    RenderState(std::filesystem::path output, std::string fingerprint, int steps,
                ResumePolicy policy);

    const ResumePoint& resumePoint() const { return m_point; }
    const std::filesystem::path& folder() const { return m_folder; }
    // Messages for the user about what was found (resumed, discarded).
    const std::vector<std::string>& notes() const { return m_notes; }

    // Checks that the resume point fits this render: frame count and runtime (the latents of
    // a CUDA fp16 run are not continued on the CPU in fp32). Throws vx::Error(BadInput).
    void requireCompatible(int frameCount, const std::string& runtime) const;

    // Saves the latents after `stepsDone` steps, then the state that names them, then removes
    // the previous latents. Throws vx::Error(Io) naming the file when the disk refuses; the
    // previous state stays valid.
    void saveStep(int stepsDone, int frameCount, const torch::Tensor& latents,
                  const std::string& runtime);
    // Saves one finished output frame (RGB, 8 bits).
    void saveFrame(int index, const cv::Mat& rgb);
    // A frame saved by an earlier run of this render.
    cv::Mat loadFrame(int index) const;
    // The render is complete: the folder goes.
    void remove();

private:
    std::filesystem::path m_folder;
    std::string m_fingerprint;
    int m_steps = 0;
    int m_frames = 0;
    std::string m_latentsFile;
    ResumePoint m_point;
    std::vector<std::string> m_notes;
};

}  // namespace vx::studio
