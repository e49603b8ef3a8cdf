#include "ui/dialogs/model_manager_dialog.h"
#include "ui/app/failure_text.h"

#include "models/model_location.h"
#include "ui/dialogs/model_download_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <string>
#include <utility>

namespace vx {
namespace ui {

namespace {

ModelManagerDialog::FolderCheck inspect(const QString& folder) {
    // inspectModelFolder reports problems instead of throwing; anything else becomes a problem
    // too, so the worker never lets an exception escape.
    ModelManagerDialog::FolderCheck check{folder, {}};
    try {
        check.report = engine::inspectModelFolder(folder.toStdString());
    } catch (...) {
        check.report.layout.root = folder.toStdString();
        check.report.problems.push_back({folder.toStdString(),
                                         failureText(std::current_exception()).toStdString(),
                                         std::string()});
    }
    return check;
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

ModelManagerDialog::ModelManagerDialog(const QString& folder, const BuildInfo& buildInfo,
                                       studio::ComputeDevice device, QWidget* parent)
    : QDialog(parent), m_buildInfo(buildInfo), m_device(device) {
    setObjectName(QStringLiteral("modelManagerDialog"));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);

    auto* folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("modelFolderField"));
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseModelFolderButton"));
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    m_downloadButton = new QPushButton(this);
    m_downloadButton->setObjectName(QStringLiteral("downloadModelsButton"));
    folderRow->addWidget(m_downloadButton);
    layout->addLayout(folderRow);

    m_componentList = new QTreeWidget(this);
    m_componentList->setObjectName(QStringLiteral("modelComponents"));
    m_componentList->setColumnCount(3);
    m_componentList->setRootIsDecorated(false);
    m_componentList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_componentList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_componentList, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("modelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("modelDevice"));
    m_deviceLabel->setWordWrap(true);
    layout->addWidget(m_deviceLabel);
    m_licence = new QLabel(this);
    m_licence->setObjectName(QStringLiteral("modelLicence"));
    m_licence->setWordWrap(true);
    layout->addWidget(m_licence);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ModelManagerDialog::browse);
    connect(m_downloadButton, &QPushButton::clicked, this, &ModelManagerDialog::download);
    connect(m_folderEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_folderEdit->text() != m_folder)
            setFolder(m_folderEdit->text());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelManagerDialog::checkDone);
    retranslateUi();
    setFolder(folder);
}

ModelManagerDialog::~ModelManagerDialog() {
    m_watcher.waitForFinished();  // the check holds no pointer to the dialog, but finish it
}

void ModelManagerDialog::retranslateUi() {
    setWindowTitle(tr("V-Express Models"));
    m_folderLabel->setText(tr("Model folder:"));
    m_folderEdit->setPlaceholderText(tr("The model_ckpts folder of the V-Express release"));
    m_browseButton->setText(tr("Choose…"));
    m_downloadButton->setText(tr("Download…"));
    m_downloadButton->setToolTip(
        tr("Downloads the V-Express release (about 5 GB) from the Hugging Face hub into this "
           "folder, or into the default folder when none is set."));
    m_componentList->setHeaderLabels({tr("Component"), tr("State"), tr("File")});
    m_deviceLabel->setText(deviceText());
    m_licence->setText(licenceText());
    showComponents();
}

void ModelManagerDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ModelManagerDialog::deviceText() const {
    if (!m_buildInfo.cudaAvailable)
        return tr(
            "The render will run on the CPU in full precision (fp32): no CUDA GPU was "
            "found. Expect minutes per second of video.");
    QString precision;
    switch (m_device) {
        case studio::ComputeDevice::CudaFp16:
            precision = tr("half precision (fp16)");
            break;
        case studio::ComputeDevice::CudaBf16:
            precision = tr("bfloat16 precision (bf16)");
            break;
        case studio::ComputeDevice::CudaFp32:
            precision = tr("full precision (fp32)");
            break;
        case studio::ComputeDevice::CpuFp32:
            return tr(
                "The render will run on the CPU in full precision (fp32), as chosen in the "
                "Quality settings; a CUDA GPU is available.");
    }
    return tr("The render will run on the CUDA GPU (%n device(s) found) in %1.", "",
              m_buildInfo.cudaDeviceCount)
        .arg(precision);
}

QString ModelManagerDialog::licenceText() const {
    return tr(
        "Licence: the V-Express weights are for non-commercial research use only; check "
        "the model card before any other use.");
}

QString ModelManagerDialog::summaryText() const {
    return m_summary->text();
}

void ModelManagerDialog::browse() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose the V-Express model folder"), m_folder);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void ModelManagerDialog::download() {
    const QString folder = m_folder.isEmpty()
                               ? QString::fromStdString(models::defaultModelFolder().string())
                               : m_folder;
    ModelDownloadDialog dialog(folder, this);
    dialog.start();
    dialog.exec();
    setFolder(folder);
}

