// The pre-flight of a render (studio/preflight.h) as the Render dialogs show it: frames, time,
// memory and disk in the user's language, then the core's warnings and what does not fit.
#pragma once

#include <QString>
#include <QStringList>

namespace vx {
namespace studio {
struct RenderPreflight;
}  // namespace studio
namespace ui {

struct PreflightText {
    QString summary;       // frames, time, memory, disk and warnings, one per line
    QStringList refusals;  // each with the way out; a render with any cannot start
};

PreflightText preflightText(const studio::RenderPreflight& preflight);

}  // namespace ui
}  // namespace vx
