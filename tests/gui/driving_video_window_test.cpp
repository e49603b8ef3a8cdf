// The driving video in the studio window: a dropped clip is tracked off the GUI thread and then
// moves the preview's head the way the face in the clip moves; a file that is not a video is
// refused at the drop; Remove goes back to the voice-driven motion alone.
#include <QtTest>

#include <QLabel>
#include <QPushButton>

#include "studio_test_media.h"
#include "ui/inputs/drop_zone.h"
#include "ui/window/main_window.h"

using vx::ui::DropZone;
using vx::ui::MainWindow;

class DrivingVideoWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void droppedVideoDrivesThePreviewAndCanBeRemoved();
    void notAVideoIsRefusedAtTheDrop();
    void projectKeepsTheDrivingVideo();

private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_pan;
};

void DrivingVideoWindowTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("The head follows the driving video."));
    QVERIFY(!m_wav.isEmpty());
    // The astronaut under a 256x256 window that moves 2 px right and 1 px up a frame: in the
    // clip the face moves left and down. 50 frames at 25 fps.
    m_pan = m_dir.filePath(QStringLiteral("pan.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-framerate"),
                  QStringLiteral("25"), QStringLiteral("-i"), vx::test::astronautPath(),
                  QStringLiteral("-vf"),
                  QStringLiteral("pad=640:640:64:64:gray,crop=256:256:x='110+2*n':y='80-n',"
                                 "format=yuv420p"),
                  QStringLiteral("-frames:v"), QStringLiteral("50"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), m_pan});
    QVERIFY(ffmpeg.waitForFinished(120000));
    QCOMPARE(ffmpeg.exitCode(), 0);
}

void DrivingVideoWindowTest::droppedVideoDrivesThePreviewAndCanBeRemoved() {
    MainWindow window;
    window.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    window.show();
    vx::studio::StudioParameters still = window.parameters();
    still.headAmountPercent = 0.0;  // no synthetic motion: only the driving video moves the head
    window.setParameters(still);
    QVERIFY(vx::test::openAstronautAndWait(window, m_wav));
    const vx::faces::KpsTrack voiceOnly = window.performanceTrack().kps;
    QVERIFY(voiceOnly.size() > 10);

    QSignalSpy ready(&window, &MainWindow::drivingVideoReady);
    auto* zone = window.findChild<DropZone*>(QStringLiteral("drivingDropZone"));
    QVERIFY(zone);
    QVERIFY(vx::test::dropFile(zone, m_pan));
    QVERIFY(!window.hasDrivingVideo());  // tracking runs on a worker
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 120000);
    QVERIFY2(window.hasDrivingVideo(), qPrintable(window.lastError()));
    QCOMPARE(window.drivingVideoPath(), m_pan);
    QVERIFY2(zone->caption().contains(QStringLiteral("50")), qPrintable(zone->caption()));

    // The nose (point 2) moves left and down over the clip, as the face in the video does.
    const vx::faces::KpsTrack& driven = window.performanceTrack().kps;
    QCOMPARE(driven.size(), voiceOnly.size());
    const cv::Point2f first = driven.front()[2];
    const cv::Point2f last = driven.back()[2];
    QVERIFY2(last.x < first.x - 10.0f && last.y > first.y,
             qPrintable(QStringLiteral("nose from (%1, %2) to (%3, %4)")
                            .arg(first.x)
                            .arg(first.y)
                            .arg(last.x)
                            .arg(last.y)));

    // Remove: back to the voice-driven keypoints exactly.
    auto* remove = window.findChild<QPushButton*>(QStringLiteral("drivingRemoveButton"));
    QVERIFY(remove && remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!window.hasDrivingVideo());
    QCOMPARE(ready.count(), 2);
    const vx::faces::KpsTrack& after = window.performanceTrack().kps;
    QCOMPARE(after.size(), voiceOnly.size());
    for (size_t i = 0; i < after.size(); ++i)
        for (int k = 0; k < 3; ++k)
            QCOMPARE(after[i][size_t(k)], voiceOnly[i][size_t(k)]);
}

void DrivingVideoWindowTest::notAVideoIsRefusedAtTheDrop() {
    MainWindow window;
    window.show();
    const QString text = m_dir.filePath(QStringLiteral("notes.mp4"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a video\n");
    }
    QSignalSpy ready(&window, &MainWindow::drivingVideoReady);
    QVERIFY(!window.openDrivingVideo(text));
    QVERIFY(window.lastError().contains(QStringLiteral("notes.mp4")));
    QVERIFY(!window.hasDrivingVideo());
    QTest::qWait(100);
    QCOMPARE(ready.count(), 0);
}

void DrivingVideoWindowTest::projectKeepsTheDrivingVideo() {
    const QString project = m_dir.filePath(QStringLiteral("driven.vxproj"));
    {
        MainWindow window;
        window.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
        QSignalSpy ready(&window, &MainWindow::drivingVideoReady);
        QVERIFY(window.openPortrait(vx::test::astronautPath()));
        QVERIFY(window.openAudio(m_wav));
        QVERIFY(window.openDrivingVideo(m_pan));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasPortrait() && window.hasAudio() && ready.count() == 1,
                                 120000);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.saveProjectTo(project));
    }
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Beneath the project's folder: stored relative to it.
    QVERIFY(file.readAll().contains("\"drivingVideo\": \"pan.mp4\""));

    MainWindow reopened;
    reopened.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    QSignalSpy ready(&reopened, &MainWindow::drivingVideoReady);
    QVERIFY(reopened.openProject(project));
    QTRY_VERIFY_WITH_TIMEOUT(reopened.hasPortrait() && reopened.hasAudio() && ready.count() == 1,
                             120000);
    QCOMPARE(reopened.drivingVideoPath(), m_pan);
    QVERIFY(!reopened.isWindowModified());
}

QTEST_MAIN(DrivingVideoWindowTest)
#include "driving_video_window_test.moc"
