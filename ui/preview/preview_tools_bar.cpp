#include "ui/preview/preview_tools_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace vx {
namespace ui {

namespace {

QPushButton* makeButton(const QString& objectName, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus);  // Space stays the window's play/pause key
    return button;
}

}  // namespace

PreviewToolsBar::PreviewToolsBar(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_setIn = makeButton(QStringLiteral("setInButton"), this);
    m_setOut = makeButton(QStringLiteral("setOutButton"), this);
    m_clear = makeButton(QStringLiteral("clearRangeButton"), this);
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("loopRangeLabel"));
    m_showLabel = new QLabel(this);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareMode"));
    m_compare->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < 3; ++i)
        m_compare->addItem(QString());
    m_showLabel->setBuddy(m_compare);
    layout->addWidget(m_setIn);
    layout->addWidget(m_setOut);
    layout->addWidget(m_clear);
    layout->addWidget(m_range, 1);
    layout->addWidget(m_showLabel);
    layout->addWidget(m_compare);

    connect(m_setIn, &QPushButton::clicked, this, &PreviewToolsBar::setInRequested);
    connect(m_setOut, &QPushButton::clicked, this, &PreviewToolsBar::setOutRequested);
    connect(m_clear, &QPushButton::clicked, this, &PreviewToolsBar::clearRangeRequested);
    connect(m_compare, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { Q_EMIT compareModeChanged(CompareMode(index)); });
    retranslateUi();
    setRenderedAvailable(false);
}

void PreviewToolsBar::retranslateUi() {
    m_setIn->setText(tr("Set In"));
    m_setIn->setToolTip(tr("Starts the loop range at the playhead."));
    m_setOut->setText(tr("Set Out"));
    m_setOut->setToolTip(tr("Ends the loop range at the playhead."));
    m_clear->setText(tr("Clear Range"));
    m_clear->setToolTip(tr("Plays and drafts the whole clip again."));
    m_range->setToolTip(
        tr("The preview loops over this range and Draft Render renders only it. Shift-drag on "
           "the timeline to select a range."));
    m_showLabel->setText(tr("&Show:"));
    m_compare->setItemText(int(CompareMode::Preview), tr("Preview"));
    m_compare->setItemText(int(CompareMode::Rendered), tr("Rendered"));
    m_compare->setItemText(int(CompareMode::SideBySide), tr("Side by side"));
    m_compare->setToolTip(
        tr("Compare the instant preview with the last rendered video at the same moment."));
    showRange();
}

void PreviewToolsBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewToolsBar::setRange(double startSeconds, double endSeconds) {
    m_startSeconds = startSeconds;
    m_endSeconds = endSeconds;
    showRange();
}

void PreviewToolsBar::showRange() {
    const bool haveRange = m_endSeconds > m_startSeconds;
    m_clear->setEnabled(haveRange);
    m_range->setText(
        haveRange
            ? tr("Loop %1 s – %2 s").arg(m_startSeconds, 0, 'f', 2).arg(m_endSeconds, 0, 'f', 2)
            : tr("Loop: whole clip"));
}

void PreviewToolsBar::setRenderedAvailable(bool available) {
    m_compare->setEnabled(available);
    if (!available)
        setCompareMode(CompareMode::Preview);
}

CompareMode PreviewToolsBar::compareMode() const {
    return CompareMode(m_compare->currentIndex());
}

void PreviewToolsBar::setCompareMode(CompareMode mode) {
    if (compareMode() == mode)
        return;
    m_compare->setCurrentIndex(int(mode));  // emits compareModeChanged
}

}  // namespace ui
}  // namespace vx
