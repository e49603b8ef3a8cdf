#include "ui/inputs/input_checks.h"
#include "ui/app/failure_text.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <exception>

#include "media/audio_decoder.h"
#include "media/image_header.h"
#include "media/video_decoder.h"

namespace vx {
namespace ui {

namespace {

// The reasons shared by both kinds of input; empty when the file can be read at all.
QString checkReadable(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("vx::ui::InputChecks", "“%1” does not exist.").arg(path);
    if (!info.isFile())
        return QCoreApplication::translate("vx::ui::InputChecks", "“%1” is not a file.").arg(path);
    if (!info.isReadable())
        return QCoreApplication::translate("vx::ui::InputChecks",
                                           "“%1” cannot be read: check its permissions.")
            .arg(path);
    if (info.size() == 0)
        return QCoreApplication::translate("vx::ui::InputChecks", "“%1” is empty.").arg(path);
    return {};
}

}  // namespace

QString checkPortraitFile(const QString& path) {
    if (QString problem = checkReadable(path); !problem.isEmpty())
        return problem;
    const QString name = QFileInfo(path).fileName();
    try {
        const auto header = media::readImageHeader(std::filesystem::path(path.toStdString()));
        if (!header || header->format == media::ImageFormat::Unknown)
            return QCoreApplication::translate(
                       "vx::ui::InputChecks",
                       "“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.")
                .arg(name);
        if (header->width <= 0 || header->height <= 0)
            return QCoreApplication::translate(
                       "vx::ui::InputChecks", "“%1” is a damaged image: its header cannot be read.")
                .arg(name);
        if (!header->complete)
            return QCoreApplication::translate(
                       "vx::ui::InputChecks",
                       "“%1” is incomplete (the file was cut short). Copy it again.")
                .arg(name);
    } catch (...) {
        return QCoreApplication::translate("vx::ui::InputChecks", "“%1” cannot be read: %2")
            .arg(name, failureText(std::current_exception()));
    }
    return {};
}

QString checkAudioFile(const QString& path) {
    if (QString problem = checkReadable(path); !problem.isEmpty())
        return problem;
    const QString name = QFileInfo(path).fileName();
    try {
        media::probeAudio(std::filesystem::path(path.toStdString()));
    } catch (...) {
        return QCoreApplication::translate("vx::ui::InputChecks", "“%1” has no usable audio: %2")
            .arg(name, failureText(std::current_exception()));
    }
    return {};
}

QString checkVideoFile(const QString& path) {
    if (QString problem = checkReadable(path); !problem.isEmpty())
        return problem;
    try {
        media::VideoDecoder decoder(std::filesystem::path(path.toStdString()));
    } catch (...) {
        return QCoreApplication::translate("vx::ui::InputChecks",
                                           "“%1” is not a video that can be read: %2")
            .arg(QFileInfo(path).fileName(), failureText(std::current_exception()));
    }
    return {};
}

}  // namespace ui
}  // namespace vx
