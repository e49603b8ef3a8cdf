// The studio window: inputs on the left, the instant preview in the middle, parameters on the
// right, the timeline below. One class split into feature files: main_window.cpp (frame, menus,
// messages), main_window_inputs.cpp, main_window_preview.cpp, main_window_timeline.cpp,
// main_window_export.cpp, main_window_render.cpp (V-Express render), main_window_loop.cpp (loop
// range and the rendered video beside the preview).
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>
#include <QPair>
#include <QVector>

#include <atomic>
#include <memory>
#include <vector>

#include "motion/performance.h"
#include "ui/build_info.h"
#include "ui/render_progress.h"
#include "ui/studio_inputs.h"
#include "ui/studio_parameters.h"

class QAction;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSlider;

namespace vx {
namespace studio {
struct RenderJobRequest;
}
namespace ui {

class DropZone;
class ParametersPanel;
class PortraitView;
class PreviewClock;
class PreviewToolsBar;
class PreviewView;
class RenderController;
class RenderedClipSource;
class RenderedView;
class RenderPanel;
class TimelinePlot;
class WaveformView;

// What the export worker hands back: the written file's frame count, or the error text.
struct ExportOutcome {
    QString path;
    int frameCount = 0;
    bool cancelled = false;
    QString error;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    const BuildInfo& buildInfo() const { return m_buildInfo; }
    const StudioParameters& parameters() const { return m_parameters; }
    bool hasPortrait() const { return m_portrait != nullptr; }
    bool hasAudio() const { return m_audio != nullptr; }
    QString portraitPath() const;
    QString audioPath() const;
    // The last refusal or failure shown in the message area; empty after a success.
    const QString& lastError() const { return m_lastError; }
    bool isBusy() const;

    // The instant preview: frames at parameters().targetFps over the recording.
    int frameCount() const;
    int currentFrame() const { return m_currentFrame; }
    const QImage& previewImage() const { return m_previewImage; }
    const motion::PerformanceTrack& performanceTrack() const { return m_track; }
    PreviewClock* previewClock() const { return m_clock; }
    TimelinePlot* timeline() const { return m_timeline; }
    // The V-Express model folder the render uses; empty until the user chooses one (everything
    // but the V-Express render works without it).
    const QString& modelFolder() const { return m_modelFolder; }

    // The V-Express render (main_window_render.cpp) runs on the controller's worker thread.
    RenderController* renderController() const { return m_renderController; }
    bool isRendering() const;
    // The request Render (draft = false) or Draft Render would send now.
    studio::RenderJobRequest renderRequest(const QString& path, bool draft) const;
    // The loop range in seconds (main_window_loop.cpp); none when the end is not after the start.
    bool hasLoopRange() const { return m_loopEndSec > m_loopStartSec; }
    double loopStart() const { return m_loopStartSec; }
    double loopEnd() const { return m_loopEndSec; }
    // The last rendered video, for the Preview / Rendered comparison.
    const RenderedClipSource* renderedClip() const { return m_renderedClip; }

public Q_SLOTS:
    void showAbout();
    // Checks the file at once (refusing it with a message, the state unchanged) and prepares it
    // on a worker thread. Returns whether the file was accepted for preparation.
    bool openPortrait(const QString& path);
    bool openAudio(const QString& path);
    void setParameters(const StudioParameters& parameters);
    void togglePlayPause();
    void showFrame(int index);
    // Asks for a file name, then exports.
    void exportPreview();
    // Exports to `path` on a worker thread with a progress dialog that can cancel.
    void exportPreviewTo(const QString& path);
    void setModelFolder(const QString& folder);
    // Asks for a file name, then renders (the whole clip, or a draft of the loop range).
    void renderClip();
    void draftRenderClip();
    // Renders to `path` on the render controller's thread, showing progress in the panel.
    void renderTo(const QString& path, bool draft);
    void cancelRender();
    void setLoopRange(double startSeconds, double endSeconds);
    void clearLoopRange();

Q_SIGNALS:
    void portraitReady();
    void audioReady();
    void parametersChanged(const StudioParameters& parameters);
    void errorShown(const QString& message);
    void exportFinished(const ExportOutcome& outcome);
    void modelFolderChanged(const QString& folder);
    void renderStarted(bool draft);
    void renderFinished(const vx::ui::RenderOutcome& outcome);
    // The rendered video is decoded and can be compared with the preview.
    void renderedClipReady();

private:
    void createMenus();
    QWidget* createInputsPanel();
    QWidget* createPreviewPanel();
    QWidget* createParametersPanel();
    QWidget* createTimelinePanel();

