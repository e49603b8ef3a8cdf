// Projects in the window: save and open bring back the inputs, every parameter, the blinks and
// the crop; broken files change nothing; a moved photo is named and the rest loads; the title
// shows the name and the modified mark; unsaved changes are asked about; Open Recent.
#include <QtTest>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>

#include "project_test_support.h"
#include "studio_test_media.h"
#include "ui/app/app_settings.h"
#include "ui/project/project_file.h"
#include "ui/window/main_window.h"

using vx::ui::MainWindow;
using Choice = MainWindow::UnsavedChoice;

class ProjectWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void saveAndOpenRestoreInputsParametersBlinksAndCrop();
    void savedCropFramesThePortraitOnOpen();
    void brokenProjectFilesChangeNothing();
    void movedPhotoIsNamedAndTheRestLoads();
    void modifiedFlagFollowsEditsAndShowsInTheTitle();
    void closeAsksWhenModifiedAndCancelKeepsTheWindow();
    void newAndOpenAskFirst();
    void openRecentKeepsTheLastEightAndDropsMissingFiles();
    void openFileOpensAProjectAndRefusesOtherFiles();

private:
    vx::studio::ComputeDevice availableDevice(const MainWindow& window) const {
        return window.buildInfo().cudaAvailable ? vx::studio::ComputeDevice::CudaBf16
                                                : vx::studio::ComputeDevice::CpuFp32;
    }
    // Loads the astronaut and the speech into `window` and waits for both.
    void loadInputs(MainWindow& window, const QString& portrait) {
        QVERIFY(window.openPortrait(portrait));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasPortrait() && !window.isBusy(), 60000);
        QVERIFY(window.openAudio(m_wav));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio() && !window.isBusy(), 60000);
    }
    bool openAndWait(MainWindow& window, const QString& path) {
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        if (!window.openProject(path))
            return false;
        return loaded.count() > 0 || loaded.wait(60000);
    }

    QTemporaryDir m_dir;
    QString m_wav;
};

void ProjectWindowTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Hello, this project keeps every setting."));
    QVERIFY2(!m_wav.isEmpty(), "espeak-ng could not write the test recording");
}

void ProjectWindowTest::init() {
    vx::test::useCleanStudioSettings();
}

void ProjectWindowTest::saveAndOpenRestoreInputsParametersBlinksAndCrop() {
    const QString path = m_dir.filePath(QStringLiteral("talk.vxproj"));
    vx::studio::StudioParameters saved;
    std::optional<QRect> crop;
    {
        MainWindow window;
        loadInputs(window, vx::test::astronautPath());
        window.setParameters(vx::test::nonDefaultParameters(availableDevice(window)));
        saved = window.parameters();
        crop = window.portraitCrop();
        QVERIFY(crop.has_value());
        QVERIFY(window.saveProjectTo(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.projectPath(), QFileInfo(path).absoluteFilePath());
    }
    MainWindow reopened;
    QVERIFY(openAndWait(reopened, path));
    QVERIFY(reopened.hasPortrait());
    QVERIFY(reopened.hasAudio());
    QCOMPARE(reopened.portraitPath(), vx::test::astronautPath());
    QCOMPARE(reopened.audioPath(), m_wav);
    const QString diff = vx::test::parameterDifferences(reopened.parameters(), saved);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(reopened.parameters().manualBlinkSec, (std::vector<double>{0.5, 1.25}));
    QCOMPARE(reopened.portraitCrop(), crop);
    // The blinks reach the performance the preview plays, not only the settings.
    int manual = 0;
    for (const auto& blink : reopened.performanceTrack().blinks)
        manual += blink.manual ? 1 : 0;
    QCOMPARE(manual, 2);
    QVERIFY(!reopened.isWindowModified());
    QVERIFY2(reopened.windowTitle().startsWith(QStringLiteral("talk[*]")),
             qPrintable(reopened.windowTitle()));
}

void ProjectWindowTest::savedCropFramesThePortraitOnOpen() {
    // A crop other than the automatic one, as a user adjustment would store it.
    vx::ui::ProjectFile project;
    project.portraitPath = vx::test::astronautPath();
    project.crop = QRect(100, 40, 300, 300);
    const QString path = m_dir.filePath(QStringLiteral("cropped.vxproj"));
    vx::ui::writeProjectFile(project, path);
    MainWindow window;
    QVERIFY(openAndWait(window, path));
    QVERIFY(window.hasPortrait());
    QCOMPARE(window.portraitCrop(), project.crop);
}

void ProjectWindowTest::brokenProjectFilesChangeNothing() {
    MainWindow window;
    QVERIFY(window.openAudio(m_wav));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio() && !window.isBusy(), 60000);
    window.setParameters(vx::test::nonDefaultParameters(availableDevice(window)));
    const QString good = m_dir.filePath(QStringLiteral("good.vxproj"));
    QVERIFY(window.saveProjectTo(good));
    const vx::studio::StudioParameters before = window.parameters();

    const QString invalid = m_dir.filePath(QStringLiteral("invalid.vxproj"));
    const QString newer = m_dir.filePath(QStringLiteral("newer.vxproj"));
    const std::pair<QString, QByteArray> files[] = {
        {invalid, "this is not JSON"},
        {newer, R"({"format": "vxproj", "version": 99})"},
    };
    for (const auto& [path, text] : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(!window.openProject(path));
        QVERIFY2(window.lastError().contains(QDir::toNativeSeparators(path)),
                 qPrintable(window.lastError()));
        QCOMPARE(window.projectPath(), QFileInfo(good).absoluteFilePath());
        QVERIFY(vx::test::parameterDifferences(window.parameters(), before).isEmpty());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.audioPath(), m_wav);
    }
    QVERIFY(window.lastError().contains(QStringLiteral("newer VX Studio")));
}

