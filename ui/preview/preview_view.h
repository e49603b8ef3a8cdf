// Shows the instant preview's current frame, scaled to fit, with a "PREVIEW" label over it so
// the draft is never taken for a render.
#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace vx {
namespace ui {

class PreviewView : public QWidget {
    Q_OBJECT
public:
    explicit PreviewView(QWidget* parent = nullptr);

    void setFrame(const QImage& frame);
    const QImage& frame() const { return m_frame; }
    void setPlaceholder(const QString& text);
    // The label over the picture (default "PREVIEW"); the render shows its frames under another.
    void setMark(const QString& text, const QString& toolTip);
    void resetMark();
    QString markText() const;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    QRectF imageRect() const;
    void placeMark();

    QImage m_frame;
    QString m_placeholder;
    QLabel* m_mark = nullptr;
};

}  // namespace ui
}  // namespace vx
