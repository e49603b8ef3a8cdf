// The render controls under the preview: Render, Draft render and Cancel (the window's actions,
// with their shortcuts), and the progress of a running render: stage, denoising step and
// context window, frames written, elapsed time and time left.
#pragma once

#include <QWidget>

#include "ui/render/render_progress.h"

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace vx {
namespace ui {

// Why the Render buttons are (not) available; the buttons' tooltips say it.
enum class RenderReadiness { Ready, NoInputs, NoModelFolder, Rendering, QueueRendering };

class RenderPanel : public QWidget {
    Q_OBJECT
public:
    // Creates the actions and adds them to `window` so their shortcuts work anywhere in it.
    explicit RenderPanel(QWidget* window, QWidget* parent = nullptr);

    QAction* renderAction() const { return m_render; }
    QAction* draftAction() const { return m_draft; }
    QAction* cancelAction() const { return m_cancel; }
    // A "Render" menu with the three actions, for the window's menu bar.
    QMenu* menu() const { return m_menu; }

    void setReadiness(RenderReadiness readiness);
    RenderReadiness readiness() const { return m_readiness; }
    // A new render: clears the numbers and shows whether it is a draft.
    void showStarted(bool draft);
    void showProgress(const RenderProgress& progress);
    // The last line under the numbers: the outcome, or an engine message.
    void showNote(const QString& text);
    const RenderProgress& lastProgress() const { return m_progress; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showNumbers();

    QAction* m_render = nullptr;
    QAction* m_draft = nullptr;
    QAction* m_cancel = nullptr;
    QMenu* m_menu = nullptr;
    QToolButton* m_renderButton = nullptr;
    QToolButton* m_draftButton = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_windows = nullptr;
    QLabel* m_frames = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_note = nullptr;
    RenderReadiness m_readiness = RenderReadiness::NoInputs;
    RenderProgress m_progress;
    bool m_active = false;  // a render has started since the panel was made
    bool m_draftRun = false;
};

// What a render is doing, for the user: "Loading the model", "Denoising", ...
QString renderStageText(studio::JobStage stage);

// "1:05" for 65 seconds; "—" for a negative value (unknown).
QString formatDuration(double seconds);

}  // namespace ui
}  // namespace vx
