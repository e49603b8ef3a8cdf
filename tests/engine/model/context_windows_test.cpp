// Video length and context windows (spec §7.3) against the original's values.
#include <gtest/gtest.h>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/context_windows.h"
#include "support/test_support.h"

namespace {

using vx::engine::contextWindows;
using vx::engine::videoLengthForDuration;
using vx::engine::windowCountsPerFrame;

TEST(ContextWindows, MatchTheOriginalForEveryFixtureEntry) {
    VX_REQUIRE_FIXTURES();
    auto file = vx::io::readSafetensors(
        (vx::test::fixturesDir() / "cases/context_windows.safetensors").string());
    int checked = 0;
    for (const auto& [name, tensor] : file.tensors) {
        if (name.rfind("windows_", 0) == 0) {
            const int64_t frames = std::stoll(name.substr(8));
            auto windows = contextWindows(frames);
            ASSERT_EQ(static_cast<int64_t>(windows.size()), tensor.size(0)) << name;
            for (size_t w = 0; w < windows.size(); ++w) {
                auto row = tensor[static_cast<int64_t>(w)].contiguous();
                std::vector<int64_t> expected(row.data_ptr<int64_t>(),
                                              row.data_ptr<int64_t>() + row.numel());
                EXPECT_EQ(windows[w], expected) << name << " window " << w;
            }
        } else if (name.rfind("video_length_for_", 0) == 0) {
            const int64_t tenths = std::stoll(name.substr(17));
            const int64_t expected = tensor.item<int64_t>();
            const double durationSec = static_cast<double>(tenths) / 10.0;
            if (expected < 0) {
                EXPECT_THROW(videoLengthForDuration(durationSec, 30.0), vx::Error) << name;
            } else {
                EXPECT_EQ(videoLengthForDuration(durationSec, 30.0), expected) << name;
            }
        } else {
            ADD_FAILURE() << "unknown entry " << name;
        }
        ++checked;
    }
    EXPECT_EQ(checked, 9);
}

TEST(ContextWindows, SpecExamples) {
    EXPECT_EQ(videoLengthForDuration(10.0, 30.0), 284);  // L0 300, n 14
    EXPECT_EQ(videoLengthForDuration(0.8, 30.0), 24);
    EXPECT_EQ(vx::engine::videoLengthForSamples(160000, 16000, 30.0), 284);
    auto windows = contextWindows(284);
    ASSERT_EQ(windows.size(), 14u);
    EXPECT_EQ(windows.back().front(), 260);
    EXPECT_EQ(windows.back().back(), 283);
}

TEST(ContextWindows, ShortAudioIsABadInputError) {
    try {
        videoLengthForDuration(0.7, 30.0);  // 21 frames
        FAIL() << "no error for 0.7 s of audio";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("audio shorter than 0.8 s"), std::string::npos)
            << e.what();
    }
    EXPECT_THROW(vx::engine::videoLengthForSamples(100, 16000, 30.0), vx::Error);
    EXPECT_THROW(videoLengthForDuration(5.0, 0.0), vx::Error);
}

TEST(ContextWindows, CountsPerFrame) {
    auto counts = windowCountsPerFrame(44, contextWindows(44));
    for (int64_t f = 0; f < 44; ++f)
        EXPECT_EQ(counts[static_cast<size_t>(f)], (f >= 20 && f < 24) ? 2 : 1) << f;
    // 30 frames: the second window reflects back over 15..28; a frame listed twice in one
    // window counts once, as in the original.
    counts = windowCountsPerFrame(30, contextWindows(30));
    EXPECT_EQ(counts[14], 1);
    EXPECT_EQ(counts[15], 2);
    EXPECT_EQ(counts[24], 1);
    EXPECT_EQ(counts[29], 1);
}

}  // namespace
