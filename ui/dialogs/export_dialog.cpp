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
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

#include "ui/app/app_settings.h"

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
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    QSettings settings;
    m_quality->setCurrentIndex(settings.value(kQualityKey, 1).toInt());
    m_openFolder->setChecked(settings.value(kOpenFolderKey, true).toBool());
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOkButton);
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
}

void ExportDialog::browse() {
    QString path =
        QFileDialog::getSaveFileName(this, m_title, m_path->text(), tr("MP4 video (*.mp4)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mp4");
    m_path->setText(path);
}

void ExportDialog::updateOkButton() {
    const QFileInfo file(m_path->text().trimmed());
    m_ok->setEnabled(!m_path->text().trimmed().isEmpty() && file.absoluteDir().exists());
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
