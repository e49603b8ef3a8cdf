// Inputs behind fixes to the batch file reader that came with fuzz_batch_jobs
// (fuzz/corpus/batch_jobs keeps them too): a path holding a NUL character was accepted, so a
// job could name one file and use another, and two jobs could write one output unnoticed.
#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "studio/batch_file.h"

namespace {

const std::string kBatch = "/farm/batches/jobs.json";

std::string refusal(const std::string& json) {
    try {
        (void)vx::studio::batchFromJson(json, kBatch);
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_EQ(e.file(), kBatch);
        return e.what();
    }
    return {};
}

}  // namespace

TEST(BatchFileFuzzFindings, APathWithANulCharacterIsRefusedNamingTheJobAndKey) {
    // The system would end "a.mp4\u0000.b" at the NUL: job 1 would overwrite job 0's video.
    const std::string twoWriters =
        R"([{"image": "a.png", "audio": "a.wav", "output": "a.mp4"},)"
        R"( {"image": "b.png", "audio": "b.wav", "output": "a.mp4\u0000.b"}])";
    std::string message = refusal(twoWriters);
    EXPECT_NE(message.find("job 1"), std::string::npos) << message;
    EXPECT_NE(message.find("\"output\""), std::string::npos) << message;
    EXPECT_NE(message.find("NUL"), std::string::npos) << message;

    for (const char* key : {"image", "audio", "drivingVideo", "kps", "models"}) {
        const std::string job = R"({"image": "a.png", "audio": "a.wav", "output": "a.mp4", ")" +
                                std::string(key) + R"(": "x\u0000y"})";
        message = refusal("[" + job + "]");
        EXPECT_NE(message.find("job 0"), std::string::npos) << key << ": " << message;
        EXPECT_NE(message.find("\"" + std::string(key) + "\""), std::string::npos) << message;
    }
    // A project given as a bare text, and the defaults.
    message = refusal(R"(["talk.vxproj\u0000"])");
    EXPECT_NE(message.find("\"project\""), std::string::npos) << message;
    message = refusal(R"({"defaults": {"models": "\u0000"}, "jobs": ["a.vxproj"]})");
    EXPECT_NE(message.find("defaults"), std::string::npos) << message;
}

TEST(BatchFileFuzzFindings, OtherUnusualCharactersInPathsStillRead) {
    // Only the NUL is refused: names in any script, with spaces or escapes, are file names.
    const vx::studio::BatchFile batch = vx::studio::batchFromJson(
        R"([{"image": "f\u00e4ces/\ud83d\ude00 a.png", "audio": "a\tb.wav",)"
        R"( "output": "out/\u0001.mp4"}])",
        kBatch);
    ASSERT_EQ(batch.jobs.size(), 1u);
    EXPECT_EQ(batch.jobs[0].spec.image, "/farm/batches/f\u00e4ces/\U0001F600 a.png");
    EXPECT_EQ(batch.jobs[0].spec.audio, "/farm/batches/a\tb.wav");
    EXPECT_EQ(batch.jobs[0].spec.output, "/farm/batches/out/\x01.mp4");
}
