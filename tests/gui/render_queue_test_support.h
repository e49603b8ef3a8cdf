// Shared by the render queue's GUI tests (render_queue_window_test, render_queue_restart_test):
// short spoken recordings, the tiny model, a window with them loaded and its queue paused, and
// what the tests read back from the queue and from the written videos.
#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

#include "render_test_support.h"
#include "studio/render_queue.h"
#include "ui/queue/render_queue_runner.h"
#include "ui/window/main_window.h"

namespace vx::test {

inline constexpr int kQueueRenderTimeoutMs = 300000;

inline studio::QueueJobStatus queueStatus(const ui::RenderQueueRunner& runner, int64_t id) {
    const studio::QueueJob* job = runner.queue().find(id);
    return job ? job->status : studio::QueueJobStatus::Cancelled;
}

inline QString queueMessage(const ui::RenderQueueRunner& runner, int64_t id) {
    const studio::QueueJob* job = runner.queue().find(id);
    return job ? QString::fromStdString(job->message) : QString();
}

inline std::vector<int64_t> queueOrder(const ui::RenderQueueRunner& runner) {
    std::vector<int64_t> ids;
    for (const auto& job : runner.queue().jobs())
        ids.push_back(job.id);
    return ids;
}

// The frame count ffprobe reads from the video stream of `file` (0 when there is none).
inline int videoFrames(const QString& file) {
    for (const QString& line : probeStreams(file).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("codec_type=video|nb_frames=")))
            return line.section(QLatin1Char('='), 2).toInt();
    return 0;
}

inline bool hasAudioStream(const QString& file) {
    return probeStreams(file).contains(QStringLiteral("codec_type=audio"));
}

// Two recordings of about a second (one context window each, so every render is quick on two
// cores) and the tiny model.
struct QueueTestInputs {
    QTemporaryDir dir;
    QString wav;
    QString otherWav;
    QString models;
    QString problem;  // why make() failed

    bool make() {
        wav = speakToWav(dir, QStringLiteral("voice.wav"),
                         QStringLiteral("The queue renders this first."));
        otherWav = speakToWav(dir, QStringLiteral("stimme.wav"),
                              QStringLiteral("Und dann diese Aufnahme."));
        if (wav.isEmpty() || otherWav.isEmpty()) {
            problem = QStringLiteral("espeak-ng could not write the recordings");
            return false;
        }
        models = makeTinyModel(dir, problem);
        return !models.isEmpty();
    }
};

// Each case starts from an empty queue and an empty output folder.
inline bool clearQueueAndOutputs(const QString& outputs) {
    QFile::remove(ui::defaultRenderQueueFile());
    QFile::remove(ui::defaultRenderQueueFile() + QStringLiteral(".damaged"));
    QDir(outputs).removeRecursively();
    return QDir().mkpath(outputs);
}

// A window with the astronaut and the first recording loaded, tiny render settings with
// `steps` denoising steps, and the tiny model folder; its queue paused.
inline std::unique_ptr<ui::MainWindow> makeQueueWindow(const QueueTestInputs& inputs,
                                                       int steps = 2) {
    auto window = std::make_unique<ui::MainWindow>();
    window->renderQueue()->setPaused(true);
    window->show();
    window->openPortrait(astronautPath());
    window->openAudio(inputs.wav);
    if (!QTest::qWaitFor([&] { return window->hasPortrait() && window->hasAudio(); }, 60000))
        return nullptr;
    studio::StudioParameters parameters = window->parameters();
    useTinyRenderSettings(parameters);
    parameters.steps = steps;
    window->setParameters(parameters);
    window->setModelFolder(inputs.models);
    return window;
}

}  // namespace vx::test
