// The parameters panel: Performance, Quality and Output groups, each with a Reset button. It
// edits a copy of the window's studio::StudioParameters and reports every change with the whole
// struct.
#pragma once

#include <QWidget>

#include <vector>

#include "studio/studio_parameters.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace vx {
namespace ui {

class ParametersPanel : public QWidget {
    Q_OBJECT
public:
    ParametersPanel(const studio::StudioParameters& initial, bool cudaAvailable,
                    QWidget* parent = nullptr);

    // Shows `parameters` without emitting parametersChanged.
    void setParameters(const studio::StudioParameters& parameters);
    const studio::StudioParameters& parameters() const { return m_parameters; }
    // The recording's length, for the derived output frame rate (0: no recording).
    void setAudioDuration(double seconds);
    // Marks (bold label) the controls changed since the chosen style set them, and the head
    // motion preset when it is not the style's.
    void showStyleOverrides(const std::vector<studio::ParameterId>& overrides,
                            bool headPresetChanged);
    // The row label of a control is marked as changed from the style.
    bool isMarkedAsOverride(studio::ParameterId id) const;

Q_SIGNALS:
    void parametersChanged(const studio::StudioParameters& parameters);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QGroupBox* createPerformanceGroup();
    QGroupBox* createQualityGroup();
    QGroupBox* createOutputGroup();
    void showValues();
    void showDerivedFps();
    void commit();                                   // emits the current parameters
    QWidget* fieldOf(studio::ParameterId id) const;  // a style control's widget

    studio::StudioParameters m_parameters;
    bool m_cudaAvailable = false;
    double m_audioDurationSec = 0.0;

    QSlider* m_expression = nullptr;
    QSlider* m_identity = nullptr;
    QComboBox* m_headPreset = nullptr;
    QSlider* m_headAmount = nullptr;
    QDoubleSpinBox* m_yaw = nullptr;
    QDoubleSpinBox* m_pitch = nullptr;
    QDoubleSpinBox* m_roll = nullptr;
    QDoubleSpinBox* m_yawLimit = nullptr;
    QDoubleSpinBox* m_pitchLimit = nullptr;
    QDoubleSpinBox* m_rollLimit = nullptr;
    QDoubleSpinBox* m_tempo = nullptr;
    QSlider* m_speechFollow = nullptr;
    QDoubleSpinBox* m_blinkRate = nullptr;
    QDoubleSpinBox* m_blinkDuration = nullptr;
    QDoubleSpinBox* m_targetFps = nullptr;
    QDoubleSpinBox* m_motionSeed = nullptr;
    QDoubleSpinBox* m_blinkSeed = nullptr;

    QSpinBox* m_steps = nullptr;
    QDoubleSpinBox* m_guidance = nullptr;
    QSpinBox* m_resolution = nullptr;
    QDoubleSpinBox* m_seed = nullptr;  // a double holds every 32-bit seed; QSpinBox stops at 2^31
    QLabel* m_seedLabel = nullptr;
    QComboBox* m_device = nullptr;

    QLineEdit* m_outputFps = nullptr;
    QComboBox* m_framing = nullptr;
};

}  // namespace ui
}  // namespace vx
