// The studio window: inputs on the left, the instant preview in the middle, parameters on the
// right, the timeline below. One class split into feature files: main_window.cpp (frame, menus,
// messages), main_window_inputs.cpp, main_window_preview.cpp, main_window_timeline.cpp,
// main_window_export.cpp, main_window_project.cpp (projects), main_window_recovery.cpp
// (autosave, recovery, close), main_window_settings.cpp (saved settings, language, models),
// main_window_render.cpp (V-Express render), main_window_queue.cpp (render queue),
// main_window_loop.cpp (loop range and the rendered video beside the preview),
// main_window_driving.cpp (driving video), main_window_styles.cpp (speaking styles),
// main_window_keyframes.cpp (keyframe lanes and the undo stack).
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QMainWindow>
#include <QPair>
#include <QRect>
#include <QVariantMap>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "motion/performance.h"
#include "studio/keyframes.h"
#include "studio/studio_parameters.h"
#include "ui/app/build_info.h"
#include "ui/inputs/studio_inputs.h"
#include "ui/render/job_controller.h"
#include "ui/render/render_progress.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QPushButton;
class QSlider;
class QUndoStack;

namespace vx {
namespace studio {
struct RenderJobRequest;
struct Style;
enum class ResumePolicy;
}  // namespace studio
namespace ui {

class DropZone;
struct ExportEstimate;
class ParametersPanel;
class PortraitView;
class PreviewClock;
class PreviewToolsBar;
class PreviewView;
struct ProjectFile;
struct ProjectSession;
class RenderController;
class RenderedClipSource;
class RenderedView;
class RenderPanel;
class RenderQueuePanel;
class RenderQueueRunner;
class StylePicker;
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
    const studio::StudioParameters& parameters() const { return m_parameters; }
    bool hasPortrait() const { return m_portrait != nullptr; }
    bool hasAudio() const { return m_audio != nullptr; }
    bool hasDrivingVideo() const { return m_driving != nullptr; }
    QString drivingVideoPath() const;
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
    StylePicker* stylePicker() const { return m_stylePicker; }
    // Keyframes (main_window_keyframes.cpp): the window's lanes, and the undo stack of their edits.
    const studio::Keyframes& keyframes() const { return m_keyframes; }
    void setKeyframes(const studio::Keyframes& keyframes);
    QUndoStack* undoStack() const { return m_undoStack; }
    ParametersPanel* parametersPanel() const { return m_parametersPanel; }
    // The V-Express model folder the render uses; empty until the user chooses one (everything
    // but the V-Express render works without it).
    const QString& modelFolder() const { return m_modelFolder; }

    // Projects (main_window_project.cpp). The prompts are replaceable so tests need no modal box.
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedChangesPrompt = std::function<UnsavedChoice()>;
    // Asked with the autosave file's path; true recovers it.
    using RecoveryPrompt = std::function<bool(const QString& autosavePath)>;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt);
    void setRecoveryPrompt(RecoveryPrompt prompt);
    // Empty while the project has never been saved.
    QString projectPath() const;
    bool isProjectModified() const { return isWindowModified(); }
    // The rendered square of the loaded portrait, in the photo's pixels.
    std::optional<QRect> portraitCrop() const;
    // The project as it would be saved now.
    ProjectFile currentProject() const;
    QStringList recentProjects() const;
    // Autosave: written every `intervalMs` while modified (60 s unless a test shortens it).
    void setAutosaveInterval(int intervalMs);
    QString autosavePath() const;
    // The V-Express render (main_window_render.cpp) runs on the controller's worker thread.
    RenderController* renderController() const { return m_renderController; }
    // The window's own render (Render, Draft Render) is running; the queue's jobs use the same
    // controller but leave the window free (main_window_queue.cpp).
    bool isRendering() const;
    RenderQueueRunner* renderQueue() const { return m_queueRunner; }
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
    void showSystemInfo();
    void openLogFolder();
    // Checks the file at once (refusing it with a message, the state unchanged) and prepares it
    // on a worker thread. Returns whether the file was accepted for preparation.
    bool openPortrait(const QString& path);
    bool openAudio(const QString& path);
    // An optional video whose face's motion drives the head; tracked on a worker thread.
    bool openDrivingVideo(const QString& path);
    void clearDrivingVideo();
    void setParameters(const studio::StudioParameters& parameters);
    void togglePlayPause();
    void showFrame(int index);
    // Asks for a file name, then exports.
    void exportPreview();
    // Exports to `path` on a worker thread with a progress dialog that can cancel; `crf` is the
    // H.264 quality (lower is better).
    void exportPreviewTo(const QString& path, int crf = 18);
    void setModelFolder(const QString& folder);
    // Asks for a file name, then renders (the whole clip, or a draft of the loop range).
    void renderClip();
    void draftRenderClip();
    // Renders to `path` on the render controller's thread, showing progress in the panel. When
    // an interrupted render of `path` left a resumable state, first asks whether to resume it,
    // start over or cancel.
    void renderTo(const QString& path, bool draft);
    void cancelRender();
    // The render queue (main_window_queue.cpp). Asks for the output and quality, then queues
    // a render of the project as it is now.
    void addToRenderQueue();
    // Asks for recordings, then queues one render of the project per recording.
    void addRecordingsToRenderQueue();
    // Queues a render of the project to `output` (with `recording` instead of the project's,
    // when given). Returns the job's id, or 0 after showing why it was refused.
    int64_t queueRender(const QString& output, const QString& recording);
    // One job per recording, written to `folder` as <portrait>-<recording>.mp4 (numbered when
    // the name is taken). Returns how many were queued.
    int queueRecordings(const QStringList& recordings, const QString& folder);
    void setLoopRange(double startSeconds, double endSeconds);
    void clearLoopRange();

