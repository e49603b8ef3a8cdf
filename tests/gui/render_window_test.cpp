// Rendering through the studio window with the tiny V-Express model: ordered progress from the
// worker thread, a playable MP4 with the voice, the rendered video beside the preview, a draft
// of the loop range, Cancel from the progress, and Render refused without a model folder. A
// render cancelled part-way is resumed (or started over) after the question Render asks, and the
// next start offers a render the last session left unfinished.
#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <filesystem>
#include <functional>
#include <memory>

#include "render_test_support.h"
#include "studio/render_state.h"
#include "ui/app/app_settings.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/preview/preview_clock.h"
#include "ui/preview/preview_tools_bar.h"
#include "ui/preview/preview_view.h"
#include "ui/preview/rendered_clip.h"
#include "ui/render/render_controller.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

using vx::ui::MainWindow;
using vx::ui::RenderController;
using vx::ui::RenderOutcome;
using vx::ui::RenderProgress;

class RenderWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renderIsRefusedWithoutAModelFolder();
    void renderReportsOrderedProgressAndWritesAnMp4();
    void draftOfTheLoopRangeRendersFewerFrames();
    void cancelFromTheProgressReenablesTheWindow();
    void cancelledRenderAsksToResumeOrStartOver();
    void startUpOffersTheInterruptedRender();
    void loopRangeFromTheButtonsAndTheTimeline();
    void shortcutsAreInPlace();

private:
    // A window with the astronaut and the voice loaded, tiny render settings and (when
    // `withModels`) the tiny model folder.
    std::unique_ptr<MainWindow> makeWindow(bool withModels);
    QAction* action(MainWindow& window, const char* name);
    // Renders to `output` through renderTo (a question is answered by answerNextBox), cancelling
    // at the first report of the second denoising step, once the first is saved, when
    // `cancelInStepTwo`.
    struct Run {
        bool started = false;
        RenderOutcome outcome;
        int firstStep = 0;  // of the first denoising report
        QStringList notes;  // the render's log lines
    };
    Run renderOnce(MainWindow& window, const QString& output, bool cancelInStepTwo);
    // Clicks what `pick` returns in the next modal message box, as the user would.
    struct Answer {
        bool asked = false;
        QString text;
    };
    std::shared_ptr<Answer> answerNextBox(std::function<QAbstractButton*(QMessageBox&)> pick);
    int fullFrameCount(MainWindow& window) const;

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_models;
    QString m_modelProblem;
    int m_fullFrameCount = 0;
};

void RenderWindowTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Rendering a talking head."));
    QVERIFY(!m_wav.isEmpty());
    m_models = vx::test::makeTinyModel(m_dir, m_modelProblem);
}

std::unique_ptr<MainWindow> RenderWindowTest::makeWindow(bool withModels) {
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->openPortrait(vx::test::astronautPath());
    window->openAudio(m_wav);
    if (!QTest::qWaitFor([&] { return window->hasPortrait() && window->hasAudio(); }, 60000))
        return nullptr;
    vx::studio::StudioParameters parameters = window->parameters();
    vx::test::useTinyRenderSettings(parameters);
    window->setParameters(parameters);
    if (withModels)
        window->setModelFolder(m_models);
    return window;
}

