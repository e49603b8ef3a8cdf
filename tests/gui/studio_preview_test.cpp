// The instant preview: the parameters panel drives the performance and the shown frame, the
// play button advances the frame counter (with the media player or the silent timer clock),
// and the timeline's blink lane edits the manual blinks.
#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStandardItemModel>

#include "studio_test_media.h"
#include "ui/inputs/drop_zone.h"
#include "ui/window/main_window.h"
#include "ui/preview/preview_clock.h"
#include "ui/timeline/qcustomplot_include.h"
#include "ui/timeline/timeline_plot.h"

using vx::ui::MainWindow;

class StudioPreviewTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void slidersReachTheParametersAndChangeTheFrame();
    void resetRestoresThePerformanceDefaults();
    void playAdvancesTheFrameCounter();
    void spaceKeyPlaysAndPauses();
    void timerClockTakesOverWhenThePlayerFails();
    void wheelZoomsTheTimeAxisWithinTheClip();
    void clickOnTheBlinkLaneAddsAndRemovesAManualBlink();
    void cudaEntriesSayWhyTheyAreDisabled();

private:
    void load(MainWindow& window) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(vx::test::openAstronautAndWait(window, m_wav));
        QVERIFY(window.frameCount() > 30);
    }
    template <typename T>
    T* child(MainWindow& window, const char* name) {
        T* found = window.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    QString m_wav;
};

void StudioPreviewTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Hello, this is a short test of the studio."));
    QVERIFY2(!m_wav.isEmpty(), "espeak-ng could not write the test recording");
}

void StudioPreviewTest::slidersReachTheParametersAndChangeTheFrame() {
    MainWindow window;
    load(window);
    auto* scrub = child<QSlider>(window, "scrubSlider");
    scrub->setValue(window.frameCount() / 2);
    QCOMPARE(window.currentFrame(), window.frameCount() / 2);

    QSignalSpy changed(&window, &MainWindow::parametersChanged);
    auto* amount = child<QSlider>(window, "headAmountSlider");
    amount->setValue(0);
    QCOMPARE(window.parameters().headAmountPercent, 0.0);
    const QImage still = window.previewImage();
    child<QDoubleSpinBox>(window, "yawRangeSpin")->setValue(40.0);
    QCOMPARE(window.parameters().yawRangeDeg, 40.0);
    amount->setValue(100);
    QCOMPARE(window.parameters().headAmountPercent, 100.0);
    QCOMPARE(window.parameters().toPerformanceSettings().head.amount, 1.0);
    QCOMPARE(changed.count(), 3);
    // The track was rebuilt and the frame under the playhead re-rendered with the motion.
    QCOMPARE(window.currentFrame(), window.frameCount() / 2);
    QVERIFY(!window.previewImage().isNull());
    QVERIFY(window.previewImage() != still);

    // Moving the scrub slider shows another frame and says which.
    scrub->setValue(3);
    QCOMPARE(window.currentFrame(), 3);
    QCOMPARE(child<QLabel>(window, "frameCounter")->text(),
             QStringLiteral("frame 4 / %1").arg(window.frameCount()));
}

void StudioPreviewTest::resetRestoresThePerformanceDefaults() {
    MainWindow window;
    child<QSlider>(window, "expressionSlider")->setValue(20);
    child<QDoubleSpinBox>(window, "blinkRateSpin")->setValue(33);
    QCOMPARE(window.parameters().expressionPercent, 20.0);
    QCOMPARE(window.parameters().blinkRatePerMinute, 33.0);
    child<QPushButton>(window, "resetPerformanceButton")->click();
    const vx::studio::StudioParameters defaults;
    QCOMPARE(window.parameters().expressionPercent, defaults.expressionPercent);
    QCOMPARE(window.parameters().blinkRatePerMinute, defaults.blinkRatePerMinute);
    QCOMPARE(child<QSlider>(window, "expressionSlider")->value(), int(defaults.expressionPercent));
}

void StudioPreviewTest::playAdvancesTheFrameCounter() {
    MainWindow window;
    load(window);
    const QString before = child<QLabel>(window, "frameCounter")->text();
    QCOMPARE(window.currentFrame(), 0);
    child<QAction>(window, "actionPlayPause")->trigger();
    QVERIFY(window.previewClock()->isPlaying());
    // Whatever clock drives it (the player, or the timer where there is no audio device).
    QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame() >= 10, 10000);
    QVERIFY(child<QLabel>(window, "frameCounter")->text() != before);
    child<QAction>(window, "actionPlayPause")->trigger();
    QVERIFY(!window.previewClock()->isPlaying());
}

