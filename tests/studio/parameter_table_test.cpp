// The parameter table (studio/parameters.h): every entry is well formed, the single check refuses
// what the front ends used to let through (nan, inf, out of range, fractions, odd sizes), and the
// defaults of the core's own structs are the table's.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "common/error.h"
#include "engine/pipeline/render_request.h"
#include "motion/blink_schedule.h"
#include "motion/head_motion.h"
#include "motion/performance.h"
#include "studio/parameters.h"
#include "studio/studio_parameters.h"

namespace {

using vx::studio::ParameterId;
using vx::studio::parameterSpec;
using vx::studio::parameterTable;

std::string refusal(ParameterId id, double value) {
    try {
        vx::studio::checkedParameter(id, value, parameterSpec(id).option);
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        return e.what();
    }
    return {};
}

TEST(ParameterTable, EveryEntryIsWellFormedAndUnique) {
    std::set<std::string> keys, options;
    for (const auto& spec : parameterTable()) {
        EXPECT_TRUE(keys.insert(spec.key).second) << spec.key;
        EXPECT_TRUE(options.insert(spec.option).second) << spec.option;
        EXPECT_LT(spec.minimum, spec.maximum) << spec.key;
        EXPECT_GE(spec.defaultValue, spec.minimum) << spec.key;
        EXPECT_LE(spec.defaultValue, spec.maximum) << spec.key;
        EXPECT_GT(spec.step, 0.0) << spec.key;
        EXPECT_NE(std::string(spec.help), "") << spec.key;
        EXPECT_EQ(std::string(spec.option).rfind("--", 0), 0u) << spec.option;
        EXPECT_NO_THROW(vx::studio::checkedParameter(spec.id, spec.defaultValue, spec.option));
        EXPECT_EQ(vx::studio::findParameter(spec.key), &spec);
    }
    EXPECT_EQ(vx::studio::findParameter("noSuchParameter"), nullptr);
}

TEST(ParameterTable, NonFiniteValuesAreRefusedForEveryParameter) {
    for (const auto& spec : parameterTable()) {
        for (double bad : {std::nan(""), std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()}) {
            const std::string message = refusal(spec.id, bad);
            EXPECT_NE(message.find(spec.option), std::string::npos) << spec.key << ": " << message;
            EXPECT_NE(message.find("between"), std::string::npos) << message;
        }
        EXPECT_NE(refusal(spec.id, spec.minimum - 1.0), "") << spec.key;
        EXPECT_NE(refusal(spec.id, spec.maximum + 1.0), "") << spec.key;
        EXPECT_EQ(refusal(spec.id, spec.minimum), "") << spec.key;
        EXPECT_EQ(refusal(spec.id, spec.maximum), "") << spec.key;
    }
}

TEST(ParameterTable, IntegersAndMultiplesAreEnforced) {
    EXPECT_NE(refusal(ParameterId::Steps, 2.5), "");
    EXPECT_NE(refusal(ParameterId::Seed, -1), "");
    EXPECT_NE(refusal(ParameterId::Seed, 4294967296.0), "");
    EXPECT_EQ(refusal(ParameterId::Seed, 4294967295.0), "");
    const std::string odd = refusal(ParameterId::SizePx, 65);
    EXPECT_NE(odd.find("a multiple of 8 between 64 and 1024 px"), std::string::npos) << odd;
    EXPECT_NE(odd.find("65 is not a multiple of 8"), std::string::npos) << odd;
    EXPECT_EQ(refusal(ParameterId::SizePx, 1024), "");
    EXPECT_NE(refusal(ParameterId::SizePx, 2048), "");
}

TEST(ParameterTable, CoreDefaultsAreTheTables) {
    const auto value = [](ParameterId id) { return parameterSpec(id).defaultValue; };
    const vx::engine::RenderParams engine;
    EXPECT_EQ(double(engine.steps), value(ParameterId::Steps));
    EXPECT_EQ(engine.guidance, value(ParameterId::Guidance));
    EXPECT_EQ(double(engine.seed), value(ParameterId::Seed));
    EXPECT_EQ(double(engine.width), value(ParameterId::SizePx));
    EXPECT_EQ(engine.fps, value(ParameterId::TargetFps));
    const vx::motion::PerformanceSettings performance;
    EXPECT_EQ(performance.expressionPercent, value(ParameterId::ExpressionPercent));
    EXPECT_EQ(performance.identityPercent, value(ParameterId::IdentityPercent));
    EXPECT_EQ(performance.blinks.ratePerMinute, value(ParameterId::BlinkRatePerMinute));
    EXPECT_EQ(performance.blinks.durationMs, value(ParameterId::BlinkDurationMs));
    EXPECT_EQ(double(performance.blinks.seed), value(ParameterId::BlinkSeed));
    EXPECT_EQ(double(performance.head.seed), value(ParameterId::MotionSeed));
}

// The noise seed is the render's only: changing it leaves the blinks and the head motion
// exactly where they were (each has its own seed), so a re-rolled render keeps the timing the
// user shaped on the timeline.
TEST(Seeds, TheNoiseSeedMovesNoBlinkAndNoHeadMotion) {
    vx::studio::StudioParameters a;
    a.manualBlinkSec = {1.0, 3.0};
    vx::studio::StudioParameters b = a;
    b.seed = a.seed + 12345;
    const auto blinksA = vx::motion::scheduleBlinks(a.toPerformanceSettings().blinks, 60.0);
    const auto blinksB = vx::motion::scheduleBlinks(b.toPerformanceSettings().blinks, 60.0);
    ASSERT_EQ(blinksA.size(), blinksB.size());
    for (std::size_t i = 0; i < blinksA.size(); ++i)
        EXPECT_EQ(blinksA[i].startSec, blinksB[i].startSec) << i;
    const std::vector<double> quiet(250, 0.0);
    const auto posesA =
        vx::motion::synthesizeHeadPoses(a.toPerformanceSettings().head, 250, 25.0, quiet);
    const auto posesB =
        vx::motion::synthesizeHeadPoses(b.toPerformanceSettings().head, 250, 25.0, quiet);
    for (std::size_t i = 0; i < posesA.size(); ++i)
        EXPECT_EQ(posesA[i].yawDeg, posesB[i].yawDeg) << i;
    // The blink seed does move the automatic blinks (so the test above can fail).
    vx::studio::StudioParameters c = a;
    c.blinkSeed = a.blinkSeed + 1;
    const auto blinksC = vx::motion::scheduleBlinks(c.toPerformanceSettings().blinks, 60.0);
    bool moved = blinksC.size() != blinksA.size();
    for (std::size_t i = 0; !moved && i < blinksA.size(); ++i)
        moved = blinksA[i].startSec != blinksC[i].startSec;
    EXPECT_TRUE(moved);
}

}  // namespace
