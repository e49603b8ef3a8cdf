// Measures how long the GUI thread's event loop goes without running: a precise timer fires
// every few milliseconds on that thread, and the probe keeps the largest gap between two
// firings. A gap much longer than the interval is a stall the user would feel (a frozen window).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vx {
namespace ui {

class GuiLatencyProbe : public QObject {
    Q_OBJECT
public:
    explicit GuiLatencyProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    // The largest time between two timer firings since start(), in milliseconds.
    double longestGapMs() const { return m_longestGapMs; }
    // When that gap ended, in milliseconds since start().
    double longestGapEndMs() const { return m_longestGapEndMs; }
    // How much longer than the interval that gap was: the longest stall.
    double longestStallMs() const;
    int samples() const { return m_samples; }
    int intervalMs() const { return m_timer.interval(); }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestGapMs = 0.0;
    double m_longestGapEndMs = 0.0;
    int m_samples = 0;
};

}  // namespace ui
}  // namespace vx
