// Autosave and recovery: a modified project is written to the autosave file after the
// (shortened) interval; a window that did not close cleanly leaves it, and the next start
// recovers it on request; a clean close and a declined recovery remove it.
#include <QtTest>

#include <QFile>

#include "project_test_support.h"
#include "ui/window/main_window.h"
#include "ui/project/project_file.h"

using vx::ui::MainWindow;

class ProjectAutosaveTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void modifiedProjectIsAutosavedAndRecovered();
    void cleanCloseRemovesTheAutosave();
    void declinedRecoveryRemovesTheAutosave();
    void unmodifiedProjectIsNotAutosaved();

private:
    // A window whose modified project has been autosaved; returns its parameters.
    vx::studio::StudioParameters autosaveFrom(MainWindow& window) {
        window.setAutosaveInterval(100);
        vx::studio::StudioParameters p = vx::test::nonDefaultParameters(vx::studio::ComputeDevice::CpuFp32);
        window.setParameters(p);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(window.autosavePath()), 10000); }();
        return window.parameters();
    }
};

void ProjectAutosaveTest::init() {
    vx::test::useCleanStudioSettings();
    QFile::remove(MainWindow().autosavePath());
}

void ProjectAutosaveTest::modifiedProjectIsAutosavedAndRecovered() {
    vx::studio::StudioParameters saved;
    QString autosave;
    {
        // Destroyed without closing: what a crash leaves behind.
        MainWindow crashed;
        saved = autosaveFrom(crashed);
        autosave = crashed.autosavePath();
        const vx::ui::ProjectFile written = vx::ui::readProjectFile(autosave);
        QVERIFY(vx::test::parameterDifferences(written.parameters, saved).isEmpty());
    }
    QVERIFY(QFile::exists(autosave));

    MainWindow next;
    QString offered;
    next.setRecoveryPrompt([&](const QString& path) {
        offered = path;
        return true;
    });
    QSignalSpy loaded(&next, &MainWindow::projectLoaded);
    QVERIFY(next.checkForRecovery());
    QCOMPARE(offered, autosave);
    QTRY_VERIFY(loaded.count() > 0);
    const QString diff = vx::test::parameterDifferences(next.parameters(), saved);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Recovered work is not saved anywhere yet.
    QVERIFY(next.isWindowModified());
    QCOMPARE(next.projectPath(), QString());
}

void ProjectAutosaveTest::cleanCloseRemovesTheAutosave() {
    MainWindow window;
    window.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    window.show();
    autosaveFrom(window);
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(window.autosavePath()));
    MainWindow next;
    int asked = 0;
    next.setRecoveryPrompt([&](const QString&) { return ++asked > 0; });
    QVERIFY(!next.checkForRecovery());
    QCOMPARE(asked, 0);
}

void ProjectAutosaveTest::declinedRecoveryRemovesTheAutosave() {
    QString autosave;
    {
        MainWindow crashed;
        autosaveFrom(crashed);
        autosave = crashed.autosavePath();
    }
    MainWindow next;
    next.setRecoveryPrompt([](const QString&) { return false; });
    QVERIFY(!next.checkForRecovery());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(!next.isWindowModified());
    // (The quality is remembered as the user's choice; the performance is the project's.)
    QCOMPARE(next.parameters().expressionPercent, vx::studio::StudioParameters().expressionPercent);
}

void ProjectAutosaveTest::unmodifiedProjectIsNotAutosaved() {
    MainWindow window;
    window.setAutosaveInterval(50);
    QTest::qWait(300);
    QVERIFY(!QFile::exists(window.autosavePath()));
}

QTEST_MAIN(ProjectAutosaveTest)
#include "project_autosave_test.moc"
