// Settings > Models… > Download: fetches the V-Express release folder from the Hugging Face hub
// (HF_ENDPOINT and HF_TOKEN as the hub's own clients read them) into a model folder, on a worker
// thread, showing the file and total progress, the rate and the time left, with Cancel. A
// cancelled or interrupted download continues where it stopped the next time.
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <atomic>

#include "models/download_progress.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace vx {
namespace ui {

class ModelDownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelDownloadDialog(const QString& folder, QWidget* parent = nullptr);
    ~ModelDownloadDialog() override;

    QString folder() const { return m_folder; }
    // Lists the release on the hub and downloads it on a worker thread (downloadFinished follows).
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Asks the worker to stop; the partial files stay for the next start.
    void cancel();
    bool succeeded() const { return m_succeeded; }
    QString statusText() const;

Q_SIGNALS:
    void downloadFinished(bool succeeded);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

public:
    // What the worker hands back to the window.
    struct Outcome {
        bool succeeded = false;
        bool cancelled = false;
        QString message;  // what went wrong, or the summary
    };

private:
    void retranslateUi();
    void showProgress(const models::DownloadProgress& progress);
    void addNote(const QString& text);
    void workerDone();

    QString m_folder;
    std::atomic<bool> m_cancelRequested{false};
    bool m_succeeded = false;
    QFutureWatcher<Outcome> m_watcher;

    QLabel* m_intro = nullptr;
    QLabel* m_fileLabel = nullptr;
    QProgressBar* m_fileBar = nullptr;
    QLabel* m_totalLabel = nullptr;
    QProgressBar* m_totalBar = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace ui
}  // namespace vx
