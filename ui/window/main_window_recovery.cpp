// Autosave and recovery: a modified project is written to the autosave file every minute; a
// clean close removes it, so one found at start means the last session crashed.
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "ui/window/main_window.h"
#include "ui/project/project_file.h"
#include "ui/project/project_session.h"

namespace vx {
namespace ui {

void MainWindow::setAutosaveInterval(int intervalMs) {
    m_session->autosaveTimer.setInterval(intervalMs);
}

QString MainWindow::autosavePath() const {
    return m_session->autosavePath;
}

void MainWindow::writeAutosave() {
    if (!isWindowModified())
        return;
    const QString& path = m_session->autosavePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        writeProjectFile(currentProject(), path);
    } catch (const ProjectFileError& e) {
        showError(tr("Autosave failed: %1").arg(e.message()));
    }
}

bool MainWindow::checkForRecovery() {
    const QString path = m_session->autosavePath;
    if (!QFileInfo(path).isFile())
        return false;
    if (!m_session->recoveryPrompt(path)) {
        QFile::remove(path);
        return false;
    }
    ProjectFile project;
    try {
        project = readProjectFile(path);
    } catch (const ProjectFileError& e) {
        showError(tr("The autosaved project cannot be recovered: %1").arg(e.message()));
        QFile::remove(path);
        return false;
    }
    setProjectClean(QString());  // recovered work has no file until the user saves it
    m_session->restoreModified = true;
    applyProject(project);
    showInfo(tr("The unsaved project was recovered; save it to keep it."));
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!askToSaveChanges()) {
        event->ignore();
        return;
    }
    saveWindowSettings();
    // A clean exit leaves no autosave, so the next start offers no recovery.
    m_session->autosaveTimer.stop();
    QFile::remove(m_session->autosavePath);
    event->accept();
}

}  // namespace ui
}  // namespace vx