QAction* RenderWindowTest::action(MainWindow& window, const char* name) {
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

RenderWindowTest::Run RenderWindowTest::renderOnce(MainWindow& window, const QString& output,
                                                   bool cancelInStepTwo) {
    Run run;
    RenderController* controller = window.renderController();
    QObject context;
    connect(controller, &RenderController::progress, &context, [&](const RenderProgress& p) {
        if (p.stage != vx::studio::JobStage::Denoising)
            return;
        if (run.firstStep == 0)
            run.firstStep = p.step;
        if (cancelInStepTwo && p.step == 2 && !controller->isCancelling())
            window.cancelRender();
    });
    connect(controller, &RenderController::logMessage, &context,
            [&](const QString& line) { run.notes << line; });
    QSignalSpy started(&window, &MainWindow::renderStarted);
    QSignalSpy finished(&window, &MainWindow::renderFinished);
    window.renderTo(output, false);
    run.started = started.count() == 1;
    if (run.started && QTest::qWaitFor([&] { return finished.count() == 1; }, 300000))
        run.outcome = finished.front().front().value<RenderOutcome>();
    return run;
}

std::shared_ptr<RenderWindowTest::Answer> RenderWindowTest::answerNextBox(
    std::function<QAbstractButton*(QMessageBox&)> pick) {
    auto answer = std::make_shared<Answer>();
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, answer, pick] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        answer->asked = true;
        answer->text = box->text();
        if (QAbstractButton* button = pick(*box))
            button->click();
        else
            box->reject();
    });
    poll->start(20);
    return answer;
}

int RenderWindowTest::fullFrameCount(MainWindow& window) const {
    return m_fullFrameCount > 0
               ? m_fullFrameCount
               : vx::studio::renderedFrameCount(window.timeline()->durationSeconds(),
                                                window.parameters().targetFps);
}

namespace {

QAbstractButton* named(QMessageBox& box, const char* name) {
    return box.findChild<QAbstractButton*>(QString::fromLatin1(name));
}

QString savedState(const QString& output) {
    return QString::fromStdString(
        vx::studio::describeRenderState(output.toStdString()).value_or(std::string()));
}

QString rememberedOutput() {
    return QSettings()
        .value(vx::ui::settings_keys::kUnfinishedRender)
        .toMap()
        .value(QStringLiteral("output"))
        .toString();
}

}  // namespace

