// "Save as Style…": a name and a short description for the user's new style. OK stays disabled
// while the name cannot be used (empty, a built-in style's name, control characters); a name
// one of the user's styles already has is offered as a replacement, said so on the button.
#pragma once

#include <QDialog>

#include <string>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vx {
namespace ui {

class SaveStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `userStyleNames`: the names of the user's styles, as the picker lists them (checked on
    // every keystroke, so the folder is not read again each time).
    SaveStyleDialog(std::vector<std::string> userStyleNames, const QString& suggestedName,
                    QWidget* parent = nullptr);

    QString styleName() const;
    QString description() const;
    // The name is one of the user's styles, which saving replaces.
    bool replaces() const { return m_replaces; }

private:
    void check();

    std::vector<std::string> m_userStyleNames;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_replaces = false;
};

}  // namespace ui
}  // namespace vx
