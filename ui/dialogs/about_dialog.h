// Help > About: the application, its version, the versions of the libraries in use and whether
// a CUDA GPU is available to the engine.
#pragma once

#include <QDialog>

#include "ui/app/build_info.h"

class QLabel;

namespace vx {
namespace ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const BuildInfo& info, QWidget* parent = nullptr);

    // The text shown, as plain lines "name: value"; tests read it.
    QString versionsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    BuildInfo m_info;
    QLabel* m_title = nullptr;
    QLabel* m_blurb = nullptr;
    QLabel* m_versions = nullptr;
};

}  // namespace ui
}  // namespace vx
