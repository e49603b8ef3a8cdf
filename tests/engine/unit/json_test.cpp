#include <gtest/gtest.h>

#include "common/json.h"

namespace {

TEST(Json, ParsesNestedDocument) {
    auto v =
        vx::parseJson(R"({"a": [1, 2.5, -3e2], "b": {"c": "x\u00e9\n"}, "d": true, "e": null})");
    ASSERT_TRUE(v.isObject());
    EXPECT_EQ(v.at("a").asArray().at(0).asInt(), 1);
    EXPECT_DOUBLE_EQ(v.at("a").asArray().at(1).asDouble(), 2.5);
    EXPECT_DOUBLE_EQ(v.at("a").asArray().at(2).asDouble(), -300.0);
    EXPECT_THROW(v.at("a").asArray().at(1).asInt(), std::runtime_error);
    EXPECT_EQ(v.at("b").at("c").asString(), "x\xc3\xa9\n");
    EXPECT_TRUE(v.at("d").asBool());
    EXPECT_TRUE(v.at("e").isNull());
    EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(Json, RejectsMalformedText) {
    for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "\"unterminated", "01x",
                            "{\"a\":1,\"a\":2}", "[1] 2", "\"\\ud800\"", "nul"}) {
        EXPECT_THROW(vx::parseJson(bad), std::runtime_error) << bad;
    }
}

TEST(Json, BoundsNestingDepth) {
    std::string deep(10000, '[');
    EXPECT_THROW(vx::parseJson(deep), std::runtime_error);
}

}  // namespace
