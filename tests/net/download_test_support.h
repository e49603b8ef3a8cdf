// What the download tests share: a fixture that starts the local hub over the tiny repository,
// runs `vxstudio-cli models download` against it, and compares the result with the repository.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "net/tiny_hub_repo.h"
#include "support/hub_server_process.h"
#include "support/test_support.h"

namespace vx::test {

class ModelsDownloadTest : public ::testing::Test {
protected:
    void SetUp() override;

    // Starts hub_server.py with `faults`; check running() before use.
    std::unique_ptr<HubServerProcess> startHub(const std::vector<std::string>& faults = {});

    // `vxstudio-cli models download --dir DIR --endpoint <hub> <extra>`.
    CommandResult download(const HubServerProcess& hub, const std::filesystem::path& dir,
                           const std::string& extra = {});

    // Every file of the served model_ckpts/ is in `dir` with the same bytes, and no .part is left.
    ::testing::AssertionResult holdsTheRelease(const std::filesystem::path& dir) const;

    // The size of a file of the served repository.
    uint64_t servedSize(const std::string& pathInRepo) const;

    TempDir m_tmp;
};

}  // namespace vx::test
