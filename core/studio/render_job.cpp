#include "studio/render_job.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <type_traits>

#include "common/error.h"
#include "common/log.h"
#include "engine/io/torch_pickle_reader.h"
#include "engine/pipeline/context_windows.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/model_folder.h"
#include "engine/pipeline/pipeline.h"
#include "faces/kps_drawing.h"
#include "media/audio_decoder.h"
#include "media/audio_envelope.h"
#include "motion/eyelid_warp.h"
#include "motion/face_regions.h"
#include "studio/driving_motion.h"
#include "studio/driving_video.h"
#include "studio/keyframe_clip.h"
#include "studio/output_path.h"
#include "studio/output_video.h"
#include "studio/performance_warnings.h"
#include "studio/preflight.h"
#include "studio/render_fingerprint.h"
#include "studio/render_request_json.h"
#include "studio/render_state.h"

namespace vx::studio {

namespace {

// The engine wants an image tensor; OpenCV gives a Mat. uint8 RGB HxWx3 -> [H, W, 3] uint8.
torch::Tensor rgbMatToTensor(const cv::Mat& rgb) {
    cv::Mat contiguous = rgb.isContinuous() ? rgb : rgb.clone();
    return torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, 3}, torch::kUInt8)
        .clone();
}

// fp32 [3, H, W] in [0, 1] -> uint8 RGB Mat, truncating like the original (spec §10.2).
cv::Mat tensorToRgbMat(const torch::Tensor& rgbFloat01) {
    // uint8 = trunc(255 * v) as numpy's cast does in the original.
    torch::Tensor hwc = (rgbFloat01.to(torch::kCPU, torch::kFloat) * 255.0f)
                            .clamp(0, 255)
                            .to(torch::kUInt8)
                            .permute({1, 2, 0})
                            .contiguous();
    cv::Mat mat(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3, hwc.data_ptr());
    return mat.clone();
}

faces::KpsTrack readDrivingTrack(const std::filesystem::path& path) {
    std::vector<torch::Tensor> arrays;
    try {
        arrays = io::readNumpyArrayList(path.string());
    } catch (const Error& e) {
        throw Error(ErrorKind::BadInput, std::string("cannot read the keypoint file: ") + e.what(),
                    path.string());
    }
    faces::KpsTrack track;
    for (const auto& a : arrays) {
        torch::Tensor t = a.to(torch::kFloat).contiguous();
        if (t.numel() != 6)
            throw Error(ErrorKind::BadInput,
                        "each frame must hold 3 points (x, y); use a kps.pth made by V-Express's "
                        "extraction script",
                        path.string());
        const float* p = t.data_ptr<float>();
        track.push_back(
            {cv::Point2f(p[0], p[1]), cv::Point2f(p[2], p[3]), cv::Point2f(p[4], p[5])});
    }
    if (track.empty())
        throw Error(ErrorKind::BadInput, "the keypoint file holds no frames", path.string());
    return track;
}

void requireOneDrivingSource(const RenderJobRequest& request) {
    if (request.drivingKps && request.drivingVideo)
        throw Error(ErrorKind::BadInput,
                    "both a driving keypoint file (" + request.drivingKps->string() +
                        ") and a driving video (" + request.drivingVideo->string() +
                        ") were given; use only one of them");
}

// The driving track as it comes (kps.pth or video), in the portrait frame's pixels.
faces::KpsTrack drivingTrack(const RenderJobRequest& request, int frameSidePx,
                             const JobCallbacks& callbacks) {
    if (request.drivingKps)
        return readDrivingTrack(*request.drivingKps);
    DrivingVideoOptions options;
    options.modelFolder = request.portrait.modelFolder;  // the portrait's detector
    const DrivingVideoTrack video = extractDrivingTrack(*request.drivingVideo, options, callbacks);
    return trackInSquareFrame(video, frameSidePx);
}

// The keypoint track for the whole video: synthetic head motion, optionally mixed with a
// retargeted driving track.
faces::KpsTrack finalTrack(const RenderJobRequest& request, const PreparedPortrait& portrait,
                           const motion::PerformanceTrack& performance, int frameCount,
                           const JobCallbacks& callbacks) {
    if (!request.drivingKps && !request.drivingVideo)
        return performance.kps;
    return applyDrivingMotion(drivingTrack(request, portrait.frameRgb.cols, callbacks),
                              portrait.kps, performance.kps, frameCount, request.performance.limits,
                              request.retarget);
}

