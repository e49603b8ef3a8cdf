// Keyframes in the studio: the lanes under the timeline (ui/timeline/keyframe_lanes.h) edit the
// window's keyframes; every finished edit is one step of the Edit menu's undo stack; the instant
// preview follows each change (and each drag) at once; the project stores the keyframes and a
// render follows them (studio/keyframe_clip.h evaluates them per frame for both).
#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>

#include "ui/styles/style_picker.h"
#include "ui/timeline/keyframe_lanes.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

namespace {

// One keyframe edit: the keys before and after it. Keyframes are small (a few keys a lane), so
// whole copies keep undo exact without a command per kind of edit.
class KeyframesCommand : public QUndoCommand {
public:
    KeyframesCommand(MainWindow* window, studio::Keyframes before, studio::Keyframes after,
                     const QString& what)
        : QUndoCommand(what),
          m_window(window),
          m_before(std::move(before)),
          m_after(std::move(after)) {}
    void undo() override { m_window->setKeyframes(m_before); }
    void redo() override { m_window->setKeyframes(m_after); }

private:
    MainWindow* m_window;
    studio::Keyframes m_before;
    studio::Keyframes m_after;
};

}  // namespace

void MainWindow::setUpKeyframes(QMenu* edit) {
    m_undoStack = new QUndoStack(this);
    m_undoAction = edit->addAction(QString());
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(QString());
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    m_showLanesAction = edit->addAction(QString());
    m_showLanesAction->setObjectName(QStringLiteral("actionShowKeyframeLanes"));
    m_showLanesAction->setCheckable(true);
    m_showLanesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_timeline->lanesButton()->setDefaultAction(m_showLanesAction);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    // The Edit menu's actions are the context: the stack, destroyed with the window, clears
    // itself after the menu is gone and must not reach the deleted actions.
    connect(m_undoStack, &QUndoStack::indexChanged, m_undoAction,
            [this] { retranslateKeyframesUi(); });
    connect(m_showLanesAction, &QAction::toggled, this,
            [this](bool shown) { m_timeline->setKeyframeLanesVisible(shown); });

    KeyframeLanes* lanes = m_timeline->keyframeLanes();
    connect(lanes, &KeyframeLanes::keyframesEdited, this,
            [this](const studio::Keyframes& before, const studio::Keyframes& after,
                   const QString& what) {
                m_undoStack->push(new KeyframesCommand(this, before, after, what));
            });
    connect(lanes, &KeyframeLanes::keyframesPreviewed, this,
            [this](const studio::Keyframes& during) {
                m_keyframes = during;
                rebuildPerformance();
            });
    // The styles a style key may set: the picker's, whenever its list changes.
    const auto showStyles = [this] {
        m_timeline->keyframeLanes()->setStyles(m_stylePicker->styles());
    };
    connect(m_stylePicker, &StylePicker::stylesChanged, this, showStyles);
    showStyles();
}

void MainWindow::retranslateKeyframesUi() {
    if (!m_undoStack)
        return;
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                                 : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                                 : tr("&Redo"));
    m_showLanesAction->setText(tr("Show &Keyframe Lanes"));
    m_showLanesAction->setIconText(tr("Keyframes"));
    m_showLanesAction->setToolTip(
        tr("Shows the lanes under the timeline where expression, identity, head motion, pose "
           "offsets and styles change over the clip (Ctrl+K)."));
}

void MainWindow::setKeyframes(const studio::Keyframes& keyframes) {
    m_keyframes = keyframes;
    m_timeline->keyframeLanes()->setKeyframes(keyframes);
    // A project with keys shows them; hiding the lanes never removes a key.
    if (!keyframes.empty() && !m_showLanesAction->isChecked())
        m_showLanesAction->setChecked(true);
    rebuildPerformance();
    Q_EMIT keyframesChanged();
}

void MainWindow::updateKeyframeLanes() {
    // The clip and the snap times come with the recording (TimelinePlot::setAudio), the styles
    // with the picker's list; only the controls' own values change with the parameters.
    m_timeline->keyframeLanes()->setBaseValues(m_parameters.expressionPercent,
                                               m_parameters.identityPercent,
                                               m_parameters.headAmountPercent);
}

}  // namespace ui
}  // namespace vx
