// The recording's loudness over time, drawn as a mirrored bar graph.
#pragma once

#include <QWidget>

#include <vector>

namespace vx {
namespace ui {

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);

    // Loudness values (any scale), one per preview frame.
    void setEnvelope(const std::vector<double>& envelope);
    bool hasEnvelope() const { return !m_envelope.empty(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> m_envelope;
    double m_peak = 0.0;
};

}  // namespace ui
}  // namespace vx