// The performance of the frames [first, first + count) of a longer one.
motion::PerformanceTrack slicePerformance(const motion::PerformanceTrack& whole, int first,
                                          int count) {
    const auto cut = [first, count](const auto& v) {
        using Vector = std::decay_t<decltype(v)>;
        return Vector(v.begin() + first, v.begin() + first + count);
    };
    motion::PerformanceTrack part;
    part.poses = cut(whole.poses);
    part.kps = cut(whole.kps);
    part.eyelidClosure = cut(whole.eyelidClosure);
    part.mouthOpenness = int(whole.mouthOpenness.size()) >= first + count
                             ? cut(whole.mouthOpenness)
                             : std::vector<double>(size_t(count), 0.0);
    part.blinks = whole.blinks;
    return part;
}

JobStage jobStageOf(engine::RenderStage stage) {
    switch (stage) {
        case engine::RenderStage::Reference:
            return JobStage::Reference;
        case engine::RenderStage::KpsFeatures:
            return JobStage::KpsFeatures;
        case engine::RenderStage::Audio:
            return JobStage::AudioFeatures;
        case engine::RenderStage::Denoising:
            return JobStage::Denoising;
        case engine::RenderStage::Decoding:
            return JobStage::Decoding;
    }
    return JobStage::Decoding;
}

RenderPhase phaseOf(engine::RenderStage stage) {
    switch (stage) {
        case engine::RenderStage::Reference:
            return RenderPhase::Reference;
        case engine::RenderStage::KpsFeatures:
            return RenderPhase::KpsFeatures;
        case engine::RenderStage::Audio:
            return RenderPhase::AudioEncode;
        case engine::RenderStage::Denoising:
            return RenderPhase::Denoising;
        case engine::RenderStage::Decoding:
            return RenderPhase::Decoding;
    }
    return RenderPhase::Decoding;
}

// Every render leaves its settings in the log, for a bug report.
void logRequest(const RenderJobRequest& request) {
    log::info("render", "render " + request.output.string() + " with " +
                            renderRequestToJson(request, -1) + "; VX Studio " + VX_VERSION +
                            ", LibTorch " + VX_TORCH_VERSION);
}

}  // namespace

