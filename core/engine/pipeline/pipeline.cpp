#include "engine/pipeline/pipeline.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "common/error.h"
#include "engine/pipeline/audio_chunks.h"
#include "engine/pipeline/audio_windows.h"
#include "engine/pipeline/context_windows.h"
#include "engine/pipeline/frame_stream.h"
#include "engine/pipeline/host_memory.h"
#include "engine/pipeline/pillow_resize.h"
#include "engine/sched/ddim_scheduler.h"

namespace vx::engine {

namespace {

constexpr int64_t kSampleRateHz = 16000;

std::string shapeOf(const torch::Tensor& t) {
    std::ostringstream out;
    out << t.sizes();
    return out.str();
}

// The callbacks, with the checks every stage repeats.
class RenderReporter {
public:
    explicit RenderReporter(const RenderCallbacks& callbacks) : m_callbacks(callbacks) {}

    void checkAbort() const {
        if (m_callbacks.shouldAbort && m_callbacks.shouldAbort())
            throw Error(ErrorKind::Cancelled, "rendering was cancelled");
    }
    void progress(const RenderProgress& p) const {
        if (m_callbacks.progress)
            m_callbacks.progress(p);
    }
    void log(const std::string& line) const {
        if (m_callbacks.log)
            m_callbacks.log(line);
    }
    void started(RenderStage stage) const {
        if (m_callbacks.stageStarted)
            m_callbacks.stageStarted(stage);
    }

private:
    const RenderCallbacks& m_callbacks;
};

// Every attention weight, scalar or per frame, lies in [0, 10]: negative would invert the
// attention, which V-Express never does, and the face already distorts above about 3 (its README
// suggests 1 to 3); 10 leaves room for experiments while catching, say, a percentage passed
// as a weight.
constexpr double kMinAttentionWeight = 0.0;
constexpr double kMaxAttentionWeight = 10.0;

bool attentionWeightAllowed(double weight) {
    return std::isfinite(weight) && weight >= kMinAttentionWeight && weight <= kMaxAttentionWeight;
}

std::string allowedWeightRange() {
    std::ostringstream out;
    out << "[" << kMinAttentionWeight << ", " << kMaxAttentionWeight << "]";
    return out.str();
}

std::string weightText(double weight) {
    std::ostringstream out;
    out << weight;
    return out.str();
}

void validateScalarWeight(const char* field, double weight) {
    if (!attentionWeightAllowed(weight))
        throw Error(ErrorKind::BadInput, std::string(field) + " is " + weightText(weight) +
                                             ": it must be finite and within " +
                                             allowedWeightRange());
}

// A keyframed lane: empty, or one allowed weight per output frame.
void validatePerFrameWeights(const char* field, const std::vector<double>& weights,
                             int64_t frames) {
    if (weights.empty())
        return;
    if (static_cast<int64_t>(weights.size()) != frames)
        throw Error(ErrorKind::BadInput,
                    std::string(field) + " has " + std::to_string(weights.size()) +
                        " values but the render has " + std::to_string(frames) +
                        " frames: give one weight per output frame (each within " +
                        allowedWeightRange() + "), or none");
    for (size_t f = 0; f < weights.size(); ++f) {
        if (!attentionWeightAllowed(weights[f]))
            throw Error(ErrorKind::BadInput, std::string(field) + " of frame " + std::to_string(f) +
                                                 " is " + weightText(weights[f]) +
                                                 ": it must be finite and within " +
                                                 allowedWeightRange());
    }
}

// One attention's weight for one context window: the scalar when every frame of the window
// shares one weight (so a constant lane renders bit for bit as the scalar does), else one
// weight per frame of the window [F] (fp64, CPU; the UNet casts it to the run dtype).
struct WindowWeight {
    double scalar = 1.0;
    torch::Tensor perFrame;  // undefined: the scalar applies
};

WindowWeight windowWeight(const std::vector<double>& lane, double scalar,
                          const std::vector<int64_t>& window) {
    if (lane.empty())
        return {scalar, {}};
    std::vector<double> weights;
    weights.reserve(window.size());
    for (int64_t f : window)
        weights.push_back(lane[static_cast<size_t>(f)]);
    const bool constant = std::all_of(weights.begin(), weights.end(),
                                      [&weights](double w) { return w == weights.front(); });
    if (constant)
        return {weights.front(), {}};
    return {scalar, torch::tensor(weights, torch::kFloat64)};
}

void validateParams(const ModelContext& model, const RenderParams& p) {
    const int64_t factor = model.vaeScaleFactor();
    if (p.width < 2 * factor || p.height < 2 * factor || p.width % factor != 0 ||
        p.height % factor != 0)
        throw Error(ErrorKind::BadInput, "the render size " + std::to_string(p.width) + "x" +
                                             std::to_string(p.height) + " must be a multiple of " +
                                             std::to_string(factor) + " and at least " +
                                             std::to_string(2 * factor));
    if (p.steps < 1)
        throw Error(ErrorKind::BadInput, "the number of denoising steps must be at least 1");
    if (!std::isfinite(p.guidance) || !std::isfinite(p.fps) || p.fps <= 0.0)
        throw Error(ErrorKind::BadInput, "guidance and fps must be finite (fps positive)");
    const int64_t maxFrames =
        model.hyperparameters().unetAdditional.motionModule.temporalPositionEncodingMaxLen;
    if (p.contextFrames < 1 || p.contextFrames > maxFrames || p.contextOverlap < 0 ||
        p.contextOverlap >= p.contextFrames)
        throw Error(ErrorKind::BadInput,
                    "context windows of " + std::to_string(p.contextFrames) +
                        " frames overlapping by " + std::to_string(p.contextOverlap) +
                        " are not possible: the motion modules take at most " +
                        std::to_string(maxFrames) + " frames and the overlap must be smaller");
    validateScalarWeight("referenceAttentionWeight", p.referenceAttentionWeight);
    validateScalarWeight("audioAttentionWeight", p.audioAttentionWeight);
}

// uint8 [H, W, 3] at the render size -> fp32 [3, H, W] in [0, 1].
torch::Tensor kpsImageTensor(const torch::Tensor& image, int64_t frame, int64_t height,
                             int64_t width) {
    if (!image.defined() || image.dim() != 3 || image.size(0) != height || image.size(1) != width ||
        image.size(2) != 3 || image.scalar_type() != torch::kUInt8)
        throw Error(ErrorKind::BadInput,
                    "the V-kps image of frame " + std::to_string(frame) + " must be uint8 RGB [" +
                        std::to_string(height) + ", " + std::to_string(width) + ", 3], got " +
                        (image.defined() ? shapeOf(image) : std::string("nothing")));
    return image.to(torch::kCPU).permute({2, 0, 1}).to(torch::kFloat32).div(255.0);
}

}  // namespace

const char* renderStageName(RenderStage stage) {
    switch (stage) {
        case RenderStage::Reference:
            return "reference";
        case RenderStage::KpsFeatures:
            return "kps features";
        case RenderStage::Audio:
            return "audio";
        case RenderStage::Denoising:
            return "denoising";
        case RenderStage::Decoding:
            return "decoding";
    }
    return "unknown";
}

torch::Tensor seededNoise(const std::vector<int64_t>& shape, uint64_t seed, torch::ScalarType dtype,
                          int64_t priorScalarDraws) {
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    for (int64_t i = 0; i < priorScalarDraws; ++i)
        at::rand({}, generator);
    return at::randn(shape, generator, torch::TensorOptions().dtype(torch::kFloat32)).to(dtype);
}

torch::Tensor referenceImageTensor(const torch::Tensor& rgb, int64_t height, int64_t width) {
    if (!rgb.defined() || rgb.dim() != 3 || rgb.size(2) != 3 || rgb.size(0) < 1 ||
        rgb.size(1) < 1 || rgb.scalar_type() != torch::kUInt8)
        throw Error(ErrorKind::BadInput,
                    "the reference image must be uint8 RGB [H, W, 3], got " +
                        (rgb.defined() ? shapeOf(rgb) : std::string("nothing")));
    // Pillow's bicubic on uint8 (spec §7.5), then uint8/255 as the image processor does.
    const torch::Tensor resized = pillowBicubicResize(rgb, height, width);
    return resized.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32).div(255.0).contiguous();
}

