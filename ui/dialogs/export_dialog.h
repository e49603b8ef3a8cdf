// Where an MP4 goes and how good it is: the file, a quality (the H.264 CRF behind three plain
// choices), and whether to open its folder when it is written. Used by Export Preview and by
// Render; the last choices are remembered.
#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vx {
namespace ui {

struct ExportChoice {
    QString path;
    int crf = 18;
    bool openFolderWhenDone = false;
};

// What a render to a path will cost (the Render dialogs' pre-flight): lines to show, and what
// does not fit, each with the way out.
struct ExportEstimate {
    QString summary;
    QStringList refusals;
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `suggestedPath`: the file offered first (the remembered folder + a name from the inputs).
    ExportDialog(const QString& title, const QString& suggestedPath, QWidget* parent = nullptr);

    // The dialog's choice; remembers quality and the folder option for next time.
    ExportChoice choice() const;
    void setPath(const QString& path);
    // Shows the estimate for the chosen file under the choices, again whenever the file
    // changes; while it has refusals, OK is disabled. An estimator that throws shows its error.
    using Estimator = std::function<ExportEstimate(const QString& path)>;
    void setEstimator(Estimator estimator);
    // What the estimate shows now (the summary, then the refusals).
    QString estimateText() const;

    // The CRF of each quality, best first (what the tests and the render use).
    static int crfOfQuality(int index);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void updateOkButton();
    void updateEstimate();

    QString m_title;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_qualityLabel = nullptr;
    QComboBox* m_quality = nullptr;
    QCheckBox* m_openFolder = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_estimate = nullptr;
    QLabel* m_refusal = nullptr;
    Estimator m_estimator;
    bool m_refused = false;
};

// Opens the folder holding `path` in the desktop's file manager.
void openContainingFolder(const QString& path);

}  // namespace ui
}  // namespace vx
