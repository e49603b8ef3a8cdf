#include "ui/dialogs/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

#include "ui/app/app_settings.h"
#include "ui/app/failure_text.h"

namespace vx {
namespace ui {

namespace {

const QLatin1String kQualityKey("export/quality");
const QLatin1String kOpenFolderKey("export/openFolder");
constexpr int kCrfs[] = {14, 18, 24};  // visually lossless, high, small file

}  // namespace

int ExportDialog::crfOfQuality(int index) {
    return kCrfs[std::clamp(index, 0, int(std::size(kCrfs)) - 1)];
}

ExportDialog::ExportDialog(const QString& title, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_title(title) {
    setObjectName(QStringLiteral("exportDialog"));
    auto* form = new QFormLayout;
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_pathLabel = new QLabel(this);
    form->addRow(m_pathLabel, pathRow);

    m_quality = new QComboBox(this);
    m_quality->setObjectName(QStringLiteral("exportQuality"));
    for (int i = 0; i < int(std::size(kCrfs)); ++i)
        m_quality->addItem(QString());
    m_qualityLabel = new QLabel(this);
    form->addRow(m_qualityLabel, m_quality);

    m_openFolder = new QCheckBox(this);
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    form->addRow(QString(), m_openFolder);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("exportEstimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->hide();
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("exportRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_estimate);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    QSettings settings;
    m_quality->setCurrentIndex(settings.value(kQualityKey, 1).toInt());
    m_openFolder->setChecked(settings.value(kOpenFolderKey, true).toBool());
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOkButton);
    // The estimate reads the disk of the chosen folder: again once the name is edited.
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::updateEstimate);
    retranslateUi();
    updateOkButton();
    resize(560, sizeHint().height());
}

void ExportDialog::retranslateUi() {
    setWindowTitle(m_title);
    m_pathLabel->setText(tr("File:"));
    m_browse->setText(tr("Browse…"));
    m_qualityLabel->setText(tr("Quality:"));
    m_quality->setItemText(0, tr("Best (visually lossless, large file)"));
    m_quality->setItemText(1, tr("High (recommended)"));
    m_quality->setItemText(2, tr("Small file (for sharing)"));
    m_quality->setToolTip(
        tr("How much the H.264 encoder may compress: better quality makes larger files."));
    m_openFolder->setText(tr("Open the containing folder when done"));
}

void ExportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(path);
    updateEstimate();
}

void ExportDialog::browse() {
    QString path =
        QFileDialog::getSaveFileName(this, m_title, m_path->text(), tr("MP4 video (*.mp4)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mp4");
    m_path->setText(path);
    updateEstimate();
}

void ExportDialog::updateOkButton() {
    const QFileInfo file(m_path->text().trimmed());
    m_ok->setEnabled(!m_refused && !m_path->text().trimmed().isEmpty() &&
                     file.absoluteDir().exists());
}

void ExportDialog::setEstimator(Estimator estimator) {
    m_estimator = std::move(estimator);
    updateEstimate();
    // The wrapped estimate's height at the dialog's width, not at the narrower one of its hint.
    layout()->activate();
    resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                  : sizeHint().height());
}

void ExportDialog::updateEstimate() {
    if (!m_estimator)
        return;
    ExportEstimate estimate;
    try {
        estimate = m_estimator(choice().path);
    } catch (...) {
        estimate.refusals << failureText(std::current_exception());
    }
    m_estimate->setText(estimate.summary);
    m_estimate->setVisible(!estimate.summary.isEmpty());
    m_refused = !estimate.refusals.isEmpty();
    QStringList refusals;
    for (const QString& r : estimate.refusals)
        refusals << tr("Does not fit: %1").arg(r);
    m_refusal->setText(refusals.join(QLatin1Char('\n')));
    m_refusal->setVisible(m_refused);
    updateOkButton();
}

QString ExportDialog::estimateText() const {
    QStringList parts;
    if (m_estimate->isVisibleTo(this))
        parts << m_estimate->text();
    if (m_refusal->isVisibleTo(this))
        parts << m_refusal->text();
    return parts.join(QLatin1Char('\n'));
}

void ExportDialog::accept() {
    QSettings settings;
    settings.setValue(kQualityKey, m_quality->currentIndex());
    settings.setValue(kOpenFolderKey, m_openFolder->isChecked());
    settings.setValue(settings_keys::kExportFolder,
                      QFileInfo(m_path->text().trimmed()).absolutePath());
    QDialog::accept();
}

ExportChoice ExportDialog::choice() const {
    ExportChoice c;
    c.path = m_path->text().trimmed();
    if (QFileInfo(c.path).suffix().isEmpty())
        c.path += QStringLiteral(".mp4");
    c.crf = crfOfQuality(m_quality->currentIndex());
    c.openFolderWhenDone = m_openFolder->isChecked();
    return c;
}

void openContainingFolder(const QString& path) {
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

}  // namespace ui
}  // namespace vx
