// Projects: New, Open, Save, Save As and Open Recent in the File menu, the modified flag in the
// title and the unsaved-changes prompt. Autosave and recovery: main_window_recovery.cpp.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include "ui/app/app_settings.h"
#include "ui/inputs/portrait_view.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/preview/preview_clock.h"
#include "ui/project/project_file.h"
#include "ui/project/project_session.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/waveform_view.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

namespace {

constexpr int kAutosaveIntervalMs = 60 * 1000;

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

}  // namespace

void MainWindow::createProjectActions(QMenu* file) {
    ProjectSession& s = *m_session;
    s.fileMenu = file;
    s.newAction = file->addAction(QString(), this, [this] { newProject(); });
    s.newAction->setObjectName(QStringLiteral("actionNewProject"));
    s.newAction->setShortcut(QKeySequence::New);
    s.openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this,
                                   [this] { openProjectDialog(); });
    s.openAction->setObjectName(QStringLiteral("actionOpenProject"));
    s.openAction->setShortcut(QKeySequence::Open);
    s.recentMenu = file->addMenu(QString());
    s.recentMenu->setObjectName(QStringLiteral("menuRecentProjects"));
    file->addSeparator();
    s.saveAction = file->addAction(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this,
                                   [this] { saveProject(); });
    s.saveAction->setObjectName(QStringLiteral("actionSaveProject"));
    s.saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    s.saveAsAction = file->addAction(QString(), this, [this] { saveProjectAs(); });
    s.saveAsAction->setObjectName(QStringLiteral("actionSaveProjectAs"));
    s.saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();

    s.autosavePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/autosave.vxproj");
    s.autosaveTimer.setInterval(kAutosaveIntervalMs);
    connect(&s.autosaveTimer, &QTimer::timeout, this, &MainWindow::writeAutosave);

    s.unsavedPrompt = [this] {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The project has unsaved changes. Do you want to save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? UnsavedChoice::Save
               : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                                : UnsavedChoice::Cancel;
    };
    s.recoveryPrompt = [this](const QString& path) {
        return QMessageBox::question(
                   this, tr("Recover project"),
                   tr("VX Studio did not close properly last time. Recover the unsaved project "
                      "from %1?")
                       .arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    };
}

void MainWindow::retranslateProjectUi() {
    ProjectSession& s = *m_session;
    s.newAction->setText(tr("&New Project"));
    s.openAction->setText(tr("&Open Project…"));
    s.recentMenu->setTitle(tr("Open &Recent"));
    s.saveAction->setText(tr("&Save Project"));
    s.saveAsAction->setText(tr("Save Project &As…"));
    rebuildRecentMenu();
}

void MainWindow::connectProjectTracking() {
    connect(this, &MainWindow::parametersChanged, this, [this] {
        if (m_session->applying)
            return;
        markModified();
        saveQualityChoice(m_parameters);
    });
    connect(this, &MainWindow::keyframesChanged, this, [this] {
        if (!m_session->applying)
            markModified();
    });
    // After the inputs' own handlers (connected first): an input the user chose changes the
    // project; one the project named finishes its loading.
    connect(&m_portraitWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_session->portraitLoading) {
            m_session->portraitLoading = false;
            inputLoadFinished();
        } else if (m_portraitWatcher.result().value) {
            markModified();
        }
    });
    connect(m_drivingJob, &JobController::finished, this,
            [this](const std::optional<studio::JobFailure>& failure) {
                if (m_session->drivingLoading) {
                    m_session->drivingLoading = false;
                    inputLoadFinished();
                } else if (!failure) {
                    markModified();
                }
            });
    connect(&m_audioWatcher, &QFutureWatcherBase::finished, this, [this] {
        ProjectSession& s = *m_session;
        const bool loaded = m_audioWatcher.result().value != nullptr;
        if (!s.audioLoading) {
            if (loaded)
                markModified();
            return;
        }
        s.audioLoading = false;
        // The recording's arrival cleared the manual blinks; the project's belong to it.
        if (loaded && s.pendingBlinks) {
            studio::StudioParameters withBlinks = m_parameters;
            withBlinks.manualBlinkSec = *s.pendingBlinks;
            s.applying = true;
            setParameters(withBlinks);
            s.applying = false;
        }
        s.pendingBlinks.reset();
        inputLoadFinished();
    });
    connect(this, &MainWindow::modelFolderChanged, this, [](const QString& folder) {
        QSettings().setValue(settings_keys::kModelFolder, folder);
    });
}

