// vxstudio: the desktop application.
#include <QApplication>

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

    vx::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
