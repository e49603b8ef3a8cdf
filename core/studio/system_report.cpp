#include "studio/system_report.h"

#include <unistd.h>

#include <algorithm>
#include <iomanip>
#include <sstream>

#include "engine/common/runtime_info.h"
#include "engine/pipeline/host_memory.h"
#include "engine/pipeline/model_folder.h"

#ifndef VX_BUILD_TYPE
#define VX_BUILD_TYPE "unknown"
#endif

namespace vx::studio {

namespace {

std::string gibibytes(uint64_t bytes) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << double(bytes) / (1024.0 * 1024.0 * 1024.0)
        << " GiB";
    return out.str();
}

// The machine's physical memory in bytes (what is available comes from the engine's reader).
uint64_t totalHostMemoryBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? uint64_t(pages) * uint64_t(pageSize) : 0;
}

std::string freeSpace(const std::filesystem::path& folder) {
    std::error_code ec;
    const auto space = std::filesystem::space(folder, ec);
    if (ec)
        return "unknown (" + ec.message() + ")";
    return gibibytes(space.available) + " free of " + gibibytes(space.capacity) + " (" +
           folder.string() + ")";
}

ReportSection buildSection(const SystemReportOptions& options, const engine::RuntimeInfo& runtime) {
    ReportSection s{"VX Studio", {}};
    s.items.push_back({"Version", options.frontEnd + " " + runtime.engineVersion});
    s.items.push_back({"Build type", VX_BUILD_TYPE});
    s.items.push_back({"LibTorch", runtime.torchVersion +
                                       (runtime.cudaBuilt ? " (CUDA build)" : " (CPU build)")});
    s.items.push_back({"LibTorch library", runtime.torchLibrary});
    for (const auto& extra : options.extraLibraries)
        s.items.push_back(extra);
    return s;
}

ReportSection deviceSection(const engine::RuntimeInfo& runtime, SystemReport& report) {
    ReportSection s{"Devices", {}};
    s.items.push_back(
        {"CUDA", runtime.cudaAvailable
                     ? "available, " + std::to_string(runtime.cudaDeviceCount) + " device(s)"
                     : "not available: " + runtime.cudaUnavailableReason});
    if (runtime.cudaAvailable)
        s.items.push_back(
            {"cuDNN", runtime.cudnnAvailable
                          ? "available, version " + std::to_string(runtime.cudnnVersion)
                          : "not available"});
    for (const auto& gpu : runtime.gpus)
        s.items.push_back({"GPU " + std::to_string(gpu.index),
                           gpu.name + ", " + gibibytes(gpu.memoryFreeBytes) + " free of " +
                               gibibytes(gpu.memoryTotalBytes)});
    if (!runtime.cudaAvailable)
        report.problems.push_back(
            "renders run on the CPU (" + runtime.cudaUnavailableReason +
            "): expect hours for a full render; Draft Render is the way to try settings");
    return s;
}

ReportSection computeSection(const engine::RuntimeInfo& runtime, SystemReport& report) {
    ReportSection s{"CPU computation", {}};
    s.items.push_back(
        {"LibTorch BLAS", runtime.blasBackend.empty() ? "unknown" : runtime.blasBackend});
    for (const auto& binding : runtime.blas) {
        const std::string where = binding.library.empty() ? "not found" : binding.library;
        s.items.push_back({"BLAS " + binding.symbol,
                           where + (binding.fromLibTorch ? " (LibTorch's own)" : " (WRONG)")});
    }
    if (!engine::blasBindingsOk(runtime))
        report.problems.push_back(
            "LibTorch's matrix products call another BLAS library than its own, which is many "
            "times slower; this is a packaging fault, please report it with this text");
    s.items.push_back({"Intra-op threads", std::to_string(runtime.intraOpThreads)});
    s.items.push_back({"Inter-op threads", std::to_string(runtime.interOpThreads)});
    s.items.push_back({"CPU cores online", std::to_string(sysconf(_SC_NPROCESSORS_ONLN))});
    return s;
}

ReportSection storageSection(const SystemReportOptions& options) {
    ReportSection s{"Memory and disk", {}};
    const uint64_t available = uint64_t(std::max<int64_t>(0, engine::availableHostMemoryBytes()));
    s.items.push_back(
        {"RAM", gibibytes(available) + " available of " + gibibytes(totalHostMemoryBytes())});
    std::error_code ec;
    const auto output =
        options.outputFolder.empty() ? std::filesystem::current_path(ec) : options.outputFolder;
    s.items.push_back({"Disk (output)", freeSpace(output)});
    if (!options.modelFolder.empty())
        s.items.push_back({"Disk (models)", freeSpace(options.modelFolder)});
    return s;
}

ReportSection modelSection(const SystemReportOptions& options, SystemReport& report) {
    ReportSection s{"Models", {}};
    if (options.modelFolder.empty()) {
        s.items.push_back({"Model folder", "not set"});
        report.problems.push_back(
            "no model folder is set: choose one with --models or Settings -> Models...");
        return s;
    }
    s.items.push_back({"Model folder", options.modelFolder.string()});
    const auto inspected = engine::inspectModelFolder(options.modelFolder.string());
    if (inspected.problems.empty()) {
        s.items.push_back({"Status", "complete (every file present and structurally sound)"});
        return s;
    }
    s.items.push_back(
        {"Status", std::to_string(inspected.problems.size()) + " problem(s); see below"});
    for (const auto& p : inspected.problems)
        report.problems.push_back(p.file + ": " + p.what + ". " + p.fix);
    return s;
}

}  // namespace

SystemReport collectSystemReport(const SystemReportOptions& options) {
    SystemReport report;
    const engine::RuntimeInfo runtime = engine::runtimeInfo();
    report.sections.push_back(buildSection(options, runtime));
    report.sections.push_back(deviceSection(runtime, report));
    report.sections.push_back(computeSection(runtime, report));
    report.sections.push_back(storageSection(options));
    report.sections.push_back(modelSection(options, report));
    ReportSection logs{"Logging", {}};
    logs.items.push_back({"Log file", options.logFile.empty() ? "none" : options.logFile.string()});
    report.sections.push_back(logs);
    return report;
}

std::string formatSystemReport(const SystemReport& report) {
    std::ostringstream out;
    for (const auto& section : report.sections) {
        out << section.title << '\n';
        for (const auto& item : section.items)
            out << "  " << item.key << ": " << item.value << '\n';
    }
    out << "Problems\n";
    if (report.problems.empty())
        out << "  none\n";
    for (const auto& p : report.problems)
        out << "  - " << p << '\n';
    return out.str();
}

}  // namespace vx::studio
