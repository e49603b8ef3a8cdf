// Render: the V-Express render of the whole clip, or a quick draft of the loop range, on the
// render controller's worker thread. The panel under the preview shows the progress and the
// preview view each frame as it is decoded; the inputs and parameters are locked meanwhile. A
// render that stops part-way keeps a resumable state beside its output (studio/render_state.h):
// rendering to that output again asks whether to resume it, and the next start offers the one
// that was running when the studio closed (main_window_recovery.cpp).
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

#include "studio/preflight.h"
#include "studio/render_request_builder.h"
#include "studio/render_state.h"
#include "ui/app/app_settings.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/inputs/drop_zone.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/preview/preview_clock.h"
#include "ui/preview/preview_tools_bar.h"
#include "ui/preview/preview_view.h"
#include "ui/preview/rendered_clip.h"
#include "ui/preview/rendered_view.h"
#include "ui/project/project_file.h"
#include "ui/queue/render_queue_runner.h"
#include "ui/render/preflight_text.h"
#include "ui/render/render_controller.h"
#include "ui/render/render_panel.h"
#include "ui/render/resume_prompt.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

namespace {

// V-Express needs at least one 24-frame context window.
constexpr int kMinimumFrames = 24;

}  // namespace

void MainWindow::setUpRendering() {
    m_renderController = new RenderController(this);
    m_renderController->setObjectName(QStringLiteral("renderController"));
    m_renderPanel = new RenderPanel(this, this);
    m_renderPanel->setObjectName(QStringLiteral("renderPanel"));
    m_previewTools = new PreviewToolsBar(this);
    m_previewTools->setObjectName(QStringLiteral("previewTools"));
    m_renderedView = new RenderedView(this);
    m_renderedView->setObjectName(QStringLiteral("renderedView"));
    m_renderedView->hide();
    m_renderedClip = new RenderedClipSource(this);

    // The preview panel: the rendered video beside the preview, the loop range and compare row
    // under the play controls, then the render panel.
    auto* previewBox = findChild<QGroupBox*>(QStringLiteral("previewPanel"));
    auto* layout = qobject_cast<QVBoxLayout*>(previewBox->layout());
    layout->removeWidget(m_previewView);
    auto* views = new QHBoxLayout;
    views->addWidget(m_previewView, 1);
    views->addWidget(m_renderedView, 1);
    layout->insertLayout(0, views, 1);
    layout->addWidget(m_previewTools);
    layout->addWidget(m_renderPanel);
    const QList<QAction*> menus = menuBar()->actions();  // before Help, which comes last
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_renderPanel->menu());

    connect(m_renderPanel->renderAction(), &QAction::triggered, this, &MainWindow::renderClip);
    connect(m_renderPanel->draftAction(), &QAction::triggered, this, &MainWindow::draftRenderClip);
    connect(m_renderPanel->cancelAction(), &QAction::triggered, this, &MainWindow::cancelRender);
    // The controller also renders the queue's jobs (main_window_queue.cpp); the panel shows
    // only the window's own render.
    connect(m_renderController, &RenderController::progress, this,
            [this](const RenderProgress& progress) {
                if (isRendering())
                    m_renderPanel->showProgress(progress);
            });
    connect(m_renderController, &RenderController::logMessage, this, [this](const QString& line) {
        if (isRendering())
            m_renderPanel->showNote(line);
    });
    connect(m_renderController, &RenderController::frameReady, this,
            &MainWindow::renderFrameArrived);
    connect(m_renderController, &RenderController::finished, this, &MainWindow::renderDone);
    connect(this, &MainWindow::modelFolderChanged, m_renderController,
            &RenderController::releaseModel);
    connect(this, &MainWindow::portraitReady, this, &MainWindow::updateRenderReadiness);
    connect(this, &MainWindow::audioReady, this, &MainWindow::updateRenderReadiness);
    connect(this, &MainWindow::modelFolderChanged, this, &MainWindow::updateRenderReadiness);
    setUpLoopAndCompare();
    updateRenderReadiness();
}

bool MainWindow::isRendering() const {
    return m_windowRendering;
}

