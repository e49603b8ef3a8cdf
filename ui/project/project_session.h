// The main window's project state: which file it is saved in, what is still loading from it,
// the autosave timer, the injectable prompts and the menus of the project and settings
// features. A plain holder; MainWindow's project and settings files give it behaviour.
#pragma once

#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

#include "ui/window/main_window.h"

class QAction;
class QActionGroup;
class QMenu;

namespace vx {
namespace ui {

class Translations;

struct ProjectSession {
    QString path;  // empty: never saved
    // Set while a project is applied, so its own changes do not mark it modified.
    bool applying = false;
    // The inputs still loading from an opened project; its blinks wait for the recording.
    bool portraitLoading = false;
    bool audioLoading = false;
    bool drivingLoading = false;
    std::optional<std::vector<double>> pendingBlinks;
    bool restoreModified = false;  // a recovered autosave stays modified until saved
    QString missingInputsMessage;  // shown once the other inputs have loaded

    QTimer autosaveTimer;
    QString autosavePath;

    MainWindow::UnsavedChangesPrompt unsavedPrompt;
    MainWindow::RecoveryPrompt recoveryPrompt;

    Translations* translations = nullptr;

    QMenu* fileMenu = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* settingsMenu = nullptr;
    QMenu* languageMenu = nullptr;
    QAction* newAction = nullptr;
    QAction* openAction = nullptr;
    QAction* saveAction = nullptr;
    QAction* saveAsAction = nullptr;
    QAction* modelsAction = nullptr;
    QAction* englishAction = nullptr;
    QAction* germanAction = nullptr;
    QActionGroup* languageGroup = nullptr;
};

}  // namespace ui
}  // namespace vx
