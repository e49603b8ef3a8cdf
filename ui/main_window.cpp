#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "ui/about_dialog.h"
#include "ui/resources_init.h"

namespace vx {
namespace ui {

namespace {

// A titled, empty panel with a short note of what it will hold.
QGroupBox* makePanel(const QString& objectName, const QString& title, const QString& note,
                     QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto* layout = new QVBoxLayout(box);
    auto* label = new QLabel(note, box);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
    return box;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_buildInfo(collectBuildInfo()) {
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("VX Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vxstudio.svg")));
    resize(1280, 800);
    createMenus();

    auto* centre = new QSplitter(Qt::Horizontal, this);
    centre->setObjectName(QStringLiteral("studioSplitter"));
    centre->addWidget(createInputsPanel());
    centre->addWidget(createPreviewPanel());
    centre->addWidget(createParametersPanel());
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 3);
    centre->setStretchFactor(2, 1);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(centre);
    vertical->addWidget(createTimelinePanel());
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    setCentralWidget(vertical);

    const QString device = m_buildInfo.cudaAvailable ? tr("Engine device: CUDA GPU")
                                                     : tr("Engine device: CPU (no CUDA GPU found)");
    statusBar()->showMessage(device);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About VX Studio"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

QWidget* MainWindow::createInputsPanel() {
    return makePanel(QStringLiteral("inputsPanel"), tr("Inputs"),
                     tr("Portrait and voice recording"), this);
}

QWidget* MainWindow::createPreviewPanel() {
    return makePanel(QStringLiteral("previewPanel"), tr("Preview"),
                     tr("Drop a portrait photo and a voice recording to begin."), this);
}

QWidget* MainWindow::createParametersPanel() {
    return makePanel(QStringLiteral("parametersPanel"), tr("Parameters"),
                     tr("Performance, quality and output settings"), this);
}

QWidget* MainWindow::createTimelinePanel() {
    return makePanel(QStringLiteral("timelinePanel"), tr("Timeline"),
                     tr("Waveform, head motion and blinks"), this);
}

void MainWindow::showAbout() {
    AboutDialog dialog(m_buildInfo, this);
    dialog.exec();
}

}  // namespace ui
}  // namespace vx