void RenderWindowTest::renderIsRefusedWithoutAModelFolder() {
    {
        MainWindow empty;
        QAction* render = action(empty, "actionRender");
        QVERIFY(render);
        QVERIFY(!render->isEnabled());
        QVERIFY2(render->toolTip().contains(QStringLiteral("Models")),
                 qPrintable(render->toolTip()));
    }
    const auto window = makeWindow(false);
    QVERIFY(window);
    QAction* render = action(*window, "actionRender");
    QAction* draft = action(*window, "actionDraftRender");
    auto* button = window->findChild<QToolButton*>(QStringLiteral("renderButton"));
    QVERIFY(button);
    QVERIFY(!render->isEnabled() && !draft->isEnabled() && !button->isEnabled());
    QVERIFY2(render->toolTip().contains(QStringLiteral("Settings")), qPrintable(render->toolTip()));

    // renderTo says what is missing and starts nothing; the rest of the window works.
    QSignalSpy started(window.get(), &MainWindow::renderStarted);
    window->renderTo(m_dir.filePath(QStringLiteral("never.mp4")), false);
    QCOMPARE(started.count(), 0);
    QVERIFY(!window->isRendering());
    QVERIFY(window->lastError().contains(QStringLiteral("model folder")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.mp4"))));
    QVERIFY(action(*window, "actionExportPreview")->isEnabled());
    QVERIFY(window->frameCount() > 0);

    window->setModelFolder(m_dir.filePath(QStringLiteral("some-models")));
    QVERIFY(render->isEnabled() && draft->isEnabled());
}

void RenderWindowTest::renderReportsOrderedProgressAndWritesAnMp4() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    const auto window = makeWindow(true);
    QVERIFY(window);
    RenderController* controller = window->renderController();

    // Direct connections run in the emitting thread: where the job's callbacks run.
    QThread* const gui = QThread::currentThread();
    QList<QThread*> callbackThreads;
    QList<RenderProgress> reports;
    QList<int> frameIndices;
    QMutex mutex;
    connect(
        controller, &RenderController::progress, this,
        [&](const RenderProgress& p) {
            const QMutexLocker lock(&mutex);
            callbackThreads << QThread::currentThread();
            reports << p;
        },
        Qt::DirectConnection);
    connect(
        controller, &RenderController::frameReady, this,
        [&](int index, const QImage& frame) {
            const QMutexLocker lock(&mutex);
            callbackThreads << QThread::currentThread();
            if (!frame.isNull())
                frameIndices << index;
        },
        Qt::DirectConnection);
    QSignalSpy progressSpy(controller, &RenderController::progress);
    QSignalSpy frameSpy(controller, &RenderController::frameReady);
    QSignalSpy finished(window.get(), &MainWindow::renderFinished);
    QSignalSpy clipReady(window.get(), &MainWindow::renderedClipReady);

    const QString output = m_dir.filePath(QStringLiteral("render.mp4"));
    QVERIFY(action(*window, "actionRender")->isEnabled());
    window->renderTo(output, false);
    QVERIFY(window->isRendering());
    // Locked while rendering.
    QVERIFY(!window->findChild<vx::ui::ParametersPanel*>()->isEnabled());
    QVERIFY(!action(*window, "actionRender")->isEnabled());
    QVERIFY(action(*window, "actionCancelRender")->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 300000));
    const auto outcome = finished.front().front().value<RenderOutcome>();
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
    QVERIFY(outcome.frameCount > 24);
    m_fullFrameCount = outcome.frameCount;

    // The job ran on the runner's worker (tests/studio/job_runner_test.cpp); what it reported
    // reached the window on the GUI thread.
    QVERIFY(!callbackThreads.isEmpty());
    for (QThread* t : callbackThreads)
        QCOMPARE(t, gui);
    // The queued signals reached the GUI thread, all of them, in order.
    QCOMPARE(progressSpy.count(), reports.size());
    QCOMPARE(frameSpy.count(), outcome.frameCount);
    QCOMPARE(frameIndices.size(), outcome.frameCount);
    for (int i = 0; i < frameIndices.size(); ++i)
        QCOMPARE(frameIndices[i], i);
    // Stages in pipeline order; steps and windows increasing; frames never going back.
    using vx::studio::JobStage;
    QList<JobStage> stages;
    QStringList stageNames;
    for (const RenderProgress& p : reports)
        if (stages.isEmpty() || stages.back() != p.stage) {
            stages << p.stage;
            stageNames << QString::fromUtf8(vx::studio::jobStageName(p.stage));
        }
    const QList<JobStage> order{JobStage::Portrait,  JobStage::Audio,     JobStage::Models,
                                JobStage::Reference, JobStage::Denoising, JobStage::Decoding,
                                JobStage::Encoding};
    int at = -1;
    for (const JobStage stage : order) {
        const int found = int(stages.indexOf(stage, at + 1));
        QVERIFY2(found > at, qPrintable(stageNames.join(QStringLiteral(", "))));
        at = found;
    }
    int lastStepWindow = -1, lastFrames = 0, denoisingReports = 0, windowCount = 0;
    double lastFraction = 0.0;
    for (const RenderProgress& p : reports) {
        QVERIFY(p.framesDone >= lastFrames);
        QVERIFY(p.fractionDone >= lastFraction);
        lastFrames = p.framesDone;
        lastFraction = p.fractionDone;
        if (p.stage != vx::studio::JobStage::Denoising)
            continue;
        ++denoisingReports;
        QCOMPARE(p.stepCount, 2);
        QVERIFY(p.windowCount >= 1 && p.window >= 1 && p.window <= p.windowCount);
        windowCount = p.windowCount;
        const int stepWindow = (p.step - 1) * p.windowCount + p.window;
        QCOMPARE(stepWindow, lastStepWindow < 0 ? 1 : lastStepWindow + 1);
        lastStepWindow = stepWindow;
    }
    QCOMPARE(denoisingReports, 2 * windowCount);  // every window of both steps, once
    QCOMPARE(lastStepWindow, denoisingReports);
    QCOMPARE(reports.back().framesDone, outcome.frameCount);
    QCOMPARE(reports.back().remainingSeconds, 0.0);

    // ffprobe: a video stream with every frame and the voice.
    const QString streams = vx::test::probeStreams(output);
    QVERIFY2(
        streams.contains(QStringLiteral("codec_type=video|nb_frames=%1").arg(outcome.frameCount)),
        qPrintable(streams));
    QVERIFY2(streams.contains(QStringLiteral("codec_type=audio")), qPrintable(streams));

    // Unlocked again; the render is shaded on the timeline and shown beside the preview.
    QVERIFY(!window->isRendering());
    QVERIFY(window->findChild<vx::ui::ParametersPanel*>()->isEnabled());
    QVERIFY(action(*window, "actionRender")->isEnabled());
    QVERIFY(!action(*window, "actionCancelRender")->isEnabled());
    QCOMPARE(window->timeline()->renderedRangeCount(), 1);
    QVERIFY(QTest::qWaitFor([&] { return clipReady.count() == 1; }, 60000));
    QCOMPARE(window->renderedClip()->clip()->frameCount(), outcome.frameCount);
    auto* rendered = window->findChild<vx::ui::PreviewView*>(QStringLiteral("renderedView"));
    auto* preview = window->findChild<vx::ui::PreviewView*>(QStringLiteral("previewView"));
    auto* compare = window->findChild<QComboBox*>(QStringLiteral("compareMode"));
    QVERIFY(rendered && preview && compare && compare->isEnabled());
    window->showFrame(10);
    QCOMPARE(preview->markText(), QStringLiteral("PREVIEW"));
    compare->setCurrentIndex(int(vx::ui::CompareMode::Rendered));
    QVERIFY(rendered->isVisible() && !preview->isVisible());
    QCOMPARE(rendered->frame().size(), QSize(64, 64));
    compare->setCurrentIndex(int(vx::ui::CompareMode::SideBySide));
    QVERIFY(rendered->isVisible() && preview->isVisible());
    compare->setCurrentIndex(int(vx::ui::CompareMode::Preview));
    QVERIFY(!rendered->isVisible() && preview->isVisible());
}

