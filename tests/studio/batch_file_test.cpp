// The batch file reader: both forms of a job (a project file, or inputs and settings), defaults,
// paths relative to the file, and every refusal naming the job and the key with the parameter
// table's own words.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "studio/batch_file.h"
#include "studio/render_spec.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::studio::BatchFile;
using vx::studio::batchFromJson;
using vx::studio::ParameterId;

const std::string kBatch = "/farm/batches/jobs.json";

// The message of the refusal of `json`, or "" when it was read.
std::string refusal(const std::string& json) {
    try {
        batchFromJson(json, kBatch);
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_EQ(e.file(), kBatch);
        return e.what();
    }
    return {};
}

#define EXPECT_REFUSED(json, ...)                                                               \
    do {                                                                                        \
        const std::string message = refusal(json);                                              \
        EXPECT_FALSE(message.empty()) << json;                                                  \
        for (const char* part : {__VA_ARGS__})                                                  \
            EXPECT_NE(message.find(part), std::string::npos) << part << " not in: " << message; \
    } while (0)

TEST(BatchFile, AListOfProjectsRendersEachBesideItsProject) {
    const BatchFile batch =
        batchFromJson(R"(["talks/monday.vxproj", "/abs/tuesday.vxproj"])", kBatch);
    ASSERT_EQ(batch.jobs.size(), 2u);
    EXPECT_EQ(batch.jobs[0].index, 0);
    EXPECT_EQ(batch.jobs[0].spec.project, "/farm/batches/talks/monday.vxproj");
    EXPECT_EQ(batch.jobs[0].spec.output, "/farm/batches/talks/monday.mp4");
    EXPECT_EQ(batch.jobs[1].index, 1);
    EXPECT_EQ(batch.jobs[1].spec.project, "/abs/tuesday.vxproj");
    EXPECT_EQ(batch.jobs[1].spec.output, "/abs/tuesday.mp4");
    EXPECT_TRUE(batch.jobs[0].spec.models.empty());  // the front end's default
    EXPECT_TRUE(batch.jobs[0].spec.values.empty());
}

TEST(BatchFile, ParameterSetsWithDefaultsOverriddenByEachJob) {
    const BatchFile batch = batchFromJson(R"({
        "version": 1,
        "defaults": {"models": "../models/model_ckpts", "steps": 10, "resolutionPx": 256,
                     "device": "cpu", "motionPreset": "lively", "blinkAt": [1.5]},
        "jobs": [
            {"image": "faces/ana.png", "audio": "voices/ana.wav", "output": "out/ana.mp4"},
            {"image": "faces/bo.png", "audio": "voices/bo.wav", "output": "out/bo.mp4",
             "steps": 4, "guidanceScale": 2.5, "seed": 4294967295, "crf": 30, "dtype": "fp32",
             "retarget": "fix_face", "kps": "bo.pth", "pasteBack": true, "noCrop": true,
             "blinkAt": []},
            {"project": "talk.vxproj", "audio": "voices/other.wav", "expressionPercent": 80}
        ]})",
                                          kBatch);
    ASSERT_EQ(batch.jobs.size(), 3u);
    const auto& ana = batch.jobs[0].spec;
    EXPECT_EQ(ana.image, "/farm/batches/faces/ana.png");
    EXPECT_EQ(ana.audio, "/farm/batches/voices/ana.wav");
    EXPECT_EQ(ana.output, "/farm/batches/out/ana.mp4");
    EXPECT_EQ(ana.models, "/farm/models/model_ckpts");
    EXPECT_EQ(ana.values.at(ParameterId::Steps), 10);
    EXPECT_EQ(ana.values.at(ParameterId::SizePx), 256);
    EXPECT_EQ(ana.device, vx::engine::DevicePreference::Cpu);
    EXPECT_EQ(ana.motionPreset, vx::motion::HeadMotionPreset::LivelySpeaker);
    EXPECT_EQ(ana.blinkAt, std::vector<double>{1.5});
    EXPECT_FALSE(ana.precision);
    EXPECT_FALSE(ana.pasteBack);

    const auto& bo = batch.jobs[1].spec;
    EXPECT_EQ(bo.values.at(ParameterId::Steps), 4);  // the job's over the defaults'
    EXPECT_EQ(bo.values.at(ParameterId::SizePx), 256);
    EXPECT_EQ(bo.values.at(ParameterId::Guidance), 2.5);
    EXPECT_EQ(bo.values.at(ParameterId::Seed), 4294967295.0);
    EXPECT_EQ(bo.values.at(ParameterId::Crf), 30);
    EXPECT_EQ(bo.precision, vx::engine::Precision::Float32);
    EXPECT_EQ(bo.retarget, vx::faces::RetargetStrategy::FixFace);
    EXPECT_EQ(bo.kps, "/farm/batches/bo.pth");
    EXPECT_EQ(bo.pasteBack, true);
    EXPECT_TRUE(bo.noCrop);
    EXPECT_EQ(bo.blinkAt, std::vector<double>{});  // cleared, not the defaults'

    const auto& talk = batch.jobs[2].spec;
    EXPECT_EQ(talk.project, "/farm/batches/talk.vxproj");
    EXPECT_EQ(talk.output, "/farm/batches/talk.mp4");
    EXPECT_EQ(talk.values.at(ParameterId::ExpressionPercent), 80);
}

