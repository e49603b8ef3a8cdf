// Settings > Models…: choose the V-Express model folder and see at once whether it is complete.
// The check (engine::inspectModelFolder: presence and structure of every file) runs on a worker
// thread; the dialog lists each component as OK, missing or broken with the file concerned,
// says where the render will run and carries the weights' licence note. Download… fetches the
// release from the Hugging Face hub (ModelDownloadDialog).
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <vector>

#include "engine/pipeline/model_folder.h"
#include "ui/app/build_info.h"
#include "studio/studio_parameters.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace vx {
namespace ui {

class ModelManagerDialog : public QDialog {
    Q_OBJECT
public:
    enum class ComponentState { Ok, Missing, Broken };
    struct Component {
        QString name;  // e.g. "denoising UNet" (translated)
        QString file;  // the path checked, or the folder for problems of the folder itself
        ComponentState state = ComponentState::Ok;
        QString detail;  // what is wrong and what to do; empty when OK
    };

    // The folder a check was made for, with its report.
    struct FolderCheck {
        QString folder;
        engine::ModelFolderReport report;
    };

    ModelManagerDialog(const QString& folder, const BuildInfo& buildInfo, studio::ComputeDevice device,
                       QWidget* parent = nullptr);
    ~ModelManagerDialog() override;

    QString folder() const { return m_folder; }
    // Shows `folder` and checks it on a worker thread (checkFinished follows).
    void setFolder(const QString& folder);
    bool isChecking() const { return m_watcher.isRunning(); }
    // The last finished check.
    const std::vector<Component>& components() const { return m_components; }
    bool folderUsable() const { return m_usable; }
    QString summaryText() const;
    QString deviceText() const;
    QString licenceText() const;

Q_SIGNALS:
    void checkFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    // Downloads the release into the folder in the field (or the default folder) and checks it.
    void download();
    void checkDone();
    void showComponents();

    QString m_folder;
    BuildInfo m_buildInfo;
    studio::ComputeDevice m_device;
    bool m_usable = false;
    bool m_checked = false;
    std::vector<Component> m_components;
    engine::ModelFolderReport m_report;
    QFutureWatcher<FolderCheck> m_watcher;

    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPushButton* m_downloadButton = nullptr;
    QTreeWidget* m_componentList = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_licence = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace ui
}  // namespace vx