void ProjectWindowTest::movedPhotoIsNamedAndTheRestLoads() {
    const QString photo = m_dir.filePath(QStringLiteral("face.png"));
    QFile::remove(photo);
    QVERIFY(QFile::copy(vx::test::astronautPath(), photo));
    const QString path = m_dir.filePath(QStringLiteral("moved.vxproj"));
    vx::studio::StudioParameters saved;
    {
        MainWindow window;
        loadInputs(window, photo);
        window.setParameters(vx::test::nonDefaultParameters(availableDevice(window)));
        saved = window.parameters();
        QVERIFY(window.saveProjectTo(path));
    }
    QVERIFY(QFile::remove(photo));
    MainWindow reopened;
    QVERIFY(openAndWait(reopened, path));
    QVERIFY2(reopened.lastError().contains(QDir::toNativeSeparators(photo)),
             qPrintable(reopened.lastError()));
    QVERIFY(!reopened.hasPortrait());
    QVERIFY(reopened.hasAudio());
    QVERIFY(vx::test::parameterDifferences(reopened.parameters(), saved).isEmpty());
}

void ProjectWindowTest::modifiedFlagFollowsEditsAndShowsInTheTitle() {
    MainWindow window;
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — VX Studio"));

    vx::studio::StudioParameters changed = window.parameters();
    changed.steps = 12;
    window.setParameters(changed);
    QVERIFY(window.isWindowModified());

    const QString path = m_dir.filePath(QStringLiteral("flag.vxproj"));
    QVERIFY(window.saveProjectTo(path));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.windowTitle(), QStringLiteral("flag[*] — VX Studio"));

    // A blink placed on the timeline is an edit.
    changed.manualBlinkSec = {0.75};
    window.setParameters(changed);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveProject());  // the project has a file: no dialog
    QVERIFY(!window.isWindowModified());

    // So is a new input.
    QVERIFY(window.openAudio(m_wav));
    QTRY_VERIFY_WITH_TIMEOUT(window.hasAudio() && !window.isBusy(), 60000);
    QVERIFY(window.isWindowModified());

    // Opening a project leaves it unmodified once its inputs have loaded.
    QVERIFY(window.saveProject());
    window.setUnsavedChangesPrompt([] { return Choice::Discard; });
    QVERIFY(openAndWait(window, path));
    QVERIFY(!window.isWindowModified());
}

