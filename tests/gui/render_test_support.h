// Shared by the render tests: the tiny V-Express model folder made from the fixtures with
// scripts/make-tiny-model.py, a spoken recording, small render settings, and ffprobe.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <string>
#include <vector>

#include "studio/studio_parameters.h"
#include "studio_test_media.h"

namespace vx::test {

// From support/test_support.h (vx_test_support), declared here without that header's torch
// and gtest includes, which would only slow the GUI tests' build.
std::filesystem::path fixturesDir();
bool haveFixtures();
std::filesystem::path sourceDir();
int runPython(const std::filesystem::path& script, const std::vector<std::string>& args);

// Makes <dir>/tiny/model_ckpts; empty when the fixtures are missing or the script failed
// (`why` says which).
inline QString makeTinyModel(const QTemporaryDir& dir, QString& why) {
    if (!haveFixtures()) {
        why = QStringLiteral("tiny V-Express fixtures not found at %1 (set VX_FIXTURES_DIR)")
                  .arg(QString::fromStdString(fixturesDir().string()));
        return {};
    }
    const QString out = dir.filePath(QStringLiteral("tiny"));
    if (runPython(sourceDir() / "scripts" / "make-tiny-model.py",
                  {out.toStdString(), fixturesDir().string()}) != 0) {
        why = QStringLiteral("scripts/make-tiny-model.py failed");
        return {};
    }
    return QDir(out).filePath(QStringLiteral("model_ckpts"));
}

// Small and quick: 64 px, 2 steps on the CPU (the CI machine has two cores).
inline void useTinyRenderSettings(studio::StudioParameters& p) {
    p.steps = 2;
    p.resolutionPx = 64;
    p.device = studio::ComputeDevice::CpuFp32;
}

// "codec_type=video|nb_frames=44" lines for each stream of `file`, or empty.
inline QString probeStreams(const QString& file) {
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 QStringLiteral("stream=codec_type,nb_frames"), QStringLiteral("-of"),
                 QStringLiteral("compact=p=0"), file});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return {};
    return QString::fromUtf8(probe.readAllStandardOutput());
}

// The files in `dir` other than `keep` (left-overs of a cancelled write).
inline QStringList filesBesides(const QString& dir, const QStringList& keep) {
    QStringList left;
    for (const QString& name :
         QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        if (!keep.contains(name))
            left << name;
    return left;
}

}  // namespace vx::test
