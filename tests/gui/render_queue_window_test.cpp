// The studio's render queue in the window, with the tiny V-Express model: failed jobs are retried,
// cancelled ones leave no video; the panel's buttons and keys reorder, cancel, retry and remove;
// other recordings become one job each; the window's Render and the queue take turns on the one
// renderer; a damaged queue file is set aside with a message; the Render dialogs show the
// pre-flight. (The restart is in render_queue_restart_test.)
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
#include <map>
#include <memory>

#include "render_queue_test_support.h"
#include "studio/render_state.h"
#include "ui/app/app_settings.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/queue/render_queue_panel.h"
#include "ui/render/render_controller.h"

using vx::studio::QueueJobStatus;
using vx::ui::MainWindow;
using vx::ui::RenderOutcome;
using vx::ui::RenderProgress;
using vx::ui::RenderQueuePanel;
using vx::ui::RenderQueueRunner;

class RenderQueueWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_inputs.make(), qPrintable(m_inputs.problem)); }
    void init() { QVERIFY(vx::test::clearQueueAndOutputs(m_out.path())); }
    void failedJobsAreRetriedAndCancelledJobsWriteNoVideo();
    void panelButtonsReorderRemoveAndPause();
    void otherRecordingsBecomeOneJobEach();
    void windowRenderAndQueueTakeTurns();
    void damagedQueueFileIsSetAsideWithAMessage();
    void renderDialogsShowThePreflight();

private:
    QString outputPath(const QString& name) const { return m_out.filePath(name); }

    vx::test::QueueTestInputs m_inputs;
    QTemporaryDir m_out;
};

void RenderQueueWindowTest::failedJobsAreRetriedAndCancelledJobsWriteNoVideo() {
    auto window = vx::test::makeQueueWindow(m_inputs);
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();

    // A recording that is gone when its turn comes: the job fails naming it, the next renders.
    const QString gone = m_out.filePath(QStringLiteral("gone.wav"));
    QVERIFY(QFile::copy(m_inputs.otherWav, gone));
    const int64_t failing = window->queueRender(outputPath(QStringLiteral("failing.mp4")), gone);
    const int64_t good = window->queueRender(outputPath(QStringLiteral("good.mp4")), QString());
    QVERIFY(failing && good);
    QVERIFY(QFile::remove(gone));
    queue->setPaused(false);
    QVERIFY(
        QTest::qWaitFor([&] { return vx::test::queueStatus(*queue, good) == QueueJobStatus::Done; },
                        vx::test::kQueueRenderTimeoutMs));
    QCOMPARE(vx::test::queueStatus(*queue, failing), QueueJobStatus::Failed);
    QVERIFY2(vx::test::queueMessage(*queue, failing).contains(QStringLiteral("gone.wav")),
             qPrintable(vx::test::queueMessage(*queue, failing)));
    QVERIFY(!QFile::exists(outputPath(QStringLiteral("failing.mp4"))));

    // Put back, Retry renders it.
    QVERIFY(QFile::copy(m_inputs.otherWav, gone));
    queue->retry(failing);
    QVERIFY(QTest::qWaitFor(
        [&] { return vx::test::queueStatus(*queue, failing) == QueueJobStatus::Done; },
        vx::test::kQueueRenderTimeoutMs));
    QVERIFY(vx::test::videoFrames(outputPath(QStringLiteral("failing.mp4"))) > 0);

    // Cancelled while waiting: at once, nothing written.
    queue->setPaused(true);
    const int64_t waiting = window->queueRender(outputPath(QStringLiteral("waiting.mp4")), {});
    queue->cancel(waiting);
    QCOMPARE(vx::test::queueStatus(*queue, waiting), QueueJobStatus::Cancelled);

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
    QVERIFY(QTest::qWaitFor(
        [&] { return vx::test::queueStatus(*queue, running) == QueueJobStatus::Cancelled; },
        vx::test::kQueueRenderTimeoutMs));
    QCOMPARE(vx::test::queueStatus(*queue, waiting),
             QueueJobStatus::Cancelled);  // not started by Start
    QVERIFY(!QFile::exists(runningOut));
    QVERIFY(!QFile::exists(outputPath(QStringLiteral("waiting.mp4"))));
    QVERIFY2(vx::test::filesBesides(m_out.path(),
                                    {QStringLiteral("good.mp4"), QStringLiteral("failing.mp4"),
                                     QStringLiteral("gone.wav")})
                 .isEmpty(),
             "a cancelled job left a file that looks like a video");
    QVERIFY(vx::studio::describeRenderState(runningOut.toStdString()).has_value());
    QVERIFY(vx::test::queueMessage(*queue, running).contains(QStringLiteral("step")));
    queue->remove(running);
    QVERIFY(!queue->queue().find(running));
    QVERIFY(!std::filesystem::exists(vx::studio::renderStateFolder(runningOut.toStdString())));
}