void StudioPreviewTest::spaceKeyPlaysAndPauses() {
    MainWindow window;
    load(window);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(window.previewClock()->isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!window.previewClock()->isPlaying());
}

void StudioPreviewTest::wheelZoomsTheTimeAxisWithinTheClip() {
    MainWindow window;
    load(window);
    auto* plot = window.timeline()->findChild<QCustomPlot*>(QStringLiteral("timelinePlot"));
    QVERIFY(plot);
    const double duration = window.timeline()->durationSeconds();
    QVERIFY(duration > 1.0);
    QCOMPARE(plot->xAxis->range().size(), duration);
    const QPointF centre = QPointF(window.timeline()->headLanePoint(duration / 2));
    QWheelEvent zoomIn(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &zoomIn);
    QVERIFY(plot->xAxis->range().size() < duration * 0.9);
    // Zooming out past the whole clip stops at the clip.
    for (int i = 0; i < 5; ++i) {
        QWheelEvent zoomOut(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, -240),
                            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &zoomOut);
    }
    QVERIFY(plot->xAxis->range().lower >= 0.0);
    QVERIFY(plot->xAxis->range().upper <= duration + 1e-9);
}

void StudioPreviewTest::timerClockTakesOverWhenThePlayerFails() {
    MainWindow window;
    load(window);
    vx::ui::PreviewClock* clock = window.previewClock();
    QSignalSpy fellBack(clock, &vx::ui::PreviewClock::fellBackToTimer);
    // What a QMediaPlayer error does (the offscreen test machine may have no audio device, in
    // which case the clock started on the timer and reports nothing new).
    const bool startedOnPlayer = clock->source() == vx::ui::ClockSource::MediaPlayer;
    clock->fallBackToTimer(QStringLiteral("simulated player error"));
    QCOMPARE(clock->source(), vx::ui::ClockSource::Timer);
    QCOMPARE(fellBack.count(), startedOnPlayer ? 1 : 0);
    QVERIFY(!clock->fallbackReason().isEmpty());
    if (startedOnPlayer)
        QVERIFY(child<QLabel>(window, "messageLabel")
                    ->text()
                    .contains(QStringLiteral("simulated player error")));

    child<QPushButton>(window, "playButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame() >= 10, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(clock->positionMs() > 400, 10000);
    // The timer clock runs to the end of the recording and stops there.
    QTRY_VERIFY_WITH_TIMEOUT(!clock->isPlaying(), 30000);
    QCOMPARE(window.currentFrame(), window.frameCount() - 1);
    // Play after the end starts over.
    child<QPushButton>(window, "playButton")->click();
    QVERIFY(clock->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(window.currentFrame() < window.frameCount() / 2, 10000);
    clock->pause();
}

void StudioPreviewTest::clickOnTheBlinkLaneAddsAndRemovesAManualBlink() {
    MainWindow window;
    load(window);
    vx::ui::TimelinePlot* timeline = window.timeline();
    QWidget* plot = timeline->findChild<QWidget*>(QStringLiteral("timelinePlot"));
    QVERIFY(plot);
    QVERIFY(window.parameters().manualBlinkSec.empty());

    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, timeline->blinkLanePoint(1.0));
    QCOMPARE(window.parameters().manualBlinkSec.size(), size_t(1));
    QVERIFY(std::abs(window.parameters().manualBlinkSec[0] - 1.0) < 0.05);
    bool manualInTrack = false;
    for (const auto& blink : window.performanceTrack().blinks)
        manualInTrack |= blink.manual;
    QVERIFY(manualInTrack);

    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, timeline->blinkLanePoint(1.05));
    QVERIFY(window.parameters().manualBlinkSec.empty());

    // A click on the head lane moves the playhead instead.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, timeline->headLanePoint(1.0));
    QVERIFY(std::abs(window.currentFrame() - 30) <= 1);
}

void StudioPreviewTest::cudaEntriesSayWhyTheyAreDisabled() {
    MainWindow window;
    auto* combo = child<QComboBox>(window, "deviceCombo");
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    QVERIFY(model);
    QCOMPARE(combo->count(), 4);  // CUDA fp16, bf16, fp32, CPU fp32
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->item(row)->isEnabled(), window.buildInfo().cudaAvailable);
        if (!window.buildInfo().cudaAvailable)
            QVERIFY(model->item(row)->text().contains(QStringLiteral("no CUDA GPU")));
    }
    if (!window.buildInfo().cudaAvailable)
        QCOMPARE(window.parameters().device, vx::studio::ComputeDevice::CpuFp32);
}

QTEST_MAIN(StudioPreviewTest)
#include "studio_preview_test.moc"
