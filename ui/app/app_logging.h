// The studio's logging: the same sink as the core (common/log.h), a log file in the XDG state
// folder, and Qt's own messages (qWarning, the categories below) forwarded into it so one file
// holds everything a bug report needs.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStudio)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcProject)

namespace vx {
namespace ui {

// Opens vxstudio.log in the default log folder (a warning, not a failure, when it cannot) and
// routes Qt's messages through vx::log. Call once, after QApplication exists.
void startAppLogging();

}  // namespace ui
}  // namespace vx
