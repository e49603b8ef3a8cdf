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
// How a style key is written: by name (files, which look the style up again when read), or with
// the values it sets as well (the render request, whose fingerprint must change when a style's
// values do, or when an option holds one of them: pinControl).
enum class StyleKeyForm { Name, NameAndValues };

// The lanes that have keys, as an object.
nlohmann::json keyframeLanesToJson(const Keyframes& keyframes,
                                   StyleKeyForm styleKeys = StyleKeyForm::Name);

}  // namespace vx::studio
