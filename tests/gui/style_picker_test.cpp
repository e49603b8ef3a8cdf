// The studio's style picker (ui/styles), driven as a user would: every style animates on the
// loaded portrait; one click sets the controls; a control changed afterwards is marked; the
// user's own styles are saved, renamed, exported, deleted and imported through the picker's
// dialogs; a project keeps the style's name and its overrides across saving and reopening.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSlider>
#include <QTimer>

#include <functional>

#include "project_test_support.h"
#include "studio/style_file.h"
#include "studio/style_library.h"
#include "studio/styles.h"
#include "studio_test_media.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/styles/save_style_dialog.h"
#include "ui/styles/style_picker.h"
#include "ui/window/main_window.h"

using vx::studio::ParameterId;
using vx::ui::MainWindow;
using vx::ui::StylePicker;

namespace {

// Runs `answer` on the next modal dialog of type Dialog once it is shown (the picker's dialogs
// are modal, so the test answers them from the event loop, as a user would).
template <typename Dialog>
void whenShown(std::function<void(Dialog*)> answer) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
    });
    poll->start(20);
}

QListWidgetItem* itemNamed(StylePicker* picker, const QString& name) {
    const auto found = picker->list()->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.front();
}

void clickStyle(StylePicker* picker, const QString& name) {
    QListWidgetItem* item = itemNamed(picker, name);
    QVERIFY2(item, qPrintable(name));
    picker->list()->scrollToItem(item);
    QTest::mouseClick(picker->list()->viewport(), Qt::LeftButton, {},
                      picker->list()->visualItemRect(item).center());
}

}  // namespace

class StylePickerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyStyleAnimatesOnThePortrait();
    void oneClickSetsTheControlsAndChangesAreMarked();
    void userStylesAreSavedRenamedExportedDeletedAndImported();
    void aProjectKeepsTheStyleAndItsOverrides();

private:
    QTemporaryDir m_dir;
    QString m_wav;
};

void StylePickerTest::initTestCase() {
    vx::test::useCleanStudioSettings();
    QVERIFY(m_dir.isValid());
    m_wav = vx::test::speakToWav(m_dir, QStringLiteral("voice.wav"),
                                 QStringLiteral("Today we look at the water cycle, step by step."));
    QVERIFY2(!m_wav.isEmpty(), "espeak-ng is needed");
}

void StylePickerTest::init() {
    // Each test starts with no styles of the user's own.
    QDir(QString::fromStdString(vx::studio::defaultStyleFolder().string())).removeRecursively();
}

void StylePickerTest::everyStyleAnimatesOnThePortrait() {
    MainWindow window;
    window.show();
    StylePicker* picker = window.stylePicker();
    QCOMPARE(picker->list()->count(), int(vx::studio::builtInStyles().size()));
    QVERIFY(vx::test::openAstronautAndWait(window, m_wav));
    QTRY_VERIFY_WITH_TIMEOUT(!picker->thumbnailsBusy(), 60000);
    // Over a second of animation each style's icon shows several different pictures.
    QVector<QSet<qint64>> seen(picker->list()->count());
    for (int tick = 0; tick < 12; ++tick) {
        for (int row = 0; row < picker->list()->count(); ++row) {
            const QImage image = picker->list()->item(row)->icon().pixmap(80).toImage();
            QCOMPARE(image.size(), QSize(80, 80));
            seen[row].insert(qint64(qHashBits(image.constBits(), size_t(image.sizeInBytes()))));
        }
        QTest::qWait(90);
    }
    for (int row = 0; row < picker->list()->count(); ++row)
        QVERIFY2(seen[row].size() >= 3, qPrintable(picker->list()->item(row)->text()));
    // Two styles never show the same pictures.
    QVERIFY(seen[0] != seen[1]);
}