namespace {

// Everything one render computes before the loop, and the loop itself.
class Renderer {
public:
    Renderer(ModelContext& model, const RenderParams& params, const RenderInputs& inputs,
             const RenderCallbacks& callbacks)
        : m_model(model),
          m_params(params),
          m_inputs(inputs),
          m_callbacks(callbacks),
          m_report(callbacks),
          m_scheduler(model.hyperparameters().scheduler) {}

    RenderResult run() {
        validateParams(m_model, m_params);
        if (!m_inputs.kpsImage)
            throw Error(ErrorKind::BadInput, "no V-kps image provider was given");
        decideLength();
        validatePerFrameWeights("referenceAttentionWeightPerFrame",
                                m_params.referenceAttentionWeightPerFrame, m_frames);
        validatePerFrameWeights("audioAttentionWeightPerFrame",
                                m_params.audioAttentionWeightPerFrame, m_frames);
        m_windows = contextWindows(m_frames, {m_params.contextFrames, m_params.contextOverlap});
        m_scheduler.setTimesteps(m_params.steps);
        if (m_params.medianFilter && m_frames < 2)
            throw Error(ErrorKind::BadInput, "the median filter needs at least 2 frames");
        planHostMemory();
        m_report.log("rendering " + std::to_string(m_frames) + " frames in " +
                     std::to_string(m_windows.size()) + " windows, " +
                     std::to_string(m_params.steps) + " steps, on " + m_model.runtime().describe());

        checkResumePoint();
        m_report.checkAbort();
        // A render resumed after its last step only decodes: the conditioning is not needed.
        if (m_inputs.firstStep < m_params.steps) {
            prepareReference();
            m_report.checkAbort();
            computeKpsFeatures();
            m_report.checkAbort();
            computeAudioTokens();
            m_report.checkAbort();
        }
        m_report.started(RenderStage::Denoising);
        prepareLatents();
        denoise();
        m_report.started(RenderStage::Decoding);
        decode();

        RenderResult result;
        result.frameCount = m_frames;
        result.outputFps = m_durationSec > 0.0 ? double(m_frames) / m_durationSec : m_params.fps;
        result.timesteps = m_scheduler.timesteps();
        return result;
    }

private:
    void decideLength() {
        const bool haveSamples = m_inputs.audioSamples.defined();
        const bool haveStates = m_inputs.audioHiddenStates.defined();
        if (haveSamples == haveStates)
            throw Error(ErrorKind::BadInput,
                        "give either the audio samples or the audio hidden states, not " +
                            std::string(haveSamples ? "both" : "neither"));
        if (haveSamples) {
            if (m_inputs.audioSamples.numel() == 0)
                throw Error(ErrorKind::BadInput, "the audio is empty");
            m_durationSec = double(m_inputs.audioSamples.numel()) / double(kSampleRateHz);
        } else {
            m_durationSec = m_inputs.audioDurationSec;
        }
        const int64_t h = m_params.height / m_model.vaeScaleFactor();
        const int64_t w = m_params.width / m_model.vaeScaleFactor();
        const ContextWindowParams windowParams{m_params.contextFrames, m_params.contextOverlap};
        if (m_inputs.initialLatents.defined()) {
            const torch::Tensor& z = m_inputs.initialLatents;
            if (z.dim() != 5 || z.size(0) != 1 || z.size(1) != m_model.latentChannels() ||
                z.size(3) != h || z.size(4) != w || z.size(2) < 1)
                throw Error(ErrorKind::BadInput, "the initial latents must be [1, " +
                                                     std::to_string(m_model.latentChannels()) +
                                                     ", L, " + std::to_string(h) + ", " +
                                                     std::to_string(w) + "], got " + shapeOf(z));
            m_frames = z.size(2);
        } else if (m_inputs.frameCount > 0) {
            m_frames = m_inputs.frameCount;
        } else if (haveSamples) {
            m_frames = videoLengthForSamples(m_inputs.audioSamples.numel(), kSampleRateHz,
                                             m_params.fps, windowParams);
        } else if (m_durationSec > 0.0) {
            m_frames = videoLengthForDuration(m_durationSec, m_params.fps, windowParams);
        } else {
            throw Error(ErrorKind::BadInput,
                        "with precomputed audio hidden states give the audio duration, a frame "
                        "count or the initial latents");
        }
        if (m_inputs.frameCount > 0 && m_inputs.frameCount != m_frames)
            throw Error(ErrorKind::BadInput,
                        "the frame count " + std::to_string(m_inputs.frameCount) +
                            " differs from the initial latents' " + std::to_string(m_frames));
    }

