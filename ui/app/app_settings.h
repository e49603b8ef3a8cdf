// What VX Studio remembers between runs (QSettings, organisation and application "VX Studio"):
// the keys in one place, and the few values more than one file reads or writes.
#pragma once

#include <QLatin1String>
#include <QStringList>

#include <optional>

#include "studio/studio_parameters.h"

namespace vx {
namespace ui {
namespace settings_keys {
inline const QLatin1String kLanguage("ui/language");  // read by Translations too
inline const QLatin1String kModelFolder("models/folder");
inline const QLatin1String kRecentProjects("projects/recent");
inline const QLatin1String kProjectFolder("folders/projects");
inline const QLatin1String kExportFolder("folders/export");
// The drop zones keep theirs under "folders/<object name>".
inline const QLatin1String kWindowGeometry("window/geometry");
inline const QLatin1String kWindowState("window/state");
inline const QLatin1String kSplitterPrefix("window/splitter/");  // + the splitter's name
inline const QLatin1String kQualityDevice("quality/device");
inline const QLatin1String kQualitySteps("quality/steps");
inline const QLatin1String kQualityResolution("quality/resolution");
// The studio's render while it runs, kept when it stops with a resumable state (cancelled, the
// studio closed or killed) so that the next start offers to resume it (main_window_render.cpp).
inline const QLatin1String kUnfinishedRender("render/unfinished");
}  // namespace settings_keys

inline constexpr int kRecentProjectLimit = 8;

// The quality the user last chose: device and precision, steps, resolution. A CUDA device is
// not restored on a computer without a CUDA GPU.
void saveQualityChoice(const studio::StudioParameters& parameters);
void loadQualityChoice(studio::StudioParameters& parameters, bool cudaAvailable);

// Most recent first, at most kRecentProjectLimit, absolute paths.
QStringList loadRecentProjects();
void saveRecentProjects(const QStringList& paths);

}  // namespace ui
}  // namespace vx
