// The export dialog: path, quality and the folder option, remembered between exports; Export
// Preview goes through it, and a better quality writes a larger file.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

#include "common/error.h"
#include "studio_test_media.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/window/main_window.h"

using vx::ui::ExportDialog;
using vx::ui::MainWindow;

class ExportDialogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choiceFollowsTheControlsAndIsRemembered();
    void okNeedsAnExistingFolder();
    void estimateIsShownAndARefusalDisablesOk();
    void exportPreviewUsesTheChosenQuality();

private:
    static QPushButton* okButton(ExportDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
};

void ExportDialogTest::choiceFollowsTheControlsAndIsRemembered() {
    QTemporaryDir dir;
    {
        ExportDialog dialog(QStringLiteral("Export"), dir.filePath(QStringLiteral("clip")));
        auto* quality = dialog.findChild<QComboBox*>(QStringLiteral("exportQuality"));
        auto* openFolder = dialog.findChild<QCheckBox*>(QStringLiteral("exportOpenFolder"));
        quality->setCurrentIndex(2);
        openFolder->setChecked(false);
        const vx::ui::ExportChoice choice = dialog.choice();
        QCOMPARE(choice.path, dir.filePath(QStringLiteral("clip.mp4")));  // extension added
        QCOMPARE(choice.crf, ExportDialog::crfOfQuality(2));
        QVERIFY(!choice.openFolderWhenDone);
        QVERIFY(ExportDialog::crfOfQuality(0) < ExportDialog::crfOfQuality(1));
        QVERIFY(ExportDialog::crfOfQuality(1) < ExportDialog::crfOfQuality(2));
        dialog.accept();
    }
    ExportDialog again(QStringLiteral("Export"), dir.filePath(QStringLiteral("other.mp4")));
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("exportQuality"))->currentIndex(), 2);
    QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("exportOpenFolder"))->isChecked());
}

void ExportDialogTest::estimateIsShownAndARefusalDisablesOk() {
    QTemporaryDir dir;
    ExportDialog dialog(QStringLiteral("Render"), dir.filePath(QStringLiteral("a.mp4")));
    QStringList asked;
    dialog.setEstimator([&](const QString& path) {
        asked << path;
        vx::ui::ExportEstimate estimate;
        estimate.summary = QStringLiteral("Time: about 3 min");
        if (path.contains(QStringLiteral("full")))
            estimate.refusals << QStringLiteral("the disk is full; choose another folder");
        return estimate;
    });
    QCOMPARE(asked, QStringList{dir.filePath(QStringLiteral("a.mp4"))});
    QVERIFY(dialog.estimateText().contains(QStringLiteral("about 3 min")));
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.setPath(dir.filePath(QStringLiteral("full.mp4")));
    QVERIFY(dialog.estimateText().contains(QStringLiteral("the disk is full")));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setPath(dir.filePath(QStringLiteral("b.mp4")));
    QVERIFY(!dialog.estimateText().contains(QStringLiteral("the disk is full")));
    QVERIFY(okButton(dialog)->isEnabled());
    // An estimate that cannot be made says why and lets nothing start.
    dialog.setEstimator([](const QString&) -> vx::ui::ExportEstimate {
        throw vx::Error(vx::ErrorKind::BadInput, "the recording cannot be read", "/in/voice.wav");
    });
    QVERIFY2(dialog.estimateText().contains(QStringLiteral("voice.wav")),
             qPrintable(dialog.estimateText()));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void ExportDialogTest::okNeedsAnExistingFolder() {
    QTemporaryDir dir;
    ExportDialog dialog(QStringLiteral("Export"), dir.filePath(QStringLiteral("a.mp4")));
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.setPath(dir.filePath(QStringLiteral("missing-folder/a.mp4")));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setPath(QString());
    QVERIFY(!okButton(dialog)->isEnabled());
}

void ExportDialogTest::exportPreviewUsesTheChosenQuality() {
    QTemporaryDir dir;
    const QString wav =
        vx::test::speakToWav(dir, QStringLiteral("voice.wav"), QStringLiteral("Quality test."));
    QVERIFY(!wav.isEmpty());
    MainWindow window;
    window.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    window.show();
    QVERIFY(vx::test::openAstronautAndWait(window, wav));

    // Through the menu action and the dialog, as a user would: best, then small.
    qint64 sizes[2] = {0, 0};
    const int qualities[2] = {0, 2};
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(QStringLiteral("q%1.mp4").arg(qualities[i]));
        QTimer::singleShot(0, &window, [&, i, path] {
            auto* dialog = window.findChild<ExportDialog*>(QStringLiteral("exportDialog"));
            QVERIFY(dialog);
            dialog->setPath(path);
            dialog->findChild<QComboBox*>(QStringLiteral("exportQuality"))
                ->setCurrentIndex(qualities[i]);
            // The test machine has no file manager to open.
            dialog->findChild<QCheckBox*>(QStringLiteral("exportOpenFolder"))->setChecked(false);
            dialog->accept();
        });
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        window.findChild<QAction*>(QStringLiteral("actionExportPreview"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QVERIFY(QFileInfo::exists(path));
        sizes[i] = QFileInfo(path).size();
    }
    QVERIFY2(
        sizes[0] > sizes[1],
        qPrintable(QStringLiteral("best %1 bytes, small %2 bytes").arg(sizes[0]).arg(sizes[1])));
}

QTEST_MAIN(ExportDialogTest)
#include "export_dialog_test.moc"
