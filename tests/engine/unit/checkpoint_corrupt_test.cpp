// Damaged checkpoints: every truncation and many flipped bytes of real torch.save files must
// end in vx::Error (or, for bytes inside tensor data, a successful load) -- never in another
// exception, a crash or a hang.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/io/torch_pickle_reader.h"
#include "support/test_support.h"

namespace {

std::vector<uint8_t> readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), {});
}

enum class Outcome { Loaded, Refused };

// Parses with both torch entry points; anything but vx::Error fails the test.
Outcome parseBoth(const std::vector<uint8_t>& bytes) {
    Outcome outcome = Outcome::Loaded;
    try {
        vx::io::parseTorchCheckpoint(bytes.data(), bytes.size(), "corrupt.pth");
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.file(), "corrupt.pth");
        outcome = Outcome::Refused;
    } catch (const std::exception& e) {
        ADD_FAILURE() << "non-vx exception: " << e.what();
    }
    try {
        vx::io::parseNumpyArrayList(bytes.data(), bytes.size(), "corrupt.pth");
    } catch (const vx::Error&) {
    } catch (const std::exception& e) {
        ADD_FAILURE() << "non-vx exception: " << e.what();
    }
    return outcome;
}

class CorruptCheckpoints : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<vx::test::TempDir>();
        s_generated =
            vx::test::runPython(vx::test::sourceDir() / "tests/python/write_torch_checkpoints.py",
                                {s_dir->path().string()}) == 0;
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    void SetUp() override { ASSERT_TRUE(s_generated) << "write_torch_checkpoints.py failed"; }
    static std::vector<uint8_t> load(const std::string& name) { return readAll(*s_dir / name); }

    static inline std::unique_ptr<vx::test::TempDir> s_dir;
    static inline bool s_generated = false;
};

TEST_F(CorruptCheckpoints, EveryTruncationIsRefused) {
    for (const char* name : {"views.pth", "kps.pth", "module.pth"}) {
        const auto original = load(name);
        ASSERT_GT(original.size(), 1000u);
        for (size_t cut = 0; cut < original.size(); ++cut) {
            std::vector<uint8_t> bytes(original.begin(), original.begin() + std::ptrdiff_t(cut));
            ASSERT_EQ(parseBoth(bytes), Outcome::Refused) << name << " cut at " << cut;
        }
    }
}

TEST_F(CorruptCheckpoints, FlippedBytesNeverCrash) {
    std::mt19937 random(42);
    size_t refused = 0, total = 0;
    for (const char* name : {"all_dtypes.pth", "views.pth", "kps.pth", "numpy_dtypes.pth"}) {
        const auto original = load(name);
        for (size_t i = 0; i < original.size(); ++i) {
            auto bytes = original;
            bytes[i] ^= uint8_t(1u << (random() % 8));
            refused += parseBoth(bytes) == Outcome::Refused;
            ++total;
        }
    }
    // Most flips land in headers, names and the pickle; they must be noticed, not ignored.
    EXPECT_GT(refused, total / 10) << refused << " of " << total << " refused";
}

TEST_F(CorruptCheckpoints, RandomGarbageInsideThePickleIsRefusedCleanly) {
    // Overwrite runs of pickle bytes with random values.
    std::mt19937 random(7);
    const auto original = load("module.pth");
    constexpr int kTrials = 3000;
    int refused = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        auto bytes = original;
        const size_t start = random() % 600 + 40;  // inside archive/data.pkl
        for (size_t i = start; i < start + 1 + random() % 8 && i < bytes.size(); ++i)
            bytes[i] = uint8_t(random());
        if (parseBoth(bytes) == Outcome::Refused)
            ++refused;
    }
    // parseBoth fails the test on anything but a vx::Error naming the file. Damage that lands
    // in a name or a number inside the pickle can still parse; most must be refused.
    std::printf("refused %d of %d\n", refused, kTrials);
    EXPECT_GT(refused, kTrials / 2) << refused << " of " << kTrials << " refused";
}

TEST(CorruptSafetensors, FlippedAndTruncatedFixtureFilesNeverCrash) {
    VX_REQUIRE_FIXTURES();
    const auto original = readAll(vx::test::fixturesDir() / "cases/audio_projection.safetensors");
    ASSERT_GT(original.size(), 100u);
    std::mt19937 random(3);
    const size_t headerEnd = 8 + size_t(original[0]) + 256 * size_t(original[1]);
    for (size_t i = 0; i < std::min(original.size(), headerEnd + 64); ++i) {
        auto bytes = original;
        bytes[i] ^= uint8_t(1u << (random() % 8));
        try {
            vx::io::parseSafetensors(bytes.data(), bytes.size(), "corrupt.safetensors");
        } catch (const vx::Error&) {
        } catch (const std::exception& e) {
            ADD_FAILURE() << "non-vx exception at byte " << i << ": " << e.what();
        }
        std::vector<uint8_t> cut(original.begin(), original.begin() + std::ptrdiff_t(i));
        EXPECT_THROW(vx::io::parseSafetensors(cut.data(), cut.size(), "cut.safetensors"),
                     vx::Error);
    }
}

}  // namespace
