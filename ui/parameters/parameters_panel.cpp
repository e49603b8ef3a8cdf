#include "ui/parameters/parameters_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

#include "studio/styles.h"

namespace vx {
namespace ui {

namespace {

using studio::ParameterId;
using studio::parameterSpec;

// Every range, step and default below comes from the parameter table (studio/parameters.h).
QSlider* makeSlider(const QString& name, ParameterId id, QWidget* parent) {
    const auto& spec = parameterSpec(id);
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setObjectName(name);
    slider->setRange(int(spec.minimum), int(spec.maximum));
    slider->setSingleStep(int(spec.step));
    return slider;
}

QDoubleSpinBox* makeSpin(const QString& name, ParameterId id, QWidget* parent) {
    const auto& spec = parameterSpec(id);
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setDecimals(spec.type == studio::ParameterType::Integer ? 0 : spec.step < 1.0 ? 1 : 0);
    spin->setRange(spec.minimum, spec.maximum);
    spin->setSingleStep(spec.step);
    return spin;
}

QSpinBox* makeIntSpin(const QString& name, ParameterId id, QWidget* parent) {
    const auto& spec = parameterSpec(id);
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(int(spec.minimum), int(spec.maximum));
    spin->setSingleStep(int(spec.step));
    return spin;
}

// Combo boxes as wide as the panel allows, not as wide as their longest entry.
void letComboShrink(QComboBox* combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

QPushButton* makeResetButton(const QString& name, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    return button;
}

// A form row whose label text retranslateUi() sets.
void addRow(QFormLayout* form, QWidget* field) {
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

QLabel* rowLabel(QWidget* field) {
    auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    return form ? qobject_cast<QLabel*>(form->labelForField(field)) : nullptr;
}

void setRowLabel(QWidget* field, const QString& text) {
    if (QLabel* label = rowLabel(field))
        label->setText(text);
}

void markRow(QWidget* field, bool changed) {
    QLabel* label = rowLabel(field);
    if (!label)
        return;
    QFont font = label->font();
    font.setBold(changed);
    label->setFont(font);
}

}  // namespace

ParametersPanel::ParametersPanel(const studio::StudioParameters& initial, bool cudaAvailable,
                                 QWidget* parent)
    : QWidget(parent), m_parameters(initial), m_cudaAvailable(cudaAvailable) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPerformanceGroup());
    layout->addWidget(createQualityGroup());
    layout->addWidget(createOutputGroup());
    layout->addStretch(1);
    retranslateUi();
    showValues();
}

void ParametersPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParametersPanel::retranslateUi() {
    const auto find = [this](const char* name) {
        return findChild<QWidget*>(QString::fromLatin1(name));
    };
    qobject_cast<QGroupBox*>(find("performanceGroup"))->setTitle(tr("Performance"));
    qobject_cast<QGroupBox*>(find("qualityGroup"))->setTitle(tr("Quality"));
    qobject_cast<QGroupBox*>(find("outputGroup"))->setTitle(tr("Output"));
    for (const char* reset : {"resetPerformanceButton", "resetQualityButton", "resetOutputButton"})
        qobject_cast<QPushButton*>(find(reset))->setText(tr("Reset"));

    // Performance.
    m_expression->setToolTip(
        tr("How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively "
           "mouth and brows (V-Express's audio attention weight 1.0 to 3.0)."));
    setRowLabel(m_expression, tr("Expression strength"));
    m_identity->setToolTip(
        tr("How tightly the render holds the photo's look: lower lets expression win over "
           "likeness, higher keeps the face closer to the photo (reference attention weight)."));
    setRowLabel(m_identity, tr("Identity strength"));
    m_headPreset->setItemText(0, tr("Still"));
    m_headPreset->setItemText(1, tr("Calm presenter"));
    m_headPreset->setItemText(2, tr("Lively speaker"));
    m_headPreset->setItemText(3, tr("Nodding listener"));
    m_headPreset->setToolTip(
        tr("A starting point for the head motion: sets the amount, the ranges, the tempo and "
           "how much the head follows the speech."));
    setRowLabel(m_headPreset, tr("Head motion"));
    m_headAmount->setToolTip(tr("How much of the ranges below the head uses: 0 % keeps it still."));
    setRowLabel(m_headAmount, tr("Motion amount"));
    m_yaw->setSuffix(tr(" °"));
    m_yaw->setToolTip(tr("How far the head turns left and right at most."));
    setRowLabel(m_yaw, tr("Yaw range"));
    m_pitch->setSuffix(tr(" °"));
    m_pitch->setToolTip(tr("How far the head nods up and down at most."));
    setRowLabel(m_pitch, tr("Pitch range"));
    m_roll->setSuffix(tr(" °"));
    m_roll->setToolTip(tr("How far the head tilts sideways at most."));
    setRowLabel(m_roll, tr("Roll range"));
    for (QDoubleSpinBox* limit : {m_yawLimit, m_pitchLimit, m_rollLimit})
        limit->setSuffix(tr(" °"));
    m_yawLimit->setToolTip(
        tr("The farthest the head may turn either way, for every kind of motion: the automatic "
           "one, the keyframed offsets and a driving video. The motion bends smoothly towards "
           "the limit; 90° limits nothing."));
    setRowLabel(m_yawLimit, tr("Yaw limit"));
    m_pitchLimit->setToolTip(
        tr("The farthest the head may nod either way, for every kind of motion."));
    setRowLabel(m_pitchLimit, tr("Pitch limit"));
    m_rollLimit->setToolTip(
        tr("The farthest the head may tilt either way, for every kind of motion."));
    setRowLabel(m_rollLimit, tr("Roll limit"));
    m_tempo->setSuffix(tr(" ×"));
    m_tempo->setToolTip(
        tr("How often the head moves to a new position: 1 is about every 1.2 s, "
           "2 twice as often."));
    setRowLabel(m_tempo, tr("Tempo"));
    m_speechFollow->setToolTip(
        tr("How much the head follows the voice: nods on stressed syllables, calm in pauses."));
    setRowLabel(m_speechFollow, tr("Speech follow"));
    m_blinkRate->setSuffix(tr(" /min"));
    m_blinkRate->setToolTip(
        tr("Automatic blinks per minute (people blink 10 to 20 times a minute "
           "when speaking); blinks placed on the timeline come on top."));
    setRowLabel(m_blinkRate, tr("Blink rate"));
    m_blinkDuration->setSuffix(tr(" ms"));
    m_blinkDuration->setToolTip(tr("How long one blink takes, closing and reopening."));
    setRowLabel(m_blinkDuration, tr("Blink duration"));
    m_motionSeed->setToolTip(
        tr("The seed of the head motion: the same seed gives the same movements."));
    setRowLabel(m_motionSeed, tr("Motion seed"));
    m_blinkSeed->setToolTip(
        tr("The seed of the automatic blinks' timing; the blinks placed on "
           "the timeline stay where they are."));
    setRowLabel(m_blinkSeed, tr("Blink seed"));
    find("resetPerformanceButton")
        ->setToolTip(tr("Restores the performance defaults and removes the manual blinks."));

    // Quality.
    m_steps->setToolTip(
        tr("Denoising steps of the render: more is slower and finer; V-Express "
           "uses 25."));
    setRowLabel(m_steps, tr("Steps"));
    m_guidance->setToolTip(
        tr("Classifier-free guidance: how strongly the render follows the "
           "photo and the voice; 1 turns it off, V-Express uses 3.5."));
    setRowLabel(m_guidance, tr("Guidance"));
    m_resolution->setSuffix(tr(" px"));
    m_resolution->setToolTip(
        tr("The side of the square the model renders; the model was "
           "trained at 512 px. Larger needs much more GPU memory."));
    setRowLabel(m_resolution, tr("Resolution"));
    m_seed->setToolTip(
        tr("The random seed of the render's noise: the same seed gives the same result. The head "
           "motion and the blinks have their own seeds."));
    auto* reroll = qobject_cast<QPushButton*>(find("rerollSeedButton"));
    reroll->setText(tr("Re-roll"));
    reroll->setToolTip(tr("Picks a new random seed."));
    m_seedLabel->setText(tr("Seed"));
    m_device->setToolTip(tr("Where the render runs and with which precision."));
    m_device->setItemText(0, tr("CUDA GPU, half precision (fp16)"));
    m_device->setItemText(1, tr("CUDA GPU, bfloat16 precision (bf16)"));
    m_device->setItemText(2, tr("CUDA GPU, full precision (fp32)"));
    m_device->setItemText(3, tr("CPU, full precision (fp32, very slow)"));
    if (!m_cudaAvailable) {
        auto* model = qobject_cast<QStandardItemModel*>(m_device->model());
        for (int row = 0; row < 3; ++row) {
            QStandardItem* item = model->item(row);
            item->setText(tr("%1 — no CUDA GPU found").arg(item->text()));
            item->setToolTip(tr("This computer has no CUDA GPU that LibTorch can use."));
        }
    }
    setRowLabel(m_device, tr("Device"));
    find("resetQualityButton")->setToolTip(tr("Restores the quality defaults."));

    // Output.
    m_outputFps->setToolTip(
        tr("V-Express renders whole 24-frame windows, so the video's frame rate follows from the "
           "recording's length: slightly below 30 fps, stretched to end with the voice."));
    setRowLabel(m_outputFps, tr("Frame rate"));
    m_targetFps->setSuffix(tr(" fps"));
    m_targetFps->setToolTip(
        tr("The frame rate asked of V-Express; the video's own rate follows "
           "from it and the recording's length."));
    setRowLabel(m_targetFps, tr("Target frame rate"));
    m_framing->setItemText(0, tr("Square crop"));
    m_framing->setItemText(1, tr("Paste back into the photo"));
    m_framing->setToolTip(
        tr("Square crop: the video shows the framed face only. Paste back: "
           "the animated square is blended into the whole photo."));
    setRowLabel(m_framing, tr("Framing"));
    find("resetOutputButton")->setToolTip(tr("Restores the output defaults."));
    showDerivedFps();
}

QWidget* ParametersPanel::fieldOf(ParameterId id) const {
    switch (id) {
        case ParameterId::ExpressionPercent:
            return m_expression;
        case ParameterId::IdentityPercent:
            return m_identity;
        case ParameterId::HeadAmountPercent:
            return m_headAmount;
        case ParameterId::YawRangeDeg:
            return m_yaw;
        case ParameterId::PitchRangeDeg:
            return m_pitch;
        case ParameterId::RollRangeDeg:
            return m_roll;
        case ParameterId::Tempo:
            return m_tempo;
        case ParameterId::SpeechFollowPercent:
            return m_speechFollow;
        case ParameterId::BlinkRatePerMinute:
            return m_blinkRate;
        case ParameterId::BlinkDurationMs:
            return m_blinkDuration;
        default:
            return nullptr;  // not a style's control
    }
}

void ParametersPanel::showStyleOverrides(const std::vector<ParameterId>& overrides,
                                         bool headPresetChanged) {
    for (const ParameterId id : studio::styleParameters())
        if (QWidget* field = fieldOf(id))
            markRow(field, std::find(overrides.begin(), overrides.end(), id) != overrides.end());
    markRow(m_headPreset, headPresetChanged);
}

bool ParametersPanel::isMarkedAsOverride(ParameterId id) const {
    QWidget* field = fieldOf(id);
    QLabel* label = field ? rowLabel(field) : nullptr;
    return label && label->font().bold();
}

QGroupBox* ParametersPanel::createPerformanceGroup() {
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("performanceGroup"));
    auto* form = new QFormLayout(group);

