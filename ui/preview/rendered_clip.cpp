#include "ui/preview/rendered_clip.h"
#include "ui/app/failure_text.h"

#include <QBuffer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

#include "media/video_decoder.h"
#include "ui/app/image_conversion.h"

namespace vx {
namespace ui {

namespace {
constexpr int kJpegQuality = 92;
}  // namespace

QImage RenderedClip::frameAt(double seconds) const {
    if (fps <= 0 || seconds < startSeconds)
        return {};
    // A little slack: the preview's frame times are rounded to milliseconds.
    const auto index = long(std::floor((seconds - startSeconds) * fps + 1e-3));
    if (index < 0 || index >= long(frames.size()))
        return {};
    QImage image;
    image.loadFromData(frames[size_t(index)], "JPG");
    return image;
}

JobOutcome<RenderedClip> loadRenderedClip(const QString& path, double startSeconds, int maxSide) {
    JobOutcome<RenderedClip> outcome;
    try {
        auto clip = std::make_shared<RenderedClip>();
        clip->path = path;
        clip->startSeconds = startSeconds;
        media::VideoDecoder decoder(std::filesystem::path(path.toStdString()));
        clip->fps = decoder.info().fps;
        cv::Mat rgb;
        while (decoder.readFrame(rgb)) {
            QImage frame = imageFromRgb(rgb);
            if (frame.width() > maxSide || frame.height() > maxSide)
                frame =
                    frame.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            frame.save(&buffer, "JPG", kJpegQuality);
            clip->frames.push_back(std::move(jpeg));
        }
        outcome.value = std::move(clip);
    } catch (...) {
        outcome.error = failureText(std::current_exception());
    }
    return outcome;
}

RenderedClipSource::RenderedClipSource(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RenderedClipSource::decoded);
}

RenderedClipSource::~RenderedClipSource() {
    m_watcher.waitForFinished();
}

void RenderedClipSource::load(const QString& path, double startSeconds) {
    if (m_watcher.isRunning()) {
        // One decode at a time: this file is decoded when the running one ends.
        m_pendingPath = path;
        m_pendingStart = startSeconds;
        return;
    }
    m_pendingPath.clear();
    m_discardRunning = false;
    m_watcher.setFuture(QtConcurrent::run(loadRenderedClip, path, startSeconds, 1024));
}

void RenderedClipSource::clear() {
    m_pendingPath.clear();
    m_discardRunning = m_watcher.isRunning();
    m_clip.reset();
}

void RenderedClipSource::decoded() {
    if (!m_pendingPath.isEmpty()) {
        load(m_pendingPath, m_pendingStart);  // a newer file superseded this one
        return;
    }
    if (m_discardRunning) {
        m_discardRunning = false;
        return;
    }
    const JobOutcome<RenderedClip> outcome = m_watcher.result();
    if (!outcome.value) {
        Q_EMIT failed(outcome.error);
        return;
    }
    m_clip = outcome.value;
    Q_EMIT loaded();
}

}  // namespace ui
}  // namespace vx
