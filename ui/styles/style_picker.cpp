#include "ui/styles/style_picker.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

#include "studio/style_library.h"
#include "ui/app/failure_text.h"
#include "ui/app/image_conversion.h"
#include "ui/styles/save_style_dialog.h"
#include "ui/styles/style_thumbnails.h"

namespace vx {
namespace ui {

namespace {

constexpr int kThumbnailPx = 80;
constexpr int kAnimationFps = 12;  // the rate studio::StylePreviewOptions makes frames at
constexpr int kNameRole = Qt::UserRole;
constexpr int kUserStyleRole = Qt::UserRole + 1;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Until its frames are made, a style shows the portrait still (or the studio's icon).
QIcon stillIcon(const LoadedPortrait* portrait) {
    if (!portrait)
        return QIcon(QStringLiteral(":/icons/vxstudio.svg"));
    return QIcon(QPixmap::fromImage(
        imageFromRgb(portrait->prepared.frameRgb)
            .scaled(kThumbnailPx, kThumbnailPx, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

}  // namespace

StylePicker::StylePicker(studio::StyleLibrary library, QWidget* parent)
    : QWidget(parent), m_library(std::move(library)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("styleTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("styleList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);  // one row that scrolls sideways: the column stays short
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kThumbnailPx, kThumbnailPx));
    m_list->setGridSize(QSize(kThumbnailPx + 28, kThumbnailPx + 40));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedHeight(kThumbnailPx + 40 + m_list->horizontalScrollBar()->sizeHint().height() +
                           2 * m_list->frameWidth() + 4);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_list);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("styleStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveStyleButton"));
    m_manage = new QPushButton(this);
    m_manage->setObjectName(QStringLiteral("manageStylesButton"));
    auto* menu = new QMenu(m_manage);
    m_rename = menu->addAction(QString());
    m_rename->setObjectName(QStringLiteral("actionRenameStyle"));
    m_delete = menu->addAction(QString());
    m_delete->setObjectName(QStringLiteral("actionDeleteStyle"));
    menu->addSeparator();
    m_import = menu->addAction(QString());
    m_import->setObjectName(QStringLiteral("actionImportStyle"));
    m_export = menu->addAction(QString());
    m_export->setObjectName(QStringLiteral("actionExportStyle"));
    m_manage->setMenu(menu);
    buttons->addWidget(m_save);
    buttons->addWidget(m_manage);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_stillIcon = stillIcon(nullptr);
    m_thumbnails = new StyleThumbnails(kThumbnailPx, this);
    m_animation = new QTimer(this);
    m_animation->setInterval(1000 / kAnimationFps);

    connect(m_list, &QListWidget::itemClicked, this, &StylePicker::chooseItem);
    connect(m_list, &QListWidget::itemActivated, this, &StylePicker::chooseItem);
    connect(m_list, &QListWidget::currentItemChanged, this, &StylePicker::updateActions);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, menu](const QPoint& at) {
        // A right click selects without choosing, so a style can be managed without applying it.
        if (QListWidgetItem* item = m_list->itemAt(at))
            m_list->setCurrentItem(item);
        menu->exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_save, &QPushButton::clicked, this, &StylePicker::saveAsStyle);
    connect(m_rename, &QAction::triggered, this, &StylePicker::renameSelected);
    connect(m_delete, &QAction::triggered, this, &StylePicker::deleteSelected);
    connect(m_import, &QAction::triggered, this, &StylePicker::importWithDialog);
    connect(m_export, &QAction::triggered, this, &StylePicker::exportWithDialog);
    connect(m_thumbnails, &StyleThumbnails::ready, this, [this] {
        m_animationFrame = 0;
        advanceAnimation();
    });
    connect(m_animation, &QTimer::timeout, this, &StylePicker::advanceAnimation);