    m_expression =
        makeSlider(QStringLiteral("expressionSlider"), ParameterId::ExpressionPercent, group);
    addRow(form, m_expression);
    m_identity = makeSlider(QStringLiteral("identitySlider"), ParameterId::IdentityPercent, group);
    addRow(form, m_identity);

    m_headPreset = new QComboBox(group);
    letComboShrink(m_headPreset);
    m_headPreset->setObjectName(QStringLiteral("headPresetCombo"));
    m_headPreset->addItem(QString(), int(motion::HeadMotionPreset::Still));
    m_headPreset->addItem(QString(), int(motion::HeadMotionPreset::CalmPresenter));
    m_headPreset->addItem(QString(), int(motion::HeadMotionPreset::LivelySpeaker));
    m_headPreset->addItem(QString(), int(motion::HeadMotionPreset::NoddingListener));
    addRow(form, m_headPreset);
    m_headAmount =
        makeSlider(QStringLiteral("headAmountSlider"), ParameterId::HeadAmountPercent, group);
    addRow(form, m_headAmount);
    m_yaw = makeSpin(QStringLiteral("yawRangeSpin"), ParameterId::YawRangeDeg, group);
    addRow(form, m_yaw);
    m_pitch = makeSpin(QStringLiteral("pitchRangeSpin"), ParameterId::PitchRangeDeg, group);
    addRow(form, m_pitch);
    m_roll = makeSpin(QStringLiteral("rollRangeSpin"), ParameterId::RollRangeDeg, group);
    addRow(form, m_roll);
    m_yawLimit = makeSpin(QStringLiteral("yawLimitSpin"), ParameterId::YawLimitDeg, group);
    addRow(form, m_yawLimit);
    m_pitchLimit = makeSpin(QStringLiteral("pitchLimitSpin"), ParameterId::PitchLimitDeg, group);
    addRow(form, m_pitchLimit);
    m_rollLimit = makeSpin(QStringLiteral("rollLimitSpin"), ParameterId::RollLimitDeg, group);
    addRow(form, m_rollLimit);
    m_tempo = makeSpin(QStringLiteral("tempoSpin"), ParameterId::Tempo, group);
    addRow(form, m_tempo);
    m_speechFollow =
        makeSlider(QStringLiteral("speechFollowSlider"), ParameterId::SpeechFollowPercent, group);
    addRow(form, m_speechFollow);
    m_blinkRate = makeSpin(QStringLiteral("blinkRateSpin"), ParameterId::BlinkRatePerMinute, group);
    addRow(form, m_blinkRate);
    m_blinkDuration =
        makeSpin(QStringLiteral("blinkDurationSpin"), ParameterId::BlinkDurationMs, group);
    addRow(form, m_blinkDuration);
    m_motionSeed = makeSpin(QStringLiteral("motionSeedSpin"), ParameterId::MotionSeed, group);
    addRow(form, m_motionSeed);
    m_blinkSeed = makeSpin(QStringLiteral("blinkSeedSpin"), ParameterId::BlinkSeed, group);
    addRow(form, m_blinkSeed);
    auto* reset = makeResetButton(QStringLiteral("resetPerformanceButton"), group);
    form->addRow(reset);

