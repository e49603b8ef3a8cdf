// Shared by the project window tests: a clean QSettings per test, and a field-by-field
// comparison of studio::StudioParameters that says which field differs.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include "studio/studio_parameters.h"

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
inline QString parameterDifferences(const studio::StudioParameters& a,
                                    const studio::StudioParameters& b) {
    QStringList diff;
    const auto check = [&](bool same, const char* name) {
        if (!same)
            diff << QString::fromLatin1(name);
    };
    // Every numeric parameter of the table, then the fields outside it.
    for (const auto& spec : studio::parameterTable())
        if (spec.id != studio::ParameterId::Crf)
            check(a.valueOf(spec.id) == b.valueOf(spec.id), spec.key);
    check(a.headPreset == b.headPreset, "headPreset");
    check(a.manualBlinkSec == b.manualBlinkSec, "manualBlinkSec");
    check(a.device == b.device, "device");
    check(a.framing == b.framing, "framing");
    check(a.styleName == b.styleName, "styleName");
    return diff.join(QStringLiteral(", "));
}

// Every field away from its default (the device stays one this computer has).
inline studio::StudioParameters nonDefaultParameters(studio::ComputeDevice device) {
    studio::StudioParameters p;
    p.expressionPercent = 72;
    p.identityPercent = 35;
    p.applyHeadPreset(motion::HeadMotionPreset::LivelySpeaker);
    p.headAmountPercent = 61;
    p.yawRangeDeg = 12.5;
    p.pitchRangeDeg = 6.5;
    p.rollRangeDeg = 2.5;
    p.yawLimitDeg = 30;
    p.pitchLimitDeg = 20;
    p.rollLimitDeg = 10;
    p.tempo = 1.3;
    p.speechFollowPercent = 77;
    p.blinkRatePerMinute = 21;
    p.blinkDurationMs = 240;
    p.motionSeed = 4000000000u;
    p.blinkSeed = 99;
    p.manualBlinkSec = {0.5, 1.25};
    p.styleName = "Friendly teacher";  // with values of its own: every control an override
    p.steps = 33;
    p.guidanceScale = 4.1;
    p.resolutionPx = 576;
    p.seed = 123456;
    p.targetFps = 25;
    p.device = device;
    p.framing = studio::OutputFraming::PasteBack;
    return p;
}

}  // namespace vx::test
