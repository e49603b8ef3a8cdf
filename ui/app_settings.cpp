#include "ui/app_settings.h"

#include <QSettings>

#include <utility>

namespace vx {
namespace ui {

namespace {

const std::pair<ComputeDevice, const char*> kDeviceNames[] = {
    {ComputeDevice::CudaFp16, "cuda-fp16"},
    {ComputeDevice::CudaBf16, "cuda-bf16"},
    {ComputeDevice::CudaFp32, "cuda-fp32"},
    {ComputeDevice::CpuFp32, "cpu-fp32"},
};

}  // namespace

QString computeDeviceName(ComputeDevice device) {
    for (const auto& [d, name] : kDeviceNames)
        if (d == device)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ComputeDevice> computeDeviceFromName(const QString& name) {
    for (const auto& [d, known] : kDeviceNames)
        if (name == QLatin1String(known))
            return d;
    return std::nullopt;
}

void saveQualityChoice(const StudioParameters& parameters) {
    QSettings settings;
    settings.setValue(settings_keys::kQualityDevice, computeDeviceName(parameters.device));
    settings.setValue(settings_keys::kQualitySteps, parameters.steps);
    settings.setValue(settings_keys::kQualityResolution, parameters.resolutionPx);
}

void loadQualityChoice(StudioParameters& parameters, bool cudaAvailable) {
    const QSettings settings;
    const std::optional<ComputeDevice> device =
        computeDeviceFromName(settings.value(settings_keys::kQualityDevice).toString());
    if (device && (cudaAvailable || *device == ComputeDevice::CpuFp32))
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