    const auto percent = [this](QSlider* slider, double studio::StudioParameters::*field) {
        connect(slider, &QSlider::valueChanged, this, [this, field](int v) {
            m_parameters.*field = v;
            commit();
        });
    };
    const auto value = [this](QDoubleSpinBox* spin, double studio::StudioParameters::*field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field](double v) {
            m_parameters.*field = v;
            commit();
        });
    };
    percent(m_expression, &studio::StudioParameters::expressionPercent);
    percent(m_identity, &studio::StudioParameters::identityPercent);
    percent(m_headAmount, &studio::StudioParameters::headAmountPercent);
    percent(m_speechFollow, &studio::StudioParameters::speechFollowPercent);
    value(m_yaw, &studio::StudioParameters::yawRangeDeg);
    value(m_pitch, &studio::StudioParameters::pitchRangeDeg);
    value(m_roll, &studio::StudioParameters::rollRangeDeg);
    value(m_yawLimit, &studio::StudioParameters::yawLimitDeg);
    value(m_pitchLimit, &studio::StudioParameters::pitchLimitDeg);
    value(m_rollLimit, &studio::StudioParameters::rollLimitDeg);
    value(m_tempo, &studio::StudioParameters::tempo);
    value(m_blinkRate, &studio::StudioParameters::blinkRatePerMinute);
    value(m_blinkDuration, &studio::StudioParameters::blinkDurationMs);
    connect(m_motionSeed, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_parameters.motionSeed = std::uint32_t(v);
        commit();
    });
    connect(m_blinkSeed, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_parameters.blinkSeed = std::uint32_t(v);
        commit();
    });
    connect(m_headPreset, &QComboBox::activated, this, [this](int index) {
        m_parameters.applyHeadPreset(
            motion::HeadMotionPreset(m_headPreset->itemData(index).toInt()));
        showValues();
        commit();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_parameters.resetPerformance();
        showValues();
        commit();
    });
    return group;
}

