// The studio window: inputs on the left, the instant preview in the middle, parameters on the
// right, the timeline below. One class split into feature files: main_window.cpp (frame, menus,
// messages), main_window_inputs.cpp, main_window_preview.cpp, main_window_timeline.cpp,
// main_window_export.cpp.
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>

#include <atomic>
#include <memory>
#include <vector>

#include "motion/performance.h"
#include "ui/build_info.h"
#include "ui/studio_inputs.h"
#include "ui/studio_parameters.h"

class QAction;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSlider;

namespace vx {
namespace ui {

class DropZone;
class ParametersPanel;
class PortraitView;
class PreviewClock;
class PreviewView;
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

Q_SIGNALS:
    void portraitReady();
    void audioReady();
    void parametersChanged(const StudioParameters& parameters);
    void errorShown(const QString& message);
    void exportFinished(const ExportOutcome& outcome);
    void modelFolderChanged(const QString& folder);

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
};

}  // namespace ui
}  // namespace vx

Q_DECLARE_METATYPE(vx::ui::ExportOutcome)