void RenderQueueWindowTest::panelButtonsReorderRemoveAndPause() {
    auto window = vx::test::makeQueueWindow(m_inputs);
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
    QCOMPARE(vx::test::queueOrder(*queue), (std::vector<int64_t>{c, a, b}));
    QCOMPARE(panel->selectedJobId(), c);  // the selection follows the job
    QVERIFY(!button("queueUpButton")->isEnabled());
    QVERIFY(!button("queueRetryButton")->isEnabled());
    QTest::mouseClick(button("queueCancelButton"), Qt::LeftButton);
    QCOMPARE(vx::test::queueStatus(*queue, c), QueueJobStatus::Cancelled);
    QVERIFY(button("queueRetryButton")->isEnabled());
    QTest::mouseClick(button("queueRetryButton"), Qt::LeftButton);
    QCOMPARE(vx::test::queueStatus(*queue, c), QueueJobStatus::Waiting);

    panel->list()->setFocus();
    panel->selectJob(a);
    QTest::keyClick(panel->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(vx::test::queueOrder(*queue), (std::vector<int64_t>{c, b, a}));
    QTest::keyClick(panel->list(), Qt::Key_Delete);
    QCOMPARE(vx::test::queueOrder(*queue), (std::vector<int64_t>{c, b}));
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
    QCOMPARE(vx::test::queueOrder(*queue), (std::vector<int64_t>{c, b}));
}

void RenderQueueWindowTest::otherRecordingsBecomeOneJobEach() {
    auto window = vx::test::makeQueueWindow(m_inputs);
    QVERIFY(window);
    RenderQueueRunner* queue = window->renderQueue();
    const QString notAudio = m_out.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notAudio);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a recording");
    }
    QCOMPARE(window->queueRecordings({m_inputs.wav, m_inputs.otherWav, notAudio}, m_out.path()), 2);
    QVERIFY2(window->lastError().contains(QStringLiteral("notes.txt")),
             qPrintable(window->lastError()));
    QCOMPARE(queue->queue().jobs().size(), size_t(2));
    const auto& jobs = queue->queue().jobs();
    QCOMPARE(QString::fromStdString(jobs[0].project.audioPath), m_inputs.wav);
    QCOMPARE(QString::fromStdString(jobs[1].project.audioPath), m_inputs.otherWav);
    QCOMPARE(QString::fromStdString(jobs[1].target.output.string()),
             outputPath(QStringLiteral("astronaut-stimme.mp4")));
    // Everything else is the project's: the same portrait and settings.
    QCOMPARE(QString::fromStdString(jobs[1].project.portraitPath), window->portraitPath());
    QCOMPARE(jobs[1].project.parameters.steps, window->parameters().steps);
    QCOMPARE(QString::fromStdString(jobs[1].target.models.string()), m_inputs.models);
    // A name already queued (or on disk) gets a number instead of being written over.
    QCOMPARE(window->queueRecordings({m_inputs.otherWav}, m_out.path()), 1);
    QCOMPARE(QString::fromStdString(queue->queue().jobs().back().target.output.string()),
             outputPath(QStringLiteral("astronaut-stimme-2.mp4")));
}

void RenderQueueWindowTest::windowRenderAndQueueTakeTurns() {
    auto window = vx::test::makeQueueWindow(m_inputs);
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
    QCOMPARE(vx::test::queueStatus(*queue, queued), QueueJobStatus::Waiting);
    QVERIFY(
        QTest::qWaitFor([&] { return windowDone.count() == 1; }, vx::test::kQueueRenderTimeoutMs));
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
    QVERIFY(QTest::qWaitFor(
        [&] { return vx::test::queueStatus(*queue, queued) == QueueJobStatus::Done; },
        vx::test::kQueueRenderTimeoutMs));
    QVERIFY(render->isEnabled());
    QVERIFY(vx::test::videoFrames(outputPath(QStringLiteral("window.mp4"))) > 0);
    QVERIFY(vx::test::videoFrames(outputPath(QStringLiteral("queued.mp4"))) > 0);
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
    auto window = vx::test::makeQueueWindow(m_inputs);
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
