#include "ui/app/app_settings.h"

#include <QSettings>

#include <utility>

namespace vx {
namespace ui {

void saveQualityChoice(const studio::StudioParameters& parameters) {
    QSettings settings;
    settings.setValue(settings_keys::kQualityDevice, QLatin1String(studio::computeDeviceName(parameters.device)));
    settings.setValue(settings_keys::kQualitySteps, parameters.steps);
    settings.setValue(settings_keys::kQualityResolution, parameters.resolutionPx);
}

void loadQualityChoice(studio::StudioParameters& parameters, bool cudaAvailable) {
    const QSettings settings;
    const std::optional<studio::ComputeDevice> device =
        studio::computeDeviceFromName(
            settings.value(settings_keys::kQualityDevice).toString().toStdString());
    if (device && (cudaAvailable || *device == studio::ComputeDevice::CpuFp32))
        parameters.device = *device;
    bool ok = false;
    const int steps = settings.value(settings_keys::kQualitySteps).toInt(&ok);
    if (ok && steps >= 1 && steps <= 100)
        parameters.steps = steps;
    const int resolution = settings.value(settings_keys::kQualityResolution).toInt(&ok);
    if (ok && resolution >= 256 && resolution <= 1024)
        parameters.resolutionPx = resolution;
}

QStringList loadRecentProjects() {
    QStringList paths = QSettings().value(settings_keys::kRecentProjects).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, kRecentProjectLimit);
}

void saveRecentProjects(const QStringList& paths) {
    QSettings().setValue(settings_keys::kRecentProjects, paths.mid(0, kRecentProjectLimit));
}

}  // namespace ui
}  // namespace vx
