#include "ui/inputs/drop_zone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
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
    : DropZone(parent) {
    setTexts(title, hint, dialogFilter);
    m_caption->setText(hint);
}

DropZone::DropZone(QWidget* parent) : QFrame(parent) {
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setCursor(Qt::PointingHandCursor);
    m_layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_layout->addWidget(m_heading);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_layout->addWidget(m_caption);
}

void DropZone::setTexts(const QString& title, const QString& hint, const QString& dialogFilter) {
    m_title = title;
    m_dialogFilter = dialogFilter;
    setToolTip(hint);
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
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
    QSettings settings;
    const QString folderKey = QStringLiteral("folders/") + objectName();
    const QString path = QFileDialog::getOpenFileName(
        this, m_title, settings.value(folderKey).toString(), m_dialogFilter);
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    Q_EMIT fileChosen(path);
}

void DropZone::setHighlighted(bool on) {
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setAutoFillBackground(on);
}

}  // namespace ui
}  // namespace vx
