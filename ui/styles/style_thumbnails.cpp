#include "ui/styles/style_thumbnails.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

#include "studio/style_preview.h"
#include "ui/app/image_conversion.h"

namespace vx {
namespace ui {

namespace {

bool sameStyles(const std::vector<studio::Style>& a, const std::vector<studio::Style>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || a[i].headPreset != b[i].headPreset ||
            a[i].values != b[i].values)
            return false;
    return true;
}

}  // namespace

bool StyleThumbnailInputs::sameFrames(const StyleThumbnailInputs& a,
                                      const StyleThumbnailInputs& b) {
    // Only the seeds and the manual blinks of the base survive a style (it sets the rest).
    return a.portrait == b.portrait && a.envelope == b.envelope && a.fps == b.fps &&
           a.base.motionSeed == b.base.motionSeed && a.base.blinkSeed == b.base.blinkSeed &&
           a.base.manualBlinkSec == b.base.manualBlinkSec && sameStyles(a.styles, b.styles);
}

StyleThumbnails::StyleThumbnails(int sidePx, QObject* parent) : QObject(parent), m_sidePx(sidePx) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StyleThumbnails::finished);
}

StyleThumbnails::~StyleThumbnails() {
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();  // at most one style's frames (a few hundred milliseconds)
}

void StyleThumbnails::request(StyleThumbnailInputs inputs) {
    if (m_haveLatest && StyleThumbnailInputs::sameFrames(inputs, m_latest))
        return;
    m_latest = std::move(inputs);
    m_haveLatest = true;
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_pending = true;
        return;
    }
    start();
}

void StyleThumbnails::start() {
    m_pending = false;
    m_frames.clear();
    if (!m_latest.portrait) {
        Q_EMIT ready();
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([inputs = m_latest, side = m_sidePx,
                                           cancel = m_cancel]() -> Frames {
        Frames frames;
        studio::StylePreviewOptions options;
        options.sidePx = side;
        const LoadedPortrait& portrait = *inputs.portrait;
        for (const studio::Style& style : inputs.styles) {
            if (cancel->load())
                return {};
            QVector<QImage> images;
            try {
                for (const cv::Mat& frame : studio::renderStylePreview(
                         style, inputs.base, *portrait.renderer, portrait.prepared.frameRgb.size(),
                         inputs.envelope, inputs.fps, options))
                    images.push_back(imageFromRgb(frame));
            } catch (const std::exception&) {
                // A style the preview cannot animate keeps the picker's still icon.
                images.clear();
            }
            frames.insert(QString::fromStdString(style.name), images);
        }
        return frames;
    }));
}

void StyleThumbnails::finished() {
    if (m_pending) {
        start();
        return;
    }
    m_frames = m_watcher.result();
    Q_EMIT ready();
}

}  // namespace ui
}  // namespace vx