    retranslateUi();
    reload();
}

StylePicker::~StylePicker() = default;

void StylePicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The animation runs only while someone can see it.
void StylePicker::showEvent(QShowEvent* event) {
    m_animation->start();
    QWidget::showEvent(event);
}

void StylePicker::hideEvent(QHideEvent* event) {
    m_animation->stop();
    QWidget::hideEvent(event);
}

void StylePicker::retranslateUi() {
    m_title->setText(tr("Speaking style"));
    m_list->setToolTip(
        tr("Click a style to use it: it sets expression, identity, head motion and blinks at "
           "once. Each picture shows the style on your portrait."));
    m_save->setText(tr("Save as Style…"));
    m_save->setToolTip(tr("Saves the current performance settings as a style of your own."));
    m_manage->setText(tr("Manage"));
    m_manage->setToolTip(tr("Rename, delete, import or export styles."));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete…"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    rebuildList();
}

void StylePicker::reload() {
    m_fileProblems.clear();
    m_styles = studio::builtInStyles();
    for (studio::Style& style : m_library.userStyles(&m_fileProblems))
        m_styles.push_back(std::move(style));
    rebuildList();
    requestThumbnails();
    Q_EMIT stylesChanged();
}

void StylePicker::rebuildList() {
    if (!m_list)
        return;
    const QString keep = selectedName();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const std::size_t builtIns = studio::builtInStyles().size();
    for (std::size_t i = 0; i < m_styles.size(); ++i) {
        const studio::Style& style = m_styles[i];
        auto* item = new QListWidgetItem(qs(style.name), m_list);
        item->setData(kNameRole, qs(style.name));
        const bool mine = i >= builtIns;
        item->setData(kUserStyleRole, mine);
        item->setToolTip(QStringLiteral("<b>%1</b> (%2)<br>%3<br><small>%4</small>")
                             .arg(qs(style.name).toHtmlEscaped(),
                                  mine ? tr("your style") : tr("built-in"),
                                  qs(style.description).toHtmlEscaped(),
                                  qs(studio::describeStyleValues(style)).toHtmlEscaped()));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    advanceAnimation();
    showStatus();
    // The chosen style is the selected one; otherwise keep what the user had selected.
    const QString chosen = qs(m_parameters.styleName);
    for (int row = 0; row < m_list->count(); ++row) {
        const QString name = m_list->item(row)->data(kNameRole).toString();
        if ((!chosen.isEmpty() && name.compare(chosen, Qt::CaseInsensitive) == 0) ||
            (chosen.isEmpty() && name == keep))
            m_list->setCurrentRow(row);
    }
    if (m_list->currentItem())
        m_list->scrollToItem(m_list->currentItem());
    updateActions();
}

void StylePicker::setParameters(const studio::StudioParameters& parameters) {
    const bool styleChanged = parameters.styleName != m_parameters.styleName;
    m_parameters = parameters;
    if (styleChanged)
        rebuildList();
    else
        showStatus();
    requestThumbnails();
}

void StylePicker::setPreviewSource(std::shared_ptr<const LoadedPortrait> portrait,
                                   const std::vector<double>& envelope, double fps) {
    if (portrait != m_portrait)
        m_stillIcon = stillIcon(portrait.get());
    m_portrait = std::move(portrait);
    m_envelope = envelope;
    m_fps = fps;
    requestThumbnails();
}

void StylePicker::requestThumbnails() {
    StyleThumbnailInputs inputs;
    inputs.portrait = m_portrait;
    inputs.envelope = m_envelope;
    inputs.fps = m_fps;
    inputs.base = m_parameters;
    inputs.styles = m_styles;
    m_thumbnails->request(std::move(inputs));
}

bool StylePicker::thumbnailsBusy() const {
    return m_thumbnails->isBusy();
}

void StylePicker::advanceAnimation() {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QVector<QImage> frames = m_thumbnails->framesOf(item->data(kNameRole).toString());
        item->setIcon(frames.isEmpty()
                          ? m_stillIcon
                          : QIcon(QPixmap::fromImage(frames[m_animationFrame % frames.size()])));
    }
    ++m_animationFrame;
}

std::optional<studio::Style> StylePicker::currentStyle() const {
    if (m_parameters.styleName.empty())
        return std::nullopt;
    for (const studio::Style& style : m_styles)
        if (studio::sameStyleName(style.name, m_parameters.styleName))
            return style;
    return std::nullopt;
}

std::vector<studio::ParameterId> StylePicker::overrides() const {
    const std::optional<studio::Style> style = currentStyle();
    return style ? studio::styleOverrides(*style, m_parameters)
                 : std::vector<studio::ParameterId>{};
}

QString StylePicker::statusText() const {
    return m_status->text();
}

void StylePicker::showStatus() {
    QStringList lines;
    const QString name = qs(m_parameters.styleName);
    if (name.isEmpty()) {
        lines << tr("No style chosen: each control has its own value.");
    } else if (const std::optional<studio::Style> style = currentStyle()) {
        const int changed =
            int(overrides().size()) + (m_parameters.headPreset != style->headPreset ? 1 : 0);
        lines << (changed == 0
                      ? tr("Style: %1").arg(name)
                      : tr("Style: %1 · modified (%n control(s) changed, shown in bold below)",
                           nullptr, changed)
                            .arg(name));
    } else {
        lines
            << tr("Style: %1 · not among your styles; the project keeps its own values").arg(name);
    }
    if (!m_fileProblems.empty())
        lines << tr("%n style file(s) could not be read: %1", nullptr, int(m_fileProblems.size()))
                     .arg(qs(m_fileProblems.front()));
    if (!m_lastProblem.isEmpty())
        lines << m_lastProblem;
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void StylePicker::reportProblem(const QString& text) {
    m_lastProblem = text;
    showStatus();
}

void StylePicker::updateActions() {
    const bool mine = selectedIsUserStyle();
    m_rename->setEnabled(mine);
    m_delete->setEnabled(mine);
    m_export->setEnabled(!selectedName().isEmpty());
}

QString StylePicker::selectedName() const {
    const QListWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(kNameRole).toString() : QString();
}

bool StylePicker::selectedIsUserStyle() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && item->data(kUserStyleRole).toBool();
}

void StylePicker::chooseItem(QListWidgetItem* item) {
    if (!item)
        return;
    m_lastProblem.clear();
    const std::string name = item->data(kNameRole).toString().toStdString();
    for (const studio::Style& style : m_styles)
        if (style.name == name) {
            Q_EMIT styleChosen(style);
            return;
        }
}

void StylePicker::saveAsStyle() {
    const std::optional<studio::Style> current = currentStyle();
    // Suggest the chosen style's name only when it is the user's own (a built-in's is taken).
    const QString suggestion =
        current && !studio::findBuiltInStyle(current->name) ? qs(current->name) : QString();
    std::vector<std::string> mine;
    for (std::size_t i = studio::builtInStyles().size(); i < m_styles.size(); ++i)
        mine.push_back(m_styles[i].name);
    SaveStyleDialog dialog(std::move(mine), suggestion, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const studio::Style style = studio::styleFromParameters(
            dialog.styleName().toStdString(), dialog.description().toStdString(), m_parameters);
        m_library.save(style, dialog.replaces());
        m_lastProblem.clear();
        reload();
        Q_EMIT styleChosen(style);  // the same values: the project now names the new style
    } catch (...) {
        reportProblem(tr("The style was not saved: %1").arg(failureText(std::current_exception())));
    }
}

void StylePicker::renameSelected() {
    const QString from = selectedName();
    if (!selectedIsUserStyle())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Style"), tr("New name:"),
                                             QLineEdit::Normal, from, &ok);
    if (!ok || to == from)
        return;
    try {
        m_library.rename(from.toStdString(), to.toStdString());
        m_lastProblem.clear();
        if (studio::sameStyleName(m_parameters.styleName, from.toStdString()))
            m_parameters.styleName = to.toStdString();
        reload();
        Q_EMIT styleRenamed(from, to);
    } catch (...) {
        reportProblem(
            tr("The style was not renamed: %1").arg(failureText(std::current_exception())));
    }
}

void StylePicker::deleteSelected() {
    const QString name = selectedName();
    if (!selectedIsUserStyle())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Style"),
        tr("Delete your style “%1”? Projects that use it keep their values.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_library.remove(name.toStdString());
        m_lastProblem.clear();
        reload();
    } catch (...) {
        reportProblem(
            tr("The style was not deleted: %1").arg(failureText(std::current_exception())));
    }
}

bool StylePicker::importStyleFile(const QString& path) {
    try {
        const studio::Style style = m_library.importFile(path.toStdString());
        m_lastProblem.clear();
        reload();
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(kNameRole).toString() == qs(style.name))
                m_list->setCurrentRow(row);
        return true;
    } catch (...) {
        reportProblem(
            tr("The style was not imported: %1").arg(failureText(std::current_exception())));
        return false;
    }
}

bool StylePicker::exportStyleTo(const QString& name, const QString& path) {
    try {
        m_library.exportStyle(name.toStdString(), path.toStdString());
        m_lastProblem.clear();
        showStatus();
        return true;
    } catch (...) {
        reportProblem(
            tr("The style was not exported: %1").arg(failureText(std::current_exception())));
        return false;
    }
}

void StylePicker::importWithDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Style"), QString(),
                                                      tr("VX Studio styles (*.json)"));
    if (!path.isEmpty())
        importStyleFile(path);
}

void StylePicker::exportWithDialog() {
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Style"), name + QStringLiteral(".json"), tr("VX Studio styles (*.json)"));
    if (!path.isEmpty())
        exportStyleTo(name, path);
}

}  // namespace ui
}  // namespace vx
