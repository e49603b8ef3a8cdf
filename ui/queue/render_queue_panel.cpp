#include "ui/queue/render_queue_panel.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include "ui/queue/render_queue_runner.h"
#include "ui/render/render_panel.h"

namespace vx {
namespace ui {

namespace {

constexpr int kJobIdRole = Qt::UserRole;
constexpr int kFractionRole = Qt::UserRole + 1;  // set while the job runs: a progress bar

// Draws the running job's progress cell as a progress bar with its text.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const QVariant fraction = index.data(kFractionRole);
        if (!fraction.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(1, 2, -1, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(std::lround(fraction.toDouble() * 1000.0));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QPushButton* makeButton(const char* objectName, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}

QString statusText(studio::QueueJobStatus status) {
    using S = studio::QueueJobStatus;
    switch (status) {
        case S::Waiting:
            return RenderQueuePanel::tr("Waiting");
        case S::Running:
            return RenderQueuePanel::tr("Rendering");
        case S::Paused:
            return RenderQueuePanel::tr("Paused");
        case S::Done:
            return RenderQueuePanel::tr("Done");
        case S::Failed:
            return RenderQueuePanel::tr("Failed");
        case S::Cancelled:
            return RenderQueuePanel::tr("Cancelled");
    }
    return {};
}

QString fileName(const std::filesystem::path& path) {
    return QFileInfo(QString::fromStdString(path.string())).fileName();
}

}  // namespace

RenderQueuePanel::RenderQueuePanel(RenderQueueRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* buttons = new QHBoxLayout;
    m_startPause = makeButton("queueStartPauseButton", this);
    m_up = makeButton("queueUpButton", this);
    m_down = makeButton("queueDownButton", this);
    m_cancel = makeButton("queueCancelButton", this);
    m_retry = makeButton("queueRetryButton", this);
    m_remove = makeButton("queueRemoveButton", this);
    m_clearDone = makeButton("queueClearDoneButton", this);
    for (QPushButton* b : {m_startPause, m_up, m_down, m_cancel, m_retry, m_remove, m_clearDone})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(5);
    m_list->setItemDelegateForColumn(ProgressColumn, new ProgressDelegate(m_list));
    m_list->header()->setStretchLastSection(true);
    // Room for a handful of jobs, so the dock never opens as a single clipped row.
    m_list->setMinimumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    layout->addWidget(m_summary);

    connect(m_startPause, &QPushButton::clicked, this,
            [this] { m_runner->setPaused(!m_runner->queue().isPaused()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runner->cancel(selectedJobId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_runner->retry(selectedJobId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_runner->remove(selectedJobId()); });
    connect(m_clearDone, &QPushButton::clicked, m_runner, &RenderQueueRunner::removeDone);
    // The keys of a list: Delete removes, Ctrl+Up / Ctrl+Down reorder.
    auto* del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_remove, &QPushButton::click);
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list);
    up->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, m_up, &QPushButton::click);
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, m_down, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RenderQueuePanel::updateButtons);

    connect(m_runner, &RenderQueueRunner::changed, this, &RenderQueuePanel::rebuild);
    connect(m_runner, &RenderQueueRunner::jobProgress, this, &RenderQueuePanel::showProgress);
    retranslateUi();
}

int64_t RenderQueuePanel::selectedJobId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NumberColumn, kJobIdRole).toLongLong() : 0;
}

void RenderQueuePanel::selectJob(int64_t id) {
    if (QTreeWidgetItem* item = itemOf(id))
        m_list->setCurrentItem(item);
}

QTreeWidgetItem* RenderQueuePanel::itemOf(int64_t id) const {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NumberColumn, kJobIdRole).toLongLong() == id)
            return m_list->topLevelItem(i);
    return nullptr;
}

void RenderQueuePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RenderQueuePanel::retranslateUi() {
    m_list->setHeaderLabels(
        {tr("#"), tr("Output"), tr("Recording"), tr("Status"), tr("Progress / result")});
    m_up->setText(tr("Move &Up"));
    m_up->setToolTip(tr("Renders the selected job earlier (Ctrl+Up)."));
    m_down->setText(tr("Move Do&wn"));
    m_down->setToolTip(tr("Renders the selected job later (Ctrl+Down)."));
    m_cancel->setText(tr("&Cancel Job"));
    m_cancel->setToolTip(
        tr("Stops the selected job; what it finished is kept, so Retry continues it."));
    m_retry->setText(tr("Re&try"));
    m_retry->setToolTip(tr("Queues a failed, cancelled or done job again."));
    m_remove->setText(tr("Remo&ve"));
    m_remove->setToolTip(
        tr("Removes the selected job from the queue (Delete); the files it "
           "wrote stay."));
    m_clearDone->setText(tr("Clear &Done"));
    m_clearDone->setToolTip(tr("Removes every finished job from the list."));
    rebuild();
}

