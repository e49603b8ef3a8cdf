// The studio window. This is the frame the studio grows into: inputs on the left, the preview
// in the middle, parameters on the right, the timeline below.
#pragma once

#include <QMainWindow>

#include "ui/build_info.h"

class QLabel;

namespace vx {
namespace ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    const BuildInfo& buildInfo() const { return m_buildInfo; }

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();
    QWidget* createInputsPanel();
    QWidget* createPreviewPanel();
    QWidget* createParametersPanel();
    QWidget* createTimelinePanel();

    BuildInfo m_buildInfo;
};

}  // namespace ui
}  // namespace vx
