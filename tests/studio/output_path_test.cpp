// requireUsableOutput: every way an output name can reach an input is refused before any work,
// and the message names the output once.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "studio/output_path.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::ErrorKind;

ErrorKind kindOf(const fs::path& output, const std::vector<fs::path>& inputs,
                 std::string* message = nullptr) {
    try {
        vx::studio::requireUsableOutput(output, inputs);
    } catch (const vx::Error& e) {
        if (message)
            *message = e.what();
        return e.kind();
    }
    return ErrorKind::Internal;  // "no error" for these tests
}

TEST(OutputPath, AnInputUnderAnySpellingOrLinkIsRefused) {
    vx::test::TempDir dir;
    const fs::path voice = dir / "voice.mp4";
    std::ofstream(voice) << "recording";
    fs::create_directory(dir / "sub");
    fs::create_hard_link(voice, dir / "hard.mp4");
    fs::create_symlink(voice, dir / "soft.mp4");
    for (const fs::path& out :
         {voice, dir / "sub" / ".." / "." / "voice.mp4", dir / "hard.mp4", dir / "soft.mp4"}) {
        std::string message;
        EXPECT_EQ(kindOf(out, {voice}, &message), ErrorKind::BadInput) << out;
        EXPECT_NE(message.find("also an input"), std::string::npos) << message;
        // The path once, not "<out>: <out>: ...".
        EXPECT_EQ(message.find(out.string() + ": " + out.string()), std::string::npos) << message;
    }
    EXPECT_EQ(kindOf(dir / "new.mp4", {voice}), ErrorKind::Internal);
}

TEST(OutputPath, ExtensionsFoldersAndEmptyNames) {
    vx::test::TempDir dir;
    std::string message;
    EXPECT_EQ(kindOf(dir / "video.avi", {}, &message), ErrorKind::BadInput);
    EXPECT_NE(message.find(".mp4, .m4v or .mov"), std::string::npos) << message;
    EXPECT_EQ(kindOf(dir / "video.wav", {}), ErrorKind::BadInput);
    EXPECT_EQ(kindOf(dir / "video.MOV", {}), ErrorKind::Internal);
    EXPECT_EQ(kindOf("", {}), ErrorKind::BadInput);
    EXPECT_EQ(kindOf(dir.path(), {}), ErrorKind::Io);
    EXPECT_EQ(kindOf(dir / "missing" / "video.mp4", {}), ErrorKind::Io);
}

}  // namespace
