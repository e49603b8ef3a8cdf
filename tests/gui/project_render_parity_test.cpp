// The studio and `vxstudio-cli render --project` render a saved project the same way: the CLI's
// request (--dry-run) is the studio's, field by field; the CLI's options override single fields
// and nothing else; and the two front ends' videos of the tiny model are the same frame by frame.
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <memory>

#include "render_test_support.h"
#include "studio/render_request_json.h"
#include "studio_test_media.h"
#include "ui/window/main_window.h"

using vx::ui::MainWindow;
using vx::ui::RenderOutcome;

class ProjectRenderParityTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliRequestIsTheStudiosRequest();
    void cliOptionsOverrideSingleFields();
    void cliRenderMatchesTheStudioFrameByFrame();

private:
    struct Cli {
        int exitCode = -1;
        QByteArray out, err;
    };
    Cli runCli(const QStringList& args) const {
        QProcess cli;
        cli.start(QStringLiteral(VX_CLI_EXE), args);
        Cli result;
        if (!cli.waitForFinished(300000))
            return result;
        result.exitCode = cli.exitCode();
        result.out = cli.readAllStandardOutput();
        result.err = cli.readAllStandardError();
        return result;
    }
    // The saved project opened in a new window, as a user would open it.
    std::unique_ptr<MainWindow> openSavedProject() {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::projectLoaded);
        if (!window->openProject(m_project) || !(loaded.count() > 0 || loaded.wait(60000)))
            return nullptr;
        if (!QTest::qWaitFor(
                [&] { return window->hasPortrait() && window->hasAudio() && !window->isBusy(); },
                60000))
            return nullptr;
        window->setModelFolder(m_models);
        return window;
    }
    QJsonObject dryRun(const QStringList& extra) {
        const Cli r = runCli(QStringList{QStringLiteral("render"), QStringLiteral("--project"),
                                         m_project, QStringLiteral("--models"), m_models,
                                         QStringLiteral("--out"), m_output,
                                         QStringLiteral("--dry-run")} +
                             extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    // Every frame of `video` as raw RGB bytes, decoded by ffmpeg.
    static QByteArray decodedFrames(const QString& video) {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), video,
                      QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
                      QStringLiteral("rgb24"), QStringLiteral("-")});
        if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
            return {};
        return ffmpeg.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QString m_models, m_project, m_output;
};

void ProjectRenderParityTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString why;
    m_models = vx::test::makeTinyModel(m_dir, why);
    QVERIFY2(!m_models.isEmpty(), qPrintable(why));
    const QString wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                             QStringLiteral("One project."));
    QVERIFY(!wav.isEmpty());
    m_project = m_dir.filePath(QStringLiteral("talk.vxproj"));
    m_output = m_dir.filePath(QStringLiteral("studio.mp4"));

    // A project saved by the studio with settings away from every default.
    MainWindow window;
    QVERIFY(vx::test::openAstronautAndWait(window, wav));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    vx::studio::StudioParameters p = window.parameters();
    vx::test::useTinyRenderSettings(p);
    p.expressionPercent = 70;
    p.identityPercent = 40;
    p.applyHeadPreset(vx::motion::HeadMotionPreset::LivelySpeaker);
    p.yawRangeDeg = 12;
    p.seed = 1234;
    p.motionSeed = 99;
    p.blinkSeed = 5;
    p.blinkRatePerMinute = 30;
    p.manualBlinkSec = {0.4};
    p.guidanceScale = 2.5;
    window.setParameters(p);
    QVERIFY(window.saveProjectTo(m_project));
}