void MainWindow::setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) {
    m_session->unsavedPrompt = std::move(prompt);
}

void MainWindow::setRecoveryPrompt(RecoveryPrompt prompt) {
    m_session->recoveryPrompt = std::move(prompt);
}

QString MainWindow::projectPath() const {
    return m_session->path;
}

std::optional<QRect> MainWindow::portraitCrop() const {
    if (!m_portrait)
        return std::nullopt;
    const cv::Rect& c = m_portrait->prepared.crop;
    return QRect(c.x, c.y, c.width, c.height);
}

ProjectFile MainWindow::currentProject() const {
    ProjectFile project;
    project.portraitPath = portraitPath();
    project.audioPath = audioPath();
    project.drivingVideoPath = drivingVideoPath();
    project.parameters = m_parameters;
    project.crop = portraitCrop();
    project.keyframes = m_keyframes;
    return project;
}

QStringList MainWindow::recentProjects() const {
    return loadRecentProjects();
}

void MainWindow::markModified() {
    if (m_session->applying)
        return;
    setWindowModified(true);
    if (!m_session->autosaveTimer.isActive())
        m_session->autosaveTimer.start();
}

void MainWindow::setProjectClean(const QString& path) {
    m_session->path = path;
    setWindowModified(false);
    m_session->autosaveTimer.stop();
    QFile::remove(m_session->autosavePath);  // everything in it is saved or discarded
    updateWindowTitle();
}

void MainWindow::updateWindowTitle() {
    const QString name =
        m_session->path.isEmpty() ? tr("Untitled") : QFileInfo(m_session->path).completeBaseName();
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(tr("%1[*] — VX Studio").arg(name));
}

bool MainWindow::askToSaveChanges() {
    if (!isWindowModified())
        return true;
    switch (m_session->unsavedPrompt()) {
        case UnsavedChoice::Save:
            return saveProject();
        case UnsavedChoice::Discard:
            return true;
        case UnsavedChoice::Cancel:
            break;
    }
    return false;
}

void MainWindow::clearInputs() {
    m_clock->pause();
    m_clock->setSource(QString(), 0);
    m_portrait.reset();
    m_audio.reset();
    m_envelope.clear();
    m_currentFrame = 0;
    m_lastError.clear();
    m_portraitView->setPortrait(QImage(), QRectF(), {});
    cancelDrivingTracking();
    m_driving.reset();
    showDriving();
    m_waveformView->setEnvelope({});
    m_timeline->clear();
    m_parametersPanel->setAudioDuration(0.0);
    showPortrait();
    showAudio();
    rebuildPerformance();
}

bool MainWindow::newProject() {
    if (!askToSaveChanges())
        return false;
    clearInputs();
    studio::StudioParameters defaults;
    defaults.resetQuality(m_buildInfo.cudaAvailable);
    loadQualityChoice(defaults, m_buildInfo.cudaAvailable);
    m_session->applying = true;
    setParameters(defaults);
    setKeyframes({});
    m_undoStack->clear();
    m_session->applying = false;
    setProjectClean(QString());
    showInfo(tr("New project."));
    return true;
}

bool MainWindow::openProjectDialog() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), settings.value(settings_keys::kProjectFolder).toString(),
        tr("VX Studio projects (*.vxproj);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(settings_keys::kProjectFolder, QFileInfo(path).absolutePath());
    return openProject(path);
}

