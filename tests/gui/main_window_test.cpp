// The main window opens with its studio panels, and the About dialog reports the libraries in
// use.
#include <QtTest>

#include <torch/version.h>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <opencv2/core/version.hpp>

extern "C" {
#include <libavutil/avutil.h>
}

#include "ui/dialogs/about_dialog.h"
#include "ui/window/main_window.h"
#include "ui/app/translations.h"

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensWithTheStudioPanels();
    void aboutReportsTheLibraryVersions();
    void aboutDialogShowsTheVersions();
    void switchesLanguageAtRunTime();
};

void MainWindowTest::opensWithTheStudioPanels() {
    vx::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A new window holds an unsaved, unmodified project; "[*]" is where Qt puts the mark.
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — VX Studio"));
    QVERIFY(!window.isWindowModified());
    for (const char* name : {"inputsPanel", "previewPanel", "parametersPanel", "timelinePanel"}) {
        auto* panel = window.findChild<QGroupBox*>(QString::fromLatin1(name));
        QVERIFY2(panel, name);
        QVERIFY2(panel->isVisible(), name);
    }
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAbout")));
    // The icon is compiled into the static UI library and must be registered by the window.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/vxstudio.svg")));
    QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
}

void MainWindowTest::aboutReportsTheLibraryVersions() {
    vx::ui::MainWindow window;
    const vx::ui::BuildInfo& info = window.buildInfo();
    QCOMPARE(info.appVersion, QStringLiteral(VX_VERSION));
    QCOMPARE(info.qtVersion, QString::fromLatin1(qVersion()));
    QCOMPARE(info.torchVersion, QStringLiteral(TORCH_VERSION));
    QCOMPARE(info.opencvVersion, QStringLiteral(CV_VERSION));
    QVERIFY2(info.ffmpegVersion.startsWith(QString::fromLatin1(av_version_info())),
             qPrintable(info.ffmpegVersion));
    // This test machine has no GPU; a GPU machine reports at least one device.
    QCOMPARE(info.cudaAvailable, info.cudaDeviceCount > 0);
}

void MainWindowTest::aboutDialogShowsTheVersions() {
    vx::ui::MainWindow window;
    vx::ui::AboutDialog dialog(window.buildInfo(), &window);
    const QString text = dialog.findChild<QLabel*>(QStringLiteral("versions"))->text();
    QVERIFY2(text.contains(QStringLiteral("LibTorch: ") + QStringLiteral(TORCH_VERSION)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OpenCV: ") + QStringLiteral(CV_VERSION)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CUDA: ")), qPrintable(text));
}

void MainWindowTest::switchesLanguageAtRunTime() {
    vx::ui::Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("de")));
    QCOMPARE(vx::ui::AboutDialog::tr("About VX Studio"), QStringLiteral("Über VX Studio"));
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QCOMPARE(vx::ui::AboutDialog::tr("About VX Studio"), QStringLiteral("About VX Studio"));
    QVERIFY(!translations.setLanguage(QStringLiteral("xx")));
    QCOMPARE(translations.language(), QStringLiteral("en"));
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
