// Where a render's time goes: each stage from portrait preparation to the last encoded frame, every
// denoising step and context window, and the peak memory. `vxstudio-cli render --timings` prints
// it, and every render writes it to the log.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace vx::studio {

enum class RenderPhase {
    Portrait,     // decode the photo, find the face, crop
    AudioDecode,  // decode and resample the recording
    Motion,       // head motion, blinks, the keypoint track
    ModelLoad,    // read the model folder (zero when the cached model is reused)
    Reference,    // VAE encode of the portrait, ReferenceNet banks
    KpsFeatures,  // V-kps guider over every frame
    AudioEncode,  // wav2vec2 and the audio projection
    Denoising,    // every step and window
    Decoding,     // VAE decode and the median filter
    PostPasses,   // eyelids, paste-back (inside the decoding, counted apart)
    Encoding,     // H.264/AAC writing (inside the decoding, counted apart) and finishing the file
};

const char* renderPhaseName(RenderPhase phase);

struct RenderTimings {
    std::vector<double> phaseSeconds = std::vector<double>(size_t(RenderPhase::Encoding) + 1, 0.0);
    // stepWindowSeconds[s][k]: step s, window k.
    std::vector<std::vector<double>> stepWindowSeconds;
    double totalSeconds = 0.0;
    int64_t peakRssBytes = 0;   // the process's resident peak (getrusage)
    int64_t peakVramBytes = 0;  // GPU memory of this process as the driver reports it at the
                                // end of each stage (0 on the CPU)

    double seconds(RenderPhase phase) const { return phaseSeconds[size_t(phase)]; }
    // A table: one line per phase, then per step (with its windows' range), then memory.
    std::string format() const;
};

// Measures phases as they follow each other: begin() ends the running phase. add() counts time
// measured apart (post-passes inside the decoding), which is taken out of the running phase.
class RenderStopwatch {
public:
    using Clock = std::chrono::steady_clock;

    RenderStopwatch();
    void begin(RenderPhase phase);
    void add(RenderPhase phase, double seconds);
    // A denoising window ended (0-based step and window).
    void windowDone(int step, int window);
    // Sample this CUDA device's memory at the end of every phase from now on.
    void watchGpu(int index) { m_gpuIndex = index; }
    // Ends the running phase, fills the totals and the memory peaks.
    RenderTimings finish();
    // Seconds since `since`.
    static double secondsSince(Clock::time_point since);

private:
    void endRunning(Clock::time_point now);

    RenderTimings m_timings;
    Clock::time_point m_start;
    Clock::time_point m_phaseStart;
    Clock::time_point m_windowStart;
    int m_running = -1;
    double m_takenOut = 0.0;  // add()ed time inside the running phase
    int m_gpuIndex = -1;
};

}  // namespace vx::studio
