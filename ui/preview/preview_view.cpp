#include "ui/preview/preview_view.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>

namespace vx {
namespace ui {

PreviewView::PreviewView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(256, 256);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_mark = new QLabel(this);
    m_mark->setObjectName(QStringLiteral("previewMark"));
    resetMark();
    m_mark->setStyleSheet(QStringLiteral(
        "background: rgba(0,0,0,170); color: #ffd200; font-weight: bold; padding: 2px 6px;"));
    m_mark->hide();
    retranslateUi();
}

void PreviewView::retranslateUi() {
    m_mark->setText(tr("PREVIEW"));
    m_mark->setToolTip(tr("The instant preview: a fast draft without the neural model."));
    m_mark->adjustSize();
}

void PreviewView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewView::setFrame(const QImage& frame) {
    m_frame = frame;
    m_mark->setVisible(!m_frame.isNull());
    placeMark();
    update();
}

void PreviewView::setMark(const QString& text, const QString& toolTip) {
    m_mark->setText(text);
    m_mark->setToolTip(toolTip);
    m_mark->adjustSize();
}

void PreviewView::resetMark() {
    setMark(tr("PREVIEW"), tr("The instant preview: a fast draft without the neural model."));
}

QString PreviewView::markText() const {
    return m_mark->text();
}

void PreviewView::setPlaceholder(const QString& text) {
    m_placeholder = text;
    update();
}

QRectF PreviewView::imageRect() const {
    if (m_frame.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_frame.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

void PreviewView::placeMark() {
    const QRectF image = imageRect();
    m_mark->move(image.topLeft().toPoint() + QPoint(8, 8));
    m_mark->raise();
}

void PreviewView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 36));
    if (m_frame.isNull()) {
        painter.setPen(QColor(170, 170, 170));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_frame);
}

void PreviewView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeMark();
}

}  // namespace ui
}  // namespace vx
