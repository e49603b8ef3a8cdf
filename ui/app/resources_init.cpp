#include "ui/app/resources_init.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVxStudioResources() {
    Q_INIT_RESOURCE(vxstudio);
}

namespace vx {
namespace ui {

void initResources() {
    initVxStudioResources();
}

}  // namespace ui
}  // namespace vx
