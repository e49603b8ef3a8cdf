// The studio's render queue across a restart, with the tiny V-Express model: two jobs run in the
// order the user set; the studio goes away once the first job has saved a denoising step; the
// queue file keeps both, and the next start resumes that job from its saved steps (not from the
// start), then renders the other. Both videos are checked with ffprobe.
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

class RenderQueueRestartTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_inputs.make(), qPrintable(m_inputs.problem)); }
    void init() { QVERIFY(vx::test::clearQueueAndOutputs(m_out.path())); }
    void jobsRenderInOrderAndTheRunningOneResumesAfterARestart();

private:
    QString outputPath(const QString& name) const { return m_out.filePath(name); }

    vx::test::QueueTestInputs m_inputs;
    QTemporaryDir m_out;
};

void RenderQueueRestartTest::jobsRenderInOrderAndTheRunningOneResumesAfterARestart() {
    const QString first = outputPath(QStringLiteral("first.mp4"));
    const QString second = outputPath(QStringLiteral("second.mp4"));
    int64_t idFirst = 0, idSecond = 0;
    {
        // Six steps: the restart below lands while steps are still to come.
        auto window = vx::test::makeQueueWindow(m_inputs, 6);
        QVERIFY(window);
        RenderQueueRunner* queue = window->renderQueue();
        idFirst = window->queueRender(first, QString());
        idSecond = window->queueRender(second, m_inputs.otherWav);
        QVERIFY(idFirst != 0 && idSecond != 0);
        QCOMPARE(vx::test::queueStatus(*queue, idFirst), QueueJobStatus::Waiting);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("renderQueueDock"));
        QVERIFY(dock && dock->isVisible());
        // The second recording's job goes first.
        queue->move(idSecond, -1);
        QCOMPARE(vx::test::queueOrder(*queue), (std::vector<int64_t>{idSecond, idFirst}));
        const auto saved =
            vx::studio::readRenderQueueFile(vx::ui::defaultRenderQueueFile().toStdString());
        QCOMPARE(saved.jobs().size(), size_t(2));
        QCOMPARE(saved.jobs()[0].id, idSecond);
        QCOMPARE(QString::fromStdString(saved.jobs()[0].project.audioPath), m_inputs.otherWav);
        QVERIFY(saved.isPaused());

        // Start; once the first step of the running job is saved, the studio goes away.
        bool stepSaved = false;
        connect(queue, &RenderQueueRunner::jobProgress, window.get(),
                [&](qint64 id, const RenderProgress& p) {
                    if (id == idSecond && p.stage == vx::studio::JobStage::Denoising && p.step >= 2)
                        stepSaved = true;
                });
        queue->setPaused(false);
        QVERIFY(QTest::qWaitFor([&] { return stepSaved; }, vx::test::kQueueRenderTimeoutMs));
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
    QVERIFY(
        QTest::qWaitFor([&] { return outcomes.size() == 2; }, 2 * vx::test::kQueueRenderTimeoutMs));

    QCOMPARE(vx::test::queueStatus(*queue, idSecond), QueueJobStatus::Done);
    QCOMPARE(vx::test::queueStatus(*queue, idFirst), QueueJobStatus::Done);
    QVERIFY2(
        firstStepAfterRestart >= 2,
        qPrintable(QStringLiteral("the resumed job began at step %1").arg(firstStepAfterRestart)));
    QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("resuming")),
             qPrintable(notes.join(QLatin1Char('\n'))));
    for (const QString& file : {first, second}) {
        const int frames = vx::test::videoFrames(file);
        QVERIFY2(frames > 0, qPrintable(file));
        QVERIFY(vx::test::hasAudioStream(file));
    }
    QCOMPARE(vx::test::videoFrames(second), outcomes[idSecond].frameCount);
    QCOMPARE(vx::test::videoFrames(first), outcomes[idFirst].frameCount);
    QVERIFY(!vx::studio::describeRenderState(second.toStdString()).has_value());
    // The panel lists them as done, in the order they ran.
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("queueList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(RenderQueuePanel::OutputColumn),
             QStringLiteral("second.mp4"));
    QCOMPARE(list->topLevelItem(0)->text(RenderQueuePanel::StatusColumn), QStringLiteral("Done"));
}

QTEST_MAIN(RenderQueueRestartTest)
#include "render_queue_restart_test.moc"