void MainWindow::updateRenderReadiness() {
    if (isRendering())
        m_renderPanel->setReadiness(RenderReadiness::Rendering);
    else if (m_queueRunner && m_queueRunner->isRunningJob())
        m_renderPanel->setReadiness(RenderReadiness::QueueRendering);
    else if (m_modelFolder.isEmpty())
        m_renderPanel->setReadiness(RenderReadiness::NoModelFolder);
    else if (!m_portrait || !m_audio)
        m_renderPanel->setReadiness(RenderReadiness::NoInputs);
    else
        m_renderPanel->setReadiness(RenderReadiness::Ready);
}

studio::RenderJobRequest MainWindow::renderRequest(const QString& path, bool draft) const {
    studio::RenderTarget target;
    target.output = std::filesystem::path(path.toStdString());
    target.models = std::filesystem::path(m_modelFolder.toStdString());
    target.draft = draft;
    if (draft && hasLoopRange())
        target.audioRange = studio::AudioRange{m_loopStartSec, m_loopEndSec};
    target.crf = m_renderCrf;
    return studio::buildRenderRequest(toStudioProject(currentProject()), target);
}

void MainWindow::renderClip() {
    chooseRenderOutput(false);
}

void MainWindow::draftRenderClip() {
    chooseRenderOutput(true);
}

void MainWindow::chooseRenderOutput(bool draft) {
    if (m_renderPanel->readiness() != RenderReadiness::Ready)
        return;
    const QString base = QFileInfo(audioPath()).completeBaseName();
    ExportDialog dialog(draft ? tr("Draft Render") : tr("Render Video"),
                        suggestedVideoPath(base + (draft ? tr("-draft") : tr("-vexpress"))), this);
    dialog.setEstimator([this, draft](const QString& path) { return renderEstimate(path, draft); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoice choice = dialog.choice();
    m_renderCrf = choice.crf;
    m_openFolderAfterRender = choice.openFolderWhenDone;
    renderTo(choice.path, draft);
}

ExportEstimate MainWindow::renderEstimate(const QString& path, bool draft) const {
    const PreflightText text = preflightText(studio::preflightRender(renderRequest(path, draft)));
    return ExportEstimate{text.summary, text.refusals};
}

bool MainWindow::checkRenderInputs() {
    if (m_modelFolder.isEmpty()) {
        showError(tr("Choose the V-Express model folder first (Settings → Models…)."));
        return false;
    }
    if (!m_portrait || !m_audio) {
        showError(tr("Load a portrait and a voice recording before rendering."));
        return false;
    }
    return true;
}

bool MainWindow::checkRenderable(bool draft) {
    if (isRendering()) {
        showError(tr("A render is already running."));
        return false;
    }
    if (m_queueRunner->isRunningJob()) {
        showError(
            tr("The render queue is rendering: pause it first, or add this render to the "
               "queue (Render → Add to Render Queue…)."));
        return false;
    }
    if (!checkRenderInputs())
        return false;
    const double minimumSeconds = kMinimumFrames / m_parameters.targetFps;
    if (draft && hasLoopRange() && m_loopEndSec - m_loopStartSec < minimumSeconds) {
        showError(tr("The loop range is too short to render: V-Express needs at least %1 s.")
                      .arg(minimumSeconds, 0, 'f', 2));
        return false;
    }
    return true;
}

void MainWindow::renderTo(const QString& path, bool draft) {
    if (!checkRenderable(draft))
        return;
    // Without a saved state the default policy stays: a state that appears meanwhile is refused
    // with a message rather than overwritten.
    studio::ResumePolicy resume = studio::ResumePolicy::RefuseExisting;
    if (const auto progress = studio::describeRenderState(path.toStdString())) {
        switch (askToResumeRender(this, path, QString::fromStdString(*progress))) {
            case ResumeChoice::Resume:
                resume = studio::ResumePolicy::Resume;
                break;
            case ResumeChoice::StartOver:
                resume = studio::ResumePolicy::Restart;
                break;
            case ResumeChoice::Cancel:
                return;
        }
    }
    startRender(path, draft, resume);
}

bool MainWindow::startRender(const QString& path, bool draft, studio::ResumePolicy resume) {
    m_clock->pause();
    studio::RenderJobRequest request = renderRequest(path, draft);
    request.resume = resume;
    if (!m_renderController->start(request))
        return false;
    m_windowRendering = true;
    rememberRunningRender(path, draft);
    m_lastError.clear();
    lockForRendering(true);
    m_renderPanel->showStarted(draft);
    m_previewView->setMark(tr("RENDERING"),
                           tr("The frames of the running render, as they are decoded."));
    showInfo((draft ? tr("Draft rendering to %1…") : tr("Rendering to %1…"))
                 .arg(QDir::toNativeSeparators(path)));
    Q_EMIT renderStarted(draft);
    return true;
}

// What the next start needs to resume this render: its output, and everything else
// renderRequest reads, since the resume state only continues a render of the same request (its
// fingerprint). The project goes in as JSON rather than relying on the autosave, which exists
// only for a modified project and goes with a clean close; the project file it came from (if
// any) is kept so the resumed project can be that file again when it has not changed since.
void MainWindow::rememberRunningRender(const QString& path, bool draft) {
    QVariantMap render;
    render[QStringLiteral("output")] = path;
    render[QStringLiteral("draft")] = draft;
    render[QStringLiteral("crf")] = m_renderCrf;
    render[QStringLiteral("loopStart")] = m_loopStartSec;
    render[QStringLiteral("loopEnd")] = m_loopEndSec;
    render[QStringLiteral("project")] = projectToJson(currentProject(), path);
    render[QStringLiteral("projectPath")] = projectPath();
    QSettings().setValue(settings_keys::kUnfinishedRender, render);
}

void MainWindow::forgetFinishedRender(const RenderOutcome& outcome) {
    // A cancelled render keeps what it finished; any other end leaves nothing to offer (a
    // success removes the state, and a failure would only fail again).
    if (outcome.cancelled && studio::describeRenderState(outcome.path.toStdString()))
        return;
    QSettings().remove(settings_keys::kUnfinishedRender);
}

void MainWindow::cancelRender() {
    if (!isRendering())
        return;
    m_renderController->cancel();
    m_renderPanel->cancelAction()->setEnabled(false);
    showInfo(tr("Cancelling the render…"));
}

void MainWindow::lockForRendering(bool rendering) {
    // The render has its own copy of everything; these stay still so that what the window
    // shows is what is being rendered.
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_portraitZone, m_audioZone, m_drivingZone,
                                         m_parametersPanel, m_timeline, m_previewTools})
        w->setEnabled(!rendering);
    updateRenderReadiness();
    updatePlaybackControls();
}

