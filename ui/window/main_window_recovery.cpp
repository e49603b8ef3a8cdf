// Autosave and recovery: a modified project is written to the autosave file every minute; a
// clean close removes it, so one found at start means the last session crashed. Likewise a
// render remembered in the settings whose resumable state is still beside its output was
// interrupted (the studio closed or killed, or the render cancelled): the start offers it.
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <filesystem>
#include <system_error>

#include "studio/render_job.h"
#include "studio/render_state.h"
#include "ui/app/app_settings.h"
#include "ui/project/project_file.h"
#include "ui/project/project_session.h"
#include "ui/render/resume_prompt.h"
#include "ui/window/main_window.h"

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

bool MainWindow::checkForInterruptedRender() {
    QSettings settings;
    const QVariantMap render = settings.value(settings_keys::kUnfinishedRender).toMap();
    const QString output = render.value(QStringLiteral("output")).toString();
    const auto progress =
        output.isEmpty() ? std::nullopt : studio::describeRenderState(output.toStdString());
    if (!progress) {  // finished, discarded, or killed before its first step was saved
        settings.remove(settings_keys::kUnfinishedRender);
        return false;
    }
    switch (askToResumeAtStart(this, output, QString::fromStdString(*progress))) {
        case StartUpResumeChoice::ResumeNow:
            break;
        case StartUpResumeChoice::Later:
            // Rendering to the same output again asks whether to resume it (renderTo).
            settings.remove(settings_keys::kUnfinishedRender);
            return false;
        case StartUpResumeChoice::Discard: {
            std::error_code error;
            std::filesystem::remove_all(studio::renderStateFolder(output.toStdString()), error);
            settings.remove(settings_keys::kUnfinishedRender);
            if (error)
                showError(tr("The interrupted render's state %1 cannot be deleted: %2")
                              .arg(QDir::toNativeSeparators(QString::fromStdString(
                                       studio::renderStateFolder(output.toStdString()).string())),
                                   QString::fromStdString(error.message())));
            else
                showInfo(tr("The interrupted render of %1 was discarded.")
                             .arg(QDir::toNativeSeparators(output)));
            return false;
        }
    }
    if (!askToSaveChanges())  // a recovered project is replaced by the render's
        return false;
    resumeRememberedRender(render);
    return true;
}

void MainWindow::resumeRememberedRender(const QVariantMap& render) {
    const QString output = render.value(QStringLiteral("output")).toString();
    const QString projectFile = render.value(QStringLiteral("projectPath")).toString();
    ProjectFile project;
    try {
        project = projectFromJson(render.value(QStringLiteral("project")).toByteArray(), output);
    } catch (const ProjectFileError& e) {
        showError(tr("The interrupted render cannot be resumed: %1").arg(e.message()));
        return;
    }
    // The project file it came from, when that still holds the same project; else the project
    // is unsaved, as a recovered one.
    bool sameAsFile = false;
    if (!projectFile.isEmpty() && QFileInfo(projectFile).isFile()) {
        try {
            sameAsFile = projectToJson(readProjectFile(projectFile), output) ==
                         projectToJson(project, output);
        } catch (const ProjectFileError&) {
        }
    }
    setProjectClean(sameAsFile ? projectFile : QString());
    m_session->restoreModified = !sameAsFile;
    const bool draft = render.value(QStringLiteral("draft")).toBool();
    // Once, when the inputs are loaded (at once when there are none to load).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(this, &MainWindow::projectLoaded, this, [this, render, output, draft, connection] {
            disconnect(*connection);
            m_renderCrf = render.value(QStringLiteral("crf"), m_renderCrf).toInt();
            if (draft)
                setLoopRange(render.value(QStringLiteral("loopStart")).toDouble(),
                             render.value(QStringLiteral("loopEnd")).toDouble());
            if (checkRenderable(draft))
                startRender(output, draft, studio::ResumePolicy::Resume);
        });
    showInfo(tr("Resuming the render of %1 once its inputs are loaded…")
                 .arg(QDir::toNativeSeparators(output)));
    applyProject(project);
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
