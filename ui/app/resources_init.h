// Registers the icons and translations compiled into the static vx_ui library. Qt drops a static
// library's resources unless something references them; call once before using the UI.
#pragma once

namespace vx {
namespace ui {

void initResources();

}  // namespace ui
}  // namespace vx