    // Where an interrupted render left off: after a whole number of steps (whose latents are the
    // initial ones) and a number of delivered frames.
    void checkResumePoint() {
        if (m_inputs.firstStep < 0 || m_inputs.firstStep > m_params.steps)
            throw Error(ErrorKind::BadInput, "cannot resume after step " +
                                                 std::to_string(m_inputs.firstStep) + " of " +
                                                 std::to_string(m_params.steps));
        if (m_inputs.firstStep > 0 && !m_inputs.initialLatents.defined())
            throw Error(ErrorKind::BadInput,
                        "resuming after a denoising step needs that step's latents");
        if (m_inputs.firstFrame < 0 || m_inputs.firstFrame > m_frames)
            throw Error(ErrorKind::BadInput, "cannot resume at frame " +
                                                 std::to_string(m_inputs.firstFrame) + " of " +
                                                 std::to_string(m_frames));
        if (m_inputs.firstFrame > 0 && m_inputs.firstStep < m_params.steps)
            throw Error(ErrorKind::BadInput,
                        "frames can only have been delivered after the last denoising step");
    }

    // z_ref = VAE mean × 0.18215 (spec §7.5), then the ReferenceNet banks and their attn1_5
    // keys/values, once for every step and window (spec §5.1).
    void prepareReference() {
        m_report.started(RenderStage::Reference);
        m_report.progress({RenderStage::Reference, 0, 0, 0, 0, 0, 0});
        torch::Tensor image =
            referenceImageTensor(m_inputs.referenceImage, m_params.height, m_params.width);
        torch::Tensor pixels = image.mul(2.0).sub(1.0).to(m_model.options());
        torch::Tensor latent = m_model.vae().encodeMean(pixels).mul(ModelContext::kLatentScale);
        nn::BankMap banks = m_model.referenceNet().computeBanks(latent);
        m_reference = m_model.denoisingUNet().prepareReference(banks);
    }

