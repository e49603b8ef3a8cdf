#include "ui/inputs/studio_inputs.h"
#include "ui/app/failure_text.h"

#include <QCoreApplication>

#include <exception>

#include "media/audio_envelope.h"

namespace vx {
namespace ui {

namespace {

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

}  // namespace

JobOutcome<LoadedPortrait> prepareLoadedPortrait(const QString& path,
                                                 const std::optional<QRect>& crop) {
    JobOutcome<LoadedPortrait> outcome;
    try {
        auto loaded = std::make_shared<LoadedPortrait>();
        loaded->path = path;
        studio::PortraitOptions options;
        if (crop)
            options.crop = cv::Rect(crop->x(), crop->y(), crop->width(), crop->height());
        loaded->prepared = studio::preparePortrait(toPath(path), options);
        if (loaded->prepared.landmarks68.size() != 68) {
            outcome.error = QCoreApplication::translate(
                                "vx::ui::StudioInputs",
                                "%1: the face landmarks the preview needs were not found.")
                                .arg(path);
            return outcome;
        }
        loaded->renderer = std::make_shared<const motion::PreviewRenderer>(
            loaded->prepared.frameRgb, loaded->prepared.kps, loaded->prepared.landmarks68);
        outcome.value = std::move(loaded);
    } catch (...) {
        outcome.error = failureText(std::current_exception());
    }
    return outcome;
}

JobOutcome<LoadedAudio> decodeLoadedAudio(const QString& path) {
    JobOutcome<LoadedAudio> outcome;
    try {
        auto loaded = std::make_shared<LoadedAudio>();
        loaded->path = path;
        loaded->info = media::probeAudio(toPath(path));
        media::AudioDecodeOptions options;
        options.resampler = media::AudioResampler::Swresample;
        loaded->decoded = media::decodeAudio(toPath(path), options);
        outcome.value = std::move(loaded);
    } catch (...) {
        outcome.error = failureText(std::current_exception());
    }
    return outcome;
}

std::shared_ptr<const LoadedDriving> trackLoadedDriving(const QString& path,
                                                        const QString& modelFolder,
                                                        const studio::JobCallbacks& callbacks) {
    auto loaded = std::make_shared<LoadedDriving>();
    loaded->path = path;
    studio::DrivingVideoOptions options;
    options.modelFolder = modelFolder.toStdString();
    loaded->track = studio::extractDrivingTrack(toPath(path), options, callbacks);
    return loaded;
}

std::vector<double> speechEnvelope(const LoadedAudio& audio, double fps) {
    const std::vector<float> envelope =
        media::audioEnvelope(audio.decoded.samples, audio.decoded.sampleRateHz, fps);
    return std::vector<double>(envelope.begin(), envelope.end());
}

}  // namespace ui
}  // namespace vx
