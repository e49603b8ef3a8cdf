// The style file: one style as JSON (docs/styles.md). The one reader and the one writer, shared
// by the user's style library, import and export, and `vxstudio-cli --style FILE.json`.
//
//   {"format": "vxstyle", "version": 1, "name": "...", "description": "...",
//    "headMotionPreset": "calm", "values": {"expressionPercent": 60, ...}}
//
// "values" holds every key of styleParameters() (the parameter table's keys) and nothing else.
#pragma once

#include <filesystem>
#include <string>

#include "studio/styles.h"

namespace vx::studio {

constexpr int kStyleFormatVersion = 1;

// The style in `json`. Throws vx::Error(BadInput) naming `stylePath` and the key for invalid
// JSON, an unknown or missing key, a wrong type, a value out of the table's range, a number
// that is not finite, a bad name or a newer version.
Style styleFromJson(const std::string& json, const std::string& stylePath);
// The file's text; styleFromJson reads it back to an equal style.
std::string styleToJson(const Style& style);

// Reads and checks a style file. Throws vx::Error(BadInput) naming the file.
Style readStyleFile(const std::filesystem::path& path);
// Writes `style` crash-safely (common/atomic_file.h). Throws vx::Error(Io).
void writeStyleFile(const std::filesystem::path& path, const Style& style);

}  // namespace vx::studio
