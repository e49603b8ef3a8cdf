// The keyframe lanes under the studio's timeline (ui/timeline/keyframe_lanes.h), driven with the
// mouse and the keyboard as a user would: double-click adds a key, a drag moves it and snaps to
// the voice's word boundaries (Shift: no snapping), the keyboard nudges and deletes, the context
// menu sets the interpolation and adds style keys; every edit is one undo step; the instant
// preview follows at once; the project keeps the keys and the render request carries them.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

#include "project_test_support.h"
#include "studio/keyframe_snaps.h"
#include "studio/render_job.h"
#include "studio_test_media.h"
#include "ui/timeline/keyframe_lanes.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

using vx::studio::Interpolation;
using vx::studio::KeyframeLane;
using vx::ui::KeyframeLanes;
using vx::ui::MainWindow;

namespace {

// Runs `choose` on the next popup menu once it is open (menus run their own event loop).
void whenMenuOpens(std::function<void(QMenu*)> choose) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, choose] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        poll->deleteLater();
        choose(menu);
    });
    poll->start(20);
}

// Triggers the action called `name` in `menu` or one of its submenus, then closes the menus.
void trigger(QMenu* menu, const QString& name) {
    QAction* action = menu->findChild<QAction*>(name);
    QVERIFY2(action, qPrintable(name));
    action->trigger();
    menu->close();
}

void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers) {
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons,
                      modifiers);
    QApplication::sendEvent(widget, &event);
}

// Drags from `from` to `to` with the left button, holding `modifiers`.
void drag(QWidget* widget, const QPoint& from, const QPoint& to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    const QPoint middle = (from + to) / 2;
    sendMouse(widget, QEvent::MouseMove, middle, Qt::LeftButton, modifiers);
    sendMouse(widget, QEvent::MouseMove, to, Qt::LeftButton, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

void openContextMenu(QWidget* widget, const QPoint& at) {
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
}

}  // namespace

class KeyframeLanesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void doubleClickAddsAKeyAndUndoRemovesIt();
    void dragMovesAKeySnappingToTheVoice();
    void keyboardNudgesAndDeletes();
    void contextMenuSetsInterpolationAndAddsStyleKeys();
    void thePreviewFollowsTheKeysAtOnce();
    void theProjectAndTheRenderKeepTheKeys();

private:
    KeyframeLanes* lanes() const { return m_window->timeline()->keyframeLanes(); }
    void undo() { m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger(); }
    void redo() { m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger(); }

    QTemporaryDir m_dir;
    QString m_wav;
    MainWindow* m_window = nullptr;
};

void KeyframeLanesTest::initTestCase() {
    vx::test::useCleanStudioSettings();
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(
        m_dir, QStringLiteral("voice.wav"),
        QStringLiteral("First we heat the water. Then, after a pause, it boils and turns to "
                       "steam."));
    QVERIFY2(!m_wav.isEmpty(), "espeak-ng is needed");
}

void KeyframeLanesTest::init() {
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(vx::test::openAstronautAndWait(*m_window, m_wav));
    QVERIFY(!lanes()->isVisible());
    m_window->findChild<QAction*>(QStringLiteral("actionShowKeyframeLanes"))->trigger();
    QVERIFY(lanes()->isVisible());
    QTest::qWait(50);  // the plot lays out and hands its time axis to the lanes
}

void KeyframeLanesTest::cleanup() {
    m_window->setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    delete m_window;
    m_window = nullptr;
}

void KeyframeLanesTest::doubleClickAddsAKeyAndUndoRemovesIt() {
    const QPoint at = lanes()->lanePoint(KeyframeLane::Expression, 1.0, 30.0);
    QTest::mouseDClick(lanes(), Qt::LeftButton, {}, at);
    const auto& keys = m_window->keyframes().lane(KeyframeLane::Expression);
    QCOMPARE(int(keys.size()), 1);
    // The height sets the value: one pixel is 100 / 14 percent on a 20-pixel lane.
    QVERIFY2(std::abs(keys[0].value - 30.0) <= 8.0, qPrintable(QString::number(keys[0].value)));
    QVERIFY(keys[0].timeSec > 0.5 && keys[0].timeSec < 1.5);
    QCOMPARE(lanes()->keyframes(), m_window->keyframes());
    QVERIFY(m_window->isProjectModified());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add Key"));

    undo();
    QVERIFY(m_window->keyframes().empty());
    QVERIFY(lanes()->keyframes().empty());
    redo();
    QCOMPARE(int(m_window->keyframes().lane(KeyframeLane::Expression).size()), 1);
}