void RenderQueuePanel::rebuild() {
    const int64_t selected = selectedJobId();
    m_list->clear();
    int number = 0;
    for (const studio::QueueJob& job : m_runner->queue().jobs()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NumberColumn, kJobIdRole, qlonglong(job.id));
        item->setText(NumberColumn, QString::number(++number));
        item->setText(OutputColumn, fileName(job.target.output));
        const QString recording = fileName(job.project.audioPath);
        item->setText(RecordingColumn,
                      job.target.draft ? tr("%1 (draft)").arg(recording) : recording);
        item->setText(StatusColumn, statusText(job.status));
        item->setText(ProgressColumn, QString::fromStdString(job.message));
        const QString tip =
            tr("%1\nRecording: %2\nPortrait: %3")
                .arg(QDir::toNativeSeparators(QString::fromStdString(job.target.output.string())),
                     QDir::toNativeSeparators(QString::fromStdString(job.project.audioPath)),
                     QDir::toNativeSeparators(QString::fromStdString(job.project.portraitPath)));
        for (int c = 0; c < m_list->columnCount(); ++c)
            item->setToolTip(c, job.message.empty() ? tip
                                                    : tip + QLatin1Char('\n') +
                                                          QString::fromStdString(job.message));
        if (job.status == studio::QueueJobStatus::Failed)
            item->setForeground(StatusColumn, QColor(0xb0, 0x20, 0x20));
    }
    if (m_runner->isRunningJob())
        showProgress(m_runner->runningJobId(), m_runner->runningProgress());
    if (selected)
        selectJob(selected);
    for (int c = 0; c < ProgressColumn; ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
    updateSummary();
}

void RenderQueuePanel::showProgress(qint64 id, const RenderProgress& p) {
    QTreeWidgetItem* item = itemOf(id);
    if (!item)
        return;
    QString text = renderStageText(p.stage);
    if (p.stepCount > 0 && p.stage == studio::JobStage::Denoising)
        text += tr(" · step %1 / %2").arg(p.step).arg(p.stepCount);
    if (p.remainingSeconds >= 0.0)
        text += tr(" · %1 left").arg(formatDuration(p.remainingSeconds));
    item->setText(ProgressColumn, text);
    item->setData(ProgressColumn, kFractionRole, p.fractionDone);
}

void RenderQueuePanel::updateButtons() {
    const bool paused = m_runner->queue().isPaused();
    m_startPause->setText(paused ? tr("&Start Queue") : tr("&Pause Queue"));
    m_startPause->setToolTip(paused ? tr("Renders the waiting jobs one after the other.")
                                    : tr("Stops after saving the running job's progress; "
                                         "starting again continues it."));
    const studio::QueueJob* job = m_runner->queue().find(selectedJobId());
    const int row = job ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_up->setEnabled(job && row > 0);
    m_down->setEnabled(job && row + 1 < m_list->topLevelItemCount());
    m_cancel->setEnabled(job && job->isPending());
    m_retry->setEnabled(job && !job->isPending());
    m_remove->setEnabled(job && job->id != m_runner->runningJobId());
    bool anyDone = false;
    for (const studio::QueueJob& j : m_runner->queue().jobs())
        anyDone = anyDone || j.status == studio::QueueJobStatus::Done;
    m_clearDone->setEnabled(anyDone);
}

void RenderQueuePanel::updateSummary() {
    int pending = 0, done = 0, failed = 0;
    for (const studio::QueueJob& j : m_runner->queue().jobs()) {
        if (j.isPending())
            ++pending;
        else if (j.status == studio::QueueJobStatus::Done)
            ++done;
        else
            ++failed;
    }
    QString text = tr("%n to render", "", pending) + QStringLiteral(" · ") +
                   tr("%n done", "", done) + QStringLiteral(" · ") +
                   tr("%n failed or cancelled", "", failed);
    if (m_runner->queue().isPaused())
        text += QStringLiteral(" · ") + tr("paused");
    m_summary->setText(text);
}

void RenderQueuePanel::moveSelected(int delta) {
    const int64_t id = selectedJobId();
    if (id)
        m_runner->move(id, delta);
}

}  // namespace ui
}  // namespace vx