void RenderWindowTest::draftOfTheLoopRangeRendersFewerFrames() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    const auto window = makeWindow(true);
    QVERIFY(window);
    const double duration = window->timeline()->durationSeconds();
    QVERIFY(duration > 1.2);
    window->setLoopRange(0.2, 1.1);
    QVERIFY(window->hasLoopRange());

    const QString output = m_dir.filePath(QStringLiteral("draft.mp4"));
    QSignalSpy finished(window.get(), &MainWindow::renderFinished);
    window->renderTo(output, true);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 300000));
    const auto outcome = finished.front().front().value<RenderOutcome>();
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
    QCOMPARE(outcome.startSeconds, 0.2);
    QCOMPARE(outcome.frameCount, 24);  // 0.9 s at 30 fps: 27 frames, one 24-frame window
    const int full = m_fullFrameCount > 0
                         ? m_fullFrameCount
                         : vx::studio::renderedFrameCount(duration, window->parameters().targetFps);
    QVERIFY2(outcome.frameCount < full, qPrintable(QString::number(full)));
    const QString streams = vx::test::probeStreams(output);
    QVERIFY2(streams.contains(QStringLiteral("codec_type=video|nb_frames=24")),
             qPrintable(streams));
    QVERIFY2(streams.contains(QStringLiteral("codec_type=audio")), qPrintable(streams));

    // A range shorter than one window is refused before any work.
    window->setLoopRange(0.2, 0.5);
    QSignalSpy started(window.get(), &MainWindow::renderStarted);
    window->renderTo(m_dir.filePath(QStringLiteral("short.mp4")), true);
    QCOMPARE(started.count(), 0);
    QVERIFY(window->lastError().contains(QStringLiteral("too short")));
}

