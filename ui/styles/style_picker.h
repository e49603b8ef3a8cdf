// The style picker, at the top of the parameters column: every speaking style (built-in, then
// the user's own) as a small animation of the current portrait made by the instant preview;
// one click chooses a style. Below it, which style the project uses and whether controls were
// changed since; "Save as Style…" and a menu to rename, delete, import and export the user's
// styles (also on the list's context menu). Styles live in studio/styles.h and
// studio/style_library.h; this widget only shows them and asks the window to apply one.
#pragma once

#include <QIcon>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "studio/studio_parameters.h"
#include "studio/style_library.h"
#include "studio/styles.h"
#include "ui/inputs/studio_inputs.h"

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace vx {
namespace ui {

class StyleThumbnails;

class StylePicker : public QWidget {
    Q_OBJECT
public:
    // `library`: where the user's styles are (the XDG data folder unless a test says otherwise).
    explicit StylePicker(studio::StyleLibrary library = studio::StyleLibrary(),
                         QWidget* parent = nullptr);
    ~StylePicker() override;

    // The window's settings: which style is chosen, what differs from it, and the seeds the
    // thumbnails use.
    void setParameters(const studio::StudioParameters& parameters);
    // What the thumbnails animate: the portrait (none: still icons) and the recording's loudness
    // per frame at `fps` (empty: a made-up sentence).
    void setPreviewSource(std::shared_ptr<const LoadedPortrait> portrait,
                          const std::vector<double>& envelope, double fps);

    // The chosen style when the library has it.
    std::optional<studio::Style> currentStyle() const;
    // The controls that differ from the chosen style (none without one).
    std::vector<studio::ParameterId> overrides() const;
    const studio::StyleLibrary& library() const { return m_library; }
    // Every style, built-in then the user's.
    const std::vector<studio::Style>& styles() const { return m_styles; }
    QListWidget* list() const { return m_list; }
    QString statusText() const;
    bool thumbnailsBusy() const;

    // The file-dialog halves of Import… and Export…: each says what went wrong in the status
    // line and returns false.
    bool importStyleFile(const QString& path);
    bool exportStyleTo(const QString& name, const QString& path);
    // Reads the user's styles again (after a change outside the studio).
    void reload();

Q_SIGNALS:
    // The user chose a style: the window applies it to its settings.
    void styleChosen(const vx::studio::Style& style);
    // A user style was renamed: a project that uses it follows the new name.
    void styleRenamed(const QString& from, const QString& to);
    // The list of styles changed (saved, renamed, deleted, imported).
    void stylesChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    void rebuildList();
    void requestThumbnails();
    void advanceAnimation();
    void showStatus();
    void updateActions();
    void chooseItem(QListWidgetItem* item);
    QString selectedName() const;
    bool selectedIsUserStyle() const;
    void saveAsStyle();
    void renameSelected();
    void deleteSelected();
    void importWithDialog();
    void exportWithDialog();
    void reportProblem(const QString& text);

    studio::StyleLibrary m_library;
    std::vector<studio::Style> m_styles;      // built-in, then the user's
    std::vector<std::string> m_fileProblems;  // user style files that could not be read
    QString m_lastProblem;
    studio::StudioParameters m_parameters;
    std::shared_ptr<const LoadedPortrait> m_portrait;
    std::vector<double> m_envelope;
    double m_fps = 25.0;

    QIcon m_stillIcon;
    StyleThumbnails* m_thumbnails = nullptr;
    QTimer* m_animation = nullptr;
    int m_animationFrame = 0;

    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_manage = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
};

}  // namespace ui
}  // namespace vx