bool MainWindow::openFile(const QString& path) {
    const QFileInfo info(path);
    if (info.suffix().compare(QStringLiteral("vxproj"), Qt::CaseInsensitive) != 0) {
        showError(
            tr("%1 is not a VX Studio project (.vxproj).").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!openProject(path))
        return false;
    // As after the Open dialog: the next dialog starts in this project's folder.
    QSettings().setValue(settings_keys::kProjectFolder, info.absolutePath());
    return true;
}

bool MainWindow::openProject(const QString& path) {
    if (!askToSaveChanges())
        return false;
    ProjectFile project;
    try {
        project = readProjectFile(path);
    } catch (const ProjectFileError& e) {
        showError(e.message());  // the window keeps what it had
        return false;
    }
    setProjectClean(absolute(path));
    addRecentProject(absolute(path));
    showInfo(tr("Opening the project %1…").arg(QFileInfo(path).fileName()));
    applyProject(project);
    return true;
}

void MainWindow::applyProject(const ProjectFile& project) {
    ProjectSession& s = *m_session;
    clearInputs();
    s.applying = true;
    setParameters(project.parameters);
    setKeyframes(project.keyframes);
    m_undoStack->clear();  // the edits of the previous project cannot be undone into this one
    s.applying = false;
    s.pendingBlinks = project.parameters.manualBlinkSec;
    s.missingInputsMessage.clear();
    if (!project.missingInputs.isEmpty()) {
        QStringList shown;
        for (const QString& input : project.missingInputs)
            shown << QDir::toNativeSeparators(input);
        s.missingInputsMessage =
            tr("The project's input %1 was not found (moved or deleted); the rest of the project "
               "is loaded. Choose the file again.",
               "", int(shown.size()))
                .arg(shown.join(QStringLiteral(", ")));
    }
    const auto present = [&](const QString& input) {
        return !input.isEmpty() && !project.missingInputs.contains(input);
    };
    s.portraitLoading =
        present(project.portraitPath) && loadPortrait(project.portraitPath, project.crop);
    s.audioLoading = present(project.audioPath) && openAudio(project.audioPath);
    s.drivingLoading =
        present(project.drivingVideoPath) && openDrivingVideo(project.drivingVideoPath);
    if (!s.audioLoading)
        s.pendingBlinks.reset();  // no recording: the blinks stay as setParameters left them
    inputLoadFinished();
}

void MainWindow::inputLoadFinished() {
    ProjectSession& s = *m_session;
    if (s.portraitLoading || s.audioLoading || s.drivingLoading)
        return;
    if (!s.missingInputsMessage.isEmpty()) {
        showError(s.missingInputsMessage);
        s.missingInputsMessage.clear();
    }
    if (s.restoreModified) {
        s.restoreModified = false;
        markModified();
    } else {
        setWindowModified(false);
    }
    Q_EMIT projectLoaded();
}

bool MainWindow::saveProject() {
    return m_session->path.isEmpty() ? saveProjectAs() : saveProjectTo(m_session->path);
}

bool MainWindow::saveProjectAs() {
    QSettings settings;
    const QString folder = m_session->path.isEmpty()
                               ? settings.value(settings_keys::kProjectFolder).toString()
                               : QFileInfo(m_session->path).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), folder,
                                                tr("VX Studio projects (*.vxproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vxproj");
    settings.setValue(settings_keys::kProjectFolder, QFileInfo(path).absolutePath());
    return saveProjectTo(path);
}

bool MainWindow::saveProjectTo(const QString& path) {
    try {
        writeProjectFile(currentProject(), path);
    } catch (const ProjectFileError& e) {
        showError(e.message());
        return false;
    }
    setProjectClean(absolute(path));
    addRecentProject(absolute(path));
    showInfo(tr("Project saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::addRecentProject(const QString& path) {
    QStringList recent = loadRecentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    saveRecentProjects(recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    QMenu* menu = m_session->recentMenu;
    menu->clear();
    const QStringList recent = loadRecentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction* action = menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] {
                if (QFileInfo(path).isFile()) {
                    openProject(path);
                    return;
                }
                QStringList remaining = loadRecentProjects();
                remaining.removeAll(path);
                saveRecentProjects(remaining);
                rebuildRecentMenu();
                showError(tr("The project %1 no longer exists; it was removed from the recent "
                             "projects.")
                              .arg(QDir::toNativeSeparators(path)));
            });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setObjectName(QStringLiteral("actionRecentProject%1").arg(i));
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
}

}  // namespace ui
}  // namespace vx
