#include "net/download_test_support.h"

#include <fstream>
#include <iterator>

namespace vx::test {

namespace fs = std::filesystem;

namespace {

std::string contentOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

void ModelsDownloadTest::SetUp() {
    VX_REQUIRE_FIXTURES();
    ASSERT_FALSE(tinyHubRepo().empty()) << tinyHubRepoError();
}

std::unique_ptr<HubServerProcess> ModelsDownloadTest::startHub(
    const std::vector<std::string>& faults) {
    static int count = 0;
    const fs::path work = m_tmp / ("hub" + std::to_string(++count));
    fs::create_directories(work);
    return std::make_unique<HubServerProcess>(tinyHubRepo(), faults, work);
}

CommandResult ModelsDownloadTest::download(const HubServerProcess& hub, const fs::path& dir,
                                           const std::string& extra) {
    return runCli("models download --dir " + quoted(dir.string()) + " --endpoint " +
                  hub.endpoint() + " " + extra);
}

::testing::AssertionResult ModelsDownloadTest::holdsTheRelease(const fs::path& dir) const {
    const fs::path served = tinyHubRepo() / "model_ckpts";
    size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(served)) {
        if (!entry.is_regular_file())
            continue;
        ++files;
        const fs::path rel = fs::relative(entry.path(), served);
        if (!fs::exists(dir / rel))
            return ::testing::AssertionFailure() << (dir / rel) << " is missing";
        if (contentOf(dir / rel) != contentOf(entry.path()))
            return ::testing::AssertionFailure() << (dir / rel) << " differs from the served file";
    }
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.path().extension() == ".part")
            return ::testing::AssertionFailure() << entry.path() << " was left behind";
    if (files == 0)
        return ::testing::AssertionFailure() << "the served repository is empty";
    return ::testing::AssertionSuccess();
}

uint64_t ModelsDownloadTest::servedSize(const std::string& pathInRepo) const {
    return fs::file_size(tinyHubRepo() / pathInRepo);
}

}  // namespace vx::test
