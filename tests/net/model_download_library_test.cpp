// vx_models used directly: the hub's URL layout and environment variables, the hashes the hub
// publishes, its Link-header paging, and a download cancelled halfway that the next run
// continues from where it stopped, with the progress it reports on the way.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "common/error.h"
#include "models/download_plan.h"
#include "models/file_digest.h"
#include "models/http_response.h"
#include "models/hub_source.h"
#include "models/model_downloader.h"
#include "models/model_location.h"
#include "net/download_test_support.h"

namespace {

namespace fs = std::filesystem;
using namespace vx::models;

TEST(HubSource, UrlsFollowTheHubLayout) {
    HubSource source;
    source.endpoint = "https://hub.example/";
    EXPECT_EQ(source.treeUrl(),
              "https://hub.example/api/models/tk93/V-Express/tree/main/model_ckpts?recursive=true");
    EXPECT_EQ(source.resolveUrl("model_ckpts/v-express/a b.bin"),
              "https://hub.example/tk93/V-Express/resolve/main/model_ckpts/v-express/a%20b.bin");
    source.revision = "refs/pr/1";
    EXPECT_EQ(source.resolveUrl("x.json"),
              "https://hub.example/tk93/V-Express/resolve/refs%2Fpr%2F1/x.json");
}

TEST(HubSource, EndpointAndTokenComeFromTheEnvironment) {
    unsetenv("HF_ENDPOINT");
    unsetenv("HF_TOKEN");
    EXPECT_EQ(HubSource::fromEnvironment().endpoint, "https://huggingface.co");
    EXPECT_EQ(HubSource::fromEnvironment().token, "");
    setenv("HF_ENDPOINT", "http://mirror.example:8080/", 1);
    setenv("HF_TOKEN", "hf_abc", 1);
    const HubSource source = HubSource::fromEnvironment();
    unsetenv("HF_ENDPOINT");
    unsetenv("HF_TOKEN");
    EXPECT_EQ(source.endpoint, "http://mirror.example:8080");
    EXPECT_EQ(source.token, "hf_abc");
}

TEST(ModelLocation, DefaultFolderIsInTheXdgDataDirectory) {
    const char* home = std::getenv("HOME");
    const std::string savedHome = home != nullptr ? home : "";
    setenv("XDG_DATA_HOME", "/srv/data", 1);
    EXPECT_EQ(defaultModelFolder(), fs::path("/srv/data/vxstudio/models/model_ckpts"));
    // A relative XDG_DATA_HOME is invalid by the specification and ignored.
    setenv("XDG_DATA_HOME", "relative", 1);
    setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(defaultModelFolder(),
              fs::path("/home/someone/.local/share/vxstudio/models/model_ckpts"));
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", savedHome.c_str(), 1);
}

TEST(FileDigest, HashesAreTheOnesGitAndSha256sumGive) {
    vx::test::TempDir dir;
    const fs::path file = dir / "hello.txt";
    std::ofstream(file) << "hello\n";
    // `git hash-object hello.txt` and `sha256sum hello.txt`.
    EXPECT_EQ(gitBlobSha1OfFile(file), "ce013625030ba8dba906f756967f9e9ca394464a");
    EXPECT_EQ(sha256OfFile(file),
              "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
    try {
        sha256OfFile(dir / "absent.bin");
        FAIL() << "no error for a missing file";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Io);
        EXPECT_NE(std::string(e.what()).find("absent.bin"), std::string::npos);
    }
}

TEST(HttpResponse, NextPageComesFromTheLinkHeader) {
    EXPECT_EQ(nextLink("<https://h/api/models/r/tree/main?cursor=abc>; rel=\"next\""),
              "https://h/api/models/r/tree/main?cursor=abc");
    EXPECT_EQ(nextLink("<https://h/1>; rel=\"prev\", <https://h/3>; rel=\"next\""), "https://h/3");
    EXPECT_EQ(nextLink("<https://h/1>; rel=\"prev\""), "");
    EXPECT_EQ(nextLink(""), "");
    EXPECT_EQ(bareEtag("W/\"abc\""), "abc");
    EXPECT_EQ(bareEtag("\"abc\""), "abc");
}

using ModelsDownloadLibrary = vx::test::ModelsDownloadTest;

TEST_F(ModelsDownloadLibrary, PlanListsLfsFilesBySha256AndGitFilesByBlobId) {
    const auto hub = startHub({"--page-size", "2"});
    ASSERT_TRUE(hub->running()) << hub->startError();
    HubSource source;
    source.endpoint = hub->endpoint();
    const DownloadPlan plan = fetchDownloadPlan(source, {});
    const fs::path served = vx::test::tinyHubRepo() / "model_ckpts";
    size_t servedFiles = 0;
    for (const auto& entry : fs::recursive_directory_iterator(served))
        servedFiles += entry.is_regular_file() ? 1 : 0;
    ASSERT_EQ(plan.files.size(), servedFiles);
    for (const PlannedFile& file : plan.files) {
        EXPECT_EQ(file.pathInRepo, "model_ckpts/" + file.path);
        EXPECT_EQ(file.size, fs::file_size(served / file.path)) << file.path;
        // The served repository, like the release, keeps weights in LFS and JSON in git.
        const std::string extension = fs::path(file.path).extension().string();
        EXPECT_EQ(file.isLfs(), extension == ".bin" || extension == ".safetensors") << file.path;
        if (file.isLfs()) {
            EXPECT_EQ(file.sha256, sha256OfFile(served / file.path)) << file.path;
        } else {
            EXPECT_EQ(file.gitSha1, gitBlobSha1OfFile(served / file.path)) << file.path;
        }
    }
}

TEST_F(ModelsDownloadLibrary, CancelledDownloadContinuesOnTheNextRun) {
    const auto hub = startHub();
    ASSERT_TRUE(hub->running()) << hub->startError();
    HubSource source;
    source.endpoint = hub->endpoint();
    const DownloadPlan plan = fetchDownloadPlan(source, {});
    const fs::path dir = m_tmp / "models";
    const std::string big = "v-express/denoising_unet.bin";

    // Stop once the big checkpoint has 2 MB on disk, as the Cancel button or Ctrl-C would (the
    // local transfer is too fast to wait for a progress report in between).
    const fs::path part = dir / (big + ".part");
    DownloadCallbacks stopping;
    stopping.cancelRequested = [&] {
        std::error_code ec;
        return fs::file_size(part, ec) > 2000000 && !ec;
    };
    try {
        downloadModels(plan, source, dir, {}, stopping);
        FAIL() << "the download was not cancelled";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Cancelled) << e.what();
    }
    ASSERT_TRUE(fs::exists(part));
    const uint64_t kept = fs::file_size(part);
    EXPECT_GT(kept, 2000000u);
    EXPECT_LT(kept, servedSize("model_ckpts/" + big));
    EXPECT_FALSE(fs::exists(dir / big));

    // The next run asks only for the rest, and reports progress up to the whole.
    std::vector<DownloadProgress> seen;
    DownloadCallbacks watching;
    watching.progress = [&](const DownloadProgress& p) { seen.push_back(p); };
    const DownloadReport report = downloadModels(plan, source, dir, {}, watching);
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(holdsTheRelease(dir));
    const auto requests = hub->contentRequests("model_ckpts/" + big);
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[1].value("start", uint64_t(0)), kept);
    EXPECT_EQ(requests[1].value("sent", uint64_t(0)), servedSize("model_ckpts/" + big) - kept);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().totalDone, plan.totalBytes());
    EXPECT_EQ(seen.back().totalSize, plan.totalBytes());
    EXPECT_EQ(seen.back().fileIndex, plan.files.size());
    for (const DownloadProgress& p : seen) {
        EXPECT_LE(p.fileDone, p.fileSize) << p.file;
        EXPECT_LE(p.totalDone, p.totalSize) << p.file;
        EXPECT_EQ(p.fileCount, plan.files.size());
    }
}

}  // namespace