TEST(BatchFile, EveryParameterOfTheTableIsAKeyWithTheTablesRange) {
    for (const auto& spec : vx::studio::parameterTable()) {
        SCOPED_TRACE(spec.key);
        const std::string job = R"({"image": "a.png", "audio": "a.wav", "output": "a.mp4", ")" +
                                std::string(spec.key) + "\": ";
        const BatchFile batch =
            batchFromJson("[" + job + std::to_string(spec.maximum) + "}]", kBatch);
        EXPECT_EQ(batch.jobs[0].spec.values.at(spec.id), spec.maximum);
        const std::string range = vx::studio::describeRange(spec);
        EXPECT_REFUSED("[" + job + std::to_string(spec.maximum + 8) + "}]", "job 0", spec.key,
                       range.c_str());
        EXPECT_REFUSED("[" + job + "\"12\"}]", "job 0", spec.key, "must be a number");
    }
}

TEST(BatchFile, RefusalsNameTheJobAndTheKey) {
    const std::string inputs = R"("image": "a.png", "audio": "a.wav")";
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4"}, {)" + inputs +
                       R"(, "output": "b.mp4", "steps": 0}])",
                   "job 1", "\"steps\"", "0 is out of range", "between 1 and 100");
    EXPECT_REFUSED(R"({"jobs": [{)" + inputs + R"(, "output": "a.mp4", "resolutionPx": 65}]})",
                   "job 0", "\"resolutionPx\"", "not a multiple of 8");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "colour": 3}])", "job 0",
                   "unknown key \"colour\"", "docs/render-farm.md");
    // A render option's name points to its key here.
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "size": 256}])", "job 0",
                   "unknown key \"size\"", "--size", "\"resolutionPx\"");
    EXPECT_REFUSED("[{" + inputs + R"(, "out": "a.mp4"}])", "job 0", "\"out\"", "\"output\"");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "device": "tpu"}])", "job 0",
                   "\"device\"", "auto, cpu or cuda");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "dtype": "fp8"}])", "job 0", "\"dtype\"",
                   "fp16");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "motionPreset": "wild"}])", "job 0",
                   "\"motionPreset\"", "still, calm, lively or nodding");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "retarget": "x"}])", "job 0",
                   "\"retarget\"");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "pasteBack": "yes"}])", "job 0",
                   "\"pasteBack\"", "true or false");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": "a.mp4", "blinkAt": [-1]}])", "job 0",
                   "\"blinkAt\"");
    EXPECT_REFUSED("[{" + inputs + R"(, "output": ""}])", "job 0", "\"output\"", "path");
    EXPECT_REFUSED("[{" + inputs + "}]", "job 0", "\"output\" is missing");
    EXPECT_REFUSED(R"([{"image": "a.png", "output": "a.mp4"}])", "job 0", "\"image\" and \"audio\"",
                   "\"project\"");
    EXPECT_REFUSED("[3]", "job 0", "project file");
    EXPECT_REFUSED(R"({"defaults": {"steps": 500}, "jobs": ["a.vxproj"]})", "defaults",
                   "\"steps\"");
}

TEST(BatchFile, TheFileAsAWhole) {
    EXPECT_REFUSED("{not json", "invalid JSON");
    EXPECT_REFUSED("[]", "no jobs");
    EXPECT_REFUSED(R"({"defaults": {}})", "no \"jobs\"");
    EXPECT_REFUSED(R"({"jobs": "a.vxproj"})", "\"jobs\" must be a list");
    EXPECT_REFUSED(R"({"jobs": ["a.vxproj"], "job": []})", "unknown key \"job\"");
    EXPECT_REFUSED(R"({"version": 2, "jobs": ["a.vxproj"]})", "version 2", "update");
    EXPECT_REFUSED(R"({"version": "1", "jobs": ["a.vxproj"]})", "\"version\"");
    EXPECT_REFUSED(R"({"defaults": {"output": "a.mp4"}, "jobs": ["a.vxproj"]})", "defaults",
                   "\"output\"");
    EXPECT_REFUSED(R"({"defaults": [], "jobs": ["a.vxproj"]})", "\"defaults\"");
}

TEST(BatchFile, TwoJobsWritingOneOutputAreRefusedUpFront) {
    EXPECT_REFUSED(R"(["a.vxproj", {"project": "b.vxproj", "output": "./x/../a.mp4"}])",
                   "job 0 and job 1 both write", "a.mp4");
    // Through a linked folder too.
    vx::test::TempDir dir;
    fs::create_directory(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    const std::string json =
        R"(["real/a.vxproj", {"project": "b.vxproj", "output": "link/a.mp4"}])";
    try {
        batchFromJson(json, (dir / "jobs.json").string());
        ADD_FAILURE() << "two jobs writing one file were accepted";
    } catch (const vx::Error& e) {
        EXPECT_NE(std::string(e.what()).find("both write"), std::string::npos) << e.what();
    }
}

TEST(BatchFile, ReadsAFileAndNamesAMissingOne) {
    vx::test::TempDir dir;
    std::ofstream(dir / "jobs.json") << R"(["a.vxproj"])";
    const BatchFile batch = vx::studio::readBatchFile((dir / "jobs.json").string());
    ASSERT_EQ(batch.jobs.size(), 1u);
    EXPECT_EQ(batch.jobs[0].spec.output, (dir / "a.mp4").string());
    try {
        vx::studio::readBatchFile((dir / "none.json").string());
        ADD_FAILURE();
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("none.json: the file does not exist"),
                  std::string::npos)
            << e.what();
    }
}

}  // namespace
