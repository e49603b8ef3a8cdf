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
#include "motion/performance.h"
#include "studio/parameters.h"

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

}  // namespace