    // Per frame on the CPU for the whole clip: the latents and the denoising accumulator (in the
    // run dtype), the audio tokens, and the V-kps features when they are cached.
    void planHostMemory() {
        const int64_t element = torch::elementSize(m_model.dtype());
        const int64_t pixels = (m_params.height / m_model.vaeScaleFactor()) *
                               (m_params.width / m_model.vaeScaleFactor());
        const auto& projection = m_model.hyperparameters().audioProjection;
        const int64_t kpsBytes =
            m_model.hyperparameters().vKpsGuider.conditioningEmbeddingChannels * pixels * element;
        m_cacheKpsFeatures = m_frames * kpsBytes <= m_params.kpsFeatureCacheBytes;
        const int64_t perFrame = 2 * m_model.latentChannels() * pixels * element +
                                 projection.numQueries * projection.outputDim * element +
                                 (m_cacheKpsFeatures ? kpsBytes : 0);
        if (m_params.checkHostMemory)
            requireHostMemory(m_frames, perFrame, 0, availableHostMemoryBytes(), m_params.fps);
    }

    // Guider features of the listed frames, [N, C, h, w] on the device (spec §8.1).
    torch::Tensor guiderFeatures(const std::vector<int64_t>& frames) {
        const int64_t chunk = std::max<int64_t>(1, m_params.guiderChunkFrames);
        const int64_t count = static_cast<int64_t>(frames.size());
        std::vector<torch::Tensor> parts;
        for (int64_t start = 0; start < count; start += chunk) {
            std::vector<torch::Tensor> images;
            for (int64_t i = start; i < std::min(count, start + chunk); ++i) {
                const int64_t f = frames[static_cast<size_t>(i)];
                images.push_back(
                    kpsImageTensor(m_inputs.kpsImage(f), f, m_params.height, m_params.width));
            }
            parts.push_back(
                m_model.kpsGuider()->forwardFrames(torch::stack(images, 0).to(m_model.options())));
        }
        return torch::cat(parts, 0);
    }

