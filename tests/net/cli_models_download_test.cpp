// `vxstudio-cli models download` and `models verify` against the local hub: a complete download
// that check-models accepts and that renders, a transfer cut halfway and resumed, a damaged byte
// fetched again, a missing file, a stalled server, a disk too small, and HF_ENDPOINT/HF_TOKEN.
#include <gtest/gtest.h>

#include <sys/mount.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>

#include "net/download_test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::test::CommandResult;
using vx::test::kBigCheckpoint;
using vx::test::kGitFile;
using vx::test::kSmallCheckpoint;
using vx::test::quoted;
using vx::test::runCli;
using vx::test::runShell;

const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

using ModelsDownload = vx::test::ModelsDownloadTest;

void flipByte(const fs::path& file, std::streamoff at) {
    std::fstream io(file, std::ios::in | std::ios::out | std::ios::binary);
    io.seekg(at);
    const char c = char(io.get());
    io.seekp(at);
    io.put(char(c ^ 0x5A));
}

TEST_F(ModelsDownload, CompleteDownloadIsVerifiedPassesCheckModelsAndRenders) {
    const auto hub = startHub({"--page-size", "3"});
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path dir = m_tmp / "models";
    const CommandResult r = download(*hub, dir);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("Every file verified"), std::string::npos) << r.output;
    EXPECT_TRUE(holdsTheRelease(dir));
    // The listing came in pages of three, each asked recursively.
    int pages = 0;
    for (const auto& record : hub->log())
        if (record.value("kind", "") == "tree") {
            ++pages;
            EXPECT_EQ(record.value("recursive", ""), "true");
        }
    EXPECT_GT(pages, 2);

    const CommandResult verify = runCli("models verify " + quoted(dir.string()));
    EXPECT_EQ(verify.exitCode, 0) << verify.output;
    EXPECT_NE(verify.output.find("all "), std::string::npos) << verify.output;

    const CommandResult check = runCli("check-models " + quoted(dir.string()));
    EXPECT_EQ(check.exitCode, 0) << check.output;

    const fs::path speech = m_tmp / "speech.wav";
    const CommandResult say =
        runShell("espeak-ng -w " + quoted(speech.string()) + " 'Good morning to you.'");
    ASSERT_EQ(say.exitCode, 0) << "espeak-ng is needed: " << say.output;
    const fs::path out = m_tmp / "talk.mp4";
    const CommandResult render =
        runCli("render --image " + quoted(kAstronaut) + " --audio " + quoted(speech.string()) +
               " --models " + quoted(dir.string()) + " --out " + quoted(out.string()) +
               " --size 64 --steps 1 --device cpu");
    ASSERT_EQ(render.exitCode, 0) << render.output;
    const CommandResult probe = runShell(
        "ffprobe -v error -show_entries stream=codec_name -of csv=p=0 " + quoted(out.string()));
    EXPECT_NE(probe.output.find("h264"), std::string::npos) << probe.output;
}

TEST_F(ModelsDownload, CutTransferIsResumedFetchingOnlyTheRest) {
    constexpr int kCut = 1000000;
    const auto hub = startHub({"--cut", std::string(kBigCheckpoint) + ":" + std::to_string(kCut)});
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path dir = m_tmp / "models";
    const CommandResult r = download(*hub, dir);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("retrying"), std::string::npos) << r.output;
    EXPECT_TRUE(holdsTheRelease(dir));
    const auto requests = hub->contentRequests(kBigCheckpoint);
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].value("start", -1), 0);
    EXPECT_EQ(requests[0].value("sent", -1), kCut);
    // The second request asked for the rest only, and got exactly that.
    EXPECT_EQ(requests[1].value("start", -1), kCut);
    EXPECT_EQ(requests[1].value("sent", uint64_t(0)), servedSize(kBigCheckpoint) - kCut);
}

TEST_F(ModelsDownload, DamagedByteIsDetectedAndTheFileFetchedAgain) {
    // One LFS checkpoint (checked by SHA-256) and one file kept in git (checked by its blob id).
    const auto hub = startHub({"--corrupt", kSmallCheckpoint, "--corrupt", kGitFile});
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path dir = m_tmp / "models";
    const CommandResult r = download(*hub, dir);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("motion_module.bin arrived damaged"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("config.json arrived damaged"), std::string::npos) << r.output;
    EXPECT_TRUE(holdsTheRelease(dir));
    for (const char* path : {kSmallCheckpoint, kGitFile}) {
        const auto requests = hub->contentRequests(path);
        ASSERT_EQ(requests.size(), 2u) << path;
        EXPECT_EQ(requests[1].value("start", -1), 0) << path;
    }
}

