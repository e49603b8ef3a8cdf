// The last rendered video, decoded for playback in the preview panel beside the instant
// preview. The frames are decoded on a worker thread and kept as JPEG in memory (a minute at
// 512 px is about 60 MB instead of 1.4 GB of pixels), decompressed when shown.
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

#include "ui/inputs/studio_inputs.h"

namespace vx {
namespace ui {

struct RenderedClip {
    QString path;
    double startSeconds = 0.0;  // where the clip starts in the recording
    double fps = 0.0;
    std::vector<QByteArray> frames;  // JPEG
    int frameCount() const { return int(frames.size()); }
    double endSeconds() const { return fps > 0 ? startSeconds + frameCount() / fps : 0.0; }
    // The frame shown at `seconds` of the recording; null outside the clip.
    QImage frameAt(double seconds) const;
};

// Decodes `path` (an MP4 the render wrote). Frames larger than `maxSide` are scaled down.
JobOutcome<RenderedClip> loadRenderedClip(const QString& path, double startSeconds, int maxSide);

class RenderedClipSource : public QObject {
    Q_OBJECT
public:
    explicit RenderedClipSource(QObject* parent = nullptr);
    ~RenderedClipSource() override;  // waits for a decode in progress

    // Decodes the file on a worker thread; loaded() or failed() follows. A load started while
    // another runs replaces it.
    void load(const QString& path, double startSeconds);
    void clear();
    bool hasClip() const { return m_clip != nullptr; }
    bool isLoading() const { return m_watcher.isRunning(); }
    const RenderedClip* clip() const { return m_clip.get(); }
    QImage frameAt(double seconds) const { return m_clip ? m_clip->frameAt(seconds) : QImage(); }

Q_SIGNALS:
    void loaded();
    void failed(const QString& error);

private:
    void decoded();

    QFutureWatcher<JobOutcome<RenderedClip>> m_watcher;
    std::shared_ptr<const RenderedClip> m_clip;
    QString m_pendingPath;
    double m_pendingStart = 0.0;
    bool m_discardRunning = false;  // clear() came while a decode was running
};

}  // namespace ui
}  // namespace vx
