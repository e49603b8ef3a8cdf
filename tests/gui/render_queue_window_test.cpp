// The studio's render queue with the tiny V-Express model: jobs render one after the other in
// the order the user set, the queue file keeps them across a restart and the job that was
// running when the studio went away resumes from its saved steps; failed jobs are retried,
// cancelled ones leave no video; the panel's buttons reorder and remove; other recordings
// become one job each; the window's Render and the queue take turns on the one renderer; a
// damaged queue file is set aside with a message.
#include <QtTest>

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>

#include <filesystem>
#include <memory>

#include "render_test_support.h"
#include "studio/render_queue.h"
#include "studio/render_state.h"
#include "ui/app/app_settings.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/queue/render_queue_panel.h"
#include "ui/queue/render_queue_runner.h"
#include "ui/render/render_controller.h"
#include "ui/window/main_window.h"

using vx::studio::QueueJobStatus;
using vx::ui::MainWindow;
using vx::ui::RenderOutcome;
using vx::ui::RenderProgress;
using vx::ui::RenderQueuePanel;
using vx::ui::RenderQueueRunner;

namespace {

constexpr int kRenderTimeoutMs = 300000;

QueueJobStatus statusOf(const RenderQueueRunner& runner, int64_t id) {
    const vx::studio::QueueJob* job = runner.queue().find(id);
    return job ? job->status : QueueJobStatus::Cancelled;
}

QString messageOf(const RenderQueueRunner& runner, int64_t id) {
    const vx::studio::QueueJob* job = runner.queue().find(id);
    return job ? QString::fromStdString(job->message) : QString();
}

std::vector<int64_t> order(const RenderQueueRunner& runner) {
    std::vector<int64_t> ids;
    for (const auto& job : runner.queue().jobs())
        ids.push_back(job.id);
    return ids;
}

// The frame count ffprobe reads from the video stream of `file` (0 when there is none).
int videoFrames(const QString& file) {
    for (const QString& line : vx::test::probeStreams(file).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("codec_type=video|nb_frames=")))
            return line.section(QLatin1Char('='), 2).toInt();
    return 0;
}

bool hasAudioStream(const QString& file) {
    return vx::test::probeStreams(file).contains(QStringLiteral("codec_type=audio"));
}

}  // namespace

class RenderQueueWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void jobsRenderInOrderAndTheRunningOneResumesAfterARestart();
    void failedJobsAreRetriedAndCancelledJobsWriteNoVideo();
    void panelButtonsReorderRemoveAndPause();
    void otherRecordingsBecomeOneJobEach();
    void windowRenderAndQueueTakeTurns();
    void damagedQueueFileIsSetAsideWithAMessage();
    void renderDialogsShowThePreflight();

private:
    // A window with the astronaut and the first voice loaded, tiny render settings with
    // `steps` denoising steps, and the tiny model folder; its queue paused.
    std::unique_ptr<MainWindow> makeWindow(int steps = 2);
    QString outputPath(const QString& name) const { return m_out.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    QString m_wav;
    QString m_otherWav;
    QString m_models;
};

void RenderQueueWindowTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("The queue renders this one first."));
    m_otherWav = vx::test::speakToWav(m_dir, QStringLiteral("stimme.wav"),
                                      QStringLiteral("Und dann diese Aufnahme."));
    QVERIFY(!m_wav.isEmpty() && !m_otherWav.isEmpty());
    QString why;
    m_models = vx::test::makeTinyModel(m_dir, why);
    QVERIFY2(!m_models.isEmpty(), qPrintable(why));
}

void RenderQueueWindowTest::init() {
    // Each case starts from an empty queue and an empty output folder.
    QFile::remove(vx::ui::defaultRenderQueueFile());
    QFile::remove(vx::ui::defaultRenderQueueFile() + QStringLiteral(".damaged"));
    QDir(m_out.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_out.path()));
}

std::unique_ptr<MainWindow> RenderQueueWindowTest::makeWindow(int steps) {
    auto window = std::make_unique<MainWindow>();
    window->renderQueue()->setPaused(true);
    window->show();
    window->openPortrait(vx::test::astronautPath());
    window->openAudio(m_wav);
    if (!QTest::qWaitFor([&] { return window->hasPortrait() && window->hasAudio(); }, 60000))
        return nullptr;
    vx::studio::StudioParameters parameters = window->parameters();
    vx::test::useTinyRenderSettings(parameters);
    parameters.steps = steps;
    window->setParameters(parameters);
    window->setModelFolder(m_models);
    return window;
}