void KeyframeLanesTest::dragMovesAKeySnappingToTheVoice() {
    vx::studio::Keyframes start;
    vx::studio::Keyframe key;
    key.timeSec = 0.2;
    key.value = 40;
    vx::studio::addKey(start, KeyframeLane::Identity, key);
    m_window->setKeyframes(start);

    // The snap times are the recording's word and pause boundaries: a sentence with a pause
    // has several, inside the clip.
    const std::vector<double>& snaps = lanes()->snapTimes();
    QVERIFY2(snaps.size() >= 3, qPrintable(QString::number(snaps.size())));
    const double duration = m_window->timeline()->durationSeconds();
    for (const double t : snaps)
        QVERIFY(t >= 0.0 && t <= duration);
    // The boundary nearest the middle of the clip.
    const double target = *std::min_element(snaps.begin(), snaps.end(), [&](double a, double b) {
        return std::abs(a - duration / 2) < std::abs(b - duration / 2);
    });
    const QPoint near = lanes()->lanePoint(KeyframeLane::Identity, target, 40.0) + QPoint(3, 0);

    // Without Shift the key lands exactly on the boundary; the value follows the height.
    drag(lanes(), lanes()->keyPoint(KeyframeLane::Identity, 0), near);
    QCOMPARE(m_window->keyframes().lane(KeyframeLane::Identity)[0].timeSec, target);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Move Key"));
    QCOMPARE(m_window->undoStack()->count(), 1);  // one drag, one undo step
    undo();
    QCOMPARE(m_window->keyframes(), start);

    // With Shift it lands where the mouse is.
    drag(lanes(), lanes()->keyPoint(KeyframeLane::Identity, 0), near, Qt::ShiftModifier);
    const double free = m_window->keyframes().lane(KeyframeLane::Identity)[0].timeSec;
    QVERIFY(free != target);
    QVERIFY2(std::abs(free - target) < 0.2, qPrintable(QString::number(free)));
}

