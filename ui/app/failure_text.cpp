#include "ui/app/failure_text.h"

#include <utility>

#include "common/log.h"
#include "ui/render/resume_prompt.h"

namespace vx {
namespace ui {

namespace {

// The core names the CLI's options as the way out of a saved resume state
// (studio/render_state.cpp: "add --resume to continue it, or --restart to discard it..."); the
// studio offers the same choice as the buttons of the question it asks before a render.
QString withStudioWayOut(QString message) {
    if (!message.contains(QLatin1String("--resume")) &&
        !message.contains(QLatin1String("--restart")))
        return message;
    const QString again = QStringLiteral("render again and choose ");
    const QString resume = QStringLiteral("“%1”").arg(resumeButtonName());
    const QString startOver = QStringLiteral("“%1”").arg(startOverButtonName());
    const std::pair<QLatin1String, QString> studioWords[] = {
        {QLatin1String("add --resume"), again + resume},
        {QLatin1String("add --restart"), again + startOver},
        {QLatin1String("--resume"), resume},
        {QLatin1String("--restart"), startOver},
    };
    for (const auto& [cli, studio] : studioWords)
        message.replace(cli, studio);
    return message;
}

}  // namespace

QString failureText(const studio::JobFailure& failure) {
    return withStudioWayOut(QString::fromStdString(failure.message));
}

QString failureText(const std::exception_ptr& error) {
    const studio::JobFailure failure = studio::failureFrom(error);
    if (!failure.cancelled())
        log::info("vx.studio", "failed: " + failure.detail);
    return failureText(failure);
}

}  // namespace ui
}  // namespace vx
