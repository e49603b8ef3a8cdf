// The settings of a render that callers outside the engine fill in: the sampling parameters, the
// device and precision, and the stages the pipeline reports. No LibTorch types here, so the
// studio's public headers (and everything that includes them) stay free of LibTorch.
#pragma once

#include <cstdint>
#include <vector>

namespace vx::engine {

enum class DevicePreference {
    Auto,  // CUDA when available, else the CPU
    Cpu,
    Cuda,  // throws vx::Error(BadInput) when no CUDA device is usable
};

enum class Precision {
    Auto,  // fp16 on CUDA, fp32 on the CPU
    Float16,
    BFloat16,
    Float32,
};

struct RenderParams {
    int64_t steps = 25;
    double guidance = 3.5;  // classifier-free guidance runs when > 1, as in the original
    uint64_t seed = 42;
    int64_t width = 512;
    int64_t height = 512;
    double fps = 30.0;
    int64_t contextFrames = 24;
    int64_t contextOverlap = 4;
    double referenceAttentionWeight = 0.95;
    double audioAttentionWeight = 3.0;
    // Keyframed expression and identity: when not empty, one weight per output frame, used
    // instead of the scalar above for that frame (each frame of a context window gets its
    // own). Empty means every frame uses the scalar.
    std::vector<double> referenceAttentionWeightPerFrame;
    std::vector<double> audioAttentionWeightPerFrame;
    int64_t numPadAudioFrames = 2;
    bool medianFilter = true;
    // The original's wav2vec2 (transformers, eval mode) draws one uniform scalar per encoder
    // layer (12) from the seeded generator for its LayerDrop check before the latent noise is
    // drawn. We do not (deliberate deviation: the noise then depends on the seed only, whether
    // or not the audio is encoded). Set this to reproduce the original's noise exactly.
    bool consumeWav2Vec2LayerDropDraws = false;
    // Frames of the V-kps guider run at once (memory bound only; the result does not change).
    int64_t guiderChunkFrames = 16;
    // The V-kps features of every frame are kept on the CPU when they fit in this many bytes
    // (2.6 MB a frame at 512x512 in fp16); beyond it each context window computes its own
    // (the same numbers, more guider work) so memory does not grow with the clip length.
    int64_t kpsFeatureCacheBytes = int64_t(1) << 30;
    // Recordings longer than chunk + 2 margins (40 s) are encoded by wav2vec2 in overlapping
    // chunks of this many frames (50 a second) with this much context on each side (see
    // audio_chunks.h: a deliberate deviation, as the original's one pass would not fit).
    int64_t wav2vec2ChunkFrames = 1500;
    int64_t wav2vec2ChunkMarginFrames = 250;
    // Frames whose audio windows the AudioProjection runs at once (memory bound only).
    int64_t audioProjectionChunkFrames = 512;
    // Refuse, before any work, a clip whose per-frame state does not fit in host memory.
    bool checkHostMemory = true;
};

enum class RenderStage {
    Reference,    // VAE-encoding the reference image, ReferenceNet banks
    KpsFeatures,  // V-kps guider over every frame
    Audio,        // wav2vec2 (when needed), audio windows, projection
    Denoising,    // the sampling loop
    Decoding,     // VAE decode, clamp, median filter, frame delivery
};

const char* renderStageName(RenderStage stage);

}  // namespace vx::engine
