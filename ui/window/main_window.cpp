#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

#include "common/log.h"
#include "ui/app/resources_init.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/system_info_dialog.h"
#include "ui/inputs/drop_zone.h"
#include "ui/inputs/portrait_view.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/preview/preview_clock.h"
#include "ui/preview/preview_view.h"
#include "ui/project/project_session.h"
#include "ui/queue/render_queue_runner.h"
#include "ui/styles/style_picker.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/waveform_view.h"

namespace vx {
namespace ui {

namespace {

// The panels' titles are set by retranslateUi().
QGroupBox* makePanel(const QString& objectName, QWidget* parent) {
    auto* box = new QGroupBox(parent);
    box->setObjectName(objectName);
    return box;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_buildInfo(collectBuildInfo()),
      m_session(std::make_unique<ProjectSession>()) {
    initResources();
    qRegisterMetaType<ExportOutcome>();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vxstudio.svg")));
    resize(1280, 800);
    m_parameters.resetQuality(m_buildInfo.cudaAvailable);
    m_clock = new PreviewClock(this);
    createMenus();

    auto* centre = new QSplitter(Qt::Horizontal, this);
    centre->setObjectName(QStringLiteral("studioSplitter"));
    centre->addWidget(createInputsPanel());
    centre->addWidget(createPreviewPanel());
    centre->addWidget(createParametersPanel());
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 3);
    centre->setStretchFactor(2, 1);
    centre->setSizes({270, 580, 430});

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("mainSplitter"));
    vertical->addWidget(centre);
    vertical->addWidget(createTimelinePanel());
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    setCentralWidget(vertical);

    connect(&m_portraitWatcher, &QFutureWatcherBase::finished, this, &MainWindow::portraitPrepared);
    connect(&m_audioWatcher, &QFutureWatcherBase::finished, this, &MainWindow::audioDecoded);
    m_exportJob = new JobController(this);
    connect(m_exportJob, &JobController::progress, this, &MainWindow::exportProgress);
    connect(m_exportJob, &JobController::finished, this, &MainWindow::exportDone);
    connect(m_clock, &PreviewClock::positionChanged, this, &MainWindow::clockMoved);
    connect(m_clock, &PreviewClock::playingChanged, this, &MainWindow::updatePlaybackControls);
    connect(m_clock, &PreviewClock::fellBackToTimer, this, &MainWindow::showInfo);
    connectTimeline();
    setUpKeyframes(findChild<QMenu*>(QStringLiteral("menuEdit")));
    setUpRendering();
    setUpRenderQueue(defaultRenderQueueFile());
    connectProjectTracking();
    restoreSettings();
    retranslateUi();
    updatePlaybackControls();