RenderJobResult renderVideo(const RenderJobRequest& request, const JobCallbacks& callbacks,
                            ModelCache* cache) {
    RenderJobResult result;
    RenderStopwatch stopwatch;
    requireOneDrivingSource(request);
    requireUsableOutput(request.output, {request.image, request.audio, request.models,
                                         request.drivingKps.value_or(std::filesystem::path()),
                                         request.drivingVideo.value_or(std::filesystem::path())});
    // A broken model folder is found before minutes of work, not after.
    engine::requireModelFolder(request.models.string());
    logRequest(request);
    // An interrupted render of this output is continued, refused or discarded before any work.
    RenderState state(request.output, renderFingerprint(request), int(request.engine.steps),
                      request.resume);
    for (const std::string& note : state.notes())
        callbacks.message(note);
    // What it will cost, and a refusal of what cannot fit, before minutes of work.
    const RenderPreflight preflight = preflightRender(request);
    log::info("render", preflight.format());
    for (const std::string& warning : preflight.warnings)
        callbacks.message("warning: " + warning);
    if (state.resumePoint().stepsDone == 0)  // a resumed render already holds most of its disk
        requireFits(preflight, request);
    stopwatch.begin(RenderPhase::Portrait);
    callbacks.report({JobStage::Portrait, 0, 0, 0, 0, 0, 0});
    const PreparedPortrait portrait = preparePortrait(request.image, request.portrait);
    result.warnings = portrait.warnings;
    for (const auto& w : portrait.warnings)
        callbacks.message("warning: " + w);

    stopwatch.begin(RenderPhase::AudioDecode);
    callbacks.report({JobStage::Audio, 0, 0, 0, 0, 0, 0});
    media::AudioDecodeOptions audioOptions;  // torchaudio-exact: the sample count fixes L
    audioOptions.shouldAbort = callbacks.shouldAbort;
    const media::DecodedAudio wholeAudio = media::decodeAudio(request.audio, audioOptions);
    // With a range, the engine hears only the range and the file gets it as its sound.
    std::optional<std::vector<float>> excerpt;
    std::optional<TemporaryWav> excerptWav;
    if (request.audioRange) {
        excerpt = cutAudio(wholeAudio.samples, wholeAudio.sampleRateHz, *request.audioRange,
                           request.audio);
        excerptWav.emplace(*excerpt, wholeAudio.sampleRateHz);
        result.startSeconds = request.audioRange->startSeconds;
    }
    const std::vector<float>& samples = excerpt ? *excerpt : wholeAudio.samples;
    result.durationSeconds = double(samples.size()) / wholeAudio.sampleRateHz;
    for (const auto& w : performanceWarnings(request.performance, wholeAudio.durationSeconds())) {
        callbacks.message("warning: " + w);
        result.warnings.push_back(w);
    }

    engine::RenderParams params = request.engine;
    params.width = params.height = request.portrait.sidePx;
    params.audioAttentionWeight =
        motion::audioAttentionWeight(request.performance.expressionPercent);
    params.referenceAttentionWeight =
        motion::referenceAttentionWeight(request.performance.identityPercent);
    if (request.audioRange && result.durationSeconds * params.fps < double(params.contextFrames))
        throw Error(ErrorKind::BadInput,
                    "the selected range is too short: V-Express needs at least " +
                        std::to_string(double(params.contextFrames) / params.fps) +
                        " s; select a longer range",
                    request.audio.string());
    const int frames = int(
        engine::videoLengthForSamples(int64_t(samples.size()), wholeAudio.sampleRateHz, params.fps,
                                      {params.contextFrames, params.contextOverlap}));
    const double fps = frames / result.durationSeconds;
    result.frameCount = frames;
    result.fps = fps;

    stopwatch.begin(RenderPhase::Motion);
    // The motion is made for the whole recording and cut to the range, so a draft of a range
    // moves as the full render does at the same moments.
    const auto envelopeF = media::audioEnvelope(wholeAudio.samples, wholeAudio.sampleRateHz, fps);
    const std::vector<double> envelope(envelopeF.begin(), envelopeF.end());
    const int firstFrame = int(std::llround(result.startSeconds * fps));
    const int wholeFrames =
        request.audioRange ? std::max(int(envelope.size()), firstFrame + frames) : frames;
    const cv::Size frameSize = portrait.frameRgb.size();
    // Keyframes become per-frame curves and weights here, where the frame count is known: the
    // curves for the whole recording (the motion is made for all of it), the weights for the
    // rendered frames.
    motion::PerformanceSettings performanceSettings = request.performance;
    applyKeyframes(request.keyframes, wholeFrames, fps, performanceSettings);
    applyKeyframeWeights(request.keyframes, request.performance, wholeFrames, fps, firstFrame,
                         frames, params);
    const auto wholePerformance = motion::buildPerformance(performanceSettings, portrait.kps,
                                                           frameSize, wholeFrames, fps, envelope);
    const faces::KpsTrack wholeTrack =
        finalTrack(request, portrait, wholePerformance, wholeFrames, callbacks);
    const auto performance = slicePerformance(wholePerformance, firstFrame, frames);
    const faces::KpsTrack track(wholeTrack.begin() + firstFrame,
                                wholeTrack.begin() + firstFrame + frames);

    stopwatch.begin(RenderPhase::ModelLoad);
    callbacks.report({JobStage::Models, 0, 0, 0, 0, 0, 0});
    engine::ModelLoadOptions load;
    load.device = request.device;
    load.precision = request.precision;
    load.requireWav2Vec2 = true;
    load.log = callbacks.log;
    std::shared_ptr<engine::ModelContext> model =
        cache ? cache->acquire(request.models.string(), load)
              : std::shared_ptr<engine::ModelContext>(
                    engine::ModelContext::load(request.models.string(), load));
    result.runtime = model->runtime().describe();
    if (model->device().is_cuda())
        stopwatch.watchGpu(int(model->device().index()));
    callbacks.message("rendering " + std::to_string(frames) + " frames at " + std::to_string(fps) +
                      " fps on " + result.runtime);
    state.requireCompatible(frames, result.runtime);
    callbacks.checkAbort();

    OutputVideo video(request.output, excerptWav ? excerptWav->path() : request.audio, portrait,
                      request.pasteBack ? OutputFraming::PasteBack : OutputFraming::Frame, fps,
                      request.crf);

    const bool haveEyes = portrait.landmarks68.size() == 68;
    const motion::FaceRegions regions =
        haveEyes ? motion::faceRegionsFrom68(portrait.landmarks68) : motion::FaceRegions{};

    engine::RenderInputs inputs;
    inputs.referenceImage = rgbMatToTensor(portrait.frameRgb);
    inputs.kpsImage = [&](int64_t f) {
        return rgbMatToTensor(
            faces::drawKpsImage(frameSize.height, frameSize.width, track.at(size_t(f))));
    };
    inputs.audioSamples = torch::from_blob(const_cast<float*>(samples.data()),
                                           {int64_t(samples.size())}, torch::kFloat);
    inputs.frameCount = frames;
    const ResumePoint& resume = state.resumePoint();
    if (resume.stepsDone > 0) {
        inputs.initialLatents = resume.latents;
        inputs.firstStep = resume.stepsDone;
    }
    // The frames an interrupted render finished go into the new file first, as they were.
    for (int f = 0; f < resume.framesDone; ++f) {
        callbacks.checkAbort();
        const cv::Mat saved = state.loadFrame(f);
        video.write(saved);
        callbacks.deliverFrame(f, saved);
    }
    inputs.firstFrame = resume.framesDone;

    engine::RenderCallbacks engineCallbacks;
    engineCallbacks.log = callbacks.log;
    engineCallbacks.shouldAbort = callbacks.shouldAbort;
    engineCallbacks.stageStarted = [&](engine::RenderStage stage) {
        stopwatch.begin(phaseOf(stage));
    };
    engineCallbacks.progress = [&](const engine::RenderProgress& p) {
        if (p.stage == engine::RenderStage::Denoising && p.window > 0)
            stopwatch.windowDone(int(p.step), int(p.window) - 1);
        // The engine counts steps from 0 and reports a window when it is done (1-based).
        const bool denoising = p.stage == engine::RenderStage::Denoising;
        callbacks.report({jobStageOf(p.stage), denoising ? int(p.step) + 1 : 0,
                          denoising ? int(p.stepCount) : 0, int(video.framesWritten()), frames,
                          denoising ? int(p.window) : 0, denoising ? int(p.windowCount) : 0});
    };
    engineCallbacks.stepFinished = [&](int64_t stepsDone, const torch::Tensor& latents) {
        state.saveStep(int(stepsDone), frames, latents, result.runtime);
    };
    engineCallbacks.frameSink = [&](int64_t index, const torch::Tensor& rgb) {
        const auto postStart = RenderStopwatch::Clock::now();
        cv::Mat frame = tensorToRgbMat(rgb);
        const double closure = performance.eyelidClosure.at(size_t(index));
        if (haveEyes && closure > 0.0) {
            // The model's face follows the track: carry the reference eye contours along.
            const cv::Mat m = motion::similarityBetween(portrait.kps, track.at(size_t(index)));
            motion::closeEyelids(frame,
                                 {motion::transformEye(regions.eyes[0], m),
                                  motion::transformEye(regions.eyes[1], m)},
                                 closure);
        }
        const cv::Mat output = video.compose(frame);
        stopwatch.add(RenderPhase::PostPasses, RenderStopwatch::secondsSince(postStart));
        state.saveFrame(int(index), output);
        const auto encodeStart = RenderStopwatch::Clock::now();
        video.write(output);
        stopwatch.add(RenderPhase::Encoding, RenderStopwatch::secondsSince(encodeStart));
        callbacks.deliverFrame(int(index), output);
    };
    engine::render(*model, params, inputs, engineCallbacks);
    stopwatch.begin(RenderPhase::Encoding);
    callbacks.report({JobStage::Encoding, 0, 0, frames, frames, 0, 0});
    video.finish();
    state.remove();
    result.timings = stopwatch.finish();
    recordRenderSpeed(request, result);
    log::info("render", "wrote " + request.output.string() + ": " + std::to_string(frames) +
                            " frames on " + result.runtime + "\n" + result.timings.format());
    return result;
}

}  // namespace vx::studio
