// The hub listing and manifest parsers on bytes (no server): answers of another shape than
// the hub's are refused with vx::Error, not with nlohmann's type errors (found by
// fuzz_hub_json), and neither may name a path outside the model folder.
#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "models/hub_json.h"

namespace {

using vx::ErrorKind;
using vx::models::parseManifest;
using vx::models::parseTreePage;

const std::string kUrl = "https://hub.example/api/models/r/tree/main/model_ckpts";

ErrorKind listingError(const std::string& body) {
    try {
        parseTreePage(body, kUrl, "model_ckpts");
    } catch (const vx::Error& e) {
        return e.kind();
    }
    return ErrorKind::Internal;  // "accepted" for these tests
}

ErrorKind manifestError(const std::string& text) {
    try {
        parseManifest(text, "/m/.vxstudio-models.json");
    } catch (const vx::Error& e) {
        return e.kind();
    }
    return ErrorKind::Internal;
}

}  // namespace

TEST(HubJson, ListingReadsFilesBelowTheFolder) {
    const auto files = parseTreePage(
        R"([{"type": "directory", "path": "model_ckpts/a", "oid": "1"},
            {"type": "file", "path": "model_ckpts/a/config.json", "size": 5, "oid": "abc"},
            {"type": "file", "path": "model_ckpts/a/w.bin", "size": 9, "oid": "p",
             "lfs": {"oid": "def", "size": 1000}},
            {"type": "file", "path": "README.md", "size": 3, "oid": "x"}])",
        kUrl, "model_ckpts");
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].path, "a/config.json");
    EXPECT_EQ(files[0].gitSha1, "abc");
    EXPECT_EQ(files[1].sha256, "def");
    EXPECT_EQ(files[1].size, 1000u);
}

TEST(HubJson, ListingOfAnotherShapeIsANetworkError) {
    // The fuzzer's first find: "path" as an object made value() throw a type_error.
    EXPECT_EQ(listingError(R"([{"type": "file", "oid": "a", "size": 1, "path": {"x": 1}}])"),
              ErrorKind::Network);
    EXPECT_EQ(listingError(R"([{"type": "file", "oid": "a", "size": -1,
                                 "path": "model_ckpts/x"}])"),
              ErrorKind::Network);
    EXPECT_EQ(listingError(R"([{"type": "file", "oid": 7, "path": "model_ckpts/x"}])"),
              ErrorKind::Network);
    EXPECT_EQ(listingError(R"([{"type": "file", "path": "model_ckpts/x",
                                 "lfs": {"oid": "a", "size": "big"}}])"),
              ErrorKind::Network);
    EXPECT_EQ(listingError(R"([1, 2])"), ErrorKind::Network);
    EXPECT_EQ(listingError(R"([{"type": 3}])"), ErrorKind::Network);
    EXPECT_EQ(listingError("{}"), ErrorKind::Network);
    EXPECT_EQ(listingError("[{"), ErrorKind::Network);
    EXPECT_EQ(listingError(R"([{"type": "file", "oid": "a", "path": "model_ckpts/../x"}])"),
              ErrorKind::Network);
}

TEST(HubJson, ManifestWithUnsafeOrMistypedFieldsIsBadInput) {
    const std::string head =
        R"({"endpoint": "e", "repo": "r", "revision": "main", "folder": "model_ckpts", "files": )";
    EXPECT_EQ(manifestError(head + R"([{"path": "a", "path_in_repo": "m/a", "size": 1}]})"),
              ErrorKind::Internal);  // accepted
    EXPECT_EQ(manifestError(head + R"([{"path": "../../etc/x", "path_in_repo": "m/a",
                                       "size": 1}]})"),
              ErrorKind::BadInput);
    EXPECT_EQ(manifestError(head + R"([{"path": "/etc/x", "path_in_repo": "m/a", "size": 1}]})"),
              ErrorKind::BadInput);
    EXPECT_EQ(manifestError(head + R"([{"path": "a", "path_in_repo": "m/a", "size": -1}]})"),
              ErrorKind::BadInput);
    EXPECT_EQ(manifestError(head + R"("files"})"), ErrorKind::BadInput);
    EXPECT_EQ(manifestError("[]"), ErrorKind::BadInput);
}
