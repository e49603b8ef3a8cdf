#include "ui/render/render_panel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "studio/render_request_builder.h"

namespace vx {
namespace ui {

QString formatDuration(double seconds) {
    if (!(seconds >= 0.0))
        return QStringLiteral("—");
    const long long s = std::llround(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString renderStageText(studio::JobStage stage) {
    using studio::JobStage;
    switch (stage) {
        case JobStage::Starting:
            return RenderPanel::tr("Starting");
        case JobStage::Portrait:
            return RenderPanel::tr("Preparing the portrait");
        case JobStage::Audio:
            return RenderPanel::tr("Reading the voice");
        case JobStage::DrivingVideo:
            return RenderPanel::tr("Following the driving video");
        case JobStage::Models:
            return RenderPanel::tr("Loading the model");
        case JobStage::Reference:
            return RenderPanel::tr("Encoding the reference image");
        case JobStage::KpsFeatures:
            return RenderPanel::tr("Encoding the face keypoints");
        case JobStage::AudioFeatures:
            return RenderPanel::tr("Encoding the voice");
        case JobStage::Denoising:
            return RenderPanel::tr("Denoising");
        case JobStage::Decoding:
            return RenderPanel::tr("Decoding the frames");
        case JobStage::Preview:
            return RenderPanel::tr("Drawing the preview");
        case JobStage::Encoding:
            return RenderPanel::tr("Finishing the file");
    }
    return QString::fromUtf8(studio::jobStageName(stage));
}

namespace {

QToolButton* makeButton(QAction* action, const QString& objectName, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::NoFocus);  // Space stays the window's play/pause key
    return button;
}

QLabel* makeLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

}  // namespace

RenderPanel::RenderPanel(QWidget* window, QWidget* parent) : QWidget(parent) {
    m_render = new QAction(this);
    m_render->setObjectName(QStringLiteral("actionRender"));
    m_render->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_draft = new QAction(this);
    m_draft->setObjectName(QStringLiteral("actionDraftRender"));
    m_draft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancel = new QAction(this);
    m_cancel->setObjectName(QStringLiteral("actionCancelRender"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    // Vector icons: sharp at any screen scale.
    m_render->setIcon(QIcon(QStringLiteral(":/icons/render.svg")));
    m_draft->setIcon(QIcon(QStringLiteral(":/icons/draft.svg")));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    for (QAction* action : {m_render, m_draft, m_cancel}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);  // the shortcut works wherever the focus is in the window
    }
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menuRender"));
    m_menu->addAction(m_render);
    m_menu->addAction(m_draft);
    m_menu->addSeparator();
    m_menu->addAction(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_renderButton = makeButton(m_render, QStringLiteral("renderButton"), this);
    m_draftButton = makeButton(m_draft, QStringLiteral("draftRenderButton"), this);
    m_cancelButton = makeButton(m_cancel, QStringLiteral("cancelRenderButton"), this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("renderProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    buttons->addWidget(m_renderButton);
    buttons->addWidget(m_draftButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_bar, 1);
    layout->addLayout(buttons);

    auto* numbers = new QGridLayout;
    m_stage = makeLabel(QStringLiteral("renderStage"), this);
    m_steps = makeLabel(QStringLiteral("renderSteps"), this);
    m_windows = makeLabel(QStringLiteral("renderWindows"), this);
    m_frames = makeLabel(QStringLiteral("renderFrames"), this);
    m_elapsed = makeLabel(QStringLiteral("renderElapsed"), this);
    m_remaining = makeLabel(QStringLiteral("renderRemaining"), this);
    numbers->addWidget(m_stage, 0, 0, 1, 3);
    numbers->addWidget(m_steps, 1, 0);
    numbers->addWidget(m_windows, 1, 1);
    numbers->addWidget(m_frames, 1, 2);
    numbers->addWidget(m_elapsed, 2, 0);
    numbers->addWidget(m_remaining, 2, 1);
    layout->addLayout(numbers);
    m_note = makeLabel(QStringLiteral("renderNote"), this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    retranslateUi();
    setReadiness(RenderReadiness::NoInputs);
}

void RenderPanel::retranslateUi() {
    m_render->setText(tr("&Render…"));
    m_draft->setText(tr("&Draft Render…"));
    m_cancel->setText(tr("&Cancel Render"));
    m_cancel->setToolTip(tr("Stops the render (Esc); no file is left behind."));
    m_menu->setTitle(tr("&Render"));
    setReadiness(m_readiness);  // the tooltips
    showNumbers();
}

void RenderPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RenderPanel::setReadiness(RenderReadiness readiness) {
    m_readiness = readiness;
    const bool ready = readiness == RenderReadiness::Ready;
    m_render->setEnabled(ready);
    m_draft->setEnabled(ready);
    m_cancel->setEnabled(readiness == RenderReadiness::Rendering);
    QString why;
    switch (readiness) {
        case RenderReadiness::Ready:
            break;
        case RenderReadiness::NoInputs:
            why = tr("Load a portrait and a voice recording first.");
            break;
        case RenderReadiness::NoModelFolder:
            why =
                tr("Rendering needs the V-Express model folder: choose it in Settings → "
                   "Models….");
            break;
        case RenderReadiness::Rendering:
            why = tr("A render is running.");
            break;
        case RenderReadiness::QueueRendering:
            why =
                tr("The render queue is rendering: pause it first, or add this render to the "
                   "queue.");
            break;
    }
    const QString render = tr("Renders the clip with V-Express into an MP4 file (Ctrl+R).");
    const QString draft = tr("A quick look: at most %1 steps at %2 px, only the loop range "
                             "when one is set (Ctrl+Shift+R).")
                              .arg(studio::kDraftMaxSteps)
                              .arg(studio::kDraftMaxSidePx);
    m_render->setToolTip(why.isEmpty() ? render : render + QLatin1Char('\n') + why);
    m_draft->setToolTip(why.isEmpty() ? draft : draft + QLatin1Char('\n') + why);
}

void RenderPanel::showStarted(bool draft) {
    m_active = true;
    m_draftRun = draft;
    m_progress = RenderProgress{};
    m_note->clear();
    showNumbers();
}

void RenderPanel::showProgress(const RenderProgress& progress) {
    m_active = true;
    m_progress = progress;
    showNumbers();
}

void RenderPanel::showNote(const QString& text) {
    m_note->setText(text);
}

void RenderPanel::showNumbers() {
    const RenderProgress& p = m_progress;
    const QString none = QStringLiteral("—");
    if (!m_active) {
        m_stage->setText(tr("No render yet."));
    } else {
        m_stage->setText(
            (m_draftRun ? tr("Draft: %1") : tr("Render: %1")).arg(renderStageText(p.stage)));
    }
    m_steps->setText(tr("Step %1 / %2")
                         .arg(p.stepCount > 0 ? QString::number(p.step) : none)
                         .arg(p.stepCount > 0 ? QString::number(p.stepCount) : none));
    m_windows->setText(tr("Window %1 / %2")
                           .arg(p.windowCount > 0 ? QString::number(p.window) : none)
                           .arg(p.windowCount > 0 ? QString::number(p.windowCount) : none));
    m_frames->setText(tr("Frames %1 / %2")
                          .arg(p.frameCount > 0 ? QString::number(p.framesDone) : none)
                          .arg(p.frameCount > 0 ? QString::number(p.frameCount) : none));
    m_elapsed->setText(tr("Elapsed %1").arg(m_active ? formatDuration(p.elapsedSeconds) : none));
    m_remaining->setText(tr("Time left %1").arg(formatDuration(p.remainingSeconds)));
    m_bar->setValue(int(std::lround(p.fractionDone * 1000.0)));
}

}  // namespace ui
}  // namespace vx
