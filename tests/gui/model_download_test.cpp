// Settings > Models… > Download: the dialog downloads the tiny model from a local stand-in for
// the Hugging Face hub (tests/net/hub_server.py on 127.0.0.1, found through HF_ENDPOINT as the
// hub's own clients find it), shows the progress, and Cancel stops a stalled download that the
// next start then finishes. Skips without the tiny fixtures.
#include <QtTest>

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>

#include "support/hub_server_process.h"
#include "support/test_support.h"
#include "ui/app/build_info.h"
#include "ui/dialogs/model_download_dialog.h"
#include "ui/dialogs/model_manager_dialog.h"

using vx::test::HubServerProcess;
using vx::ui::ModelDownloadDialog;

class ModelDownloadTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void downloadFillsAUsableFolderWithProgress();
    void cancelStopsAStalledDownloadAndTheNextStartFinishesIt();

private:
    std::unique_ptr<HubServerProcess> startHub(const std::vector<std::string>& faults) {
        static int count = 0;
        const std::filesystem::path work =
            m_dir.filePath(QStringLiteral("hub%1").arg(++count)).toStdString();
        std::filesystem::create_directories(work);
        auto hub = std::make_unique<HubServerProcess>(m_repo, faults, work);
        if (hub->running())
            qputenv("HF_ENDPOINT", QByteArray::fromStdString(hub->endpoint()));
        return hub;
    }
    // Runs the dialog's download and waits for its end; returns whether it succeeded.
    static bool runDownload(ModelDownloadDialog& dialog, bool* finished) {
        QSignalSpy done(&dialog, &ModelDownloadDialog::downloadFinished);
        dialog.start();
        *finished = done.wait(120000);
        return *finished && done.at(0).at(0).toBool();
    }

    QTemporaryDir m_dir;
    std::filesystem::path m_repo;
};

void ModelDownloadTest::initTestCase() {
    if (!vx::test::haveFixtures())
        QSKIP(qPrintable(QStringLiteral("tiny V-Express fixtures not found at %1 (set "
                                        "VX_FIXTURES_DIR to them)")
                             .arg(QString::fromStdString(vx::test::fixturesDir().string()))));
    QVERIFY(m_dir.isValid());
    m_repo = m_dir.filePath(QStringLiteral("repo")).toStdString();
    QCOMPARE(vx::test::runPython(vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                                 {m_repo.string(), vx::test::fixturesDir().string()}),
             0);
}

void ModelDownloadTest::downloadFillsAUsableFolderWithProgress() {
    const auto hub = startHub({});
    QVERIFY2(hub->running(), hub->startError().c_str());
    const QString folder = m_dir.filePath(QStringLiteral("downloaded"));
    ModelDownloadDialog dialog(folder);
    bool finished = false;
    QVERIFY(runDownload(dialog, &finished));
    QVERIFY(dialog.statusText().contains(QStringLiteral("verified")));
    QCOMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("downloadTotalProgress"))->value(),
             1000);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("downloadTotalLabel"))
                ->text()
                .startsWith(QStringLiteral("In all:")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("downloadClose")) != nullptr);
    QVERIFY(QFile::exists(folder + QStringLiteral("/v-express/denoising_unet.bin")));

    // The model manager finds the downloaded folder usable.
    vx::ui::ModelManagerDialog manager(QString(), vx::ui::collectBuildInfo(),
                                       vx::studio::ComputeDevice::CpuFp32);
    QSignalSpy checked(&manager, &vx::ui::ModelManagerDialog::checkFinished);
    manager.setFolder(folder);
    QVERIFY(checked.count() > 0 || checked.wait(30000));
    QVERIFY2(manager.folderUsable(), qPrintable(manager.summaryText()));
}

void ModelDownloadTest::cancelStopsAStalledDownloadAndTheNextStartFinishesIt() {
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    {
        const auto hub = startHub({"--stall", "model_ckpts/v-express/denoising_unet.bin"});
        QVERIFY2(hub->running(), hub->startError().c_str());
        ModelDownloadDialog dialog(folder);
        QSignalSpy done(&dialog, &ModelDownloadDialog::downloadFinished);
        dialog.start();
        auto* fileLabel = dialog.findChild<QLabel*>(QStringLiteral("downloadFileLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(fileLabel->text().contains(QStringLiteral("denoising_unet")),
                                 60000);
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("downloadCancel"));
        QVERIFY(cancel != nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Well within the 30 s stall time-out: Cancel does not wait for the network.
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("stopped")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/v-express/denoising_unet.bin")));
    }
    const auto hub = startHub({});
    QVERIFY2(hub->running(), hub->startError().c_str());
    ModelDownloadDialog again(folder);
    bool finished = false;
    QVERIFY2(runDownload(again, &finished), qPrintable(again.statusText()));
    QVERIFY(QFile::exists(folder + QStringLiteral("/v-express/denoising_unet.bin")));
    // The files finished before the stall were kept, not fetched again.
    for (const auto& record : hub->log()) {
        const std::string path = record.value("path", "");
        QVERIFY2(record.value("kind", "") != "content" ||
                     (path != "model_ckpts/sd-vae-ft-mse/diffusion_pytorch_model.bin" &&
                      path != "model_ckpts/v-express/audio_projection.bin"),
                 path.c_str());
    }
}

QTEST_MAIN(ModelDownloadTest)
#include "model_download_test.moc"
