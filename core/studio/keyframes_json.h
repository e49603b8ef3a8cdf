// The "lanes" object of keyframes as nlohmann JSON: shared by the keyframes file and the project
// file, which stores the same object under "keyframes". Internal to vx_studio (nlohmann_json is
// its private dependency): include it from .cpp files only.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "studio/keyframes_file.h"

namespace vx::studio {

// `lanes` read into keyframes. Refusals throw vx::Error(BadInput) naming `path`; their message
// starts with `context` ("\"keyframes\": " in a project, empty in a keyframes file).
Keyframes keyframesFromLanes(const nlohmann::json& lanes, const std::string& path,
                             const std::string& context, const StyleResolver& styles);
// The lanes that have keys, as an object.
nlohmann::json keyframeLanesToJson(const Keyframes& keyframes);

}  // namespace vx::studio
