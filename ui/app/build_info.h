// The versions of the libraries VX Studio runs with, shown in the About dialog and by
// `vxstudio-cli --version --verbose`.
#pragma once

#include <QString>

namespace vx {
namespace ui {

struct BuildInfo {
    QString appVersion;
    QString qtVersion;      // the Qt library loaded at run time
    QString torchVersion;   // LibTorch the engine was built against
    QString opencvVersion;  // OpenCV loaded at run time
    QString ffmpegVersion;  // libavformat/libavcodec/libavutil loaded at run time
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
};

BuildInfo collectBuildInfo();

}  // namespace ui
}  // namespace vx
