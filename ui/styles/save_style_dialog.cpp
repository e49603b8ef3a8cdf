#include "ui/styles/save_style_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "studio/styles.h"

namespace vx {
namespace ui {

SaveStyleDialog::SaveStyleDialog(std::vector<std::string> userStyleNames,
                                 const QString& suggestedName, QWidget* parent)
    : QDialog(parent), m_userStyleNames(std::move(userStyleNames)) {
    setObjectName(QStringLiteral("saveStyleDialog"));
    setWindowTitle(tr("Save as Style"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Saves the performance settings as a style of your own (the seeds, the blinks placed "
           "on the timeline and the quality settings are not part of a style)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(suggestedName, this);
    m_name->setObjectName(QStringLiteral("styleNameEdit"));
    m_name->setMaxLength(64);
    form->addRow(tr("Name:"), m_name);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("styleDescriptionEdit"));
    m_description->setPlaceholderText(tr("What the style is for, in a few words"));
    form->addRow(tr("Description:"), m_description);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("styleNameProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveStyleDialog::check);
    setMinimumWidth(420);
    m_name->selectAll();
    check();
}

QString SaveStyleDialog::styleName() const {
    return m_name->text();
}

QString SaveStyleDialog::description() const {
    return m_description->text().trimmed();
}

void SaveStyleDialog::check() {
    const std::string name = m_name->text().toStdString();
    QString problem;
    m_replaces = false;
    if (name.empty()) {
        problem = tr("Give the style a name.");
    } else if (const std::string why = studio::styleNameProblem(name); !why.empty()) {
        problem = tr("This name cannot be used: %1.").arg(QString::fromStdString(why));
    } else if (const studio::Style* builtIn = studio::findBuiltInStyle(name)) {
        problem = tr("“%1” is a built-in style; choose another name.")
                      .arg(QString::fromStdString(builtIn->name));
    } else if (std::any_of(
                   m_userStyleNames.begin(), m_userStyleNames.end(),
                   [&](const std::string& mine) { return studio::sameStyleName(mine, name); })) {
        m_replaces = true;
        problem = tr("You have a style called “%1”; saving replaces it.").arg(m_name->text());
    }
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_replaces || problem.isEmpty());
    ok->setText(m_replaces ? tr("Replace") : tr("Save"));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

}  // namespace ui
}  // namespace vx