void RenderQueueWindowTest::jobsRenderInOrderAndTheRunningOneResumesAfterARestart() {
    const QString first = outputPath(QStringLiteral("first.mp4"));
    const QString second = outputPath(QStringLiteral("second.mp4"));
    int64_t idFirst = 0, idSecond = 0;
    {
        // Six steps: the restart below lands while steps are still to come.
        auto window = makeWindow(6);
        QVERIFY(window);
        RenderQueueRunner* queue = window->renderQueue();
        idFirst = window->queueRender(first, QString());
        idSecond = window->queueRender(second, m_otherWav);
        QVERIFY(idFirst != 0 && idSecond != 0);
        QCOMPARE(statusOf(*queue, idFirst), QueueJobStatus::Waiting);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("renderQueueDock"));
        QVERIFY(dock && dock->isVisible());
        // The second recording's job goes first.
        queue->move(idSecond, -1);
        QCOMPARE(order(*queue), (std::vector<int64_t>{idSecond, idFirst}));
        const auto saved =
            vx::studio::readRenderQueueFile(vx::ui::defaultRenderQueueFile().toStdString());
        QCOMPARE(saved.jobs().size(), size_t(2));
        QCOMPARE(saved.jobs()[0].id, idSecond);
        QCOMPARE(QString::fromStdString(saved.jobs()[0].project.audioPath), m_otherWav);
        QVERIFY(saved.isPaused());

        // Start; once the first step of the running job is saved, the studio goes away.
        bool stepSaved = false;
        connect(queue, &RenderQueueRunner::jobProgress, window.get(),
                [&](qint64 id, const RenderProgress& p) {
                    if (id == idSecond && p.stage == vx::studio::JobStage::Denoising && p.step >= 2)
                        stepSaved = true;
                });
        queue->setPaused(false);
        QVERIFY(QTest::qWaitFor([&] { return stepSaved; }, kRenderTimeoutMs));
        QCOMPARE(queue->runningJobId(), idSecond);
    }  // the window closes: the render stops within one denoising call, keeping its state

    const auto afterClose =
        vx::studio::readRenderQueueFile(vx::ui::defaultRenderQueueFile().toStdString());
    QCOMPARE(afterClose.find(idSecond)->status, QueueJobStatus::Running);
    QVERIFY(!afterClose.isPaused());
    QVERIFY2(vx::studio::describeRenderState(second.toStdString()).has_value(),
             "the interrupted job kept no resumable state");
    QVERIFY(!QFile::exists(second));

    // The next start resumes it without being asked, then renders the other job.
    auto window = std::make_unique<MainWindow>();
    RenderQueueRunner* queue = window->renderQueue();
    QStringList notes;
    int firstStepAfterRestart = 0;
    std::map<qint64, RenderOutcome> outcomes;
    connect(queue, &RenderQueueRunner::jobLog, window.get(), [&](qint64 id, const QString& line) {
        if (id == idSecond)
            notes << line;
    });
    connect(queue, &RenderQueueRunner::jobProgress, window.get(),
            [&](qint64 id, const RenderProgress& p) {
                if (id == idSecond && p.stage == vx::studio::JobStage::Denoising &&
                    firstStepAfterRestart == 0)
                    firstStepAfterRestart = p.step;
            });
    connect(queue, &RenderQueueRunner::jobFinished, window.get(),
            [&](qint64 id, const RenderOutcome& outcome) { outcomes[id] = outcome; });
    window->show();
    QVERIFY(QTest::qWaitFor([&] { return outcomes.size() == 2; }, 2 * kRenderTimeoutMs));

    QCOMPARE(statusOf(*queue, idSecond), QueueJobStatus::Done);
    QCOMPARE(statusOf(*queue, idFirst), QueueJobStatus::Done);
    QVERIFY2(
        firstStepAfterRestart >= 2,
        qPrintable(QStringLiteral("the resumed job began at step %1").arg(firstStepAfterRestart)));
    QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("resuming")),
             qPrintable(notes.join(QLatin1Char('\n'))));
    for (const QString& file : {first, second}) {
        const int frames = videoFrames(file);
        QVERIFY2(frames > 0, qPrintable(file));
        QVERIFY(hasAudioStream(file));
    }
    QCOMPARE(videoFrames(second), outcomes[idSecond].frameCount);
    QCOMPARE(videoFrames(first), outcomes[idFirst].frameCount);
    QVERIFY(!vx::studio::describeRenderState(second.toStdString()).has_value());
    // The panel lists them as done, in the order they ran.
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("queueList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(RenderQueuePanel::OutputColumn),
             QStringLiteral("second.mp4"));
    QCOMPARE(list->topLevelItem(0)->text(RenderQueuePanel::StatusColumn), QStringLiteral("Done"));
}

