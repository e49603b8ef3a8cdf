#include "ui/app/build_info.h"

#include <opencv2/core/utility.hpp>

#include "engine/common/runtime_info.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace vx {
namespace ui {

namespace {
QString libavVersion(unsigned packed) {
    return QStringLiteral("%1.%2.%3")
        .arg(packed >> 16)
        .arg((packed >> 8) & 0xff)
        .arg(packed & 0xff);
}
}  // namespace

BuildInfo collectBuildInfo() {
    const auto runtime = vx::engine::runtimeInfo();
    BuildInfo info;
    info.appVersion = QString::fromStdString(runtime.engineVersion);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.torchVersion = QString::fromStdString(runtime.torchVersion);
    info.opencvVersion = QString::fromStdString(cv::getVersionString());
    info.ffmpegVersion =
        QStringLiteral("%1 (libavformat %2, libavcodec %3, libavutil %4)")
            .arg(QString::fromLatin1(av_version_info()), libavVersion(avformat_version()),
                 libavVersion(avcodec_version()), libavVersion(avutil_version()));
    info.cudaAvailable = runtime.cudaAvailable;
    info.cudaDeviceCount = runtime.cudaDeviceCount;
    return info;
}

}  // namespace ui
}  // namespace vx
