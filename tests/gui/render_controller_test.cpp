// The render controller on its own: one render at a time, destruction while rendering cancels
// and waits and leaves no file, and the time-left estimate (fed made-up times, not a clock).
#include <QtTest>

#include "render_test_support.h"
#include "studio/model_cache.h"
#include "studio/render_job.h"
#include "ui/render/render_controller.h"
#include "ui/render/render_panel.h"

using vx::ui::RenderController;
using vx::ui::RenderOutcome;
using vx::ui::RenderProgress;
using vx::ui::RenderTimeEstimator;

class RenderControllerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void estimateFollowsTheDenoisingRate();
    void oneRenderAtATimeAndDestructionCancels();
    void badInputIsAnErrorNamingTheFile();
    void secondRenderReusesTheLoadedModel();

private:
    vx::studio::RenderJobRequest request(const QString& output) const;

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_models;
    QString m_modelProblem;
};

void RenderControllerTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Stop this render."));
    QVERIFY(!m_wav.isEmpty());
    m_models = vx::test::makeTinyModel(m_dir, m_modelProblem);
}

vx::studio::RenderJobRequest RenderControllerTest::request(const QString& output) const {
    vx::studio::RenderJobRequest r;
    r.image = vx::test::astronautPath().toStdString();
    r.audio = m_wav.toStdString();
    r.models = m_models.toStdString();
    r.output = output.toStdString();
    r.portrait.sidePx = 64;
    r.engine.steps = 2;
    r.device = vx::engine::DevicePreference::Cpu;
    return r;
}

void RenderControllerTest::estimateFollowsTheDenoisingRate() {
    RenderTimeEstimator estimator;
    vx::studio::JobProgress job;
    job.stage = vx::studio::JobStage::Models;
    RenderProgress p = estimator.update(job, 3.0);
    QCOMPARE(p.remainingSeconds, -1.0);  // nothing to go by yet
    QCOMPARE(p.elapsedSeconds, 3.0);

    // Two steps of four windows; the first report comes at 10 s.
    job.stage = vx::studio::JobStage::Denoising;
    job.stepCount = 2;
    job.windowCount = 4;
    job.step = 1;
    job.window = 1;
    p = estimator.update(job, 10.0);
    QCOMPARE(p.remainingSeconds, -1.0);
    const double first = p.fractionDone;
    job.window = 3;  // two more windows in 4 s
    p = estimator.update(job, 14.0);
    QCOMPARE(p.step, 1);
    QCOMPARE(p.window, 3);
    QVERIFY(p.fractionDone > first);
    QVERIFY(
        qFuzzyCompare(p.remainingSeconds, 4.0 / (p.fractionDone - first) * (1.0 - p.fractionDone)));
    // A preparing stage after denoising has begun: the bar does not run backwards.
    job.stage = vx::studio::JobStage::AudioFeatures;
    QCOMPARE(estimator.update(job, 14.5).fractionDone, p.fractionDone);

    job.stage = vx::studio::JobStage::Encoding;
    job.framesDone = job.frameCount = 44;
    p = estimator.update(job, 30.0);
    QCOMPARE(p.fractionDone, 1.0);
    QCOMPARE(p.remainingSeconds, 0.0);
    QCOMPARE(vx::ui::formatDuration(65.0), QStringLiteral("1:05"));
    QCOMPARE(vx::ui::formatDuration(-1.0), QStringLiteral("—"));
}

void RenderControllerTest::oneRenderAtATimeAndDestructionCancels() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString output = outDir.filePath(QStringLiteral("render.mp4"));
    auto controller = std::make_unique<RenderController>();
    QSignalSpy progress(controller.get(), &RenderController::progress);
    QSignalSpy finished(controller.get(), &RenderController::finished);
    QVERIFY(controller->start(request(output)));
    QVERIFY(controller->isRunning());
    QVERIFY(!controller->start(request(outDir.filePath(QStringLiteral("second.mp4")))));
    // Wait until the engine works, then destroy the controller mid-render.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& args : progress)
                if (args.front().value<RenderProgress>().stage == vx::studio::JobStage::Denoising)
                    return true;
            return false;
        },
        300000));
    controller.reset();  // cancels and waits
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(output));
    QVERIFY2(vx::test::filesBesides(outDir.path(), {}).isEmpty(),
             qPrintable(vx::test::filesBesides(outDir.path(), {}).join(QStringLiteral(", "))));
}

void RenderControllerTest::badInputIsAnErrorNamingTheFile() {
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    RenderController controller;
    QSignalSpy finished(&controller, &RenderController::finished);
    auto r = request(outDir.filePath(QStringLiteral("never.mp4")));
    const QString missingModels = outDir.filePath(QStringLiteral("no-models"));
    r.models = missingModels.toStdString();
    QVERIFY(controller.start(r));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
    const auto outcome = finished.front().front().value<RenderOutcome>();
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.error.contains(QStringLiteral("no-models")), qPrintable(outcome.error));
    QVERIFY(!controller.isRunning());
    QVERIFY(!QFile::exists(outDir.filePath(QStringLiteral("never.mp4"))));
}

// The model stays loaded between renders with the same folder, device and precision: the second
// render loads nothing; a folder change frees it; the render log carries the stage timings.
void RenderControllerTest::secondRenderReusesTheLoadedModel() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    RenderController controller;
    QSignalSpy finished(&controller, &RenderController::finished);
    QSignalSpy log(&controller, &RenderController::logMessage);
    QCOMPARE(controller.modelCache().loadCount(), 0);
    for (int i = 1; i <= 2; ++i) {
        const QString output = outDir.filePath(QStringLiteral("render%1.mp4").arg(i));
        QVERIFY(controller.start(request(output)));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == i; }, 300000));
        const auto outcome = finished.back().front().value<RenderOutcome>();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(QFile::exists(output));
        QCOMPARE(controller.modelCache().loadCount(), 1);
        QVERIFY(controller.modelCache().holdsModel());
    }
    bool timings = false;
    for (const QList<QVariant>& args : log)
        timings = timings || args.front().toString().contains(QStringLiteral("model load"));
    QVERIFY(timings);
    controller.releaseModel();
    QVERIFY(!controller.modelCache().holdsModel());
    QVERIFY(controller.start(request(outDir.filePath(QStringLiteral("render3.mp4")))));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 3; }, 300000));
    QCOMPARE(controller.modelCache().loadCount(), 2);
}

QTEST_MAIN(RenderControllerTest)
#include "render_controller_test.moc"