void KeyframeLanesTest::keyboardNudgesAndDeletes() {
    vx::studio::Keyframes start;
    vx::studio::Keyframe key;
    key.timeSec = 1.0;
    key.value = 10;
    vx::studio::addKey(start, KeyframeLane::YawOffset, key);
    m_window->setKeyframes(start);
    QTest::mouseClick(lanes(), Qt::LeftButton, {}, lanes()->keyPoint(KeyframeLane::YawOffset, 0));
    QVERIFY(lanes()->selectedKey().has_value());
    QVERIFY(lanes()->hasFocus());

    QTest::keyClick(lanes(), Qt::Key_Right);
    const double fps = m_window->parameters().targetFps;
    QCOMPARE(m_window->keyframes().lane(KeyframeLane::YawOffset)[0].timeSec, 1.0 + 1.0 / fps);
    QTest::keyClick(lanes(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_window->keyframes().lane(KeyframeLane::YawOffset)[0].value, 15.0);  // 10 + 10 × 0.5°
    QTest::keyClick(lanes(), Qt::Key_Delete);
    QVERIFY(m_window->keyframes().empty());

    QCOMPARE(m_window->undoStack()->count(), 3);
    undo();
    undo();
    undo();
    QCOMPARE(m_window->keyframes(), start);
}

void KeyframeLanesTest::contextMenuSetsInterpolationAndAddsStyleKeys() {
    vx::studio::Keyframes start;
    vx::studio::Keyframe a;
    a.timeSec = 0.5;
    a.value = 20;
    vx::studio::Keyframe b;
    b.timeSec = 2.0;
    b.value = 90;
    vx::studio::addKey(start, KeyframeLane::HeadAmount, a);
    vx::studio::addKey(start, KeyframeLane::HeadAmount, b);
    m_window->setKeyframes(start);

    whenMenuOpens([](QMenu* menu) { trigger(menu, QStringLiteral("interpolation:hold")); });
    openContextMenu(lanes(), lanes()->keyPoint(KeyframeLane::HeadAmount, 0));
    QCOMPARE(m_window->keyframes().lane(KeyframeLane::HeadAmount)[0].toNext, Interpolation::Hold);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change Interpolation"));
    // Hold: the value stays 20 until the next key.
    QCOMPARE(vx::studio::evaluateLane(m_window->keyframes().lane(KeyframeLane::HeadAmount), 1.9),
             20.0);

    // A style key from the style lane's menu.
    whenMenuOpens([](QMenu* menu) { trigger(menu, QStringLiteral("styleKey:Calm narrator")); });
    openContextMenu(lanes(), lanes()->lanePoint(KeyframeLane::Style, 1.5, 0.0));
    const auto& styleKeys = m_window->keyframes().lane(KeyframeLane::Style);
    QCOMPARE(int(styleKeys.size()), 1);
    QVERIFY(styleKeys[0].style.has_value());
    QCOMPARE(styleKeys[0].style->name, std::string("Calm narrator"));
    undo();
    QVERIFY(m_window->keyframes().lane(KeyframeLane::Style).empty());
}

void KeyframeLanesTest::thePreviewFollowsTheKeysAtOnce() {
    const auto headMoves = [this] {
        double largest = 0.0;
        for (const auto& pose : m_window->performanceTrack().poses)
            largest = std::max({largest, std::abs(pose.yawDeg), std::abs(pose.pitchDeg)});
        return largest;
    };
    QVERIFY(headMoves() > 0.5);
    // A key at the bottom of the head motion lane: no head motion over the whole clip.
    QTest::mouseDClick(lanes(), Qt::LeftButton, {},
                       lanes()->lanePoint(KeyframeLane::HeadAmount, 1.0, 0.0));
    QCOMPARE(m_window->keyframes().lane(KeyframeLane::HeadAmount)[0].value, 0.0);
    QVERIFY2(headMoves() < 1e-6, qPrintable(QString::number(headMoves())));
    undo();
    QVERIFY(headMoves() > 0.5);
}

void KeyframeLanesTest::theProjectAndTheRenderKeepTheKeys() {
    QTest::mouseDClick(lanes(), Qt::LeftButton, {},
                       lanes()->lanePoint(KeyframeLane::Expression, 0.5, 80.0));
    QTest::mouseDClick(lanes(), Qt::LeftButton, {},
                       lanes()->lanePoint(KeyframeLane::PitchOffset, 1.5, -10.0));
    const vx::studio::Keyframes edited = m_window->keyframes();
    QCOMPARE(int(edited.lane(KeyframeLane::Expression).size()), 1);
    QCOMPARE(int(edited.lane(KeyframeLane::PitchOffset).size()), 1);
    // The render request carries them (the core evaluates them per frame for the engine).
    QCOMPARE(m_window->renderRequest(m_dir.filePath(QStringLiteral("out.mp4")), false).keyframes,
             edited);

    const QString project = m_dir.filePath(QStringLiteral("keys.vxproj"));
    QVERIFY(m_window->saveProjectTo(project));
    MainWindow reopened;
    reopened.show();
    QSignalSpy loaded(&reopened, &MainWindow::projectLoaded);
    QVERIFY(reopened.openProject(project));
    QVERIFY(loaded.count() > 0 || loaded.wait(60000));
    QCOMPARE(reopened.keyframes(), edited);
    QCOMPARE(reopened.timeline()->keyframeLanes()->keyframes(), edited);
    // A project with keys shows its lanes, and starts with nothing to undo.
    QVERIFY(reopened.timeline()->keyframeLanes()->isVisible());
    QCOMPARE(reopened.undoStack()->count(), 0);
}

QTEST_MAIN(KeyframeLanesTest)
#include "keyframe_lanes_test.moc"
