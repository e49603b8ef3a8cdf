// The host-memory check a render makes before any work: long clips that cannot fit are refused
// with the numbers and the fix.
#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "engine/pipeline/host_memory.h"

namespace {

constexpr int64_t kGiB = int64_t(1) << 30;

TEST(HostMemory, AClipThatFitsPasses) {
    EXPECT_NO_THROW(vx::engine::requireHostMemory(1000, 1 << 20, 0, 2 * kGiB, 30.0));
}

TEST(HostMemory, UnknownAvailableMemorySkipsTheCheck) {
    EXPECT_NO_THROW(vx::engine::requireHostMemory(108000, 200 << 10, 0, 0, 30.0));
}

TEST(HostMemory, AClipTooLongIsRefusedWithTheNumbersAndTheFix) {
    // An hour at 30 fps with 200 KiB a frame: about 20.6 GiB against 4 GiB available.
    try {
        vx::engine::requireHostMemory(108000, 200 << 10, 0, 4 * kGiB, 30.0);
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        const std::string message = e.what();
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_NE(message.find("108000 frames"), std::string::npos) << message;
        EXPECT_NE(message.find("20.6 GiB"), std::string::npos) << message;
        EXPECT_NE(message.find("4.0 GiB"), std::string::npos) << message;
        // 4 GiB / 200 KiB = 20971 frames = 11.7 minutes at 30 fps.
        EXPECT_NE(message.find("11.7 minutes"), std::string::npos) << message;
    }
}

TEST(HostMemory, ThisMachineReportsItsAvailableMemory) {
    // Linux has /proc/meminfo; the value is positive and below the total.
    const int64_t available = vx::engine::availableHostMemoryBytes();
    EXPECT_GT(available, 0);
    EXPECT_LT(available, int64_t(1) << 50);
}

}  // namespace
