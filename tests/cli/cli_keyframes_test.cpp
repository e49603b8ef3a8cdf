// --keyframes on `preview` and `render`, run as a user would: a good keyframes file makes a
// preview and reaches the render request (render --dry-run) with an explicit option holding its
// control; a bad or missing file is refused with exit code 2 and a message that names the file
// (and the lane and key at fault).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_runner.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::test::quoted;
using vx::test::runShell;

const std::string kPhoto = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

// A calm start, an emphatic middle and a still, slightly turned ending.
const char* kLesson = R"({"format": "vxkeyframes", "version": 1, "lanes": {
    "style": [{"time": 0, "style": "calm narrator"}, {"time": 0.8, "style": "Emphatic speaker"}],
    "headAmountPercent": [{"time": 1.2, "value": 80, "interpolation": "smooth"},
                          {"time": 1.6, "value": 0}],
    "yawOffsetDeg": [{"time": 1.2, "value": 0}, {"time": 1.6, "value": -6}]}})";

vx::test::CommandResult runCliIn(const vx::test::TempDir& home, const std::string& arguments) {
    return runShell("XDG_DATA_HOME=" + quoted(home.path().string()) + " XDG_STATE_HOME=" +
                    quoted(home.path().string()) + " " + quoted(VX_CLI_EXE) + " " + arguments);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

fs::path write(const vx::test::TempDir& home, const std::string& name, const std::string& text) {
    std::ofstream(home / name) << text;
    return home / name;
}

TEST(CliKeyframes, APreviewWithAGoodFile) {
    vx::test::TempDir home;
    const auto say =
        runShell("espeak-ng -w " + quoted((home / "voice.wav").string()) + " 'A calm start.'");
    ASSERT_EQ(say.exitCode, 0) << "espeak-ng is needed: " << say.output;
    const fs::path keys = write(home, "lesson.json", kLesson);
    const fs::path out = home / "preview.mp4";
    const auto preview =
        runCliIn(home, "preview --image " + quoted(kPhoto) + " --audio " +
                           quoted((home / "voice.wav").string()) + " --out " +
                           quoted(out.string()) + " --keyframes " + quoted(keys.string()));
    ASSERT_EQ(preview.exitCode, 0) << preview.output;
    EXPECT_TRUE(has(preview.output, "(preview)")) << preview.output;
    EXPECT_GT(fs::file_size(out), 1000u);
}

TEST(CliKeyframes, TheRequestCarriesThemAndAnOptionHoldsItsControl) {
    vx::test::TempDir home;
    const fs::path keys = write(home, "lesson.json", kLesson);
    const std::string dryRun =
        "render --image " + quoted(kPhoto) + " --audio /nonexistent/voice.wav --out " +
        quoted((home / "o.mp4").string()) + " --dry-run --keyframes " + quoted(keys.string());
    const auto keyed = runCliIn(home, dryRun);
    ASSERT_EQ(keyed.exitCode, 0) << keyed.output;
    EXPECT_TRUE(has(keyed.output, "\"keyframes\"")) << keyed.output;
    EXPECT_TRUE(has(keyed.output, "\"Emphatic speaker\"")) << keyed.output;
    EXPECT_TRUE(has(keyed.output, "\"yawOffsetDeg\"")) << keyed.output;

    // --motion holds the head motion amount: its lane becomes one key at 0 s.
    const auto held = runCliIn(home, dryRun + " --motion 15");
    ASSERT_EQ(held.exitCode, 0) << held.output;
    EXPECT_TRUE(has(held.output, "\"headAmountPercent\"")) << held.output;
    EXPECT_FALSE(has(held.output, "\"value\": 80")) << held.output;
    EXPECT_TRUE(has(held.output, "\"value\": 15")) << held.output;
}

TEST(CliKeyframes, ABadOrMissingFileIsRefusedByName) {
    vx::test::TempDir home;
    const std::string preview = "preview --image " + quoted(kPhoto) +
                                " --audio /nonexistent/voice.wav --out " +
                                quoted((home / "p.mp4").string()) + " --keyframes ";
    const fs::path bad = write(home, "bad.json", R"({"format": "vxkeyframes", "version": 1,
        "lanes": {"expressionPercent": [{"time": 0, "value": 50},
                                        {"time": 1, "value": 120}]}})");
    const auto refused = runCliIn(home, preview + quoted(bad.string()));
    EXPECT_EQ(refused.exitCode, 2) << refused.output;
    EXPECT_TRUE(has(refused.output, bad.string())) << refused.output;
    EXPECT_TRUE(has(refused.output, "lane \"expressionPercent\", key 1")) << refused.output;
    EXPECT_TRUE(has(refused.output, "between 0 and 100 %")) << refused.output;

    const fs::path unknownStyle = write(home, "style.json", R"({"format": "vxkeyframes",
        "version": 1, "lanes": {"style": [{"time": 0, "style": "Shouty"}]}})");
    const auto style = runCliIn(home, preview + quoted(unknownStyle.string()));
    EXPECT_EQ(style.exitCode, 2) << style.output;
    EXPECT_TRUE(has(style.output, unknownStyle.string())) << style.output;
    EXPECT_TRUE(has(style.output, "Shouty")) << style.output;

    const std::string missing = (home / "missing.json").string();
    const auto absent = runCliIn(home, preview + quoted(missing));
    EXPECT_EQ(absent.exitCode, 2) << absent.output;
    EXPECT_TRUE(has(absent.output, missing)) << absent.output;
}

}  // namespace