    const QString device = m_buildInfo.cudaAvailable ? tr("Engine device: CUDA GPU")
                                                     : tr("Engine device: CPU (no CUDA GPU found)");
    statusBar()->showMessage(device);
}

MainWindow::~MainWindow() {
    // The workers hold no pointer to the window, but the export reports progress to it.
    delete m_exportJob;  // cancels a running export and waits for it
    m_exportJob = nullptr;
    m_portraitWatcher.waitForFinished();
    m_audioWatcher.waitForFinished();
    cancelDrivingTracking();
}

void MainWindow::setModelFolder(const QString& folder) {
    if (folder == m_modelFolder)
        return;
    m_modelFolder = folder;
    Q_EMIT modelFolderChanged(folder);
}

// The menus' and actions' texts are set by retranslateUi(), which finds them by object name.
void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("menuFile"));
    createProjectActions(file);
    m_exportAction = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this,
                                     &MainWindow::exportPreview);
    m_exportAction->setObjectName(QStringLiteral("actionExportPreview"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    // Undo and redo of keyframe edits, and the keyframe lanes (main_window_keyframes.cpp).
    QMenu* edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("menuEdit"));

    QMenu* playback = menuBar()->addMenu(QString());
    playback->setObjectName(QStringLiteral("menuPlayback"));
    QAction* play = playback->addAction(QString(), this, &MainWindow::togglePlayPause);
    play->setObjectName(QStringLiteral("actionPlayPause"));
    play->setShortcut(QKeySequence(Qt::Key_Space));
    addAction(play);  // the shortcut works wherever the focus is in the window

    createSettingsMenu();

    QMenu* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* systemInfo = help->addAction(QString(), this, &MainWindow::showSystemInfo);
    systemInfo->setObjectName(QStringLiteral("actionSystemInfo"));
    QAction* logFolder = help->addAction(QString(), this, &MainWindow::openLogFolder);
    logFolder->setObjectName(QStringLiteral("actionOpenLogFolder"));
    help->addSeparator();
    QAction* about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::retranslateUi() {
    updateWindowTitle();
    const auto menu = [this](const char* name) {
        return findChild<QMenu*>(QString::fromLatin1(name));
    };
    const auto action = [this](const char* name) {
        return findChild<QAction*>(QString::fromLatin1(name));
    };
    const auto panel = [this](const char* name) {
        return findChild<QGroupBox*>(QString::fromLatin1(name));
    };
    menu("menuFile")->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export Preview…"));
    m_exportAction->setToolTip(tr("Writes the instant preview with the voice to an MP4 file."));
    action("actionQuit")->setText(tr("&Quit"));
    menu("menuEdit")->setTitle(tr("&Edit"));
    retranslateKeyframesUi();
    menu("menuPlayback")->setTitle(tr("&Playback"));
    action("actionPlayPause")->setText(tr("Play/Pause"));
    menu("menuHelp")->setTitle(tr("&Help"));
    action("actionAbout")->setText(tr("&About VX Studio"));
    action("actionSystemInfo")->setText(tr("&System Information…"));
    action("actionOpenLogFolder")->setText(tr("Open &Log Folder"));

    panel("inputsPanel")->setTitle(tr("Inputs"));
    panel("previewPanel")->setTitle(tr("Preview"));
    panel("parametersPanel")->setTitle(tr("Parameters"));
    panel("timelinePanel")->setTitle(tr("Timeline"));

    m_portraitZone->setTexts(tr("Portrait"),
                             tr("Drop a portrait photo here, or click to choose one."),
                             tr("Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)"));
    m_audioZone->setTexts(tr("Voice"),
                          tr("Drop a voice recording or a video here, or click to choose one."),
                          recordingFileFilter());
    if (!m_portraitWatcher.isRunning())
        showPortrait();
    if (!m_audioWatcher.isRunning())
        showAudio();
    m_drivingZone->setTexts(
        tr("Driving video (optional)"),
        tr("Optional: drop a video of a face whose head motion the portrait should follow."),
        tr("Videos (*.mp4 *.mov *.mkv *.webm *.avi);;All files (*)"));
    if (!m_drivingJob->isRunning())
        showDriving();
    m_previewView->setPlaceholder(tr("Drop a portrait photo and a voice recording to begin."));
    m_playButton->setToolTip(tr("Plays the instant preview with the voice (Space)."));
    m_scrubSlider->setToolTip(tr("Moves through the clip frame by frame."));
    showFrame(m_currentFrame);
    updatePlaybackControls();

    retranslateProjectUi();
    retranslateSettingsUi();
    retranslateQueueUi();
}

QString MainWindow::recordingFileFilter() const {
    return tr(
        "Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov "
        "*.mkv *.webm);;All files (*)");
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QWidget* MainWindow::createInputsPanel() {
    QGroupBox* box = makePanel(QStringLiteral("inputsPanel"), this);
    auto* outer = new QVBoxLayout(box);
    outer->setContentsMargins(2, 2, 2, 2);
    // The zones keep their minimum sizes and the column scrolls when the window is too low for
    // them (a long message under a loaded photo), rather than the photo covering its caption.
    auto* scroll = new QScrollArea(box);
    scroll->setObjectName(QStringLiteral("inputsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_portraitZone = new DropZone(content);
    m_portraitZone->setObjectName(QStringLiteral("portraitDropZone"));
    m_portraitView = new PortraitView(m_portraitZone);
    m_portraitView->setObjectName(QStringLiteral("portraitView"));
    m_portraitZone->setContent(m_portraitView);
    layout->addWidget(m_portraitZone, 3);

    m_audioZone = new DropZone(content);
    m_audioZone->setObjectName(QStringLiteral("audioDropZone"));
    m_waveformView = new WaveformView(m_audioZone);
    m_waveformView->setObjectName(QStringLiteral("waveformView"));
    m_audioZone->setContent(m_waveformView);
    layout->addWidget(m_audioZone, 1);
    layout->addWidget(createDrivingZone(content));

    m_messageLabel = new QLabel(content);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);

    connect(m_portraitZone, &DropZone::fileChosen, this, &MainWindow::openPortrait);
    connect(m_portraitView, &PortraitView::cropEdited, this,
            [this](const QRect& crop) { reframePortrait(crop); });
    connect(m_portraitView, &PortraitView::cropResetRequested, this,
            [this] { reframePortrait(std::nullopt); });
    connect(m_audioZone, &DropZone::fileChosen, this, &MainWindow::openAudio);
    return box;
}

QWidget* MainWindow::createPreviewPanel() {
    QGroupBox* box = makePanel(QStringLiteral("previewPanel"), this);
    auto* layout = new QVBoxLayout(box);
    m_previewView = new PreviewView(box);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    layout->addWidget(m_previewView, 1);

    auto* controls = new QHBoxLayout;
    m_playButton = new QPushButton(box);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setFocusPolicy(Qt::NoFocus);  // Space stays the window's play/pause key
    m_scrubSlider = new QSlider(Qt::Horizontal, box);
    m_scrubSlider->setObjectName(QStringLiteral("scrubSlider"));
    m_frameCounter = new QLabel(box);
    m_frameCounter->setObjectName(QStringLiteral("frameCounter"));
    m_frameCounter->setMinimumWidth(120);
    controls->addWidget(m_playButton);
    controls->addWidget(m_scrubSlider, 1);
    controls->addWidget(m_frameCounter);
    layout->addLayout(controls);

    connect(m_playButton, &QPushButton::clicked, this, &MainWindow::togglePlayPause);
    connect(m_scrubSlider, &QSlider::valueChanged, this, [this](int frame) {
        const double fps = m_parameters.targetFps;
        m_clock->seek(qint64(std::llround(frame * 1000.0 / fps)));
        showFrame(frame);
    });
    return box;
}

QWidget* MainWindow::createParametersPanel() {
    QGroupBox* box = makePanel(QStringLiteral("parametersPanel"), this);
    box->setMinimumWidth(360);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The style picker heads the column: choosing a style is the quick way to set the controls
    // below it.
    auto* column = new QWidget(scroll);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    m_stylePicker = new StylePicker(studio::StyleLibrary(), column);
    m_stylePicker->setObjectName(QStringLiteral("stylePicker"));
    columnLayout->addWidget(m_stylePicker);
    m_parametersPanel = new ParametersPanel(m_parameters, m_buildInfo.cudaAvailable, column);
    m_parametersPanel->setObjectName(QStringLiteral("parametersWidget"));
    columnLayout->addWidget(m_parametersPanel);
    scroll->setWidget(column);
    layout->addWidget(scroll);
    connect(m_parametersPanel, &ParametersPanel::parametersChanged, this,
            &MainWindow::setParameters);
    connectStylePicker();
    return box;
}

QWidget* MainWindow::createTimelinePanel() {
    QGroupBox* box = makePanel(QStringLiteral("timelinePanel"), this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_timeline = new TimelinePlot(box);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(m_timeline);

    return box;
}

void MainWindow::showInfo(const QString& message) {
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showError(const QString& message) {
    m_lastError = message;
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_messageLabel->setText(message);
    statusBar()->showMessage(message, 15000);
    Q_EMIT errorShown(message);
}

bool MainWindow::isBusy() const {
    return m_portraitWatcher.isRunning() || m_audioWatcher.isRunning() || m_exportJob->isRunning();
}

void MainWindow::setParameters(const studio::StudioParameters& parameters) {
    // The panel sends its own copy; changes from elsewhere (the timeline, tests) are shown there.
    if (&parameters != &m_parametersPanel->parameters())
        m_parametersPanel->setParameters(parameters);
    m_parameters = parameters;
    showStyleState();
    rebuildPerformance();
    Q_EMIT parametersChanged(m_parameters);
}

void MainWindow::showAbout() {
    AboutDialog dialog(m_buildInfo, this);
    dialog.exec();
}

void MainWindow::showSystemInfo() {
    SystemInfoDialog dialog(m_buildInfo, m_modelFolder, this);
    dialog.exec();
}

void MainWindow::openLogFolder() {
    const auto folder =
        log::currentFile().empty() ? log::defaultFolder() : log::currentFile().parent_path();
    QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(folder.string())));
}

}  // namespace ui
}  // namespace vx
