#include "ui/drop_zone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace vx {
namespace ui {

namespace {

// The one local file a drag carries, or empty (several files, or a web address).
QString singleLocalFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

}  // namespace

DropZone::DropZone(const QString& title, const QString& hint, const QString& dialogFilter,
                   QWidget* parent)
    : QFrame(parent), m_title(title), m_dialogFilter(dialogFilter) {
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setCursor(Qt::PointingHandCursor);
    setToolTip(hint);
    m_layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_layout->addWidget(heading);
    m_caption = new QLabel(hint, this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_layout->addWidget(m_caption);
}

void DropZone::setContent(QWidget* content) {
    content->setParent(this);
    m_layout->insertWidget(1, content, 1);
}

void DropZone::setCaption(const QString& caption) {
    m_caption->setText(caption);
}

QString DropZone::caption() const {
    return m_caption->text();
}

void DropZone::dragEnterEvent(QDragEnterEvent* event) {
    if (singleLocalFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    setHighlighted(true);
}

void DropZone::dragLeaveEvent(QDragLeaveEvent* event) {
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent* event) {
    setHighlighted(false);
    const QString path = singleLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileChosen(path);
}

void DropZone::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint()))
        return;
    const QString path = QFileDialog::getOpenFileName(this, m_title, QString(), m_dialogFilter);
    if (!path.isEmpty())
        Q_EMIT fileChosen(path);
}

void DropZone::setHighlighted(bool on) {
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setAutoFillBackground(on);
}

}  // namespace ui
}  // namespace vx