void RenderWindowTest::cancelFromTheProgressReenablesTheWindow() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const auto window = makeWindow(true);
    QVERIFY(window);
    RenderController* controller = window->renderController();
    auto* cancelButton = window->findChild<QToolButton*>(QStringLiteral("cancelRenderButton"));
    QVERIFY(cancelButton);

    // Cancel is clicked at the first denoising report; what the job reported before the click
    // is dropped and it stops at its next check, so no denoising report may follow the click.
    std::atomic<bool> clicked{false};
    std::atomic<int> denoisingAfterCancel{0};
    connect(
        controller, &RenderController::progress, this,
        [&](const RenderProgress& p) {
            if (p.stage != vx::studio::JobStage::Denoising)
                return;
            if (clicked.load()) {
                ++denoisingAfterCancel;
                return;
            }
            clicked.store(true);
            cancelButton->click();
        },
        Qt::DirectConnection);
    QSignalSpy finished(window.get(), &MainWindow::renderFinished);
    const QString output = outDir.filePath(QStringLiteral("cancelled.mp4"));
    window->renderTo(output, false);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 300000));
    const auto outcome = finished.front().front().value<RenderOutcome>();
    QVERIFY(clicked.load());
    QVERIFY2(outcome.cancelled, qPrintable(outcome.error));
    QCOMPARE(denoisingAfterCancel.load(), 0);
    QVERIFY(!QFile::exists(output));
    QVERIFY2(vx::test::filesBesides(outDir.path(), {}).isEmpty(),
             qPrintable(vx::test::filesBesides(outDir.path(), {}).join(QStringLiteral(", "))));

    QVERIFY(!window->isRendering());
    QVERIFY(window->findChild<vx::ui::ParametersPanel*>()->isEnabled());
    QVERIFY(action(*window, "actionRender")->isEnabled());
    QVERIFY(action(*window, "actionDraftRender")->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("portraitDropZone"))->isEnabled());
    QVERIFY(window->lastError().isEmpty());
    QCOMPARE(window->timeline()->renderedRangeCount(), 0);
}

