// vxstudio: the desktop application.
#include <QApplication>
#include <QCommandLineParser>

#include "ui/main_window.h"
#include "ui/resources_init.h"
#include "ui/translations.h"

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
    openImage.setFlags(QCommandLineOption::HiddenFromHelp);
    openAudio.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(openImage);
    parser.addOption(openAudio);
    parser.process(app);

    vx::ui::MainWindow window;
    window.show();
    // An autosave left behind means the last session crashed: offer to recover it.
    window.checkForRecovery();
    if (parser.isSet(openImage))
        window.openPortrait(parser.value(openImage));
    if (parser.isSet(openAudio))
        window.openAudio(parser.value(openAudio));
    return QApplication::exec();
}
