// Test media and input helpers for the studio window tests: the astronaut photo from
// scikit-image, a spoken WAV made with espeak-ng, and simulated drops onto a drop zone.
#pragma once

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

namespace vx::test {

inline QString astronautPath() {
    return QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/astronaut.png");
}

// Speaks `text` into `dir`/`name` with espeak-ng; empty when that failed.
inline QString speakToWav(const QTemporaryDir& dir, const QString& name, const QString& text) {
    const QString path = dir.filePath(name);
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), path, text});
    if (!espeak.waitForFinished(60000) || espeak.exitStatus() != QProcess::NormalExit ||
        espeak.exitCode() != 0 || QFileInfo(path).size() == 0)
        return {};
    return path;
}

// Drags `path` onto `zone` and drops it there, as a file manager would; returns whether the
// zone accepted the drop (it accepts any single local file; judging it is the window's job).
inline bool dropFile(QWidget* zone, const QString& path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre(zone->width() / 2, zone->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone, &drop);
    return drop.isAccepted();
}

// Opens the astronaut and `audio` in `window` (a MainWindow) and waits until both are prepared
// on their workers; false when either was refused or not ready within `timeoutMs`.
template <typename Window>
bool openAstronautAndWait(Window& window, const QString& audio, int timeoutMs = 60000) {
    return window.openPortrait(astronautPath()) && window.openAudio(audio) &&
           QTest::qWaitFor([&] { return window.hasPortrait() && window.hasAudio(); }, timeoutMs);
}

}  // namespace vx::test
