// `vxstudio-cli styles list` and --style on `render` and `preview`, run as a user would: the
// list shows the built-in styles and the user's, a style reaches the request (render --dry-run)
// with explicit options written over it, and an unknown style or a bad style file is refused
// with exit code 2 and a message that names it.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "cli_runner.h"
#include "studio/style_file.h"
#include "studio/style_library.h"
#include "studio/styles.h"
#include "support/test_support.h"

namespace {

using vx::test::quoted;
using vx::test::runShell;

const std::string kPhoto = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

// The CLI with its data and log folders in `home`, so the user's styles are the test's.
vx::test::CommandResult runCliIn(const vx::test::TempDir& home, const std::string& arguments) {
    return runShell("XDG_DATA_HOME=" + quoted(home.path().string()) + " XDG_STATE_HOME=" +
                    quoted(home.path().string()) + " " + quoted(VX_CLI_EXE) + " " + arguments);
}

std::string dryRun(const std::string& extra) {
    return "render --image " + quoted(kPhoto) +
           " --audio /nonexistent/voice.wav --out /tmp/vx-style-dry-run.mp4 --dry-run " + extra;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(CliStyles, ListShowsTheBuiltInStylesAndTheUsers) {
    vx::test::TempDir home;
    vx::studio::Style mine = *vx::studio::findBuiltInStyle("Subtle");
    mine.name = "My podcast";
    mine.description = "Quiet, for the weekly show.";
    vx::studio::StyleLibrary(home / "vxstudio/styles").save(mine);

    const auto listed = runCliIn(home, "styles list");
    ASSERT_EQ(listed.exitCode, 0) << listed.output;
    for (const vx::studio::Style& style : vx::studio::builtInStyles()) {
        EXPECT_TRUE(has(listed.output, style.name + " (built-in)")) << style.name;
        EXPECT_TRUE(has(listed.output, style.description)) << style.name;
        EXPECT_TRUE(has(listed.output, vx::studio::describeStyleValues(style))) << style.name;
    }
    EXPECT_TRUE(has(listed.output, "My podcast (yours)")) << listed.output;
    EXPECT_TRUE(has(listed.output, "Quiet, for the weekly show.")) << listed.output;
}

TEST(CliStyles, AStyleReachesTheRequestAndExplicitOptionsOverrideIt) {
    vx::test::TempDir home;
    const auto plain = runCliIn(home, dryRun(""));
    ASSERT_EQ(plain.exitCode, 0) << plain.output;
    EXPECT_TRUE(has(plain.output, "\"yawRangeDeg\": 8.0")) << plain.output;

    // Emphatic speaker: yaw 18, blinks 22 per minute; by name in any case.
    const auto styled = runCliIn(home, dryRun("--style 'emphatic SPEAKER'"));
    ASSERT_EQ(styled.exitCode, 0) << styled.output;
    EXPECT_TRUE(has(styled.output, "\"yawRangeDeg\": 18.0")) << styled.output;
    EXPECT_TRUE(has(styled.output, "\"ratePerMinute\": 22.0")) << styled.output;

    const auto overridden = runCliIn(home, dryRun("--style 'Emphatic speaker' --yaw 2"));
    ASSERT_EQ(overridden.exitCode, 0) << overridden.output;
    EXPECT_TRUE(has(overridden.output, "\"yawRangeDeg\": 2.0")) << overridden.output;
    EXPECT_TRUE(has(overridden.output, "\"ratePerMinute\": 22.0")) << overridden.output;

    // A style file works the same; its values, not a built-in's.
    vx::studio::Style file = *vx::studio::findBuiltInStyle("Neutral");
    file.name = "From a file";
    file.values[vx::studio::ParameterId::BlinkRatePerMinute] = 33;
    vx::studio::writeStyleFile(home / "mine.json", file);
    const auto fromFile =
        runCliIn(home, dryRun("--style " + quoted((home / "mine.json").string())));
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.output;
    EXPECT_TRUE(has(fromFile.output, "\"ratePerMinute\": 33.0")) << fromFile.output;
}

TEST(CliStyles, AnUnknownStyleOrABadStyleFileIsRefusedByName) {
    vx::test::TempDir home;
    const auto unknown = runCliIn(home, dryRun("--style Shouty"));
    EXPECT_EQ(unknown.exitCode, 2) << unknown.output;
    EXPECT_TRUE(has(unknown.output, "Shouty")) << unknown.output;

    std::string json = vx::studio::styleToJson(*vx::studio::findBuiltInStyle("Subtle"));
    const std::string from = "\"tempo\": 0.3";
    json.replace(json.find(from), from.size(), "\"tempo\": 9");
    std::ofstream(home / "bad.json") << json;
    const std::string badFile = (home / "bad.json").string();
    const auto bad = runCliIn(home, dryRun("--style " + quoted(badFile)));
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
    EXPECT_TRUE(has(bad.output, badFile)) << bad.output;
    EXPECT_TRUE(has(bad.output, "tempo")) << bad.output;

    // The preview reads the same option, and refuses before it opens the photo.
    const auto preview = runCliIn(home, "preview --image " + quoted(kPhoto) +
                                            " --audio /nonexistent/voice.wav --out " +
                                            quoted((home / "p.mp4").string()) + " --style Shouty");
    EXPECT_EQ(preview.exitCode, 2) << preview.output;
    EXPECT_TRUE(has(preview.output, "Shouty")) << preview.output;
}

}  // namespace
