// Pre-flight: the estimate follows this machine's recorded speed (scaled by frame size, only for
// the same model and device), a disk too small for the video and the resume state is refused
// before any work, and the estimate reads the recording's real length.
#include <gtest/gtest.h>

#include <sys/mount.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/error.h"
#include "studio/preflight.h"
#include "studio/render_speed_cache.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::studio::RenderJobRequest;
using vx::studio::RenderJobResult;
using vx::studio::RenderPhase;

class Preflight : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("XDG_STATE_HOME", (m_dir.path() / "state").c_str(), 1);
        const fs::path speech = m_dir.path() / "speech.wav";
        ASSERT_EQ(std::system(("espeak-ng -w '" + speech.string() +
                               "' 'Two seconds of speech for the estimate.'")
                                  .c_str()),
                  0)
            << "espeak-ng is needed (scripts/install-deps.sh test)";
        fs::create_directories(m_dir.path() / "models");
        std::ofstream(m_dir.path() / "models" / "weights.bin") << std::string(4096, 'w');
        m_request.audio = speech;
        m_request.models = m_dir.path() / "models";
        m_request.output = m_dir.path() / "talk.mp4";
        m_request.device = vx::engine::DevicePreference::Cpu;
        m_request.portrait.sidePx = 128;
        m_request.engine.steps = 10;
    }
    void TearDown() override { unsetenv("XDG_STATE_HOME"); }

    // A finished render of `request` whose every window step took `perWindowStep` seconds.
    static RenderJobResult measured(const vx::studio::RenderPreflight& shape,
                                    double perWindowStep) {
        RenderJobResult result;
        result.frameCount = shape.frames;
        result.runtime = "cpu, float32";
        result.timings.stepWindowSeconds.assign(
            size_t(shape.steps), std::vector<double>(size_t(shape.windows), perWindowStep));
        result.timings.phaseSeconds[size_t(RenderPhase::Denoising)] =
            perWindowStep * shape.steps * shape.windows;
        result.timings.totalSeconds = perWindowStep * shape.steps * shape.windows + 3.0;
        result.timings.peakRssBytes = int64_t(900) << 20;
        return result;
    }

    vx::test::TempDir m_dir;
    RenderJobRequest m_request;
};

TEST_F(Preflight, TheEstimateFollowsTheRecordedSpeedOfThisModelAndDevice) {
    const auto before = vx::studio::preflightRender(m_request);
    EXPECT_GT(before.audioSeconds, 1.0);
    EXPECT_GT(before.frames, 0);
    EXPECT_GT(before.windows, 0);
    EXPECT_FALSE(before.seconds.has_value()) << "nothing was measured yet";
    EXPECT_NE(before.format().find("unknown"), std::string::npos) << before.format();

    vx::studio::recordRenderSpeed(m_request, measured(before, 0.5));
    const auto after = vx::studio::preflightRender(m_request);
    ASSERT_TRUE(after.seconds.has_value());
    const double denoise = 0.5 * after.steps * after.windows;
    EXPECT_NEAR(*after.seconds, denoise + 3.0, 0.01);
    EXPECT_NE(after.format().find("measured on this machine"), std::string::npos);

    // Twice the side: four times the pixels, four times the denoising time.
    RenderJobRequest larger = m_request;
    larger.portrait.sidePx = 256;
    const auto scaled = vx::studio::preflightRender(larger);
    ASSERT_TRUE(scaled.seconds.has_value());
    EXPECT_NEAR(*scaled.seconds, 4.0 * denoise + 3.0, 0.01);

    // Another model (another folder size) was never measured.
    std::ofstream(m_dir.path() / "models" / "more.bin") << std::string(100, 'm');
    EXPECT_FALSE(vx::studio::preflightRender(m_request).seconds.has_value());
}

// The cache is only a cache: entries of the wrong shape (edited by hand, damaged) are left out,
// the well-formed ones still give the estimate, and the next measurement rewrites the file.
TEST_F(Preflight, ADamagedSpeedCacheCostsOnlyTheEstimate) {
    vx::studio::recordRenderSpeed(m_request, measured(vx::studio::preflightRender(m_request), 0.5));
    const fs::path cache = m_dir.path() / "state" / "vxstudio" / "render-speed.json";
    ASSERT_TRUE(fs::exists(cache));
    const auto good = vx::studio::readSpeedCache(cache);
    ASSERT_EQ(good.size(), 1u);
    std::string text = vx::studio::speedMeasurementsToJson(good);
    // Each of these once threw out of the pre-flight (a type error), failing every render.
    const std::string damaged =
        "{\"measurements\": [{\"device\": 7, \"side\": \"big\"}, {\"device\": \"cpu\", "
        "\"side\": -64, \"modelBytes\": 4096, \"secondsPerWindowStep\": 1, "
        "\"secondsPerFrame\": 0, \"fixedSeconds\": 0}, [1, 2], \"x\", " +
        text.substr(text.find('[') + 1);
    std::ofstream(cache, std::ios::trunc) << damaged;
    const auto estimate = vx::studio::preflightRender(m_request);
    ASSERT_TRUE(estimate.seconds.has_value()) << "the well-formed entry is still used";
    EXPECT_EQ(vx::studio::readSpeedCache(cache), good);
    for (const char* junk :
         {"", "[]", "{\"measurements\": 3}", "\xff\xfe", "{\"measurements\": [null]}"}) {
        std::ofstream(cache, std::ios::trunc) << junk;
        EXPECT_FALSE(vx::studio::preflightRender(m_request).seconds.has_value()) << junk;
    }
    vx::studio::recordRenderSpeed(m_request, measured(estimate, 0.25));
    EXPECT_EQ(vx::studio::readSpeedCache(cache).size(), 1u);
}

TEST_F(Preflight, ADiskTooSmallForTheVideoAndItsStateIsRefusedBeforeAnyWork) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root";
    const fs::path small = m_dir.path() / "small";
    fs::create_directories(small);
    ASSERT_EQ(::mount("tmpfs", small.c_str(), "tmpfs", 0, "size=64k"), 0);
    m_request.output = small / "talk.mp4";
    const auto preflight = vx::studio::preflightRender(m_request);
    ::umount(small.c_str());
    ASSERT_EQ(preflight.refusals.size(), 1u) << preflight.format();
    EXPECT_NE(preflight.refusals[0].find(small.string()), std::string::npos);
    EXPECT_NE(preflight.refusals[0].find("resume state"), std::string::npos);
    try {
        vx::studio::requireFits(preflight, m_request);
        FAIL() << "a render that cannot fit was not refused";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Io);
        EXPECT_EQ(e.file(), m_request.output.string());
    }
    EXPECT_NO_THROW(vx::studio::requireFits(vx::studio::preflightRender([&] {
                                                RenderJobRequest r = m_request;
                                                r.output = m_dir.path() / "talk.mp4";
                                                return r;
                                            }()),
                                            m_request));
}

}  // namespace
