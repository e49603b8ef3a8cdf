// vxstudio: the desktop application.
#include <QApplication>
#include <QCommandLineParser>

#include <QSettings>

#include <iostream>
#include <memory>

#include "common/log.h"
#include "studio/system_report.h"
#include "ui/app/app_logging.h"
#include "ui/app/app_settings.h"
#include "ui/app/build_info.h"
#include "ui/app/resources_init.h"
#include "ui/app/translations.h"
#include "ui/dialogs/system_info_dialog.h"
#include "ui/window/main_window.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VX Studio"));
    QApplication::setOrganizationName(QStringLiteral("VX Studio"));
    QApplication::setApplicationVersion(QStringLiteral(VX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vxstudio"));
    vx::ui::initResources();
    auto* translations = new vx::ui::Translations(&app);
    translations->setLanguage(vx::ui::Translations::preferredLanguage());

    // Hidden options that load inputs at start (for screenshots and scripted checks).
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption openImage(QStringLiteral("open-image"), QStringLiteral("Portrait to load."),
                                 QStringLiteral("path"));
    QCommandLineOption openAudio(QStringLiteral("open-audio"), QStringLiteral("Recording to load."),
                                 QStringLiteral("path"));
    QCommandLineOption models(QStringLiteral("models"),
                              QStringLiteral("V-Express model folder for this session."),
                              QStringLiteral("folder"));
    QCommandLineOption renderTo(QStringLiteral("render-to"),
                                QStringLiteral("Render to this file once the inputs are loaded."),
                                QStringLiteral("path"));
    QCommandLineOption systemInfo(QStringLiteral("system-info"),
                                  QStringLiteral("Print the system information and quit."));
    for (QCommandLineOption* option : {&openImage, &openAudio, &models, &renderTo, &systemInfo}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    // The desktop entry's "Exec=vxstudio %f": a project opened from the file manager.
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("Project file (.vxproj) to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);
    vx::ui::startAppLogging();
    vx::log::info("vx.studio", "VX Studio " VX_VERSION " started");

    if (parser.isSet(systemInfo)) {
        // The report of Help -> System Information, from this process as the user starts it.
        const QString folder =
            parser.isSet(models)
                ? parser.value(models)
                : QSettings().value(vx::ui::settings_keys::kModelFolder).toString();
        const auto options = vx::ui::systemReportOptions(vx::ui::collectBuildInfo(), folder);
        std::cout << vx::studio::formatSystemReport(vx::studio::collectSystemReport(options));
        return 0;
    }

    vx::ui::MainWindow window;
    window.show();
    // An autosave left behind means the last session crashed: offer to recover it.
    window.checkForRecovery();
    // A render the last session left unfinished (closed or killed while rendering): offer to
    // resume it, with the project it rendered.
    window.checkForInterruptedRender();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(openImage))
        window.openPortrait(parser.value(openImage));
    if (parser.isSet(openAudio))
        window.openAudio(parser.value(openAudio));
    if (parser.isSet(models))
        window.setModelFolder(parser.value(models));
    else if (!parser.isSet(renderTo))
        window.offerModelsOnFirstStart();
    if (parser.isSet(renderTo)) {
        // Once, as soon as both inputs are ready.
        const QString output = parser.value(renderTo);
        auto started = std::make_shared<bool>(false);
        auto startWhenReady = [&window, output, started] {
            if (!*started && window.hasPortrait() && window.hasAudio()) {
                *started = true;
                window.renderTo(output, false);
            }
        };
        QObject::connect(&window, &vx::ui::MainWindow::portraitReady, &window, startWhenReady);
        QObject::connect(&window, &vx::ui::MainWindow::audioReady, &window, startWhenReady);
    }
    return QApplication::exec();
}
