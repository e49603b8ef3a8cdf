// Export Preview writes an MP4 with the voice on a worker thread and reports the path; the
// window's keyboard shortcuts are in place.
#include <QtTest>

#include <QAction>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>

#include "studio_test_media.h"
#include "ui/window/main_window.h"

using vx::ui::ExportOutcome;
using vx::ui::MainWindow;

class StudioExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportWritesAnMp4();
    void cancelledExportLeavesNoFile();
    void exportWithoutInputsSaysWhatIsMissing();
    void shortcutsAreInPlace();
};

void StudioExportTest::exportWritesAnMp4() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wav = vx::test::speakToWav(dir, QStringLiteral("voice.wav"),
                                             QStringLiteral("A quick export test."));
    QVERIFY(!wav.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(vx::test::openAstronautAndWait(window, wav));

    const QString output = dir.filePath(QStringLiteral("preview.mp4"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportPreviewTo(output);
    QVERIFY(window.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    const auto outcome = finished.front().front().value<ExportOutcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.frameCount, window.frameCount());
    QVERIFY(QFileInfo(output).size() > 0);
    QVERIFY2(window.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(output),
             qPrintable(window.findChild<QLabel*>(QStringLiteral("messageLabel"))->text()));

    // ffprobe sees a video stream and an audio stream.
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_type"), QStringLiteral("-of"),
                 QStringLiteral("csv=p=0"), output});
    QVERIFY(probe.waitForFinished(30000));
    const QString streams = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(streams.contains(QStringLiteral("video")) && streams.contains(QStringLiteral("audio")),
             qPrintable(streams));
}

void StudioExportTest::cancelledExportLeavesNoFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wav = vx::test::speakToWav(dir, QStringLiteral("voice.wav"),
                                             QStringLiteral("This export is cancelled."));
    QVERIFY(!wav.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(vx::test::openAstronautAndWait(window, wav));

    const QString output = dir.filePath(QStringLiteral("cancelled.mp4"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportPreviewTo(output);
    // The worker is still preparing the portrait: the cancel reaches it before the first frame.
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    const auto outcome = finished.front().front().value<ExportOutcome>();
    QVERIFY2(outcome.cancelled, qPrintable(outcome.error));
    QVERIFY(!QFile::exists(output));
    QVERIFY(!window.isBusy());
}

void StudioExportTest::exportWithoutInputsSaysWhatIsMissing() {
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportPreviewTo(QDir::temp().filePath(QStringLiteral("never-written.mp4")));
    QVERIFY(!window.isBusy());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!window.lastError().isEmpty());
}

void StudioExportTest::shortcutsAreInPlace() {
    MainWindow window;
    const auto shortcut = [&](const char* name) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        return action ? action->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcut("actionExportPreview"), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(shortcut("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(shortcut("actionPlayPause"), QKeySequence(Qt::Key_Space));
}

QTEST_MAIN(StudioExportTest)
#include "studio_export_test.moc"
