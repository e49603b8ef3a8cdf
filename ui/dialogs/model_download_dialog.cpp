#include "ui/dialogs/model_download_dialog.h"
#include "ui/app/failure_text.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/error.h"
#include "models/download_plan.h"
#include "models/model_downloader.h"

namespace vx {
namespace ui {

namespace {

QString bytes(uint64_t count) {
    return QLocale().formattedDataSize(qint64(count), 1, QLocale::DataSizeSIFormat);
}

QString clock(double seconds) {
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int permille(uint64_t done, uint64_t total) {
    return total == 0 ? 1000 : int(1000.0 * double(std::min(done, total)) / double(total));
}

}  // namespace

ModelDownloadDialog::ModelDownloadDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_folder(folder) {
    setObjectName(QStringLiteral("modelDownloadDialog"));
    resize(640, 360);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("downloadFileLabel"));
    layout->addWidget(m_fileLabel);
    m_fileBar = new QProgressBar(this);
    m_fileBar->setObjectName(QStringLiteral("downloadFileProgress"));
    m_fileBar->setRange(0, 1000);
    m_fileBar->setTextVisible(false);
    layout->addWidget(m_fileBar);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("downloadTotalLabel"));
    layout->addWidget(m_totalLabel);
    m_totalBar = new QProgressBar(this);
    m_totalBar->setObjectName(QStringLiteral("downloadTotalProgress"));
    m_totalBar->setRange(0, 1000);
    m_totalBar->setTextVisible(false);
    layout->addWidget(m_totalBar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("downloadNotes"));
    m_notes->setReadOnly(true);
    layout->addWidget(m_notes, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("downloadCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ModelDownloadDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelDownloadDialog::workerDone);
    retranslateUi();
}

ModelDownloadDialog::~ModelDownloadDialog() {
    // The worker posts progress to this dialog; stop it before the dialog goes.
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

void ModelDownloadDialog::retranslateUi() {
    setWindowTitle(tr("Download V-Express Models"));
    m_intro->setText(
        tr("Downloading the V-Express release (about 5 GB) into %1. An interrupted download "
           "continues where it stopped the next time. The weights are for non-commercial "
           "research use only.")
            .arg(m_folder));
}

void ModelDownloadDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ModelDownloadDialog::statusText() const {
    return m_status->text();
}

void ModelDownloadDialog::start() {
    if (isRunning())
        return;
    m_cancelRequested = false;
    m_succeeded = false;
    m_status->setText(tr("Listing the files on the hub…"));
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("downloadCancel"));
    const std::string folder = m_folder.toStdString();
    m_watcher.setFuture(QtConcurrent::run([this, folder] {
        models::DownloadCallbacks callbacks;
        // Queued to the dialog: the worker never touches a widget.
        callbacks.progress = [this](const models::DownloadProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
        };
        callbacks.message = [this](const std::string& text) {
            const QString note = QString::fromStdString(text);
            QMetaObject::invokeMethod(
                this, [this, note] { addNote(note); }, Qt::QueuedConnection);
        };
        callbacks.cancelRequested = [this] { return m_cancelRequested.load(); };
        Outcome outcome;
        try {
            const models::HubSource source = models::HubSource::fromEnvironment();
            const models::DownloadPlan plan = models::fetchDownloadPlan(source, {});
            const models::DownloadReport report =
                models::downloadModels(plan, source, folder, {}, callbacks);
            outcome.succeeded = report.ok();
            for (const models::FileFailure& f : report.failures)
                outcome.message +=
                    QString::fromStdString(f.path + ": " + f.reason) + QLatin1Char('\n');
        } catch (...) {
            const studio::JobFailure failure = studio::failureFrom(std::current_exception());
            outcome.cancelled = failure.cancelled();
            outcome.message = failureText(failure);
        }
        return outcome;
    }));
}

void ModelDownloadDialog::cancel() {
    m_cancelRequested = true;
    m_status->setText(tr("Stopping…"));
}

void ModelDownloadDialog::reject() {
    // Cancel first stops a running download; once it has stopped, it closes the dialog.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ModelDownloadDialog::showProgress(const models::DownloadProgress& p) {
    const bool verifying = p.stage == models::DownloadProgress::Stage::Verifying;
    m_fileLabel->setText(
        (verifying ? tr("Verifying file %1 of %2: %3 (%4 of %5)")
                   : tr("Downloading file %1 of %2: %3 (%4 of %5)"))
            .arg(p.fileIndex)
            .arg(p.fileCount)
            .arg(QString::fromStdString(p.file), bytes(p.fileDone), bytes(p.fileSize)));
    m_fileBar->setValue(permille(p.fileDone, p.fileSize));
    m_totalLabel->setText(tr("In all: %1 of %2").arg(bytes(p.totalDone), bytes(p.totalSize)));
    m_totalBar->setValue(permille(p.totalDone, p.totalSize));
    if (p.bytesPerSecond > 0)
        m_status->setText(tr("%1/s, %2 left for this file, %3 left in all")
                              .arg(bytes(uint64_t(p.bytesPerSecond)), clock(p.fileSecondsLeft),
                                   clock(p.totalSecondsLeft)));
}

void ModelDownloadDialog::addNote(const QString& text) {
    m_notes->appendPlainText(text);
}

void ModelDownloadDialog::workerDone() {
    const Outcome outcome = m_watcher.result();
    m_succeeded = outcome.succeeded;
    if (outcome.succeeded) {
        m_status->setText(tr("Every file is downloaded and verified."));
        m_totalBar->setValue(1000);
    } else if (outcome.cancelled) {
        m_status->setText(tr("Download stopped. Start it again to continue where it stopped."));
    } else {
        m_status->setText(tr("The download failed: %1").arg(outcome.message.trimmed()));
    }
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("downloadClose"));
    Q_EMIT downloadFinished(outcome.succeeded);
}

}  // namespace ui
}  // namespace vx
