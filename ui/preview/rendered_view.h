// The rendered video's picture beside (or instead of) the instant preview, marked "RENDERED"
// so the two are never confused.
#pragma once

#include "ui/preview/preview_view.h"

namespace vx {
namespace ui {

class RenderedView : public PreviewView {
    Q_OBJECT
public:
    explicit RenderedView(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
};

}  // namespace ui
}  // namespace vx
