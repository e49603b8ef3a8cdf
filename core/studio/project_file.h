// A VX Studio project (.vxproj): the inputs, every studio parameter and the portrait's crop, as
// versioned JSON. The studio saves and opens it, `vxstudio-cli render --project` renders it, so
// the format has its one reader and writer here (no Qt). Paths beneath the project's folder are
// stored relative to it, so a project folder can be moved as a whole.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "studio/keyframes.h"
#include "studio/studio_parameters.h"
#include "studio/style_library.h"

namespace vx::studio {

// 2: separate head motion and blink seeds, the blink duration (version 1 files are migrated:
// their one seed drove the noise, the head motion and, plus one, the blinks).
// 3: "keyframes", the keyframe lanes (studio/keyframes.h; the "lanes" object of a keyframes
// file). Older files have none: every control keeps its one value, as they rendered before.
inline constexpr int kProjectFormatVersion = 3;

// The rendered square in the photo's pixels.
struct CropRect {
    int x = 0, y = 0, width = 0, height = 0;
};

struct Project {
    std::string portraitPath;      // absolute (UTF-8); empty when the project has no portrait
    std::string audioPath;         // absolute; empty when the project has no recording
    std::string drivingVideoPath;  // absolute; empty without a driving video
    StudioParameters parameters;   // with the seeds and the manual blinks
    std::optional<CropRect> crop;
    Keyframes keyframes;  // empty: every control keeps its value for the whole clip
    // Filled by readProjectFile: the inputs the project names that are not on disk (their paths
    // stay in the fields above so a message can name them).
    std::vector<std::string> missingInputs;
};

// The JSON text of `project` saved as `projectPath` (inputs made relative to its folder).
std::string projectToJson(const Project& project, const std::string& projectPath);
// Parses the JSON text of the project at `projectPath`. Throws vx::Error(BadInput) naming the
// file for invalid JSON, another format, a newer version or a malformed or out-of-range field
// (named as "section.field", with the parameter table's range), or a keyframe lane the keyframes
// file would refuse (studio/keyframes_file.h); `styles` looks up the style lane's styles.
Project projectFromJson(const std::string& json, const std::string& projectPath,
                        const StyleResolver& styles = userStyleResolver());

// Writes crash-safely (a temporary file beside it, flushed to disk, then renamed over it): a
// failed write leaves the previous file. Throws vx::Error(Io) naming the file.
void writeProjectFile(const Project& project, const std::string& projectPath);
// Reads and parses; fills missingInputs. Throws vx::Error(BadInput) naming the file.
Project readProjectFile(const std::string& projectPath,
                        const StyleResolver& styles = userStyleResolver());

}  // namespace vx::studio
