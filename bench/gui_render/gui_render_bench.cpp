// How responsive the studio window stays while it renders: the window renders the astronaut
// photo with spoken espeak-ng audio through V-Express on its worker thread, while a probe on the
// GUI thread records the longest gap of the event loop. Prints numbers; asserts nothing.
//   vx_bench_gui_render [model_ckpts folder] [size] [steps]
// Without a folder, the tiny model is made from the fixtures ($VX_FIXTURES_DIR or
// ../shared/fixtures/vexpress-tiny) with scripts/make-tiny-model.py.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include "ui/app/gui_latency_probe.h"
#include "ui/window/main_window.h"
#include "ui/render/render_controller.h"

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it held. The
// loop sleeps between events (a busy processEvents() loop would take a core from the render).
template <typename Condition>
bool waitFor(Condition done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

bool run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, arguments);
    return process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int size = args.size() > 2 ? args[2].toInt() : 64;
    const int steps = args.size() > 3 ? args[3].toInt() : 2;

    QTemporaryDir dir;
    QString models = args.size() > 1 ? args[1] : QString();
    if (models.isEmpty()) {
        const QString python = qEnvironmentVariableIsEmpty("VX_TEST_PYTHON")
                                   ? QStringLiteral(VX_BENCH_PYTHON)
                                   : qEnvironmentVariable("VX_TEST_PYTHON");
        QStringList scriptArgs{QStringLiteral(VX_BENCH_SOURCE_DIR "/scripts/make-tiny-model.py"),
                               dir.filePath(QStringLiteral("tiny"))};
        if (!qEnvironmentVariableIsEmpty("VX_FIXTURES_DIR"))
            scriptArgs << qEnvironmentVariable("VX_FIXTURES_DIR");
        if (!run(python, scriptArgs)) {
            std::fprintf(stderr, "could not make the tiny model (fixtures and %s needed)\n",
                         qPrintable(python));
            return 2;
        }
        models = dir.filePath(QStringLiteral("tiny/model_ckpts"));
    }
    const QString wav = dir.filePath(QStringLiteral("voice.wav"));
    if (!run(QStringLiteral("espeak-ng"),
             {QStringLiteral("-w"), wav, QStringLiteral("Rendering a talking head.")})) {
        std::fprintf(stderr, "espeak-ng is needed\n");
        return 2;
    }

    vx::ui::MainWindow window;
    window.show();
    window.openPortrait(
        QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/astronaut.png"));
    window.openAudio(wav);
    if (!waitFor([&] { return window.hasPortrait() && window.hasAudio(); }, 120000)) {
        std::fprintf(stderr, "the inputs were not ready: %s\n", qPrintable(window.lastError()));
        return 2;
    }
    vx::studio::StudioParameters parameters = window.parameters();
    parameters.steps = steps;
    parameters.resolutionPx = size;
    parameters.device = vx::studio::ComputeDevice::CpuFp32;
    window.setParameters(parameters);
    window.setModelFolder(models);

    vx::ui::GuiLatencyProbe probe;
    probe.start();
    waitFor([] { return false; }, 1000);  // the idle window, for comparison
    const double idleGapMs = probe.longestGapMs();

    vx::ui::RenderOutcome outcome;
    bool finished = false;
    QObject::connect(&window, &vx::ui::MainWindow::renderFinished,
                     [&](const vx::ui::RenderOutcome& o) {
                         outcome = o;
                         finished = true;
                     });
    int framesShown = 0;
    QObject::connect(window.renderController(), &vx::ui::RenderController::frameReady, &window,
                     [&](int, const QImage&) { ++framesShown; });
    // When each stage reached the GUI thread, to say which one the longest stall fell in.
    QList<QPair<double, QString>> stages;
    QElapsedTimer clock;
    QObject::connect(window.renderController(), &vx::ui::RenderController::progress, &window,
                     [&](const vx::ui::RenderProgress& p) {
                         const QString stage = QString::fromUtf8(vx::studio::jobStageName(p.stage));
                         if (stages.isEmpty() || stages.back().second != stage)
                             stages.append({double(clock.nsecsElapsed()) * 1e-6, stage});
                     });
    probe.start();
    clock.start();
    window.renderTo(dir.filePath(QStringLiteral("render.mp4")), false);
    waitFor([&] { return finished; }, 3600000);
    const double seconds = clock.elapsed() / 1000.0;
    probe.stop();
    QString stallStage = QStringLiteral("start");
    for (const auto& stage : stages)
        if (stage.first <= probe.longestGapEndMs())
            stallStage = stage.second;
    if (!outcome.succeeded()) {
        std::fprintf(stderr, "the render failed: %s\n", qPrintable(outcome.error));
        return 1;
    }
    std::printf(
        "gui render %dx%d, %d steps, %d frames (%d shown) in %.1f s on %s, %d CPU threads\n"
        "GUI thread: %d probe ticks at %d ms; longest gap while rendering %.1f ms (stall %.1f ms, "
        "ending %.1f s into the render, stage %s); idle %.1f ms\n",
        size, size, steps, outcome.frameCount, framesShown, seconds, qPrintable(outcome.runtime),
        QThread::idealThreadCount(), probe.samples(), probe.intervalMs(), probe.longestGapMs(),
        probe.longestStallMs(), probe.longestGapEndMs() / 1000.0, qPrintable(stallStage),
        idleGapMs);
    return 0;
}