QGroupBox* ParametersPanel::createQualityGroup() {
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("qualityGroup"));
    auto* form = new QFormLayout(group);

    m_steps = makeIntSpin(QStringLiteral("stepsSpin"), ParameterId::Steps, group);
    addRow(form, m_steps);
    m_guidance = makeSpin(QStringLiteral("guidanceSpin"), ParameterId::Guidance, group);
    addRow(form, m_guidance);
    m_resolution = makeIntSpin(QStringLiteral("resolutionSpin"), ParameterId::SizePx, group);
    addRow(form, m_resolution);

    auto* seedRow = new QHBoxLayout;
    m_seed = makeSpin(QStringLiteral("seedSpin"), ParameterId::Seed, group);
    auto* reroll = new QPushButton(group);
    reroll->setObjectName(QStringLiteral("rerollSeedButton"));
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(reroll);
    m_seedLabel = new QLabel(group);
    m_seedLabel->setBuddy(m_seed);
    form->addRow(m_seedLabel, seedRow);

    m_device = new QComboBox(group);
    letComboShrink(m_device);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(QString(), int(studio::ComputeDevice::CudaFp16));
    m_device->addItem(QString(), int(studio::ComputeDevice::CudaBf16));
    m_device->addItem(QString(), int(studio::ComputeDevice::CudaFp32));
    m_device->addItem(QString(), int(studio::ComputeDevice::CpuFp32));
    if (!m_cudaAvailable) {
        auto* model = qobject_cast<QStandardItemModel*>(m_device->model());
        for (int row = 0; row < 3; ++row)
            model->item(row)->setEnabled(false);
    }
    addRow(form, m_device);
    auto* reset = makeResetButton(QStringLiteral("resetQualityButton"), group);
    form->addRow(reset);

    connect(m_steps, &QSpinBox::valueChanged, this, [this](int v) {
        m_parameters.steps = v;
        commit();
    });
    connect(m_guidance, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_parameters.guidanceScale = v;
        commit();
    });
    connect(m_resolution, &QSpinBox::valueChanged, this, [this](int v) {
        // The VAE works on 8x8 blocks: a typed size snaps to the nearest multiple.
        const int multiple = parameterSpec(ParameterId::SizePx).multipleOf;
        if (v % multiple != 0) {
            m_resolution->setValue((v + multiple / 2) / multiple * multiple);
            return;
        }
        m_parameters.resolutionPx = v;
        commit();
    });
    connect(m_seed, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_parameters.seed = std::uint32_t(v);
        commit();
    });
    connect(reroll, &QPushButton::clicked, this,
            [this] { m_seed->setValue(double(QRandomGenerator::global()->generate())); });
    connect(m_device, &QComboBox::activated, this, [this](int index) {
        m_parameters.device = studio::ComputeDevice(m_device->itemData(index).toInt());
        commit();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_parameters.resetQuality(m_cudaAvailable);
        showValues();
        commit();
    });
    return group;
}

