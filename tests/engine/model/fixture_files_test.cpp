#include <gtest/gtest.h>

#include "engine/io/safetensors_reader.h"
#include "support/test_support.h"

namespace {

// Every case file of the fixture is a valid safetensors file with float or integer tensors.
TEST(FixtureFiles, EveryCaseFileReads) {
    VX_REQUIRE_FIXTURES();
    int count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(vx::test::fixturesDir() / "cases")) {
        auto file = vx::io::readSafetensors(entry.path().string());
        EXPECT_FALSE(file.tensors.empty()) << entry.path();
        ++count;
    }
    EXPECT_EQ(count, 10);
    auto pipeline =
        vx::io::readSafetensors((vx::test::fixturesDir() / "pipeline_case.safetensors").string());
    EXPECT_EQ(pipeline.tensors.at("video").sizes(), (std::vector<int64_t>{3, 44, 64, 64}));
    EXPECT_EQ(pipeline.metadata.at("retarget_strategy"), "offset_retarget");
}

}  // namespace
