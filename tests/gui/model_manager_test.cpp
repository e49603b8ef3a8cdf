// Settings > Models…: the dialog checks the folder on a worker thread and lists every
// component. A complete tiny model folder (scripts/make-tiny-model.py) is usable; a truncated
// weight file is "broken" and a deleted one "missing", each named. Skips without the tiny
// fixtures.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include "support/test_support.h"
#include "ui/app/build_info.h"
#include "ui/dialogs/model_manager_dialog.h"

using vx::ui::ModelManagerDialog;
using State = ModelManagerDialog::ComponentState;

class ModelManagerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void completeTinyFolderIsUsable();
    void truncatedAndMissingFilesAreNamed();
    void absentFolderIsReportedAndNothingBreaks();

private:
    // Checks `folder` in `dialog` and waits for the worker's answer.
    bool check(ModelManagerDialog& dialog, const QString& folder) {
        QSignalSpy finished(&dialog, &ModelManagerDialog::checkFinished);
        dialog.setFolder(folder);
        return finished.count() > 0 || finished.wait(30000);
    }
    const ModelManagerDialog::Component* component(const ModelManagerDialog& dialog,
                                                   const QString& name) {
        for (const auto& c : dialog.components())
            if (c.name == name)
                return &c;
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_models;
};

void ModelManagerTest::initTestCase() {
    if (!vx::test::haveFixtures())
        QSKIP(qPrintable(QStringLiteral("tiny V-Express fixtures not found at %1 (set "
                                        "VX_FIXTURES_DIR to them)")
                             .arg(QString::fromStdString(vx::test::fixturesDir().string()))));
    QVERIFY(m_dir.isValid());
    QCOMPARE(vx::test::runPython(vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                                 {m_dir.path().toStdString(), vx::test::fixturesDir().string()}),
             0);
    m_models = m_dir.filePath(QStringLiteral("model_ckpts"));
}

void ModelManagerTest::completeTinyFolderIsUsable() {
    const vx::ui::BuildInfo info = vx::ui::collectBuildInfo();
    ModelManagerDialog dialog(QString(), info, vx::studio::ComputeDevice::CpuFp32);
    QVERIFY(!dialog.folderUsable());
    QVERIFY(check(dialog, m_models));
    QVERIFY2(dialog.folderUsable(), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.components().size() >= 11);
    for (const auto& c : dialog.components())
        QVERIFY2(c.state == State::Ok, qPrintable(c.name + QStringLiteral(": ") + c.detail));
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("complete")),
             qPrintable(dialog.summaryText()));
    QVERIFY(dialog.licenceText().contains(QStringLiteral("non-commercial")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("modelLicence"))
                ->text()
                .contains(QStringLiteral("non-commercial")));
    QVERIFY(dialog.deviceText().contains(info.cudaAvailable ? QStringLiteral("CPU")
                                                            : QStringLiteral("fp32")));
    QCOMPARE(dialog.folder(), m_models);
}

void ModelManagerTest::truncatedAndMissingFilesAreNamed() {
    // A copy of the folder to damage.
    QTemporaryDir damaged;
    const QString root = damaged.filePath(QStringLiteral("model_ckpts"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), m_models, root}) == 0);
    ModelManagerDialog dialog(root, vx::ui::collectBuildInfo(), vx::studio::ComputeDevice::CpuFp32);
    QVERIFY(check(dialog, root));
    QVERIFY(dialog.folderUsable());
    const QString unet = component(dialog, QStringLiteral("denoising UNet"))->file;
    const QString motion = component(dialog, QStringLiteral("motion modules"))->file;

    QFile file(unet);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    QVERIFY(QFile::remove(motion));

    QVERIFY(check(dialog, root));
    QVERIFY(!dialog.folderUsable());
    const auto* broken = component(dialog, QStringLiteral("denoising UNet"));
    QCOMPARE(broken->state, State::Broken);
    QCOMPARE(broken->file, unet);
    QVERIFY(!broken->detail.isEmpty());
    QCOMPARE(component(dialog, QStringLiteral("motion modules"))->state, State::Missing);
    QCOMPARE(component(dialog, QStringLiteral("V-kps guider"))->state, State::Ok);
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("not usable")) &&
                 summary.contains(QDir::toNativeSeparators(unet)) &&
                 summary.contains(QFileInfo(motion).fileName()),
             qPrintable(summary));
}

void ModelManagerTest::absentFolderIsReportedAndNothingBreaks() {
    const QString absent = m_dir.filePath(QStringLiteral("no-such-folder"));
    ModelManagerDialog dialog(QString(), vx::ui::collectBuildInfo(),
                              vx::studio::ComputeDevice::CpuFp32);
    QVERIFY(check(dialog, absent));
    QVERIFY(!dialog.folderUsable());
    QVERIFY(!dialog.components().empty());
    QVERIFY2(dialog.summaryText().contains(QStringLiteral("not usable")),
             qPrintable(dialog.summaryText()));
    // The empty folder: nothing is checked, the dialog says the render needs one.
    QVERIFY(check(dialog, QString()));
    QVERIFY(dialog.summaryText().contains(QStringLiteral("No model folder")));
}

QTEST_MAIN(ModelManagerTest)
#include "model_manager_test.moc"