void RenderWindowTest::cancelledRenderAsksToResumeOrStartOver() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const auto window = makeWindow(true);
    QVERIFY(window);
    const QString output = outDir.filePath(QStringLiteral("resumed.mp4"));
    const auto stateFolder = vx::studio::renderStateFolder(output.toStdString());

    // Cancelled in the second step: what it finished (the first step at least; the report
    // reaches the window after the worker went on) is kept beside the output, and remembered.
    Run run = renderOnce(*window, output, true);
    QVERIFY(run.started);
    QVERIFY2(run.outcome.cancelled, qPrintable(run.outcome.error));
    QVERIFY(!QFile::exists(output));
    QString state = savedState(output);
    QVERIFY2(state.contains(QStringLiteral("of 2 denoising steps done")) ||
                 state.contains(QStringLiteral("all 2 denoising steps done")),
             qPrintable(state));
    QCOMPARE(rememberedOutput(), output);

    // Rendering to it again asks; Cancel starts nothing.
    auto answer = answerNextBox([](QMessageBox& box) { return box.button(QMessageBox::Cancel); });
    QSignalSpy started(window.get(), &MainWindow::renderStarted);
    window->renderTo(output, false);
    QVERIFY(answer->asked);
    QVERIFY2(answer->text.contains(QStringLiteral("resumed.mp4")) && answer->text.contains(state),
             qPrintable(answer->text));
    QCOMPARE(started.count(), 0);
    QVERIFY(!savedState(output).isEmpty());

    // With other settings it cannot be resumed; the message points at the studio's button, not
    // at the CLI's option.
    const vx::studio::StudioParameters settings = window->parameters();
    vx::studio::StudioParameters otherSeed = settings;
    otherSeed.seed += 1;
    window->setParameters(otherSeed);
    answer = answerNextBox([](QMessageBox& box) { return named(box, "resumeButton"); });
    run = renderOnce(*window, output, false);
    QVERIFY(answer->asked && run.started);
    QVERIFY(!run.outcome.succeeded() && !run.outcome.cancelled);
    QVERIFY2(run.outcome.error.contains(QStringLiteral("Start Over")) &&
                 !run.outcome.error.contains(QStringLiteral("--")),
             qPrintable(run.outcome.error));
    QVERIFY(!savedState(output).isEmpty());
    window->setParameters(settings);

    // Start Over discards it: the render begins at the first step (and is cancelled again in
    // the second).
    answer = answerNextBox([](QMessageBox& box) { return named(box, "startOverButton"); });
    run = renderOnce(*window, output, true);
    QVERIFY(answer->asked && run.started);
    QVERIFY2(run.outcome.cancelled, qPrintable(run.outcome.error));
    QCOMPARE(run.firstStep, 1);
    QVERIFY2(run.notes.join(QLatin1Char('\n')).contains(QStringLiteral("discarded")),
             qPrintable(run.notes.join(QLatin1Char('\n'))));
    state = savedState(output);
    QVERIFY(!state.isEmpty());

    // Resume continues after what was saved and writes the whole video; the state goes.
    answer = answerNextBox([](QMessageBox& box) { return named(box, "resumeButton"); });
    run = renderOnce(*window, output, false);
    QVERIFY(answer->asked && run.started);
    QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error));
    QVERIFY2(run.notes.join(QLatin1Char('\n')).contains(QStringLiteral("resuming")),
             qPrintable(run.notes.join(QLatin1Char('\n'))));
    QVERIFY(run.firstStep != 1);  // 2, or none when both steps were saved
    const int full = fullFrameCount(*window);
    QCOMPARE(run.outcome.frameCount, full);
    const QString streams = vx::test::probeStreams(output);
    QVERIFY2(streams.contains(QStringLiteral("codec_type=video|nb_frames=%1").arg(full)),
             qPrintable(streams));
    QVERIFY(!std::filesystem::exists(stateFolder));
    QVERIFY(rememberedOutput().isEmpty());
}

void RenderWindowTest::startUpOffersTheInterruptedRender() {
    if (m_models.isEmpty())
        QSKIP(qPrintable(m_modelProblem));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString output = outDir.filePath(QStringLiteral("interrupted.mp4"));
    {
        const auto window = makeWindow(true);
        QVERIFY(window);
        const Run run = renderOnce(*window, output, true);
        QVERIFY2(run.started && run.outcome.cancelled, qPrintable(run.outcome.error));
    }
    QCOMPARE(rememberedOutput(), output);
    const QString state = savedState(output);
    QVERIFY(!state.isEmpty());
    const QVariant remembered = QSettings().value(vx::ui::settings_keys::kUnfinishedRender);

    // No: the state stays for a later render of that file, and the next start does not ask.
    {
        MainWindow next;
        auto answer = answerNextBox([](QMessageBox& box) { return box.button(QMessageBox::No); });
        QVERIFY(!next.checkForInterruptedRender());
        QVERIFY(answer->asked);
        QVERIFY2(answer->text.contains(QStringLiteral("interrupted.mp4")) &&
                     answer->text.contains(state),
                 qPrintable(answer->text));
        QCOMPARE(savedState(output), state);
        QVERIFY(rememberedOutput().isEmpty());
        QVERIFY(!next.checkForInterruptedRender());
    }

    // Yes: the project that was rendering comes back and its render resumes (cancelled as it
    // says so: the state stays, and so does the offer).
    QSettings().setValue(vx::ui::settings_keys::kUnfinishedRender, remembered);
    {
        MainWindow next;
        QCOMPARE(next.modelFolder(), m_models);
        bool resuming = false;
        connect(next.renderController(), &RenderController::logMessage, &next,
                [&](const QString& line) {
                    if (resuming || !line.contains(QStringLiteral("resuming")))
                        return;
                    resuming = true;
                    next.cancelRender();
                });
        QSignalSpy finished(&next, &MainWindow::renderFinished);
        auto answer = answerNextBox([](QMessageBox& box) { return box.button(QMessageBox::Yes); });
        QVERIFY(next.checkForInterruptedRender());
        QVERIFY(answer->asked);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 300000));
        const auto outcome = finished.front().front().value<RenderOutcome>();
        QVERIFY2(outcome.cancelled, qPrintable(outcome.error));
        QVERIFY(resuming);
        QCOMPARE(next.portraitPath(), vx::test::astronautPath());
        QCOMPARE(next.audioPath(), m_wav);
        QCOMPARE(next.parameters().resolutionPx, 64);
        QCOMPARE(savedState(output), state);
        QCOMPARE(rememberedOutput(), output);
    }

    // Discard: the state goes.
    {
        MainWindow next;
        auto answer =
            answerNextBox([](QMessageBox& box) { return box.button(QMessageBox::Discard); });
        QVERIFY(!next.checkForInterruptedRender());
        QVERIFY(answer->asked);
        QVERIFY(!std::filesystem::exists(vx::studio::renderStateFolder(output.toStdString())));
        QVERIFY(rememberedOutput().isEmpty());
    }
}