    // Every frame's guider features, [1, C, L, h, w] on the CPU in the run dtype, when they fit
    // in the cache; otherwise each window computes its own in predictWindow.
    void computeKpsFeatures() {
        m_report.started(RenderStage::KpsFeatures);
        if (!m_cacheKpsFeatures) {
            m_report.log("V-kps features are computed per context window (the clip is long)");
            return;
        }
        const int64_t chunk = std::max<int64_t>(1, m_params.guiderChunkFrames);
        std::vector<torch::Tensor> parts;
        for (int64_t start = 0; start < m_frames; start += chunk) {
            m_report.checkAbort();
            std::vector<int64_t> frames(static_cast<size_t>(std::min(chunk, m_frames - start)));
            for (size_t i = 0; i < frames.size(); ++i)
                frames[i] = start + static_cast<int64_t>(i);
            parts.push_back(guiderFeatures(frames).to(torch::kCPU));
            m_report.progress({RenderStage::KpsFeatures, 0, 0, 0, 0,
                               start + static_cast<int64_t>(frames.size()), m_frames});
        }
        // [L, C, h, w] -> [1, C, L, h, w]
        m_kpsFeatures = torch::cat(parts, 0).permute({1, 0, 2, 3}).unsqueeze(0).contiguous();
    }

    // Audio tokens [L, Q, D] on the CPU in the run dtype (spec §6.2-6.5).
    void computeAudioTokens() {
        m_report.started(RenderStage::Audio);
        m_report.progress({RenderStage::Audio, 0, 0, 0, 0, 0, m_frames});
        torch::Tensor states;
        if (m_inputs.audioHiddenStates.defined()) {
            states = m_inputs.audioHiddenStates;
            if (states.dim() == 2)
                states = states.unsqueeze(0);
            if (states.dim() != 3 || states.size(0) != 1 ||
                states.size(2) != m_model.hyperparameters().audioProjection.embeddingDim)
                throw Error(
                    ErrorKind::BadInput,
                    "the audio hidden states must be [1, T, " +
                        std::to_string(m_model.hyperparameters().audioProjection.embeddingDim) +
                        "], got " + shapeOf(states));
        } else {
            Wav2Vec2Model* encoder = m_model.wav2vec2();
            if (encoder == nullptr)
                throw Error(ErrorKind::Model,
                            "wav2vec2-base-960h is not loaded: the model folder's "
                            "wav2vec2-base-960h/ (config.json, preprocessor_config.json, "
                            "model.safetensors or pytorch_model.bin) is needed to encode audio",
                            m_model.layout().wav2vec2Weights);
            // Normalised over the whole clip; a long clip is encoded in chunks (audio_chunks.h).
            torch::Tensor input =
                normalizeWaveform(m_inputs.audioSamples.to(torch::kCPU).to(torch::kFloat32),
                                  m_model.featureExtractor());
            const AudioChunking chunking{m_params.wav2vec2ChunkFrames,
                                         m_params.wav2vec2ChunkMarginFrames};
            states = encodeAudioInChunks(*encoder, input, m_model.options(), chunking,
                                         [this] { m_report.checkAbort(); });
        }
        // Short clips compute the windows on the device as the original does; long ones on the
        // CPU. The projection runs per chunk of frames (each frame's tokens are independent).
        const bool onDevice = m_frames <= m_params.audioProjectionChunkFrames;
        torch::Tensor windows =
            audioWindows(onDevice ? states.to(m_model.options()) : states.to(torch::kCPU), m_frames,
                         m_params.numPadAudioFrames);
        const int64_t chunk = std::max<int64_t>(1, m_params.audioProjectionChunkFrames);
        std::vector<torch::Tensor> tokens;
        for (int64_t start = 0; start < m_frames; start += chunk) {
            m_report.checkAbort();
            torch::Tensor part = windows.narrow(0, start, std::min(chunk, m_frames - start));
            tokens.push_back(
                m_model.audioProjection()->forward(part.to(m_model.options())).to(torch::kCPU));
        }
        m_audioTokens = torch::cat(tokens, 0);
    }

