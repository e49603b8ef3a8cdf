// A framed area that takes one file: dragged onto it, or chosen in a file dialog after a click.
// It does not judge the file; whoever listens to fileChosen accepts or refuses it. The file
// dialog opens in the folder last chosen in this zone (remembered in QSettings by object name).
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace vx {
namespace ui {

class DropZone : public QFrame {
    Q_OBJECT
public:
    // `dialogFilter`: the file dialog's name filter, e.g. "Images (*.png *.jpg)".
    DropZone(const QString& title, const QString& hint, const QString& dialogFilter,
             QWidget* parent = nullptr);
    // Without texts: the owner sets them with setTexts() from its retranslateUi().
    explicit DropZone(QWidget* parent = nullptr);

    // The title, the hint (tooltip, and the caption while the zone holds no file) and the file
    // dialog's filter; called again when the language changes.
    void setTexts(const QString& title, const QString& hint, const QString& dialogFilter);
    // The view shown under the title once a file is loaded (owned by the zone).
    void setContent(QWidget* content);
    void setCaption(const QString& caption);
    QString caption() const;

Q_SIGNALS:
    void fileChosen(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void setHighlighted(bool on);

    QString m_title;
    QString m_dialogFilter;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_caption = nullptr;
};

}  // namespace ui
}  // namespace vx