void RenderWindowTest::loopRangeFromTheButtonsAndTheTimeline() {
    const auto window = makeWindow(false);
    QVERIFY(window);
    const double fps = window->parameters().targetFps;
    window->showFrame(6);
    window->findChild<QPushButton*>(QStringLiteral("setInButton"))->click();
    window->showFrame(29);
    window->findChild<QPushButton*>(QStringLiteral("setOutButton"))->click();
    QVERIFY(window->hasLoopRange());
    QCOMPARE(window->loopStart(), 6 / fps);
    QCOMPARE(window->loopEnd(), 30 / fps);
    window->findChild<QPushButton*>(QStringLiteral("clearRangeButton"))->click();
    QVERIFY(!window->hasLoopRange());

    // Shift-drag on the timeline selects a range.
    vx::ui::TimelinePlot* timeline = window->timeline();
    QWidget* plot = timeline->findChild<QWidget*>(QStringLiteral("timelinePlot"));
    QVERIFY(plot);
    const QPoint from = timeline->headLanePoint(0.3), to = timeline->headLanePoint(1.0);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
    QVERIFY(window->hasLoopRange());
    QVERIFY(std::abs(window->loopStart() - 0.3) < 0.05);
    QVERIFY(std::abs(window->loopEnd() - 1.0) < 0.05);

    // Playing jumps into the range and stays there: it wraps at the end.
    const int first = int(0.3 * fps), last = int(std::ceil(1.0 * fps));
    window->showFrame(0);
    window->togglePlayPause();
    QVERIFY(window->previewClock()->isPlaying());
    QVERIFY(QTest::qWaitFor([&] { return window->currentFrame() >= first - 1; }, 10000));
    int lastFrame = window->currentFrame();
    bool wrapped = false, stayed = true;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int f = window->currentFrame();
            stayed = stayed && f >= first - 1 && f <= last;
            wrapped = wrapped || f < lastFrame;
            lastFrame = f;
            return wrapped;
        },
        20000));
    QVERIFY(stayed);
    window->togglePlayPause();
}

void RenderWindowTest::shortcutsAreInPlace() {
    MainWindow window;
    QCOMPARE(action(window, "actionRender")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(action(window, "actionDraftRender")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(action(window, "actionCancelRender")->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(window.actions().contains(action(window, "actionRender")));
    QVERIFY(window.actions().contains(action(window, "actionCancelRender")));
}

QTEST_MAIN(RenderWindowTest)
#include "render_window_test.moc"