    void prepareLatents() {
        if (m_inputs.initialLatents.defined()) {
            m_latents = m_inputs.initialLatents.to(torch::kCPU).to(m_model.dtype()).clone();
            return;
        }
        const std::vector<int64_t> shape{1, m_model.latentChannels(), m_frames,
                                         m_params.height / m_model.vaeScaleFactor(),
                                         m_params.width / m_model.vaeScaleFactor()};
        const int64_t draws = m_params.consumeWav2Vec2LayerDropDraws ? m_model.wav2vec2Layers() : 0;
        m_latents = seededNoise(shape, m_params.seed, m_model.dtype(), draws);
    }

    // The guided prediction of one window [1, C, F, h, w] on the device.
    torch::Tensor predictWindow(const std::vector<int64_t>& window, int64_t timestep) {
        const torch::Tensor frameIndex = torch::tensor(window, torch::kLong);
        const torch::TensorOptions device = m_model.options();
        torch::Tensor x = m_latents.index_select(2, frameIndex).to(device);
        torch::Tensor audio = m_audioTokens.index_select(0, frameIndex).to(device);
        torch::Tensor kps =
            m_kpsFeatures.defined()
                ? m_kpsFeatures.index_select(2, frameIndex).to(device)
                : guiderFeatures(window).permute({1, 0, 2, 3}).unsqueeze(0).contiguous();
        const bool cfg = m_params.guidance > 1.0;
        nn::DenoisingInputs in;
        in.timestep = timestep;
        in.reference = &m_reference;
        in.classifierFree = cfg;
        const WindowWeight referenceWeight = windowWeight(
            m_params.referenceAttentionWeightPerFrame, m_params.referenceAttentionWeight, window);
        const WindowWeight audioWeight = windowWeight(m_params.audioAttentionWeightPerFrame,
                                                      m_params.audioAttentionWeight, window);
        in.referenceAttentionWeight = referenceWeight.scalar;
        in.referenceAttentionWeightPerFrame = referenceWeight.perFrame;
        in.audioAttentionWeight = audioWeight.scalar;
        in.audioAttentionWeightPerFrame = audioWeight.perFrame;
        if (cfg) {
            // Spec §5.2: the unconditional half has zero banks (the reference context's CFG
            // packing), zero V-kps features and zero audio tokens.
            in.latents = torch::cat({x, x}, 0);
            in.audioContext = torch::cat({torch::zeros_like(audio), audio}, 0);
            in.kpsFeatures = torch::cat({torch::zeros_like(kps), kps}, 0);
        } else {
            in.latents = x;
            in.audioContext = audio;
            in.kpsFeatures = kps;
        }
        torch::Tensor v = m_model.denoisingUNet().forward(in);
        if (!cfg)
            return v;
        torch::Tensor uncond = v.narrow(0, 0, 1);
        torch::Tensor cond = v.narrow(0, 1, 1);
        return uncond + m_params.guidance * (cond - uncond);
    }

