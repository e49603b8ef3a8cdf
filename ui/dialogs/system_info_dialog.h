// Help -> System Information: the same report as `vxstudio-cli doctor` (versions, devices, the BLAS
// LibTorch calls, threads, memory, disk, the model folder's state, the log file), collected on a
// worker thread, with a button that copies it for a bug report.
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include "studio/system_report.h"
#include "ui/app/build_info.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vx {
namespace ui {

// The report's options as the studio sees them (the libraries Qt loaded, the model folder).
studio::SystemReportOptions systemReportOptions(const BuildInfo& info, const QString& modelFolder);

class SystemInfoDialog : public QDialog {
    Q_OBJECT
public:
    SystemInfoDialog(const BuildInfo& info, const QString& modelFolder, QWidget* parent = nullptr);
    ~SystemInfoDialog() override;

    // The report's text once collected (empty before); tests read it.
    QString reportText() const;

Q_SIGNALS:
    void reportReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showReport();
    void copyReport();

    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QFutureWatcher<QString> m_watcher;
};

}  // namespace ui
}  // namespace vx
