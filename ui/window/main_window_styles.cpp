// Speaking styles in the studio: the picker (ui/styles) at the top of the parameters column
// chooses a style, which sets every control it covers at once; the controls changed afterwards
// are marked in the panel; the project stores the style's name with every value
// (studio/project_file.h), so the overrides survive saving and reopening.
#include "studio/styles.h"
#include "ui/parameters/parameters_panel.h"
#include "ui/styles/style_picker.h"
#include "ui/window/main_window.h"

namespace vx {
namespace ui {

void MainWindow::connectStylePicker() {
    connect(m_stylePicker, &StylePicker::styleChosen, this, &MainWindow::chooseStyle);
    connect(m_stylePicker, &StylePicker::styleRenamed, this,
            [this](const QString& from, const QString& to) {
                if (!studio::sameStyleName(m_parameters.styleName, from.toStdString()))
                    return;
                studio::StudioParameters renamed = m_parameters;
                renamed.styleName = to.toStdString();
                setParameters(renamed);
            });
    showStyleState();
}

void MainWindow::chooseStyle(const studio::Style& style) {
    studio::StudioParameters chosen = m_parameters;
    studio::applyStyle(style, chosen);
    setParameters(chosen);
    showInfo(tr("Style “%1” chosen.").arg(QString::fromStdString(style.name)));
}

void MainWindow::showStyleState() {
    m_stylePicker->setParameters(m_parameters);
    const std::optional<studio::Style> style = m_stylePicker->currentStyle();
    m_parametersPanel->showStyleOverrides(m_stylePicker->overrides(),
                                          style && style->headPreset != m_parameters.headPreset);
}

}  // namespace ui
}  // namespace vx