void StylePickerTest::oneClickSetsTheControlsAndChangesAreMarked() {
    MainWindow window;
    window.show();
    StylePicker* picker = window.stylePicker();
    QVERIFY(picker->statusText().contains(QStringLiteral("No style")));
    clickStyle(picker, QStringLiteral("Calm narrator"));
    const vx::studio::Style& narrator = *vx::studio::findBuiltInStyle("Calm narrator");
    QCOMPARE(window.parameters().styleName, narrator.name);
    for (const ParameterId id : vx::studio::styleParameters())
        QCOMPARE(window.parameters().valueOf(id), narrator.values.at(id));
    QCOMPARE(picker->statusText(), QStringLiteral("Style: Calm narrator"));
    QCOMPARE(picker->list()->currentItem()->text(), QStringLiteral("Calm narrator"));

    // A control moved afterwards is an override: the status says so, its label is marked.
    auto* expression = window.findChild<QSlider*>(QStringLiteral("expressionSlider"));
    QVERIFY(expression);
    expression->setValue(expression->value() + 15);
    QVERIFY2(picker->statusText().contains(QStringLiteral("modified (1 control")),
             qPrintable(picker->statusText()));
    QVERIFY(window.parametersPanel()->isMarkedAsOverride(ParameterId::ExpressionPercent));
    QVERIFY(!window.parametersPanel()->isMarkedAsOverride(ParameterId::IdentityPercent));
    QCOMPARE(window.parameters().styleName, narrator.name);

    // Another style replaces every value, overrides included.
    clickStyle(picker, QStringLiteral("Emphatic speaker"));
    QCOMPARE(window.parameters().expressionPercent,
             vx::studio::findBuiltInStyle("Emphatic speaker")
                 ->values.at(ParameterId::ExpressionPercent));
    QVERIFY(!window.parametersPanel()->isMarkedAsOverride(ParameterId::ExpressionPercent));
    QCOMPARE(picker->statusText(), QStringLiteral("Style: Emphatic speaker"));

    // Reset leaves no style chosen.
    window.findChild<QPushButton*>(QStringLiteral("resetPerformanceButton"))->click();
    QVERIFY(window.parameters().styleName.empty());
    QVERIFY(picker->statusText().contains(QStringLiteral("No style")));
}