void MainWindow::renderFrameArrived(int, const QImage& frame) {
    if (isRendering())
        m_previewView->setFrame(frame);
}

void MainWindow::renderDone(const RenderOutcome& outcome) {
    if (!m_windowRendering)
        return;  // a job of the render queue
    m_windowRendering = false;
    lockForRendering(false);
    m_previewView->resetMark();
    showFrame(std::clamp(m_currentFrame, 0, std::max(0, frameCount() - 1)));
    forgetFinishedRender(outcome);
    if (outcome.cancelled) {
        if (const auto progress = studio::describeRenderState(outcome.path.toStdString())) {
            const QString kept =
                tr("Cancelled; the render so far is kept (%1): render to %2 "
                   "again to resume it.")
                    .arg(QString::fromStdString(*progress), QDir::toNativeSeparators(outcome.path));
            m_renderPanel->showNote(kept);
            showInfo(kept);
        } else {
            m_renderPanel->showNote(tr("Cancelled; no file was written."));
            showInfo(tr("Render cancelled; no file was written."));
        }
    } else if (!outcome.error.isEmpty()) {
        m_renderPanel->showNote(tr("Failed: %1").arg(outcome.error));
        showError(tr("The render failed: %1").arg(outcome.error));
    } else {
        const QString done = tr("Rendered %n frame(s) at %1 fps to %2.", "", outcome.frameCount)
                                 .arg(outcome.fps, 0, 'f', 2)
                                 .arg(QDir::toNativeSeparators(outcome.path));
        m_renderPanel->showNote(done);
        showInfo(done);
        m_renderedRanges.push_back(
            {outcome.startSeconds, outcome.startSeconds + outcome.durationSeconds});
        m_timeline->setRenderedRanges(m_renderedRanges);
        m_renderedClip->load(outcome.path, outcome.startSeconds);
        if (m_openFolderAfterRender)
            openContainingFolder(outcome.path);
    }
    m_openFolderAfterRender = false;
    Q_EMIT renderFinished(outcome);
    m_queueRunner->startNextSoon();  // the queue waited for the controller
}

}  // namespace ui
}  // namespace vx
