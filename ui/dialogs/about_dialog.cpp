#include "ui/dialogs/about_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace vx {
namespace ui {

AboutDialog::AboutDialog(const BuildInfo& info, QWidget* parent) : QDialog(parent), m_info(info) {
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/vxstudio.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);

    m_blurb = new QLabel(this);
    m_blurb->setWordWrap(true);
    layout->addWidget(m_blurb);

    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_versions);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
}

void AboutDialog::retranslateUi() {
    setWindowTitle(tr("About VX Studio"));
    m_title->setText(tr("<h2>VX Studio %1</h2>").arg(m_info.appVersion));
    m_blurb->setText(
        tr("Talking-head videos from one portrait and a voice recording, driven by the "
           "V-Express model."));
    m_versions->setText(versionsText());
}

void AboutDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString AboutDialog::versionsText() const {
    const QString cuda = m_info.cudaAvailable
                             ? tr("available (%n device(s))", nullptr, m_info.cudaDeviceCount)
                             : tr("not available (the engine runs on the CPU)");
    return tr("Qt: %1").arg(m_info.qtVersion) + QLatin1Char('\n') +
           tr("LibTorch: %1").arg(m_info.torchVersion) + QLatin1Char('\n') +
           tr("OpenCV: %1").arg(m_info.opencvVersion) + QLatin1Char('\n') +
           tr("FFmpeg: %1").arg(m_info.ffmpegVersion) + QLatin1Char('\n') +
           tr("CUDA: %1").arg(cuda);
}

}  // namespace ui
}  // namespace vx