QGroupBox* ParametersPanel::createOutputGroup() {
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("outputGroup"));
    auto* form = new QFormLayout(group);
    m_targetFps = makeSpin(QStringLiteral("targetFpsSpin"), ParameterId::TargetFps, group);
    addRow(form, m_targetFps);
    connect(m_targetFps, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_parameters.targetFps = v;
        showDerivedFps();
        commit();
    });
    m_outputFps = new QLineEdit(group);
    m_outputFps->setObjectName(QStringLiteral("outputFpsField"));
    m_outputFps->setReadOnly(true);
    addRow(form, m_outputFps);
    m_framing = new QComboBox(group);
    letComboShrink(m_framing);
    m_framing->setObjectName(QStringLiteral("framingCombo"));
    m_framing->addItem(QString(), int(studio::OutputFraming::Crop));
    m_framing->addItem(QString(), int(studio::OutputFraming::PasteBack));
    addRow(form, m_framing);
    auto* reset = makeResetButton(QStringLiteral("resetOutputButton"), group);
    form->addRow(reset);

    connect(m_framing, &QComboBox::activated, this, [this](int index) {
        m_parameters.framing = studio::OutputFraming(m_framing->itemData(index).toInt());
        commit();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_parameters.resetOutput();
        showValues();
        commit();
    });
    return group;
}

