#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "common/error.h"
#include "motion/blink_schedule.h"
#include "motion/expression_controls.h"

namespace {

using vx::motion::BlinkSettings;

TEST(BlinkSchedule, RateMatchesTheSettingOverAMinute) {
    for (double rate : {6.0, 15.0, 30.0}) {
        BlinkSettings s;
        s.ratePerMinute = rate;
        s.minIntervalMs = 300;
        auto blinks = vx::motion::scheduleBlinks(s, 600.0);
        const double perMinute = blinks.size() / 10.0;
        EXPECT_NEAR(perMinute, rate, 0.15 * rate) << rate;
    }
}

TEST(BlinkSchedule, ZeroRateMeansOnlyManualBlinks) {
    BlinkSettings s;
    s.ratePerMinute = 0.0;
    s.manualBlinkSec = {1.0, 4.5, 99.0};
    auto blinks = vx::motion::scheduleBlinks(s, 10.0);
    ASSERT_EQ(blinks.size(), 2u);
    EXPECT_TRUE(blinks[0].manual);
    EXPECT_DOUBLE_EQ(blinks[1].startSec, 4.5);
}

// Blinks placed by hand are the user's: no rate, duration or blink seed moves or drops them.
TEST(BlinkSchedule, ManualBlinksSurviveEveryRateDurationAndSeed) {
    const std::vector<double> manual = {0.8, 2.5, 7.25};
    for (const double rate : {0.0, 6.0, 15.0, 40.0})
        for (const double durationMs : {80.0, 180.0, 500.0})
            for (const uint64_t seed : {uint64_t(1), uint64_t(7), uint64_t(123456789)}) {
                BlinkSettings s;
                s.ratePerMinute = rate;
                s.durationMs = durationMs;
                s.seed = seed;
                s.manualBlinkSec = manual;
                std::vector<double> kept;
                for (const auto& blink : vx::motion::scheduleBlinks(s, 10.0))
                    if (blink.manual)
                        kept.push_back(blink.startSec);
                EXPECT_EQ(kept, manual) << rate << " /min, " << durationMs << " ms, seed " << seed;
            }
}

TEST(BlinkSchedule, KeepsTheMinimumIntervalAndClearsRoomAroundManualBlinks) {
    BlinkSettings s;
    s.ratePerMinute = 40.0;
    s.jitter = 1.0;
    s.minIntervalMs = 1000.0;
    s.manualBlinkSec = {5.0};
    auto blinks = vx::motion::scheduleBlinks(s, 60.0);
    ASSERT_GT(blinks.size(), 20u);
    bool manualKept = false;
    for (size_t i = 0; i < blinks.size(); ++i) {
        manualKept = manualKept || (blinks[i].manual && blinks[i].startSec == 5.0);
        if (i > 0) {
            EXPECT_GE(blinks[i].startSec - blinks[i - 1].startSec, 1.0 - 1e-9) << i;
        }
    }
    EXPECT_TRUE(manualKept);
}

TEST(BlinkSchedule, SeededAndJittered) {
    BlinkSettings s;
    auto a = vx::motion::scheduleBlinks(s, 60.0);
    auto b = vx::motion::scheduleBlinks(s, 60.0);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_EQ(a[i].startSec, b[i].startSec);
    s.jitter = 0.0;
    auto regular = vx::motion::scheduleBlinks(s, 60.0);
    ASSERT_GE(regular.size(), 3u);
    EXPECT_NEAR(regular[2].startSec - regular[1].startSec, 4.0, 1e-9);  // 15 per minute
}

TEST(BlinkSchedule, ClosureFallsAndRecovers) {
    const double fps = 100.0;
    std::vector<vx::motion::Blink> blinks = {{0.5, 0.2, false}};
    auto closure = vx::motion::eyelidClosure(blinks, 100, fps);
    EXPECT_EQ(closure[40], 0.0);
    EXPECT_EQ(closure[50], 0.0);
    EXPECT_NEAR(closure[58], 1.0, 1e-9);  // closed at 40 % of the blink
    EXPECT_EQ(closure[75], 0.0);
    for (int i = 51; i <= 58; ++i)
        EXPECT_GE(closure[i], closure[i - 1]);
    for (int i = 59; i <= 70; ++i)
        EXPECT_LE(closure[i], closure[i - 1]);
    for (double c : closure) {
        EXPECT_GE(c, 0.0);
        EXPECT_LE(c, 1.0);
    }
}

TEST(BlinkSchedule, RejectsSettingsOutOfRange) {
    BlinkSettings s;
    s.ratePerMinute = 41.0;
    EXPECT_THROW(vx::motion::scheduleBlinks(s, 10.0), vx::Error);
    s.ratePerMinute = 10.0;
    s.durationMs = 10.0;
    EXPECT_THROW(vx::motion::scheduleBlinks(s, 10.0), vx::Error);
}

TEST(ExpressionControls, MapToTheVExpressDefaults) {
    EXPECT_DOUBLE_EQ(vx::motion::audioAttentionWeight(vx::motion::kDefaultExpressionPercent), 3.0);
    EXPECT_DOUBLE_EQ(vx::motion::audioAttentionWeight(0.0), 1.0);
    EXPECT_NEAR(vx::motion::referenceAttentionWeight(vx::motion::kDefaultIdentityPercent), 0.95,
                1e-12);
    EXPECT_NEAR(vx::motion::expressionPercent(vx::motion::audioAttentionWeight(37.0)), 37.0, 1e-9);
    EXPECT_NEAR(vx::motion::identityPercent(vx::motion::referenceAttentionWeight(80.0)), 80.0,
                1e-9);
    EXPECT_DOUBLE_EQ(vx::motion::audioAttentionWeight(250.0), 3.0);  // clamped
}

}  // namespace