void RenderQueueWindowTest::failedJobsAreRetriedAndCancelledJobsWriteNoVideo() {
    auto window = makeWindow();
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();

    // A recording that is gone when its turn comes: the job fails naming it, the next renders.
    const QString gone = m_out.filePath(QStringLiteral("gone.wav"));
    QVERIFY(QFile::copy(m_otherWav, gone));
    const int64_t failing = window->queueRender(outputPath(QStringLiteral("failing.mp4")), gone);
    const int64_t good = window->queueRender(outputPath(QStringLiteral("good.mp4")), QString());
    QVERIFY(failing && good);
    QVERIFY(QFile::remove(gone));
    queue->setPaused(false);
    QVERIFY(QTest::qWaitFor([&] { return statusOf(*queue, good) == QueueJobStatus::Done; },
                            kRenderTimeoutMs));
    QCOMPARE(statusOf(*queue, failing), QueueJobStatus::Failed);
    QVERIFY2(messageOf(*queue, failing).contains(QStringLiteral("gone.wav")),
             qPrintable(messageOf(*queue, failing)));
    QVERIFY(!QFile::exists(outputPath(QStringLiteral("failing.mp4"))));

    // Put back, Retry renders it.
    QVERIFY(QFile::copy(m_otherWav, gone));
    queue->retry(failing);
    QVERIFY(QTest::qWaitFor([&] { return statusOf(*queue, failing) == QueueJobStatus::Done; },
                            kRenderTimeoutMs));
    QVERIFY(videoFrames(outputPath(QStringLiteral("failing.mp4"))) > 0);

    // Cancelled while waiting: at once, nothing written.
    queue->setPaused(true);
    const int64_t waiting = window->queueRender(outputPath(QStringLiteral("waiting.mp4")), {});
    queue->cancel(waiting);
    QCOMPARE(statusOf(*queue, waiting), QueueJobStatus::Cancelled);

    // Cancelled while rendering: stops, no video, and its saved steps go with Remove.
    const QString runningOut = outputPath(QStringLiteral("running.mp4"));
    const int64_t running = window->queueRender(runningOut, {});
    bool cancelled = false;
    connect(queue, &RenderQueueRunner::jobProgress, window.get(),
            [&](qint64 id, const RenderProgress& p) {
                if (id == running && p.stage == vx::studio::JobStage::Denoising && p.step >= 2 &&
                    !cancelled) {
                    cancelled = true;
                    queue->cancel(running);
                }
            });
    queue->setPaused(false);
    QVERIFY(QTest::qWaitFor([&] { return statusOf(*queue, running) == QueueJobStatus::Cancelled; },
                            kRenderTimeoutMs));
    QCOMPARE(statusOf(*queue, waiting), QueueJobStatus::Cancelled);  // not started by Start
    QVERIFY(!QFile::exists(runningOut));
    QVERIFY(!QFile::exists(outputPath(QStringLiteral("waiting.mp4"))));
    QVERIFY2(vx::test::filesBesides(m_out.path(),
                                    {QStringLiteral("good.mp4"), QStringLiteral("failing.mp4"),
                                     QStringLiteral("gone.wav")})
                 .isEmpty(),
             "a cancelled job left a file that looks like a video");
    QVERIFY(vx::studio::describeRenderState(runningOut.toStdString()).has_value());
    QVERIFY(messageOf(*queue, running).contains(QStringLiteral("step")));
    queue->remove(running);
    QVERIFY(!queue->queue().find(running));
    QVERIFY(!std::filesystem::exists(vx::studio::renderStateFolder(runningOut.toStdString())));
}