void ModelManagerDialog::setFolder(const QString& folder) {
    m_folder = folder;
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    m_checked = false;
    m_usable = false;
    m_components.clear();
    m_report = {};
    if (folder.isEmpty()) {
        showComponents();
        Q_EMIT checkFinished();
        return;
    }
    showComponents();  // "checking…" until the worker answers
    m_watcher.setFuture(QtConcurrent::run(inspect, folder));
}

void ModelManagerDialog::checkDone() {
    const FolderCheck check = m_watcher.result();
    if (check.folder != m_folder)
        return;  // the answer for a folder the user has since changed
    m_report = check.report;
    m_checked = true;
    m_usable = m_report.ok();
    showComponents();
    Q_EMIT checkFinished();
}

void ModelManagerDialog::showComponents() {
    m_componentList->clear();
    m_components.clear();
    if (m_folder.isEmpty()) {
        m_summary->setText(
            tr("No model folder is chosen. Everything but the V-Express render "
               "works without one."));
        return;
    }
    if (!m_checked) {
        m_summary->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    const engine::ModelFolderLayout& l = m_report.layout;
    const std::pair<QString, std::string> files[] = {
        {tr("UNet config"), l.unetConfig},
        {tr("VAE config"), l.vaeConfig},
        {tr("VAE weights"), l.vaeWeights},
        {tr("reference net"), l.referenceNet},
        {tr("denoising UNet"), l.denoisingUnet},
        {tr("motion modules"), l.motionModule},
        {tr("V-kps guider"), l.vKpsGuider},
        {tr("audio projection"), l.audioProjection},
        {tr("wav2vec2 config"), l.wav2vec2Config},
        {tr("wav2vec2 preprocessor"), l.wav2vec2Preprocessor},
        {tr("wav2vec2 weights"), l.wav2vec2Weights},
    };
    std::vector<bool> reported(m_report.problems.size(), false);
    for (const auto& [name, path] : files) {
        if (path.empty())
            continue;
        Component component{name, fromStd(path), ComponentState::Ok, QString()};
        for (size_t i = 0; i < m_report.problems.size(); ++i) {
            const engine::ModelFolderProblem& p = m_report.problems[i];
            if (p.file != path)
                continue;
            reported[i] = true;
            component.state = QFileInfo::exists(component.file) ? ComponentState::Broken
                                                                : ComponentState::Missing;
            component.detail = fromStd(p.what + ". " + p.fix).trimmed();
        }
        m_components.push_back(component);
    }
    // Problems that name no component file (the folder itself, for one).
    for (size_t i = 0; i < m_report.problems.size(); ++i) {
        if (reported[i])
            continue;
        const engine::ModelFolderProblem& p = m_report.problems[i];
        m_components.push_back(
            {tr("model folder"), fromStd(p.file),
             QFileInfo::exists(fromStd(p.file)) ? ComponentState::Broken : ComponentState::Missing,
             fromStd(p.what + ". " + p.fix).trimmed()});
    }

    QStringList problems;
    for (const Component& c : m_components) {
        const QString state = c.state == ComponentState::Ok        ? tr("OK")
                              : c.state == ComponentState::Missing ? tr("missing")
                                                                   : tr("broken");
        auto* item =
            new QTreeWidgetItem(m_componentList, {c.name, state, QDir::toNativeSeparators(c.file)});
        if (c.state != ComponentState::Ok) {
            item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
            item->setToolTip(2, c.detail);
            problems << tr("%1 (%2): %3").arg(c.name, QDir::toNativeSeparators(c.file), c.detail);
        }
    }
    m_summary->setStyleSheet(m_usable ? QString() : QStringLiteral("color: #c0392b;"));
    m_summary->setText(
        m_usable ? tr("The model folder is complete: the V-Express render can use it.")
                 : tr("The model folder is not usable; the render needs it fixed (everything "
                      "else keeps working):\n%1")
                       .arg(problems.join(QLatin1Char('\n'))));
}

}  // namespace ui
}  // namespace vx