void ParametersPanel::setParameters(const studio::StudioParameters& parameters) {
    m_parameters = parameters;
    showValues();
}

void ParametersPanel::setAudioDuration(double seconds) {
    m_audioDurationSec = seconds;
    showDerivedFps();
}

void ParametersPanel::showValues() {
    const studio::StudioParameters& p = m_parameters;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_expression),    QSignalBlocker(m_identity),
        QSignalBlocker(m_headPreset),    QSignalBlocker(m_headAmount),
        QSignalBlocker(m_yaw),           QSignalBlocker(m_pitch),
        QSignalBlocker(m_roll),          QSignalBlocker(m_tempo),
        QSignalBlocker(m_speechFollow),  QSignalBlocker(m_blinkRate),
        QSignalBlocker(m_blinkDuration), QSignalBlocker(m_motionSeed),
        QSignalBlocker(m_blinkSeed),     QSignalBlocker(m_steps),
        QSignalBlocker(m_guidance),      QSignalBlocker(m_resolution),
        QSignalBlocker(m_seed),          QSignalBlocker(m_device),
        QSignalBlocker(m_framing),       QSignalBlocker(m_targetFps),
        QSignalBlocker(m_yawLimit),      QSignalBlocker(m_pitchLimit),
        QSignalBlocker(m_rollLimit)};
    m_expression->setValue(int(std::lround(p.expressionPercent)));
    m_identity->setValue(int(std::lround(p.identityPercent)));
    m_headPreset->setCurrentIndex(m_headPreset->findData(int(p.headPreset)));
    m_headAmount->setValue(int(std::lround(p.headAmountPercent)));
    m_yaw->setValue(p.yawRangeDeg);
    m_pitch->setValue(p.pitchRangeDeg);
    m_roll->setValue(p.rollRangeDeg);
    m_yawLimit->setValue(p.yawLimitDeg);
    m_pitchLimit->setValue(p.pitchLimitDeg);
    m_rollLimit->setValue(p.rollLimitDeg);
    m_tempo->setValue(p.tempo);
    m_speechFollow->setValue(int(std::lround(p.speechFollowPercent)));
    m_blinkRate->setValue(p.blinkRatePerMinute);
    m_blinkDuration->setValue(p.blinkDurationMs);
    m_motionSeed->setValue(double(p.motionSeed));
    m_blinkSeed->setValue(double(p.blinkSeed));
    m_steps->setValue(p.steps);
    m_guidance->setValue(p.guidanceScale);
    m_resolution->setValue(p.resolutionPx);
    m_seed->setValue(double(p.seed));
    m_device->setCurrentIndex(m_device->findData(int(p.device)));
    m_framing->setCurrentIndex(m_framing->findData(int(p.framing)));
    m_targetFps->setValue(p.targetFps);
    showDerivedFps();
}

void ParametersPanel::showDerivedFps() {
    const double fps = studio::derivedOutputFps(m_audioDurationSec, m_parameters.targetFps);
    if (fps > 0)
        m_outputFps->setText(tr("%1 fps").arg(fps, 0, 'f', 2));
    else if (m_audioDurationSec > 0)
        m_outputFps->setText(tr("recording too short (under 0.8 s)"));
    else
        m_outputFps->setText(tr("follows from the recording"));
}

void ParametersPanel::commit() {
    Q_EMIT parametersChanged(m_parameters);
}

}  // namespace ui
}  // namespace vx