    // Spec §7.4: every window's guided prediction divided by the frame's window count is
    // summed per frame; a frame is stepped as soon as all its windows have contributed.
    void denoise() {
        const std::vector<int64_t> counts = windowCountsPerFrame(m_frames, m_windows);
        const auto& timesteps = m_scheduler.timesteps();
        const int64_t stepCount = static_cast<int64_t>(timesteps.size());
        const int64_t windowCount = static_cast<int64_t>(m_windows.size());
        for (int64_t s = m_inputs.firstStep; s < stepCount; ++s) {
            const int64_t t = timesteps[static_cast<size_t>(s)];
            torch::Tensor accumulated = torch::zeros_like(m_latents);
            std::vector<int64_t> got(static_cast<size_t>(m_frames), 0);
            for (int64_t k = 0; k < windowCount; ++k) {
                m_report.checkAbort();
                // A frame listed twice in a window (reflection past the end) takes its last
                // position, like the original's indexed assignment.
                std::map<int64_t, int64_t> lastLocal;
                const auto& window = m_windows[static_cast<size_t>(k)];
                for (size_t i = 0; i < window.size(); ++i)
                    lastLocal[window[i]] = static_cast<int64_t>(i);
                torch::Tensor v = predictWindow(window, t);

                std::vector<int64_t> frames, locals, divisors, done;
                for (size_t i = 0; i < window.size(); ++i) {
                    const int64_t f = window[i];
                    if (lastLocal.at(f) != static_cast<int64_t>(i))
                        continue;
                    frames.push_back(f);
                    locals.push_back(static_cast<int64_t>(i));
                    divisors.push_back(counts[static_cast<size_t>(f)]);
                }
                torch::Tensor localIndex = torch::tensor(locals, torch::kLong);
                torch::Tensor divisor =
                    torch::tensor(divisors, torch::kLong).to(v.options()).view({1, 1, -1, 1, 1});
                torch::Tensor share =
                    v.index_select(2, localIndex.to(v.device())).div(divisor).to(torch::kCPU);
                torch::Tensor uniqueIndex = torch::tensor(frames, torch::kLong);
                accumulated.index_copy_(2, uniqueIndex,
                                        accumulated.index_select(2, uniqueIndex) + share);
                for (int64_t f : frames) {
                    if (++got[static_cast<size_t>(f)] == counts[static_cast<size_t>(f)])
                        done.push_back(f);
                }
                if (!done.empty()) {
                    torch::Tensor doneIndex = torch::tensor(done, torch::kLong);
                    const torch::TensorOptions device = m_model.options();
                    torch::Tensor stepped =
                        m_scheduler.step(accumulated.index_select(2, doneIndex).to(device), t,
                                         m_latents.index_select(2, doneIndex).to(device));
                    m_latents.index_copy_(2, doneIndex, stepped.to(torch::kCPU));
                }
                m_report.progress(
                    {RenderStage::Denoising, s, stepCount, k + 1, windowCount, 0, m_frames});
            }
            if (m_callbacks.stepFinished)
                m_callbacks.stepFinished(s + 1, m_latents);
        }
    }

    // Spec §7.6 and §10.1: per-frame decode, clamp, median filter over a 3-frame window.
    void decode() {
        if (m_inputs.firstFrame == m_frames)
            return;  // a resumed render whose frames were all delivered
        FrameStream stream(m_frames, m_params.medianFilter, m_callbacks.frameSink,
                           m_inputs.firstFrame);
        for (int64_t f = stream.firstPushed(); f < m_frames; ++f) {
            m_report.checkAbort();
            // Scaled one frame at a time: a scaled copy of the whole clip would double memory.
            torch::Tensor z =
                m_latents.select(2, f).mul(1.0 / ModelContext::kLatentScale).to(m_model.options());
            torch::Tensor image = m_model.vae().decode(z);
            torch::Tensor frame =
                (image / 2 + 0.5).clamp(0, 1).squeeze(0).to(torch::kCPU).to(torch::kFloat32);
            if (m_callbacks.rawFrameSink)
                m_callbacks.rawFrameSink(f, frame);
            stream.push(frame);
            m_report.progress({RenderStage::Decoding, 0, 0, 0, 0, stream.delivered(), m_frames});
        }
        stream.finish();
        m_report.progress({RenderStage::Decoding, 0, 0, 0, 0, stream.delivered(), m_frames});
    }

    ModelContext& m_model;
    const RenderParams& m_params;
    const RenderInputs& m_inputs;
    const RenderCallbacks& m_callbacks;
    RenderReporter m_report;
    DdimScheduler m_scheduler;

    int64_t m_frames = 0;
    double m_durationSec = 0.0;
    std::vector<std::vector<int64_t>> m_windows;
    nn::ReferenceContext m_reference;
    bool m_cacheKpsFeatures = true;
    torch::Tensor m_kpsFeatures;  // [1, C, L, h, w] CPU, undefined when computed per window
    torch::Tensor m_audioTokens;  // [L, Q, D] CPU
    torch::Tensor m_latents;      // [1, 4, L, h, w] CPU
};

}  // namespace

RenderResult render(ModelContext& model, const RenderParams& params, const RenderInputs& inputs,
                    const RenderCallbacks& callbacks) {
    torch::InferenceMode inference;
    Renderer renderer(model, params, inputs, callbacks);
    return renderer.run();
}

}  // namespace vx::engine