TEST_F(ModelsDownload, MissingFileIsNamedAndTheNextRunFetchesOnlyIt) {
    const fs::path dir = m_tmp / "models";
    {
        const auto hub = startHub({"--missing", kSmallCheckpoint});
        ASSERT_TRUE(hub->running()) << hub->startError();
        const CommandResult r = download(*hub, dir);
        EXPECT_EQ(r.exitCode, 5) << r.output;
        EXPECT_NE(r.output.find("motion_module.bin: not found on the hub (HTTP 404"),
                  std::string::npos)
            << r.output;
        EXPECT_FALSE(fs::exists(dir / "v-express" / "motion_module.bin"));
        EXPECT_FALSE(fs::exists(dir / "v-express" / "motion_module.bin.part"));
        EXPECT_TRUE(fs::exists(dir / "v-express" / "denoising_unet.bin"));
        const CommandResult verify = runCli("models verify " + quoted(dir.string()));
        EXPECT_EQ(verify.exitCode, 3) << verify.output;
        EXPECT_NE(verify.output.find("motion_module.bin: missing"), std::string::npos)
            << verify.output;
    }
    const auto hub = startHub();
    ASSERT_TRUE(hub->running()) << hub->startError();
    const CommandResult r = download(*hub, dir);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_TRUE(holdsTheRelease(dir));
    for (const auto& record : hub->log()) {
        if (record.value("kind", "") == "content") {
            EXPECT_EQ(record.value("path", ""), kSmallCheckpoint) << record.dump();
        }
    }
    EXPECT_EQ(hub->contentRequests(kSmallCheckpoint).size(), 1u);
}

TEST_F(ModelsDownload, StalledServerTimesOutWithAClearMessage) {
    const auto hub = startHub({"--stall", kSmallCheckpoint});
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path dir = m_tmp / "models";
    const auto start = std::chrono::steady_clock::now();
    const CommandResult r = download(*hub, dir, "--timeout 2 --retries 1");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.exitCode, 5) << r.output;
    EXPECT_NE(r.output.find("motion_module.bin: the server sent nothing for 2 s"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("gave up after 2 attempts"), std::string::npos) << r.output;
    // Two attempts of 2 s each and a pause, plus the rest of the small model.
    EXPECT_LT(seconds, 30.0);
    EXPECT_EQ(hub->contentRequests(kSmallCheckpoint).size(), 2u);
}

// A 200 KB tmpfs cannot hold the tiny model: the download refuses before writing anything.
TEST_F(ModelsDownload, TooSmallDiskIsRefusedBeforeStarting) {
    const fs::path small = m_tmp / "small";
    fs::create_directories(small);
    if (mount("tmpfs", small.c_str(), "tmpfs", 0, "size=200k") != 0)
        FAIL() << "mounting a 200 KB tmpfs on " << small << " failed (" << std::strerror(errno)
               << "); this test needs root (CAP_SYS_ADMIN)";
    struct Unmount {
        fs::path path;
        ~Unmount() { umount2(path.c_str(), MNT_DETACH); }
    } unmount{small};
    const auto hub = startHub();
    ASSERT_TRUE(hub->running()) << hub->startError();
    const CommandResult r = download(*hub, small / "models");
    EXPECT_EQ(r.exitCode, 4) << r.output;
    EXPECT_NE(r.output.find("not enough free disk space"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(small / "models"));
    for (const auto& record : hub->log())
        EXPECT_NE(record.value("kind", ""), "content") << record.dump();
}

TEST_F(ModelsDownload, EndpointTokenAndDefaultFolderComeFromTheEnvironment) {
    const auto hub = startHub({"--require-token", "s3cret"});
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path data = m_tmp / "data";
    const std::string command = quoted(VX_CLI_EXE) + " models download";
    const std::string env =
        "HF_ENDPOINT=" + hub->endpoint() + " XDG_DATA_HOME=" + quoted(data.string()) + " ";
    const CommandResult refused = runShell(env + "HF_TOKEN= " + command);
    EXPECT_EQ(refused.exitCode, 5) << refused.output;
    EXPECT_NE(refused.output.find("HTTP 401"), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("HF_TOKEN"), std::string::npos) << refused.output;

    const CommandResult r = runShell(env + "HF_TOKEN=s3cret " + command);
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_TRUE(holdsTheRelease(data / "vxstudio" / "models" / "model_ckpts"));
}

TEST_F(ModelsDownload, VerifyNamesADamagedFileAndDownloadRepairsOnlyIt) {
    const auto hub = startHub();
    ASSERT_TRUE(hub->running()) << hub->startError();
    const fs::path dir = m_tmp / "models";
    ASSERT_EQ(download(*hub, dir).exitCode, 0);
    flipByte(dir / "v-express" / "reference_net.bin", 12345);
    const CommandResult verify = runCli("models verify " + quoted(dir.string()));
    EXPECT_EQ(verify.exitCode, 3) << verify.output;
    EXPECT_NE(verify.output.find("reference_net.bin: its SHA-256 is"), std::string::npos)
        << verify.output;
    EXPECT_NE(verify.output.find("1 of"), std::string::npos) << verify.output;

    const CommandResult repair = download(*hub, dir);
    ASSERT_EQ(repair.exitCode, 0) << repair.output;
    EXPECT_TRUE(holdsTheRelease(dir));
    EXPECT_EQ(hub->contentRequests("model_ckpts/v-express/reference_net.bin").size(), 2u);
    EXPECT_EQ(hub->contentRequests(kBigCheckpoint).size(), 1u);
}

TEST_F(ModelsDownload, VerifyOfAFolderWithoutManifestIsBadInput) {
    const CommandResult r = runCli("models verify " + quoted(m_tmp.path().string()));
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find(".vxstudio-models.json"), std::string::npos) << r.output;
}

}  // namespace
