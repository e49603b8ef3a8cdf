// Export Preview: the instant preview with the voice, written to an MP4 on a worker thread,
// with a progress dialog that can cancel.
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

#include "common/error.h"
#include "studio/preview_export.h"
#include "ui/app/app_settings.h"
#include "ui/app/failure_text.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/preview/preview_clock.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

void MainWindow::exportPreview() {
    if (!m_portrait || !m_audio) {
        showError(tr("Load a portrait and a voice recording before exporting."));
        return;
    }
    ExportDialog dialog(
        tr("Export Preview"),
        suggestedVideoPath(QFileInfo(m_audio->path).completeBaseName() + tr("-preview")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoice choice = dialog.choice();
    m_openFolderAfterExport = choice.openFolderWhenDone;
    exportPreviewTo(choice.path, choice.crf);
}

QString MainWindow::suggestedVideoPath(const QString& baseName) const {
    // The folder of the last export, else the videos folder.
    const QString folder =
        QSettings()
            .value(settings_keys::kExportFolder,
                   QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
            .toString();
    return QFileInfo(folder, baseName + QStringLiteral(".mp4")).filePath();
}

void MainWindow::exportPreviewTo(const QString& path, int crf) {
    if (!m_portrait || !m_audio) {
        showError(tr("Load a portrait and a voice recording before exporting."));
        return;
    }
    if (m_exportJob->isRunning()) {
        showError(tr("An export is already running."));
        return;
    }
    m_clock->pause();
    studio::PreviewExportRequest request;
    request.image = std::filesystem::path(m_portrait->path.toStdString());
    request.audio = std::filesystem::path(m_audio->path.toStdString());
    request.output = std::filesystem::path(path.toStdString());
    request.performance = m_parameters.toPerformanceSettings();
    request.keyframes = m_keyframes;
    request.fps = m_parameters.targetFps;
    request.pasteBack = m_parameters.framing == studio::OutputFraming::PasteBack;
    request.crf = crf;

    m_exportProgress =
        new QProgressDialog(tr("Exporting the preview to “%1”…").arg(QFileInfo(path).fileName()),
                            tr("Cancel"), 0, 100, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setValue(0);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &JobController::cancel);

    m_exportOutcome = ExportOutcome{};
    m_exportOutcome.path = path;
    ExportOutcome* outcome = &m_exportOutcome;
    m_exportJob->start([request, outcome](const studio::JobCallbacks& callbacks) {
        outcome->frameCount = studio::exportPreview(request, callbacks).frameCount;
    });
    updatePlaybackControls();
    showInfo(tr("Exporting the preview…"));
}

void MainWindow::exportProgress(const studio::JobProgress& progress) {
    if (m_exportProgress && progress.frameCount > 0)
        m_exportProgress->setValue(int(100LL * progress.framesDone / progress.frameCount));
}

void MainWindow::exportDone(const std::optional<studio::JobFailure>& failure) {
    ExportOutcome outcome = m_exportOutcome;
    if (failure) {
        outcome.cancelled = failure->cancelled();
        outcome.error = failureText(*failure);
    }
    if (m_exportProgress) {
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    updatePlaybackControls();
    if (outcome.cancelled)
        showInfo(tr("Export cancelled; no file was written."));
    else if (!outcome.error.isEmpty())
        showError(tr("The preview could not be exported: %1").arg(outcome.error));
    else
        showInfo(tr("Preview exported to %1 (%n frame(s)).", "", outcome.frameCount)
                     .arg(QDir::toNativeSeparators(outcome.path)));
    if (outcome.error.isEmpty() && !outcome.cancelled && m_openFolderAfterExport)
        openContainingFolder(outcome.path);
    m_openFolderAfterExport = false;
    Q_EMIT exportFinished(outcome);
}

}  // namespace ui
}  // namespace vx