void StylePickerTest::userStylesAreSavedRenamedExportedDeletedAndImported() {
    MainWindow window;
    window.show();
    StylePicker* picker = window.stylePicker();
    clickStyle(picker, QStringLiteral("Friendly teacher"));
    window.findChild<QSlider*>(QStringLiteral("identitySlider"))->setValue(80);

    // Save as Style: a built-in's name is refused, a new one saved.
    bool builtInRefused = false;
    whenShown<vx::ui::SaveStyleDialog>([&](vx::ui::SaveStyleDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("styleNameEdit"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        name->setText(QStringLiteral("news anchor"));
        builtInRefused = !ok->isEnabled();
        name->setText(QStringLiteral("Lesson voice"));
        dialog->findChild<QLineEdit*>(QStringLiteral("styleDescriptionEdit"))
            ->setText(QStringLiteral("For the chemistry lessons"));
        ok->click();
    });
    window.findChild<QPushButton*>(QStringLiteral("saveStyleButton"))->click();
    QVERIFY(builtInRefused);
    QVERIFY(itemNamed(picker, QStringLiteral("Lesson voice")));
    QCOMPARE(window.parameters().styleName, std::string("Lesson voice"));
    QCOMPARE(picker->statusText(), QStringLiteral("Style: Lesson voice"));
    const auto saved = picker->library().find("Lesson voice");
    QVERIFY(saved);
    QCOMPARE(saved->values.at(ParameterId::IdentityPercent), 80.0);
    QCOMPARE(saved->description, std::string("For the chemistry lessons"));

    // Saving under a name of one's own offers to replace it.
    QString okText;
    whenShown<vx::ui::SaveStyleDialog>([&](vx::ui::SaveStyleDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("styleNameEdit"))
            ->setText(QStringLiteral("lesson voice"));
        okText = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text();
        dialog->reject();
    });
    window.findChild<QPushButton*>(QStringLiteral("saveStyleButton"))->click();
    QCOMPARE(okText, QStringLiteral("Replace"));

    // Rename: the project follows the new name.
    picker->list()->setCurrentItem(itemNamed(picker, QStringLiteral("Lesson voice")));
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("Lab voice"));
        dialog->accept();
    });
    picker->findChild<QAction*>(QStringLiteral("actionRenameStyle"))->trigger();
    QVERIFY(itemNamed(picker, QStringLiteral("Lab voice")));
    QVERIFY(!itemNamed(picker, QStringLiteral("Lesson voice")));
    QCOMPARE(window.parameters().styleName, std::string("Lab voice"));
    QVERIFY(picker->findChild<QAction*>(QStringLiteral("actionRenameStyle"))->isEnabled());

    // Export writes a style file that reads back to the same style.
    const QString exported = m_dir.filePath(QStringLiteral("lab-voice.json"));
    QVERIFY(picker->exportStyleTo(QStringLiteral("Lab voice"), exported));
    QCOMPARE(vx::studio::readStyleFile(exported.toStdString()).values, saved->values);

    // Delete (confirmed): gone from the list and the folder; the project keeps its values.
    picker->list()->setCurrentItem(itemNamed(picker, QStringLiteral("Lab voice")));
    whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    picker->findChild<QAction*>(QStringLiteral("actionDeleteStyle"))->trigger();
    QVERIFY(!itemNamed(picker, QStringLiteral("Lab voice")));
    QVERIFY(!picker->library().find("Lab voice"));
    QCOMPARE(window.parameters().identityPercent, 80.0);
    QVERIFY2(picker->statusText().contains(QStringLiteral("not among your styles")),
             qPrintable(picker->statusText()));

    // Import brings it back; a damaged file is refused naming it.
    QVERIFY(picker->importStyleFile(exported));
    QVERIFY(itemNamed(picker, QStringLiteral("Lab voice")));
    QCOMPARE(picker->statusText(), QStringLiteral("Style: Lab voice"));
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"vxstyle\", \"version\": 1, \"name\": ");
    file.close();
    QVERIFY(!picker->importStyleFile(damaged));
    QVERIFY2(picker->statusText().contains(damaged), qPrintable(picker->statusText()));
    // Built-in styles cannot be renamed or deleted.
    picker->list()->setCurrentItem(itemNamed(picker, QStringLiteral("Subtle")));
    QVERIFY(!picker->findChild<QAction*>(QStringLiteral("actionRenameStyle"))->isEnabled());
    QVERIFY(!picker->findChild<QAction*>(QStringLiteral("actionDeleteStyle"))->isEnabled());
    QVERIFY(picker->findChild<QAction*>(QStringLiteral("actionExportStyle"))->isEnabled());
}

void StylePickerTest::aProjectKeepsTheStyleAndItsOverrides() {
    const QString project = m_dir.filePath(QStringLiteral("lesson.vxproj"));
    vx::studio::StudioParameters savedParameters;
    {
        MainWindow window;
        window.show();
        QVERIFY(vx::test::openAstronautAndWait(window, m_wav));
        clickStyle(window.stylePicker(), QStringLiteral("News anchor"));
        window.findChild<QSlider*>(QStringLiteral("identitySlider"))->setValue(20);
        QVERIFY(window.saveProjectTo(project));
        savedParameters = window.parameters();
    }
    MainWindow reopened;
    reopened.show();
    QSignalSpy loaded(&reopened, &MainWindow::projectLoaded);
    QVERIFY(reopened.openProject(project));
    QVERIFY(loaded.count() > 0 || loaded.wait(60000));
    QVERIFY(vx::test::parameterDifferences(reopened.parameters(), savedParameters).isEmpty());
    QCOMPARE(reopened.parameters().styleName, std::string("News anchor"));
    QVERIFY(reopened.stylePicker()->statusText().contains(QStringLiteral("modified")));
    QVERIFY(reopened.parametersPanel()->isMarkedAsOverride(ParameterId::IdentityPercent));
    QVERIFY(!reopened.parametersPanel()->isMarkedAsOverride(ParameterId::ExpressionPercent));
    QCOMPARE(reopened.stylePicker()->list()->currentItem()->text(), QStringLiteral("News anchor"));
}

QTEST_MAIN(StylePickerTest)
#include "style_picker_test.moc"