    // Messages: a non-blocking area under the inputs, and the status bar.
    void showInfo(const QString& message);
    void showError(const QString& message);

    // Inputs (main_window_inputs.cpp).
    void portraitPrepared();
    void audioDecoded();
    void showPortrait();
    void showAudio();

    // Preview (main_window_preview.cpp).
    void rebuildPerformance();
    void clockMoved(qint64 positionMs);
    void updatePlaybackControls();
    QImage renderFrame(int index) const;

    // Timeline (main_window_timeline.cpp).
    void connectTimeline();
    void updateTimeline();

    // Export (main_window_export.cpp).
    void exportProgress(int percent);
    void exportDone();

    // Render (main_window_render.cpp).
    void setUpRendering();
    void updateRenderReadiness();
    void lockForRendering(bool rendering);
    void renderFrameArrived(int index, const QImage& frame);
    void renderDone(const RenderOutcome& outcome);

    // Loop range and comparison with the rendered video (main_window_loop.cpp).
    void setUpLoopAndCompare();
    void loopClockMoved(qint64 positionMs);
    void loopPlayingChanged(bool playing);
    void showRenderedFrame();
    void applyCompareMode();
    void forgetRenders();

    BuildInfo m_buildInfo;
    StudioParameters m_parameters;
    std::shared_ptr<const LoadedPortrait> m_portrait;
    std::shared_ptr<const LoadedAudio> m_audio;
    std::vector<double> m_envelope;  // loudness per preview frame
    motion::PerformanceTrack m_track;
    int m_currentFrame = 0;
    QImage m_previewImage;
    QString m_lastError;
    QString m_modelFolder;

    QFutureWatcher<JobOutcome<LoadedPortrait>> m_portraitWatcher;
    QFutureWatcher<JobOutcome<LoadedAudio>> m_audioWatcher;
    QFutureWatcher<ExportOutcome> m_exportWatcher;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QProgressDialog* m_exportProgress = nullptr;

    DropZone* m_portraitZone = nullptr;
    DropZone* m_audioZone = nullptr;
    PortraitView* m_portraitView = nullptr;
    WaveformView* m_waveformView = nullptr;
    QLabel* m_messageLabel = nullptr;
    PreviewView* m_previewView = nullptr;
    QPushButton* m_playButton = nullptr;
    QSlider* m_scrubSlider = nullptr;
    QLabel* m_frameCounter = nullptr;
    ParametersPanel* m_parametersPanel = nullptr;
    TimelinePlot* m_timeline = nullptr;
    PreviewClock* m_clock = nullptr;
    QAction* m_exportAction = nullptr;

    RenderController* m_renderController = nullptr;
    RenderPanel* m_renderPanel = nullptr;
    PreviewToolsBar* m_previewTools = nullptr;
    RenderedView* m_renderedView = nullptr;
    RenderedClipSource* m_renderedClip = nullptr;
    QVector<QPair<double, double>> m_renderedRanges;  // seconds of the recording with a render
    double m_loopStartSec = 0.0;
    double m_loopEndSec = 0.0;
};

}  // namespace ui
}  // namespace vx

Q_DECLARE_METATYPE(vx::ui::ExportOutcome)
