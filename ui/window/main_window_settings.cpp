// What the window remembers between runs (geometry, splitters, model folder, quality), the
// Settings menu with the language switch, the model manager and the first-start download offer.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>

#include "models/model_location.h"
#include "ui/app/app_settings.h"
#include "ui/app/translations.h"
#include "ui/dialogs/model_download_dialog.h"
#include "ui/dialogs/model_manager_dialog.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/project/project_session.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

namespace {

// The application's translations object (main() makes one); made on first use otherwise.
Translations* applicationTranslations() {
    auto* existing = qApp->findChild<Translations*>(QString(), Qt::FindDirectChildrenOnly);
    return existing ? existing : new Translations(qApp);
}

const char* const kSplitters[] = {"studioSplitter", "mainSplitter"};

}  // namespace

void MainWindow::createSettingsMenu() {
    ProjectSession& s = *m_session;
    s.settingsMenu = menuBar()->addMenu(QString());
    s.settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    s.modelsAction = s.settingsMenu->addAction(QIcon(QStringLiteral(":/icons/models.svg")),
                                               QString(), this, &MainWindow::showModelManager);
    s.modelsAction->setObjectName(QStringLiteral("actionModels"));
    s.languageMenu = s.settingsMenu->addMenu(QString());
    s.languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    s.languageGroup = new QActionGroup(this);
    s.languageGroup->setExclusive(true);
    // Each language is named in itself, so it can be found whatever the current language.
    const auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* action =
            s.languageMenu->addAction(name, this, [this, code] { setLanguage(code); });
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setCheckable(true);
        action->setData(code);
        s.languageGroup->addAction(action);
        return action;
    };
    s.englishAction = addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    s.germanAction = addLanguage(QStringLiteral("de"), QStringLiteral("Deutsch"));
}

void MainWindow::retranslateSettingsUi() {
    ProjectSession& s = *m_session;
    s.settingsMenu->setTitle(tr("&Settings"));
    s.modelsAction->setText(tr("&Models…"));
    s.modelsAction->setToolTip(tr("Chooses and checks the V-Express model folder."));
    s.languageMenu->setTitle(tr("&Language"));
    const QString current =
        s.translations ? s.translations->language() : Translations::preferredLanguage();
    for (QAction* action : s.languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::setLanguage(const QString& language) {
    ProjectSession& s = *m_session;
    if (!s.translations)
        s.translations = applicationTranslations();
    if (!s.translations->setLanguage(language)) {
        showError(tr("No translation for the language “%1”.").arg(language));
        retranslateSettingsUi();  // the checked action goes back to the current language
        return;
    }
    QSettings().setValue(settings_keys::kLanguage, language);
    // Installing the translator posts LanguageChange to every window; retranslateUi follows.
    retranslateSettingsUi();
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    m_session->translations = qApp->findChild<Translations*>(QString(), Qt::FindDirectChildrenOnly);
    loadQualityChoice(m_parameters, m_buildInfo.cudaAvailable);
    m_parametersPanel->setParameters(m_parameters);
    const QString folder = settings.value(settings_keys::kModelFolder).toString();
    if (!folder.isEmpty())
        setModelFolder(folder);
    restoreGeometry(settings.value(settings_keys::kWindowGeometry).toByteArray());
    restoreState(settings.value(settings_keys::kWindowState).toByteArray());
    for (const char* name : kSplitters) {
        auto* splitter = findChild<QSplitter*>(QString::fromLatin1(name));
        const QByteArray state =
            settings.value(QString(settings_keys::kSplitterPrefix) + QLatin1String(name))
                .toByteArray();
        if (splitter && !state.isEmpty())
            splitter->restoreState(state);
    }
}

void MainWindow::saveWindowSettings() {
    QSettings settings;
    settings.setValue(settings_keys::kWindowGeometry, saveGeometry());
    settings.setValue(settings_keys::kWindowState, saveState());
    for (const char* name : kSplitters)
        if (auto* splitter = findChild<QSplitter*>(QString::fromLatin1(name)))
            settings.setValue(QString(settings_keys::kSplitterPrefix) + QLatin1String(name),
                              splitter->saveState());
}

void MainWindow::offerModelsOnFirstStart() {
    if (!m_modelFolder.isEmpty())
        return;
    const QString folder = QString::fromStdString(models::defaultModelFolder().string());
    if (QFileInfo::exists(folder)) {
        setModelFolder(folder);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("V-Express Models"),
        tr("No V-Express model folder is set. Download the models now (about 5 GB) into "
           "%1?\n\nYou can also choose a folder you already have in Settings → Models….")
            .arg(folder),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    ModelDownloadDialog dialog(folder, this);
    dialog.start();
    dialog.exec();
    // A partial download is kept too: the folder is where the next download continues.
    setModelFolder(folder);
}

void MainWindow::showModelManager() {
    ModelManagerDialog dialog(m_modelFolder, m_buildInfo, m_parameters.device, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.folder().isEmpty())
        setModelFolder(dialog.folder());
}

}  // namespace ui
}  // namespace vx
