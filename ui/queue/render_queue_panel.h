// The render queue's panel (a dock of the studio window): the jobs in order with their status
// and the running job's progress, and the controls: start or pause the queue, move a job up or
// down, cancel, retry, remove, clear the finished ones. What it shows comes from the runner;
// every button is one runner call.
#pragma once

#include <QWidget>

#include <cstdint>

#include "ui/render/render_progress.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vx {
namespace ui {

class RenderQueueRunner;

class RenderQueuePanel : public QWidget {
    Q_OBJECT
public:
    RenderQueuePanel(RenderQueueRunner* runner, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // The job of the current row, or 0.
    int64_t selectedJobId() const;
    void selectJob(int64_t id);

    // The columns of the list.
    enum Column { NumberColumn, OutputColumn, RecordingColumn, StatusColumn, ProgressColumn };

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void showProgress(qint64 id, const RenderProgress& progress);
    void updateButtons();
    void updateSummary();
    void moveSelected(int delta);
    QTreeWidgetItem* itemOf(int64_t id) const;

    RenderQueueRunner* m_runner;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_startPause = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_clearDone = nullptr;
};

}  // namespace ui
}  // namespace vx
