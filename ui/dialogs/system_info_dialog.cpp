#include "ui/dialogs/system_info_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/log.h"

namespace vx {
namespace ui {

studio::SystemReportOptions systemReportOptions(const BuildInfo& info, const QString& modelFolder) {
    studio::SystemReportOptions options;
    options.frontEnd = "vxstudio";
    options.modelFolder = modelFolder.toStdString();
    options.logFile = log::currentFile();
    options.extraLibraries = {{"Qt", info.qtVersion.toStdString()},
                              {"OpenCV", info.opencvVersion.toStdString()},
                              {"FFmpeg", info.ffmpegVersion.toStdString()}};
    return options;
}

SystemInfoDialog::SystemInfoDialog(const BuildInfo& info, const QString& modelFolder,
                                   QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("systemInfoDialog"));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &SystemInfoDialog::copyReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // CUDA start-up and the model folder check can take seconds: not on the GUI thread.
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &SystemInfoDialog::showReport);
    const auto options = systemReportOptions(info, modelFolder);
    m_watcher.setFuture(QtConcurrent::run([options] {
        return QString::fromStdString(
            studio::formatSystemReport(studio::collectSystemReport(options)));
    }));
    retranslateUi();
}

SystemInfoDialog::~SystemInfoDialog() {
    m_watcher.waitForFinished();
}

QString SystemInfoDialog::reportText() const {
    return m_watcher.isFinished() ? m_watcher.result() : QString();
}

void SystemInfoDialog::showReport() {
    m_text->setPlainText(m_watcher.result());
    m_copy->setEnabled(true);
    log::info("ui", "system information shown");
    Q_EMIT reportReady();
}

void SystemInfoDialog::copyReport() {
    QApplication::clipboard()->setText(m_text->toPlainText());
}

void SystemInfoDialog::retranslateUi() {
    setWindowTitle(tr("System Information"));
    m_intro->setText(
        tr("Paste this into a bug report: it names the versions, the devices, the "
           "libraries in use, the model folder's state and the log file."));
    m_copy->setText(tr("&Copy"));
    if (!m_watcher.isFinished())
        m_text->setPlainText(tr("Collecting…"));
}

void SystemInfoDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace ui
}  // namespace vx
