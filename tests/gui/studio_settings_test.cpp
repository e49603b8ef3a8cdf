// What the window remembers between runs (QSettings) and the run-time language switch: a new
// window comes back with the model folder, the quality choice, the geometry and the splitters;
// Settings > Language retranslates the menus and panels at once and is remembered.
#include <QtTest>

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>

#include "project_test_support.h"
#include "ui/window/main_window.h"
#include "ui/dialogs/model_manager_dialog.h"
#include "ui/preview/preview_view.h"

using vx::ui::MainWindow;

class StudioSettingsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void newWindowRestoresModelFolderAndQuality();
    void newWindowRestoresGeometryAndSplitters();
    void modelManagerOkSetsAndRemembersTheFolder();
    void languageSwitchRetranslatesAtRunTime();

private:
    template <typename T>
    T* child(MainWindow& window, const char* name) {
        auto* found = window.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
};

void StudioSettingsTest::init() {
    vx::test::useCleanStudioSettings();
}

void StudioSettingsTest::cleanup() {
    QSettings().clear();
}

void StudioSettingsTest::newWindowRestoresModelFolderAndQuality() {
    const bool cuda = MainWindow().buildInfo().cudaAvailable;
    const vx::studio::ComputeDevice device =
        cuda ? vx::studio::ComputeDevice::CudaBf16 : vx::studio::ComputeDevice::CpuFp32;
    {
        MainWindow window;
        window.setModelFolder(QStringLiteral("/somewhere/model_ckpts"));
        vx::studio::StudioParameters p = window.parameters();
        p.steps = 37;
        p.resolutionPx = 640;
        p.device = device;
        p.expressionPercent = 90;  // a project setting, not a preference
        window.setParameters(p);
    }
    MainWindow next;
    QCOMPARE(next.modelFolder(), QStringLiteral("/somewhere/model_ckpts"));
    QCOMPARE(next.parameters().steps, 37);
    QCOMPARE(next.parameters().resolutionPx, 640);
    QCOMPARE(next.parameters().device, device);
    QCOMPARE(next.parameters().expressionPercent, vx::studio::StudioParameters().expressionPercent);
    // The panel shows what was restored.
    QCOMPARE(child<QSpinBox>(next, "stepsSpin")->value(), 37);

    // A CUDA choice is not restored on a computer without a CUDA GPU.
    if (!cuda) {
        QSettings().setValue(QStringLiteral("quality/device"), QStringLiteral("cuda-fp16"));
        MainWindow third;
        QCOMPARE(third.parameters().device, vx::studio::ComputeDevice::CpuFp32);
    }
}

void StudioSettingsTest::newWindowRestoresGeometryAndSplitters() {
    QList<int> sizes;
    QSize saved;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1240, 760);  // not the default size (the minimum width may clamp it)
        saved = window.size();
        QVERIFY(saved != QSize(1280, 800));
        auto* splitter = child<QSplitter>(window, "studioSplitter");
        splitter->setSizes({400, 500, 400});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow next;
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QCOMPARE(next.size(), saved);
    QCOMPARE(child<QSplitter>(next, "studioSplitter")->sizes(), sizes);
}

void StudioSettingsTest::modelManagerOkSetsAndRemembersTheFolder() {
    QTemporaryDir folder;  // empty: the check reports it broken, and OK still takes it
    MainWindow window;
    bool seen = false;
    // The dialog is modal: answer it from inside its event loop.
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<vx::ui::ModelManagerDialog*>();
        if (!dialog)
            return;
        seen = true;
        QSignalSpy finished(dialog, &vx::ui::ModelManagerDialog::checkFinished);
        dialog->setFolder(folder.path());
        if (finished.count() == 0)
            finished.wait(30000);
        QVERIFY(!dialog->folderUsable());
        dialog->accept();
    });
    window.showModelManager();
    QVERIFY(seen);
    QCOMPARE(window.modelFolder(), folder.path());
    QCOMPARE(QSettings().value(QStringLiteral("models/folder")).toString(), folder.path());
    MainWindow next;
    QCOMPARE(next.modelFolder(), folder.path());
}

void StudioSettingsTest::languageSwitchRetranslatesAtRunTime() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* fileMenu = child<QMenu>(window, "menuFile");
    auto* inputs = child<QGroupBox>(window, "inputsPanel");
    auto* performance = child<QGroupBox>(window, "performanceGroup");
    auto* reset = child<QPushButton>(window, "resetQualityButton");
    auto* mark = child<QLabel>(window, "previewMark");
    auto* german = child<QAction>(window, "actionLanguage_de");
    auto* english = child<QAction>(window, "actionLanguage_en");
    QVERIFY(fileMenu && inputs && performance && reset && mark && german && english);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

    german->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Datei"));
    QCOMPARE(inputs->title(), QStringLiteral("Eingaben"));
    QCOMPARE(performance->title(), QStringLiteral("Darbietung"));
    QCOMPARE(reset->text(), QStringLiteral("Zurücksetzen"));
    QCOMPARE(mark->text(), QStringLiteral("VORSCHAU"));
    QCOMPARE(child<QMenu>(window, "menuSettings")->title(), QStringLiteral("&Einstellungen"));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Unbenannt")),
             qPrintable(window.windowTitle()));
    QVERIFY(german->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

    english->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(inputs->title(), QStringLiteral("Inputs"));
    QCOMPARE(performance->title(), QStringLiteral("Performance"));
    QCOMPARE(reset->text(), QStringLiteral("Reset"));
    QCOMPARE(mark->text(), QStringLiteral("PREVIEW"));
    QVERIFY(english->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(StudioSettingsTest)
#include "studio_settings_test.moc"