void ProjectRenderParityTest::cliRequestIsTheStudiosRequest() {
    const auto window = openSavedProject();
    QVERIFY(window);
    const QJsonObject studio =
        QJsonDocument::fromJson(QByteArray::fromStdString(vx::studio::renderRequestToJson(
                                    window->renderRequest(m_output, false))))
            .object();
    QVERIFY(!studio.isEmpty());
    const QJsonObject cli = dryRun({});
    QVERIFY(!cli.isEmpty());
    for (auto it = studio.begin(); it != studio.end(); ++it)
        QVERIFY2(cli.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1 differs: studio %2, cli %3")
                                .arg(it.key(),
                                     QString::fromUtf8(QJsonDocument(studio).toJson()),
                                     QString::fromUtf8(QJsonDocument(cli).toJson()))));
    QCOMPARE(cli, studio);
    // And the values are the project's, not the defaults.
    QCOMPARE(cli.value(QStringLiteral("engine")).toObject().value(QStringLiteral("seed")).toInt(),
             1234);
    QCOMPARE(cli.value(QStringLiteral("portrait")).toObject().value(QStringLiteral("sidePx")).toInt(),
             64);
}

void ProjectRenderParityTest::cliOptionsOverrideSingleFields() {
    QJsonObject expected = dryRun({});
    QVERIFY(!expected.isEmpty());
    const QJsonObject changed = dryRun({QStringLiteral("--steps"), QStringLiteral("3"),
                                        QStringLiteral("--blink-seed"), QStringLiteral("11")});
    QJsonObject engine = expected.value(QStringLiteral("engine")).toObject();
    engine.insert(QStringLiteral("steps"), 3);
    expected.insert(QStringLiteral("engine"), engine);
    QJsonObject performance = expected.value(QStringLiteral("performance")).toObject();
    QJsonObject blinks = performance.value(QStringLiteral("blinks")).toObject();
    blinks.insert(QStringLiteral("seed"), 11);
    performance.insert(QStringLiteral("blinks"), blinks);
    expected.insert(QStringLiteral("performance"), performance);
    QCOMPARE(changed, expected);

    // An out-of-range override is refused with the table's range, as in the studio.
    const Cli refused = runCli({QStringLiteral("render"), QStringLiteral("--project"), m_project,
                                QStringLiteral("--out"), m_output, QStringLiteral("--steps"),
                                QStringLiteral("101"), QStringLiteral("--dry-run")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("between 1 and 100"), refused.err.constData());
}

void ProjectRenderParityTest::cliRenderMatchesTheStudioFrameByFrame() {
    const auto window = openSavedProject();
    QVERIFY(window);
    QSignalSpy finished(window.get(), &MainWindow::renderFinished);
    window->renderTo(m_output, false);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 300000));
    const auto outcome = finished.front().front().value<RenderOutcome>();
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));

    const QString cliOutput = m_dir.filePath(QStringLiteral("cli.mp4"));
    const Cli r = runCli({QStringLiteral("render"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--models"), m_models, QStringLiteral("--out"),
                          cliOutput});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QByteArray studioFrames = decodedFrames(m_output);
    const QByteArray cliFrames = decodedFrames(cliOutput);
    const qsizetype frameBytes = 64 * 64 * 3;
    QVERIFY(!studioFrames.isEmpty());
    QCOMPARE(studioFrames.size(), qsizetype(outcome.frameCount) * frameBytes);
    QCOMPARE(cliFrames.size(), studioFrames.size());
    for (qsizetype at = 0; at < studioFrames.size(); at += frameBytes) {
        int largest = 0;
        qint64 sum = 0;
        for (qsizetype i = at; i < at + frameBytes; ++i) {
            const int d = std::abs(int(quint8(studioFrames[i])) - int(quint8(cliFrames[i])));
            largest = std::max(largest, d);
            sum += d;
        }
        QVERIFY2(largest == 0, qPrintable(QStringLiteral("frame %1 differs: largest %2, mean %3")
                                              .arg(at / frameBytes)
                                              .arg(largest)
                                              .arg(double(sum) / frameBytes)));
    }
}

QTEST_MAIN(ProjectRenderParityTest)
#include "project_render_parity_test.moc"
