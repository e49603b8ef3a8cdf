// The row under the preview's play controls: the loop range (Set in / Set out at the playhead,
// Clear), which the preview loops over and a draft render covers, and what the view shows: the
// instant preview, the rendered video, or both side by side.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vx {
namespace ui {

enum class CompareMode { Preview, Rendered, SideBySide };

class PreviewToolsBar : public QWidget {
    Q_OBJECT
public:
    explicit PreviewToolsBar(QWidget* parent = nullptr);

    // Shows the range; start >= end shows "whole clip".
    void setRange(double startSeconds, double endSeconds);
    // Whether there is a rendered video to compare with; without one only Preview is offered.
    void setRenderedAvailable(bool available);
    CompareMode compareMode() const;
    void setCompareMode(CompareMode mode);

Q_SIGNALS:
    void setInRequested();
    void setOutRequested();
    void clearRangeRequested();
    void compareModeChanged(vx::ui::CompareMode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showRange();

    QPushButton* m_setIn = nullptr;
    QPushButton* m_setOut = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_range = nullptr;
    QLabel* m_showLabel = nullptr;
    QComboBox* m_compare = nullptr;
    double m_startSeconds = 0.0;
    double m_endSeconds = 0.0;
};

}  // namespace ui
}  // namespace vx
