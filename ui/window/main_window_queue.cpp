// The render queue (ui/queue): renders of the current project, or of it with other recordings
// (the languages of a dub), added to a queue that renders them one after the other on the same
// render controller as the window's own Render, and survives a restart. The queue's panel is a
// dock under the window (Render → Render Queue); the window's Render waits while the queue
// renders, and the queue waits while the window renders.
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

#include "studio/render_request_builder.h"
#include "ui/app/failure_text.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/inputs/input_checks.h"
#include "ui/project/project_file.h"
#include "ui/queue/render_queue_panel.h"
#include "ui/queue/render_queue_runner.h"
#include "ui/render/render_controller.h"
#include "ui/render/render_panel.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

void MainWindow::setUpRenderQueue(const QString& queueFile) {
    m_queueRunner = new RenderQueueRunner(m_renderController, queueFile, this);
    m_queueRunner->setObjectName(QStringLiteral("renderQueueRunner"));
    m_queuePanel = new RenderQueuePanel(m_queueRunner, this);
    m_queuePanel->setObjectName(QStringLiteral("renderQueuePanel"));
    m_queueDock = new QDockWidget(this);
    m_queueDock->setObjectName(QStringLiteral("renderQueueDock"));
    m_queueDock->setWidget(m_queuePanel);
    m_queueDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
    // Shown when it has something to show; the menu toggles it.
    m_queueDock->setVisible(!m_queueRunner->queue().jobs().empty());

    m_addToQueueAction = new QAction(this);
    m_addToQueueAction->setObjectName(QStringLiteral("actionAddToRenderQueue"));
    m_addToQueueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_addRecordingsAction = new QAction(this);
    m_addRecordingsAction->setObjectName(QStringLiteral("actionAddRecordingsToRenderQueue"));
    QAction* showQueue = m_queueDock->toggleViewAction();
    showQueue->setObjectName(QStringLiteral("actionShowRenderQueue"));
    QMenu* menu = m_renderPanel->menu();
    menu->addSeparator();
    menu->addAction(m_addToQueueAction);
    menu->addAction(m_addRecordingsAction);
    menu->addAction(showQueue);
    addAction(m_addToQueueAction);

    connect(m_addToQueueAction, &QAction::triggered, this, &MainWindow::addToRenderQueue);
    connect(m_addRecordingsAction, &QAction::triggered, this,
            &MainWindow::addRecordingsToRenderQueue);
    connect(m_queueRunner, &RenderQueueRunner::changed, this, &MainWindow::updateRenderReadiness);
    connect(m_queueRunner, &RenderQueueRunner::saveFailed, this, [this](const QString& why) {
        showError(tr("The render queue could not be saved: %1").arg(why));
    });
    if (!m_queueRunner->loadProblem().isEmpty())
        showError(m_queueRunner->loadProblem());
}

void MainWindow::retranslateQueueUi() {
    if (!m_queueDock)
        return;
    m_queueDock->setWindowTitle(tr("Render Queue"));
    m_queueDock->toggleViewAction()->setText(tr("Render &Queue"));
    m_addToQueueAction->setText(tr("Add to Render &Queue…"));
    m_addToQueueAction->setToolTip(
        tr("Queues a render of the project as it is now (Ctrl+Alt+R); the queue renders its "
           "jobs one after the other."));
    m_addRecordingsAction->setText(tr("Add Other Recordings to Queue…"));
    m_addRecordingsAction->setToolTip(
        tr("Queues one render of this project per chosen recording, e.g. each language of a "
           "dub."));
}

void MainWindow::addToRenderQueue() {
    if (!checkRenderInputs())
        return;
    const QString base = QFileInfo(audioPath()).completeBaseName();
    ExportDialog dialog(tr("Add to Render Queue"), suggestedVideoPath(base + tr("-vexpress")),
                        this);
    dialog.setEstimator([this](const QString& path) { return renderEstimate(path, false); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoice choice = dialog.choice();
    m_renderCrf = choice.crf;
    queueRender(choice.path, QString());
}

void MainWindow::addRecordingsToRenderQueue() {
    if (!checkRenderInputs())
        return;
    const QStringList recordings =
        QFileDialog::getOpenFileNames(this, tr("Recordings to Render"),
                                      QFileInfo(audioPath()).absolutePath(), recordingFileFilter());
    if (recordings.isEmpty())
        return;
    queueRecordings(recordings, QFileInfo(suggestedVideoPath(QStringLiteral("x"))).absolutePath());
}

int MainWindow::queueRecordings(const QStringList& recordings, const QString& folder) {
    if (!checkRenderInputs())
        return 0;
    int added = 0;
    for (const QString& recording : recordings) {
        if (const QString why = checkAudioFile(recording); !why.isEmpty()) {
            showError(why);
            continue;
        }
        // "<portrait>-<recording>.mp4", numbered rather than written over an existing file.
        const QString stem = QFileInfo(portraitPath()).completeBaseName() + QLatin1Char('-') +
                             QFileInfo(recording).completeBaseName();
        QString output = QDir(folder).filePath(stem + QStringLiteral(".mp4"));
        const auto taken = [this](const QString& path) {
            return QFileInfo::exists(path) ||
                   m_queueRunner->queue().unfinishedJobWriting(path.toStdString()) != nullptr;
        };
        for (int n = 2; taken(output); ++n)
            output = QDir(folder).filePath(QStringLiteral("%1-%2.mp4").arg(stem).arg(n));
        if (queueRender(output, recording) != 0)
            ++added;
    }
    return added;
}

int64_t MainWindow::queueRender(const QString& output, const QString& recording) {
    if (!checkRenderInputs())
        return 0;
    studio::Project project = toStudioProject(currentProject());
    if (!recording.isEmpty())
        project.audioPath = QFileInfo(recording).absoluteFilePath().toStdString();
    studio::RenderTarget target;
    target.output = QFileInfo(output).absoluteFilePath().toStdString();
    target.models = m_modelFolder.toStdString();
    target.crf = m_renderCrf;
    int64_t id = 0;
    try {
        id = m_queueRunner->add(project, target);
    } catch (...) {
        showError(failureText(std::current_exception()));
        return 0;
    }
    m_queueDock->show();
    m_queueDock->raise();
    m_queuePanel->selectJob(id);
    showInfo(tr("Added to the render queue: %1").arg(QDir::toNativeSeparators(output)));
    return id;
}

}  // namespace ui
}  // namespace vx
