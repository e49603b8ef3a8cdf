// The inputs panel: dropped files are checked at once, prepared off the GUI thread, and shown;
// wrong files are refused with a message naming them and leave the state as it was.
#include <QtTest>

#include <QImage>
#include <QLabel>

#include "studio_test_media.h"
#include "ui/inputs/drop_zone.h"
#include "ui/inputs/portrait_view.h"
#include "ui/timeline/waveform_view.h"
#include "ui/window/main_window.h"

using vx::ui::DropZone;
using vx::ui::MainWindow;

class StudioInputsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void droppedPortraitAndRecordingAreLoaded();
    void videoDroppedAsAudioGivesItsSoundTrack();
    void textFileNamedPngIsRefusedAtTheDrop();
    void textFileDroppedAsAudioIsRefusedAtTheDrop();
    void photoWithoutFaceIsReportedAndChangesNothing();
    void damagedPhotoStaysExplainedAfterTheRecordingLoads();
    void loadedPhotoLeavesEveryCaptionVisible();

private:
    DropZone* zone(MainWindow& window, const char* name) {
        return window.findChild<DropZone*>(QString::fromLatin1(name));
    }
    QString messageText(MainWindow& window) {
        return window.findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
    }
    void loadAstronaut(MainWindow& window) {
        QVERIFY(vx::test::dropFile(zone(window, "portraitDropZone"), vx::test::astronautPath()));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasPortrait(), 60000);
    }

    QTemporaryDir m_dir;
    QString m_wav;
};

void StudioInputsTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(vx::test::astronautPath()), "python3-skimage's astronaut is missing");
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Hello, this is a short test of the studio."));
    QVERIFY2(!m_wav.isEmpty(), "espeak-ng could not write the test recording");
}

void StudioInputsTest::droppedPortraitAndRecordingAreLoaded() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy portraitReady(&window, &MainWindow::portraitReady);
    QSignalSpy audioReady(&window, &MainWindow::audioReady);

    QVERIFY(vx::test::dropFile(zone(window, "portraitDropZone"), vx::test::astronautPath()));
    // Face detection runs on a worker: the drop returns before the portrait is ready.
    QVERIFY(!window.hasPortrait());
    QTRY_VERIFY_WITH_TIMEOUT(window.hasPortrait(), 60000);
    QCOMPARE(portraitReady.count(), 1);
    QCOMPARE(window.portraitPath(), vx::test::astronautPath());
    QVERIFY(window.findChild<vx::ui::PortraitView*>(QStringLiteral("portraitView"))->hasPortrait());
    QVERIFY2(zone(window, "portraitDropZone")->caption().contains(QStringLiteral("astronaut.png")),
             qPrintable(zone(window, "portraitDropZone")->caption()));
    // Without a recording the preview shows the still portrait.
    QVERIFY(!window.previewImage().isNull());
    QCOMPARE(window.frameCount(), 0);

    QVERIFY(vx::test::dropFile(zone(window, "audioDropZone"), m_wav));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio(), 60000);
    QCOMPARE(audioReady.count(), 1);
    QCOMPARE(window.audioPath(), m_wav);
    QVERIFY(window.findChild<vx::ui::WaveformView*>(QStringLiteral("waveformView"))->hasEnvelope());
    const QString caption = zone(window, "audioDropZone")->caption();
    QVERIFY2(
        caption.contains(QStringLiteral("voice.wav")) && caption.contains(QStringLiteral(" s")),
        qPrintable(caption));
    // A frame per 1/30 s of the recording, and the preview at 512 x 512.
    QVERIFY(window.frameCount() > 30);
    QCOMPARE(window.previewImage().size(), QSize(512, 512));
    QVERIFY(window.lastError().isEmpty());
}

void StudioInputsTest::videoDroppedAsAudioGivesItsSoundTrack() {
    // A grey video with the spoken WAV as its AAC sound track, made with FFmpeg's encoders.
    const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
         QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("color=c=gray:s=64x64:r=10"),
         QStringLiteral("-i"), m_wav, QStringLiteral("-shortest"), QStringLiteral("-c:v"),
         QStringLiteral("mpeg4"), QStringLiteral("-c:a"), QStringLiteral("aac"), video});
    QVERIFY(ffmpeg.waitForFinished(60000));
    QVERIFY2(ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());

    MainWindow window;
    QVERIFY(vx::test::dropFile(zone(window, "audioDropZone"), video));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio(), 60000);
    QCOMPARE(window.audioPath(), video);
    QVERIFY2(zone(window, "audioDropZone")->caption().contains(QStringLiteral("clip.mp4")),
             qPrintable(zone(window, "audioDropZone")->caption()));
    QVERIFY(window.lastError().isEmpty());
}