void RenderQueueWindowTest::panelButtonsReorderRemoveAndPause() {
    auto window = makeWindow();
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();
    const int64_t a = window->queueRender(outputPath(QStringLiteral("a.mp4")), {});
    const int64_t b = window->queueRender(outputPath(QStringLiteral("b.mp4")), {});
    const int64_t c = window->queueRender(outputPath(QStringLiteral("c.mp4")), {});
    QVERIFY(a && b && c);
    // The same output twice is refused, naming the job that writes it.
    QCOMPARE(window->queueRender(outputPath(QStringLiteral("b.mp4")), {}), int64_t(0));
    QVERIFY2(window->lastError().contains(QStringLiteral("job %1").arg(b)),
             qPrintable(window->lastError()));

    auto* panel = window->findChild<RenderQueuePanel*>(QStringLiteral("renderQueuePanel"));
    QVERIFY(panel);
    auto button = [&](const char* name) {
        return panel->findChild<QPushButton*>(QString::fromLatin1(name));
    };
    panel->selectJob(c);
    QVERIFY(!button("queueDownButton")->isEnabled());
    QTest::mouseClick(button("queueUpButton"), Qt::LeftButton);
    QTest::mouseClick(button("queueUpButton"), Qt::LeftButton);
    QCOMPARE(order(*queue), (std::vector<int64_t>{c, a, b}));
    QCOMPARE(panel->selectedJobId(), c);  // the selection follows the job
    QVERIFY(!button("queueUpButton")->isEnabled());
    QVERIFY(!button("queueRetryButton")->isEnabled());
    QTest::mouseClick(button("queueCancelButton"), Qt::LeftButton);
    QCOMPARE(statusOf(*queue, c), QueueJobStatus::Cancelled);
    QVERIFY(button("queueRetryButton")->isEnabled());
    QTest::mouseClick(button("queueRetryButton"), Qt::LeftButton);
    QCOMPARE(statusOf(*queue, c), QueueJobStatus::Waiting);

    panel->list()->setFocus();
    panel->selectJob(a);
    QTest::keyClick(panel->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(order(*queue), (std::vector<int64_t>{c, b, a}));
    QTest::keyClick(panel->list(), Qt::Key_Delete);
    QCOMPARE(order(*queue), (std::vector<int64_t>{c, b}));
    QCOMPARE(panel->list()->topLevelItemCount(), 2);

    // Start and Pause: one button, saved with the queue.
    QPushButton* startPause = button("queueStartPauseButton");
    QVERIFY(queue->queue().isPaused());
    const QString startText = startPause->text();
    QTest::mouseClick(startPause, Qt::LeftButton);
    QVERIFY(!queue->queue().isPaused());
    QVERIFY(startPause->text() != startText);
    QTest::mouseClick(startPause, Qt::LeftButton);  // before the queue got to start anything
    QVERIFY(queue->queue().isPaused());
    QVERIFY(
        vx::studio::readRenderQueueFile(vx::ui::defaultRenderQueueFile().toStdString()).isPaused());
    QTest::qWait(200);
    QVERIFY(!queue->isRunningJob());
    QCOMPARE(order(*queue), (std::vector<int64_t>{c, b}));
}

void RenderQueueWindowTest::otherRecordingsBecomeOneJobEach() {
    auto window = makeWindow();
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();
    const QString notAudio = m_out.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notAudio);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a recording");
    }
    QCOMPARE(window->queueRecordings({m_wav, m_otherWav, notAudio}, m_out.path()), 2);
    QVERIFY2(window->lastError().contains(QStringLiteral("notes.txt")),
             qPrintable(window->lastError()));
    QCOMPARE(queue->queue().jobs().size(), size_t(2));
    const auto& jobs = queue->queue().jobs();
    QCOMPARE(QString::fromStdString(jobs[0].project.audioPath), m_wav);
    QCOMPARE(QString::fromStdString(jobs[1].project.audioPath), m_otherWav);
    QCOMPARE(QString::fromStdString(jobs[1].target.output.string()),
             outputPath(QStringLiteral("astronaut-stimme.mp4")));
    // Everything else is the project's: the same portrait and settings.
    QCOMPARE(QString::fromStdString(jobs[1].project.portraitPath), window->portraitPath());
    QCOMPARE(jobs[1].project.parameters.steps, window->parameters().steps);
    QCOMPARE(QString::fromStdString(jobs[1].target.models.string()), m_models);
    // A name already queued (or on disk) gets a number instead of being written over.
    QCOMPARE(window->queueRecordings({m_otherWav}, m_out.path()), 1);
    QCOMPARE(QString::fromStdString(queue->queue().jobs().back().target.output.string()),
             outputPath(QStringLiteral("astronaut-stimme-2.mp4")));
}

