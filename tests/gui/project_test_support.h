// Shared by the project window tests: a clean QSettings per test, and a field-by-field
// comparison of StudioParameters that says which field differs.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include "ui/studio_parameters.h"

namespace vx::test {

// The application's names as main() sets them, test-mode standard paths (the autosave goes
// under ~/.qttest) and no settings left from an earlier test.
inline void useCleanStudioSettings() {
    QCoreApplication::setOrganizationName(QStringLiteral("VX Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("VX Studio"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// Empty when equal, else the names of the fields that differ.
inline QString parameterDifferences(const ui::StudioParameters& a, const ui::StudioParameters& b) {
    QStringList diff;
    const auto check = [&](bool same, const char* name) {
        if (!same)
            diff << QString::fromLatin1(name);
    };
    check(a.expressionPercent == b.expressionPercent, "expressionPercent");
    check(a.identityPercent == b.identityPercent, "identityPercent");
    check(a.headPreset == b.headPreset, "headPreset");
    check(a.headAmountPercent == b.headAmountPercent, "headAmountPercent");
    check(a.yawRangeDeg == b.yawRangeDeg, "yawRangeDeg");
    check(a.pitchRangeDeg == b.pitchRangeDeg, "pitchRangeDeg");
    check(a.rollRangeDeg == b.rollRangeDeg, "rollRangeDeg");
    check(a.tempo == b.tempo, "tempo");
    check(a.speechFollowPercent == b.speechFollowPercent, "speechFollowPercent");
    check(a.blinkRatePerMinute == b.blinkRatePerMinute, "blinkRatePerMinute");
    check(a.manualBlinkSec == b.manualBlinkSec, "manualBlinkSec");
    check(a.steps == b.steps, "steps");
    check(a.guidanceScale == b.guidanceScale, "guidanceScale");
    check(a.resolutionPx == b.resolutionPx, "resolutionPx");
    check(a.seed == b.seed, "seed");
    check(a.device == b.device, "device");
    check(a.targetFps == b.targetFps, "targetFps");
    check(a.framing == b.framing, "framing");
    return diff.join(QStringLiteral(", "));
}

// Every field away from its default (the device stays one this computer has).
inline ui::StudioParameters nonDefaultParameters(ui::ComputeDevice device) {
    ui::StudioParameters p;
    p.expressionPercent = 72;
    p.identityPercent = 35;
    p.applyHeadPreset(motion::HeadMotionPreset::LivelySpeaker);
    p.headAmountPercent = 61;
    p.yawRangeDeg = 12.5;
    p.pitchRangeDeg = 6.5;
    p.rollRangeDeg = 2.5;
    p.tempo = 1.3;
    p.speechFollowPercent = 77;
    p.blinkRatePerMinute = 21;
    p.manualBlinkSec = {0.5, 1.25};
    p.steps = 33;
    p.guidanceScale = 4.1;
    p.resolutionPx = 576;
    p.seed = 123456;
    p.device = device;
    p.framing = ui::OutputFraming::PasteBack;
    return p;
}

}  // namespace vx::test
