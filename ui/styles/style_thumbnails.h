// The animated thumbnails of the style picker: every style on the user's portrait, made by the
// instant preview on a worker thread (about a second for all of them). A new request while one
// runs is remembered and run next; a result made from older inputs is dropped.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <vector>

#include "studio/studio_parameters.h"
#include "studio/styles.h"
#include "ui/inputs/studio_inputs.h"

namespace vx {
namespace ui {

// What the thumbnails show: the portrait, the recording's loudness, the seeds and the styles.
struct StyleThumbnailInputs {
    std::shared_ptr<const LoadedPortrait> portrait;
    std::vector<double> envelope;  // per frame at fps; empty: a made-up sentence
    double fps = 25.0;
    studio::StudioParameters base;  // its seeds and manual blinks
    std::vector<studio::Style> styles;
    // True when the frames made from `a` would equal those made from `b`.
    static bool sameFrames(const StyleThumbnailInputs& a, const StyleThumbnailInputs& b);
};

class StyleThumbnails : public QObject {
    Q_OBJECT
public:
    explicit StyleThumbnails(int sidePx, QObject* parent = nullptr);
    ~StyleThumbnails() override;

    // Starts making the thumbnails of `inputs` unless they would equal the current ones.
    // Without a portrait there are none.
    void request(StyleThumbnailInputs inputs);
    bool isBusy() const { return m_watcher.isRunning(); }
    // The frames of the style called `name` (empty while they are made, or without portrait).
    QVector<QImage> framesOf(const QString& name) const { return m_frames.value(name); }

Q_SIGNALS:
    void ready();

private:
    using Frames = QHash<QString, QVector<QImage>>;
    void start();
    void finished();

    int m_sidePx;
    StyleThumbnailInputs m_latest;  // what was asked last
    bool m_pending = false;         // m_latest waits for the running job to end
    bool m_haveLatest = false;
    Frames m_frames;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Frames> m_watcher;
};

}  // namespace ui
}  // namespace vx