void RenderQueueWindowTest::windowRenderAndQueueTakeTurns() {
    auto window = makeWindow();
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();
    auto* render = window->findChild<QAction*>(QStringLiteral("actionRender"));
    QVERIFY(render);

    // The window renders; a job queued meanwhile waits, then runs when the window's ends.
    QSignalSpy windowDone(window.get(), &MainWindow::renderFinished);
    window->renderTo(outputPath(QStringLiteral("window.mp4")), false);
    QVERIFY(window->isRendering());
    const int64_t queued = window->queueRender(outputPath(QStringLiteral("queued.mp4")), {});
    queue->setPaused(false);
    QTest::qWait(100);
    QCOMPARE(statusOf(*queue, queued), QueueJobStatus::Waiting);
    QVERIFY(QTest::qWaitFor([&] { return windowDone.count() == 1; }, kRenderTimeoutMs));
    QVERIFY(windowDone.front().front().value<RenderOutcome>().succeeded());

    // Now the queue renders; the window's Render is refused until it ends.
    QVERIFY(QTest::qWaitFor([&] { return queue->isRunningJob(); }, 10000));
    QVERIFY(!render->isEnabled());
    QVERIFY(!window->isRendering());
    QSignalSpy started(window.get(), &MainWindow::renderStarted);
    window->renderTo(outputPath(QStringLiteral("refused.mp4")), false);
    QCOMPARE(started.count(), 0);
    QVERIFY2(window->lastError().contains(QStringLiteral("queue")),
             qPrintable(window->lastError()));
    QVERIFY(QTest::qWaitFor([&] { return statusOf(*queue, queued) == QueueJobStatus::Done; },
                            kRenderTimeoutMs));
    QVERIFY(render->isEnabled());
    QVERIFY(videoFrames(outputPath(QStringLiteral("window.mp4"))) > 0);
    QVERIFY(videoFrames(outputPath(QStringLiteral("queued.mp4"))) > 0);
    QVERIFY(!QFile::exists(outputPath(QStringLiteral("refused.mp4"))));
}

void RenderQueueWindowTest::damagedQueueFileIsSetAsideWithAMessage() {
    const QString file = vx::ui::defaultRenderQueueFile();
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"vxstudio-render-queue\", \"version\": 1, \"jobs\": [");
    }
    MainWindow window;
    QVERIFY2(window.lastError().contains(QStringLiteral("could not be read")),
             qPrintable(window.lastError()));
    QVERIFY(window.lastError().contains(QStringLiteral(".damaged")));
    QVERIFY(window.renderQueue()->queue().jobs().empty());
    QVERIFY(QFile::exists(file + QStringLiteral(".damaged")));
}

void RenderQueueWindowTest::renderDialogsShowThePreflight() {
    auto window = makeWindow();
    QVERIFY(window);
    // Render and Add to Render Queue open their dialog with the estimate under the choices,
    // for a file in the folder last used.
    QSettings().setValue(vx::ui::settings_keys::kExportFolder, m_out.path());
    for (const char* name : {"actionRender", "actionAddToRenderQueue"}) {
        QString shown;
        bool okEnabled = false;
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&, poll] {
            auto* dialog = qobject_cast<vx::ui::ExportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            shown = dialog->estimateText();
            okEnabled =
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->reject();
        });
        poll->start(20);
        window->findChild<QAction*>(QString::fromLatin1(name))->trigger();
        QVERIFY2(!shown.isEmpty(), name);
        for (const char* part : {"frame", "steps", "Time:", "Memory:", "Disk:"})
            QVERIFY2(shown.contains(QLatin1String(part)), qPrintable(shown));
        QVERIFY2(okEnabled, qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("(0 bytes free)")), qPrintable(shown));
    }
    QVERIFY(window->renderQueue()->queue().jobs().empty());  // both dialogs were cancelled
}

QTEST_MAIN(RenderQueueWindowTest)
#include "render_queue_window_test.moc"
