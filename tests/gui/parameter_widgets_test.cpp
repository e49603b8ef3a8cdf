// Every parameter of the table (studio/parameters.h) has its control in the studio with exactly
// the table's range, and the export dialog's qualities are H.264 CRF values the table accepts:
// the GUI offers what the CLI and the project file accept, no more and no less.
#include <QtTest>

#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>

#include "studio/parameters.h"
#include "ui/dialogs/export_dialog.h"
#include "ui/parameters/parameters_panel.h"

using vx::studio::ParameterId;

class ParameterWidgetsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyParameterHasAControlWithTheTablesRange();
    void controlsShowTheDefaultsAndWriteTheirField();
    void exportQualitiesAreAcceptedCrfValues();

private:
    static QString controlName(ParameterId id);
};

QString ParameterWidgetsTest::controlName(ParameterId id) {
    switch (id) {
        case ParameterId::ExpressionPercent:
            return QStringLiteral("expressionSlider");
        case ParameterId::IdentityPercent:
            return QStringLiteral("identitySlider");
        case ParameterId::HeadAmountPercent:
            return QStringLiteral("headAmountSlider");
        case ParameterId::YawRangeDeg:
            return QStringLiteral("yawRangeSpin");
        case ParameterId::PitchRangeDeg:
            return QStringLiteral("pitchRangeSpin");
        case ParameterId::RollRangeDeg:
            return QStringLiteral("rollRangeSpin");
        case ParameterId::YawLimitDeg:
            return QStringLiteral("yawLimitSpin");
        case ParameterId::PitchLimitDeg:
            return QStringLiteral("pitchLimitSpin");
        case ParameterId::RollLimitDeg:
            return QStringLiteral("rollLimitSpin");
        case ParameterId::Tempo:
            return QStringLiteral("tempoSpin");
        case ParameterId::SpeechFollowPercent:
            return QStringLiteral("speechFollowSlider");
        case ParameterId::BlinkRatePerMinute:
            return QStringLiteral("blinkRateSpin");
        case ParameterId::BlinkDurationMs:
            return QStringLiteral("blinkDurationSpin");
        case ParameterId::MotionSeed:
            return QStringLiteral("motionSeedSpin");
        case ParameterId::BlinkSeed:
            return QStringLiteral("blinkSeedSpin");
        case ParameterId::Steps:
            return QStringLiteral("stepsSpin");
        case ParameterId::Guidance:
            return QStringLiteral("guidanceSpin");
        case ParameterId::Seed:
            return QStringLiteral("seedSpin");
        case ParameterId::SizePx:
            return QStringLiteral("resolutionSpin");
        case ParameterId::TargetFps:
            return QStringLiteral("targetFpsSpin");
        case ParameterId::Crf:
            break;  // the export dialog's (below)
    }
    return {};
}

// The control's range as doubles, whatever kind of control it is.
static std::pair<double, double> rangeOf(QWidget* control) {
    if (auto* slider = qobject_cast<QSlider*>(control))
        return {slider->minimum(), slider->maximum()};
    if (auto* spin = qobject_cast<QSpinBox*>(control))
        return {spin->minimum(), spin->maximum()};
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(control))
        return {spin->minimum(), spin->maximum()};
    return {std::nan(""), std::nan("")};
}

void ParameterWidgetsTest::everyParameterHasAControlWithTheTablesRange() {
    vx::ui::ParametersPanel panel(vx::studio::StudioParameters{}, false);
    int checked = 0;
    for (const auto& spec : vx::studio::parameterTable()) {
        if (spec.id == ParameterId::Crf)
            continue;
        auto* control = panel.findChild<QWidget*>(controlName(spec.id));
        QVERIFY2(control, spec.key);
        const auto [lo, hi] = rangeOf(control);
        QVERIFY2(lo == spec.minimum && hi == spec.maximum,
                 qPrintable(QStringLiteral("%1: %2..%3").arg(spec.key).arg(lo).arg(hi)));
        ++checked;
    }
    QCOMPARE(checked, int(vx::studio::parameterTable().size()) - 1);
}

void ParameterWidgetsTest::controlsShowTheDefaultsAndWriteTheirField() {
    vx::ui::ParametersPanel panel(vx::studio::StudioParameters{}, false);
    QSignalSpy changed(&panel, &vx::ui::ParametersPanel::parametersChanged);
    auto* blinkDuration = panel.findChild<QDoubleSpinBox*>(QStringLiteral("blinkDurationSpin"));
    auto* motionSeed = panel.findChild<QDoubleSpinBox*>(QStringLiteral("motionSeedSpin"));
    auto* seed = panel.findChild<QDoubleSpinBox*>(QStringLiteral("seedSpin"));
    QCOMPARE(blinkDuration->value(),
             vx::studio::parameterSpec(ParameterId::BlinkDurationMs).defaultValue);
    blinkDuration->setValue(300);
    motionSeed->setValue(4294967295.0);  // the largest 32-bit seed fits
    seed->setValue(17);
    QVERIFY(changed.count() >= 3);
    const auto p = changed.back().front().value<vx::studio::StudioParameters>();
    QCOMPARE(p.blinkDurationMs, 300.0);
    QCOMPARE(p.motionSeed, 4294967295u);
    QCOMPARE(p.seed, 17u);
    QCOMPARE(p.blinkSeed,
             std::uint32_t(vx::studio::parameterSpec(ParameterId::BlinkSeed).defaultValue));
    // The noise seed leaves the blinks' and the head motion's seeds alone.
    const auto performance = p.toPerformanceSettings();
    QCOMPARE(performance.head.seed, uint64_t(4294967295u));
    QCOMPARE(performance.blinks.durationMs, 300.0);
}

void ParameterWidgetsTest::exportQualitiesAreAcceptedCrfValues() {
    for (int index = 0; index < 3; ++index) {
        const int crf = vx::ui::ExportDialog::crfOfQuality(index);
        QVERIFY_THROWS_NO_EXCEPTION(
            vx::studio::checkedParameter(ParameterId::Crf, crf, "export quality"));
    }
}

QTEST_MAIN(ParameterWidgetsTest)
#include "parameter_widgets_test.moc"