void ProjectWindowTest::closeAsksWhenModifiedAndCancelKeepsTheWindow() {
    MainWindow window;
    int asked = 0;
    Choice answer = Choice::Cancel;
    window.setUnsavedChangesPrompt([&] {
        ++asked;
        return answer;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Nothing to lose: no question.
    QVERIFY(window.close());
    QCOMPARE(asked, 0);
    window.show();

    vx::studio::StudioParameters changed = window.parameters();
    changed.seed = 7;
    window.setParameters(changed);
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(window.isWindowModified());

    // Save writes the project (it has a file) and then closes.
    const QString path = m_dir.filePath(QStringLiteral("closing.vxproj"));
    QVERIFY(window.saveProjectTo(path));
    changed.seed = 8;
    window.setParameters(changed);
    answer = Choice::Save;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
    QCOMPARE(vx::ui::readProjectFile(path).parameters.seed, 8u);

    window.show();
    changed.seed = 9;
    window.setParameters(changed);
    answer = Choice::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 3);
    QCOMPARE(vx::ui::readProjectFile(path).parameters.seed, 8u);
}

void ProjectWindowTest::newAndOpenAskFirst() {
    MainWindow window;
    Choice answer = Choice::Cancel;
    window.setUnsavedChangesPrompt([&] { return answer; });
    const vx::studio::StudioParameters changed =
        vx::test::nonDefaultParameters(availableDevice(window));
    window.setParameters(changed);
    const QString other = m_dir.filePath(QStringLiteral("other.vxproj"));
    vx::ui::writeProjectFile(vx::ui::ProjectFile{}, other);

    QVERIFY(!window.newProject());
    QVERIFY(!window.openProject(other));
    QVERIFY(window.isWindowModified());
    QVERIFY(vx::test::parameterDifferences(window.parameters(), changed).isEmpty());

    answer = Choice::Discard;
    QVERIFY(window.newProject());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.parameters().expressionPercent,
             vx::studio::StudioParameters().expressionPercent);
    QVERIFY(window.parameters().manualBlinkSec.empty());
    QCOMPARE(window.projectPath(), QString());
}

void ProjectWindowTest::openRecentKeepsTheLastEightAndDropsMissingFiles() {
    MainWindow window;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << QFileInfo(m_dir.filePath(QStringLiteral("recent%1.vxproj").arg(i)))
                     .absoluteFilePath();
        QVERIFY(window.saveProjectTo(paths.back()));
    }
    QStringList expected;
    for (int i = 9; i >= 2; --i)
        expected << paths[i];
    QCOMPARE(window.recentProjects(), expected);
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecentProjects"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 8);

    // Another window (the next start) sees the same list.
    {
        MainWindow next;
        QCOMPARE(next.recentProjects(), expected);
    }

    // A project deleted since: choosing it says so and takes it off the list.
    QVERIFY(QFile::remove(paths[9]));
    menu->actions().front()->trigger();
    QVERIFY2(window.lastError().contains(QDir::toNativeSeparators(paths[9])),
             qPrintable(window.lastError()));
    QCOMPARE(window.recentProjects(), expected.mid(1));
    QCOMPARE(menu->actions().size(), 7);

    // Choosing an existing one opens it.
    menu->actions().front()->trigger();
    QCOMPARE(window.projectPath(), paths[8]);
}

void ProjectWindowTest::openFileOpensAProjectAndRefusesOtherFiles() {
    // What the desktop entry's "vxstudio %f" hands over when a project is opened from a file
    // manager (app/gui/main.cpp passes it to openFile).
    vx::ui::ProjectFile project;
    project.portraitPath = vx::test::astronautPath();
    const QString folder = m_dir.filePath(QStringLiteral("from-file-manager"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/clicked.vxproj");
    vx::ui::writeProjectFile(project, path);

    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(window.openFile(path));
    QVERIFY(loaded.count() > 0 || loaded.wait(60000));
    QCOMPARE(window.projectPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.hasPortrait());
    QCOMPARE(window.portraitPath(), vx::test::astronautPath());
    // As after File -> Open: the next Open dialog starts in the project's folder.
    QCOMPARE(QSettings().value(vx::ui::settings_keys::kProjectFolder).toString(),
             QFileInfo(path).absolutePath());

    // Anything else is refused with a message and the project stays.
    QVERIFY(!window.openFile(vx::test::astronautPath()));
    QVERIFY2(window.lastError().contains(QStringLiteral("not a VX Studio project")),
             qPrintable(window.lastError()));
    QCOMPARE(window.projectPath(), QFileInfo(path).absoluteFilePath());
}

QTEST_MAIN(ProjectWindowTest)
#include "project_window_test.moc"
