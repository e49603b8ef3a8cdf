#include "ui/timeline/waveform_view.h"

#include <QPainter>

#include <algorithm>

namespace vx {
namespace ui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(56);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WaveformView::setEnvelope(const std::vector<double>& envelope) {
    m_envelope = envelope;
    m_peak = envelope.empty() ? 0.0 : *std::max_element(envelope.begin(), envelope.end());
    update();
}

void WaveformView::paintEvent(QPaintEvent*) {
    if (m_envelope.empty() || m_peak <= 0.0)
        return;
    QPainter painter(this);
    const double middle = height() / 2.0;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, middle), QPointF(width(), middle));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    // One vertical line per pixel column: the loudest frame that falls into it.
    const int columns = std::max(1, width());
    const double framesPerColumn = double(m_envelope.size()) / columns;
    for (int x = 0; x < columns; ++x) {
        const auto first = size_t(x * framesPerColumn);
        const auto last = std::max(first + 1, size_t((x + 1) * framesPerColumn));
        double loudest = 0.0;
        for (size_t i = first; i < std::min(last, m_envelope.size()); ++i)
            loudest = std::max(loudest, m_envelope[i]);
        const double half = (loudest / m_peak) * (middle - 2);
        painter.drawLine(QPointF(x, middle - half), QPointF(x, middle + half));
    }
}

}  // namespace ui
}  // namespace vx