    // Asks about unsaved changes first; false when the user cancelled or the file was refused.
    bool newProject();
    bool openProject(const QString& path);
    bool openProjectDialog();
    // A file handed to the application (command line, file manager): a project opens as
    // File -> Open does; anything else is refused with a message.
    bool openFile(const QString& path);
    // Save asks for a file name while the project has none.
    bool saveProject();
    bool saveProjectAs();
    bool saveProjectTo(const QString& path);
    // Offers to recover the autosave a crash left behind; returns whether it was recovered.
    bool checkForRecovery();
    // Offers to resume the render the last session left unfinished (closed, killed or
    // cancelled while rendering) when its resumable state is still there: Yes opens its project
    // and resumes it once the inputs are loaded, No keeps the state, Discard deletes it.
    // Returns whether the resume was started.
    bool checkForInterruptedRender();
    // "en" or "de": installs the translation (every widget retranslates) and remembers it.
    void setLanguage(const QString& language);
    void showModelManager();
    // On a start without a model folder: takes the default folder when a download left one
    // there, else offers to download the models into it.
    void offerModelsOnFirstStart();

Q_SIGNALS:
    void portraitReady();
    void audioReady();
    void drivingVideoReady();
    void parametersChanged(const studio::StudioParameters& parameters);
    void keyframesChanged();
    void errorShown(const QString& message);
    void exportFinished(const ExportOutcome& outcome);
    void modelFolderChanged(const QString& folder);
    void renderStarted(bool draft);
    void renderFinished(const vx::ui::RenderOutcome& outcome);
    // The rendered video is decoded and can be compared with the preview.
    void renderedClipReady();
    // An opened or recovered project has its inputs loaded (or reported missing).
    void projectLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    QWidget* createInputsPanel();
    QWidget* createPreviewPanel();
    QWidget* createParametersPanel();

    // Speaking styles (main_window_styles.cpp).
    void connectStylePicker();
    void chooseStyle(const studio::Style& style);
    void showStyleState();
    void setUpKeyframes(QMenu* edit);
    void retranslateKeyframesUi();
    void updateKeyframeLanes();
    QWidget* createTimelinePanel();

    // Messages: a non-blocking area under the inputs, and the status bar.
    void showInfo(const QString& message);
    void showError(const QString& message);
    // The file dialog filter for a voice recording.
    QString recordingFileFilter() const;

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
    void exportProgress(const studio::JobProgress& progress);
    void exportDone(const std::optional<studio::JobFailure>& failure);
    // The remembered export folder + `baseName`.mp4.
    QString suggestedVideoPath(const QString& baseName) const;

    // Projects (main_window_project.cpp).
    void createProjectActions(QMenu* file);
    void retranslateProjectUi();
    void connectProjectTracking();
    void markModified();
    void setProjectClean(const QString& path);
    void updateWindowTitle();
    bool askToSaveChanges();
    void clearInputs();
    void applyProject(const ProjectFile& project);
    void inputLoadFinished();
    void writeAutosave();
    void addRecentProject(const QString& path);
    void rebuildRecentMenu();
    bool loadPortrait(const QString& path, const std::optional<QRect>& crop);
    // The user moved or resized the rendered square (nullopt: frame automatically again).
    void reframePortrait(const std::optional<QRect>& crop);
    // Driving video (main_window_driving.cpp).
    QWidget* createDrivingZone(QWidget* parent);
    void drivingTracked(const std::optional<studio::JobFailure>& failure);
    void showDriving();
    void cancelDrivingTracking();
    // The performance's keypoints with the driving video's motion, when there is one.
    void applyDrivingMotion(motion::PerformanceTrack& track) const;

