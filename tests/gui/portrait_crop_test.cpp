// The rendered square on the portrait: dragging it moves the framing, dragging a corner resizes
// it, a double-click goes back to the automatic framing; each edit prepares the portrait again
// with that crop.
#include <QtTest>

#include "studio_test_media.h"
#include "ui/inputs/drop_zone.h"
#include "ui/window/main_window.h"
#include "ui/inputs/portrait_view.h"

using vx::ui::MainWindow;
using vx::ui::PortraitView;

class PortraitCropTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void draggingMovesResizesAndResetsTheCrop();

private:
    // The view point of a point in the photo.
    static QPoint toView(const PortraitView& view, const QPointF& photo) {
        const QRectF target = view.photoRect();
        const double scale = target.width() / view.photoSize().width();
        return (target.topLeft() + photo * scale).toPoint();
    }
    static void drag(PortraitView& view, QPoint from, QPoint to) {
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
        // Several steps, as a hand would.
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(&view, from + (to - from) * i / 4);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, to);
    }
};

void PortraitCropTest::draggingMovesResizesAndResetsTheCrop() {
    MainWindow window;
    window.setUnsavedChangesPrompt([] { return MainWindow::UnsavedChoice::Discard; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* zone = window.findChild<vx::ui::DropZone*>(QStringLiteral("portraitDropZone"));
    auto* view = window.findChild<PortraitView*>(QStringLiteral("portraitView"));
    QVERIFY(zone && view);
    QSignalSpy ready(&window, &MainWindow::portraitReady);
    QVERIFY(vx::test::dropFile(zone, vx::test::astronautPath()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QVERIFY(window.portraitCrop().has_value());
    const QRect automatic = *window.portraitCrop();
    QCOMPARE(automatic.width(), automatic.height());

    // Move: 40 photo pixels towards the side with room.
    const int shift = automatic.x() >= 40 ? -40 : 40;
    const QPointF centre = QRectF(automatic).center();
    drag(*view, toView(*view, centre), toView(*view, centre + QPointF(shift, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 60000);
    const QRect moved = *window.portraitCrop();
    QVERIFY2(std::abs(moved.x() - (automatic.x() + shift)) <= 3,
             qPrintable(QStringLiteral("crop x %1, expected about %2")
                            .arg(moved.x())
                            .arg(automatic.x() + shift)));
    QVERIFY(std::abs(moved.y() - automatic.y()) <= 3);
    QVERIFY(std::abs(moved.width() - automatic.width()) <= 3);

    // Resize from the bottom-right corner: 60 photo pixels smaller, the top-left stays.
    const QPointF corner = QRectF(moved).bottomRight();
    drag(*view, toView(*view, corner), toView(*view, corner - QPointF(60, 60)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 60000);
    const QRect resized = *window.portraitCrop();
    QVERIFY2(std::abs(resized.width() - (moved.width() - 60)) <= 3,
             qPrintable(QStringLiteral("side %1, expected about %2")
                            .arg(resized.width())
                            .arg(moved.width() - 60)));
    QCOMPARE(resized.width(), resized.height());
    QVERIFY(std::abs(resized.x() - moved.x()) <= 3 && std::abs(resized.y() - moved.y()) <= 3);
    // The view shows the new square.
    QVERIFY(std::abs(view->crop().width() - resized.width()) <= 1.0);

    // Double-click inside: the automatic framing again.
    QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier,
                       toView(*view, QRectF(resized).center()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 60000);
    QCOMPARE(*window.portraitCrop(), automatic);
}

QTEST_MAIN(PortraitCropTest)
#include "portrait_crop_test.moc"
