// The quick checks made when a file is dropped, before any work starts: a wrong or unreadable
// file is refused on the spot with a message naming it, and the studio's state stays as it was.
#pragma once

#include <QString>

namespace vx {
namespace ui {

// Empty when `path` looks like a JPEG, PNG, BMP or WebP photo; otherwise the reason, for the user.
QString checkPortraitFile(const QString& path);
// Empty when FFmpeg finds an audio stream in `path` (a recording or a video); otherwise why not.
QString checkAudioFile(const QString& path);
// Empty when FFmpeg finds a video stream in `path`; otherwise why not.
QString checkVideoFile(const QString& path);

}  // namespace ui
}  // namespace vx