    // Settings, language, model manager (main_window_settings.cpp).
    void createSettingsMenu();
    void retranslateSettingsUi();
    void restoreSettings();
    void saveWindowSettings();

    // Render (main_window_render.cpp).
    void setUpRendering();
    void updateRenderReadiness();
    void lockForRendering(bool rendering);
    void renderFrameArrived(int index, const QImage& frame);
    void renderDone(const RenderOutcome& outcome);
    // Asks for the output file and quality, then renders.
    void chooseRenderOutput(bool draft);
    // Says what is missing (a render running, the model folder, an input, a long enough loop
    // range) and returns false; true when a render can start.
    bool checkRenderable(bool draft);
    // The part of it a queued render needs too: the model folder and both inputs.
    bool checkRenderInputs();
    // The pre-flight of a render to `path` as the Render dialogs show it.
    ExportEstimate renderEstimate(const QString& path, bool draft) const;
    // Starts the render, doing `resume` with a saved state.
    bool startRender(const QString& path, bool draft, studio::ResumePolicy resume);
    // The unfinished render remembered in the settings (main_window_render.cpp).
    void rememberRunningRender(const QString& path, bool draft);
    void forgetFinishedRender(const RenderOutcome& outcome);
    // Applies the project of the remembered render and resumes it once its inputs are loaded.
    void resumeRememberedRender(const QVariantMap& render);

    // Render queue (main_window_queue.cpp).
    void setUpRenderQueue(const QString& queueFile);
    void retranslateQueueUi();

    // Loop range and comparison with the rendered video (main_window_loop.cpp).
    void setUpLoopAndCompare();
    void loopClockMoved(qint64 positionMs);
    void loopPlayingChanged(bool playing);
    void showRenderedFrame();
    void applyCompareMode();
    void forgetRenders();

    BuildInfo m_buildInfo;
    studio::StudioParameters m_parameters;
    std::shared_ptr<const LoadedPortrait> m_portrait;
    std::shared_ptr<const LoadedAudio> m_audio;
    std::vector<double> m_envelope;  // loudness per preview frame
    motion::PerformanceTrack m_track;
    int m_currentFrame = 0;
    QImage m_previewImage;
    QString m_lastError;
    QString m_modelFolder;
    bool m_openFolderAfterExport = false;  // chosen in the export dialog
    bool m_openFolderAfterRender = false;
    // The render's H.264 quality, chosen in its dialog.
    int m_renderCrf = int(studio::parameterSpec(studio::ParameterId::Crf).defaultValue);

    QFutureWatcher<JobOutcome<LoadedPortrait>> m_portraitWatcher;
    QFutureWatcher<JobOutcome<LoadedAudio>> m_audioWatcher;
    // The driving video (main_window_driving.cpp).
    std::shared_ptr<const LoadedDriving> m_driving;
    JobController* m_drivingJob = nullptr;  // a child; tracks the face of a driving video
    std::shared_ptr<const LoadedDriving> m_drivingResult;  // written by the job
    QString m_drivingName;                 // the file name shown while it is tracked
    JobController* m_exportJob = nullptr;  // a child; preview exports run through it
    ExportOutcome m_exportOutcome;
    QProgressDialog* m_exportProgress = nullptr;

    DropZone* m_portraitZone = nullptr;
    DropZone* m_audioZone = nullptr;
    DropZone* m_drivingZone = nullptr;
    QPushButton* m_drivingRemove = nullptr;
    PortraitView* m_portraitView = nullptr;
    WaveformView* m_waveformView = nullptr;
    QLabel* m_messageLabel = nullptr;
    PreviewView* m_previewView = nullptr;
    QPushButton* m_playButton = nullptr;
    QSlider* m_scrubSlider = nullptr;
    QLabel* m_frameCounter = nullptr;
    ParametersPanel* m_parametersPanel = nullptr;
    StylePicker* m_stylePicker = nullptr;
    studio::Keyframes m_keyframes;
    QUndoStack* m_undoStack = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_showLanesAction = nullptr;
    TimelinePlot* m_timeline = nullptr;
    PreviewClock* m_clock = nullptr;
    QAction* m_exportAction = nullptr;
    std::unique_ptr<ProjectSession> m_session;  // project file, autosave, menus of my features

    RenderController* m_renderController = nullptr;
    bool m_windowRendering = false;  // the controller renders for the window, not the queue
    RenderPanel* m_renderPanel = nullptr;
    RenderQueueRunner* m_queueRunner = nullptr;
    RenderQueuePanel* m_queuePanel = nullptr;
    QDockWidget* m_queueDock = nullptr;
    QAction* m_addToQueueAction = nullptr;
    QAction* m_addRecordingsAction = nullptr;
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
