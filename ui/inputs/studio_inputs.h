// The two inputs the studio works on once they are ready, and the jobs that make them ready.
// The jobs run on a worker thread: they catch every exception and return its text instead.
#pragma once

#include <QRect>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "media/audio_decoder.h"
#include "motion/preview_renderer.h"
#include "studio/driving_video.h"
#include "studio/portrait.h"

namespace vx {
namespace ui {

struct LoadedPortrait {
    QString path;
    studio::PreparedPortrait prepared;
    std::shared_ptr<const motion::PreviewRenderer> renderer;
};

struct LoadedAudio {
    QString path;
    media::DecodedAudio decoded;  // mono 16 kHz (libswresample: the preview needs no parity)
    media::AudioInfo info;
    double durationSeconds() const { return decoded.durationSeconds(); }
};

// An optional driving video: the face's keypoint track, which moves the portrait's head.
struct LoadedDriving {
    QString path;
    studio::DrivingVideoTrack track;
};

// What a worker hands back: the result, or the error text naming the file.
template <typename T>
struct JobOutcome {
    std::shared_ptr<const T> value;
    QString error;
};

// Finds the face, frames the portrait and builds the preview renderer (about half a second).
// `crop`: the square to render, in the photo's pixels (a project's saved framing); without it
// the face decides.
JobOutcome<LoadedPortrait> prepareLoadedPortrait(const QString& path,
                                                 const std::optional<QRect>& crop = std::nullopt);
// Decodes the recording (or the video's audio track) to mono 16 kHz.
JobOutcome<LoadedAudio> decodeLoadedAudio(const QString& path);

// Tracks the face through a driving video (seconds to minutes), as a job of the job runner:
// reports its frames, stops when asked; throws what studio::extractDrivingTrack throws.
std::shared_ptr<const LoadedDriving> trackLoadedDriving(const QString& path,
                                                        const QString& modelFolder,
                                                        const studio::JobCallbacks& callbacks);

// Loudness per preview frame, as doubles for the motion layer.
std::vector<double> speechEnvelope(const LoadedAudio& audio, double fps);

}  // namespace ui
}  // namespace vx
