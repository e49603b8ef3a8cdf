#include "ui/preview/rendered_view.h"

#include <QEvent>

namespace vx {
namespace ui {

RenderedView::RenderedView(QWidget* parent) : PreviewView(parent) {
    retranslateUi();
}

void RenderedView::retranslateUi() {
    setMark(tr("RENDERED"), tr("The last rendered video at the playhead."));
    setPlaceholder(
        tr("Not rendered at this moment: the green band on the timeline shows what "
           "has been rendered."));
}

void RenderedView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PreviewView::changeEvent(event);
}

}  // namespace ui
}  // namespace vx