void StudioInputsTest::textFileNamedPngIsRefusedAtTheDrop() {
    MainWindow window;
    window.show();
    loadAstronaut(window);
    const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture\n");
    }
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(vx::test::dropFile(zone(window, "portraitDropZone"), broken));
    // Refused on the spot: nothing started, the message names the file, the portrait stays.
    QCOMPARE(errors.count(), 1);
    QVERIFY(!window.isBusy());
    QVERIFY2(window.lastError().contains(QStringLiteral("broken.png")),
             qPrintable(window.lastError()));
    QVERIFY2(messageText(window).contains(QStringLiteral("broken.png")),
             qPrintable(messageText(window)));
    QCOMPARE(window.portraitPath(), vx::test::astronautPath());
}

void StudioInputsTest::textFileDroppedAsAudioIsRefusedAtTheDrop() {
    MainWindow window;
    const QString notes = m_dir.filePath(QStringLiteral("notes.wav"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: bread, milk\n");
    }
    QVERIFY(vx::test::dropFile(zone(window, "audioDropZone"), notes));
    QVERIFY(!window.isBusy());
    QVERIFY(!window.hasAudio());
    QVERIFY2(window.lastError().contains(QStringLiteral("notes.wav")),
             qPrintable(window.lastError()));
}

void StudioInputsTest::photoWithoutFaceIsReportedAndChangesNothing() {
    MainWindow window;
    window.show();
    loadAstronaut(window);
    const QString grey = m_dir.filePath(QStringLiteral("grey wall.png"));
    QImage wall(400, 300, QImage::Format_RGB888);
    wall.fill(QColor(128, 128, 128));
    QVERIFY(wall.save(grey));
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(window.openPortrait(grey));  // a readable PNG: accepted for preparation
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 60000);
    QVERIFY2(window.lastError().contains(QStringLiteral("grey wall.png")),
             qPrintable(window.lastError()));
    QCOMPARE(window.portraitPath(), vx::test::astronautPath());
}

// A photo that passes the quick check but cannot be decoded: the refusal is shown in the
// portrait zone, and the recording's arrival afterwards does not hide it.
void StudioInputsTest::damagedPhotoStaysExplainedAfterTheRecordingLoads() {
    MainWindow window;
    window.show();
    QFile astronaut(vx::test::astronautPath());
    QVERIFY(astronaut.open(QIODevice::ReadOnly));
    const QString damaged = m_dir.filePath(QStringLiteral("cut short.png"));
    QFile cut(damaged);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(astronaut.read(3000));
    cut.close();
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QVERIFY(window.openPortrait(damaged));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 60000);
    QVERIFY(!window.hasPortrait());
    QVERIFY(window.openAudio(m_wav));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio(), 60000);
    const QString caption = zone(window, "portraitDropZone")->caption();
    QVERIFY2(caption.contains(QStringLiteral("cut short.png")), qPrintable(caption));
}

// A loaded photo and its long notes at the default window size: no widget of the inputs column
// covers another (the photo once covered its own caption).
void StudioInputsTest::loadedPhotoLeavesEveryCaptionVisible() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(vx::test::openAstronautAndWait(window, m_wav));
    QTest::qWait(50);  // the layout settles after the last caption change
    const auto inWindow = [&](QWidget* w) {
        return QRect(w->mapTo(&window, QPoint(0, 0)), w->size());
    };
    auto* view = window.findChild<vx::ui::PortraitView*>(QStringLiteral("portraitView"));
    QLabel* caption =
        zone(window, "portraitDropZone")->findChild<QLabel*>(QStringLiteral("caption"));
    QVERIFY(view && caption);
    QVERIFY2(!caption->text().isEmpty(), "the portrait zone shows no caption");
    const auto text = [](const QRect& r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QVERIFY2(!inWindow(view).intersects(inWindow(caption)),
             qPrintable(QStringLiteral("the photo (%1) covers its caption (%2)")
                            .arg(text(inWindow(view)), text(inWindow(caption)))));
    // The zones of the column follow one another without overlapping.
    QList<QWidget*> column{zone(window, "portraitDropZone"), zone(window, "audioDropZone"),
                           zone(window, "drivingDropZone"),
                           window.findChild<QLabel*>(QStringLiteral("messageLabel"))};
    for (int i = 1; i < column.size(); ++i)
        QVERIFY2(inWindow(column[i - 1]).bottom() < inWindow(column[i]).top(),
                 qPrintable(column[i]->objectName()));
}

QTEST_MAIN(StudioInputsTest)
#include "studio_inputs_test.moc"
