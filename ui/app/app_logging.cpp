#include "ui/app/app_logging.h"

#include "common/error.h"
#include "common/log.h"

Q_LOGGING_CATEGORY(lcStudio, "vx.studio")
Q_LOGGING_CATEGORY(lcRender, "vx.render")
Q_LOGGING_CATEGORY(lcProject, "vx.project")

namespace vx {
namespace ui {

namespace {

log::Level levelOf(QtMsgType type) {
    switch (type) {
        case QtDebugMsg:
            return log::Level::Debug;
        case QtInfoMsg:
            return log::Level::Info;
        case QtWarningMsg:
            return log::Level::Warning;
        case QtCriticalMsg:
        case QtFatalMsg:
            return log::Level::Error;
    }
    return log::Level::Info;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const char* category = context.category ? context.category : "qt";
    log::write(levelOf(type), category, message.toStdString());
}

}  // namespace

void startAppLogging() {
    try {
        log::openFile(log::defaultFolder() / "vxstudio.log");
    } catch (const Error& e) {
        log::warning("vx.studio", std::string("no log file: ") + e.what());
    }
    qInstallMessageHandler(forwardQtMessage);
    // Debug messages of our own categories reach the file sink's threshold decision.
    QLoggingCategory::setFilterRules(QStringLiteral("vx.*.debug=true"));
}

}  // namespace ui
}  // namespace vx
