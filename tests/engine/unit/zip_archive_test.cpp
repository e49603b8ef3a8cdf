#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "engine/io/zip_archive.h"
#include "zip_test_builder.h"

namespace {

using vx::io::ZipArchive;
using vx::test::buildZip;
using vx::test::ZipOptions;

std::string entryText(const ZipArchive& zip, const std::string& name) {
    const auto* entry = zip.find(name);
    if (!entry)
        return "<missing>";
    return std::string(reinterpret_cast<const char*>(zip.data(*entry)), entry->size);
}

// Expects vx::Error(Model) naming the archive and containing `fragment`.
void expectZipError(const std::vector<uint8_t>& bytes, const std::string& fragment) {
    try {
        ZipArchive zip(bytes.data(), bytes.size(), "test.zip");
        ADD_FAILURE() << "no error; expected one containing '" << fragment << "'";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_EQ(e.file(), "test.zip");
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
}

TEST(ZipArchive, ReadsStoredEntries) {
    auto bytes = buildZip({{"top/data.pkl", "pickle"}, {"top/data/0", "abc"}, {"top/empty", ""}});
    ZipArchive zip(bytes.data(), bytes.size(), "test.zip");
    ASSERT_EQ(zip.entries().size(), 3u);
    EXPECT_EQ(entryText(zip, "top/data.pkl"), "pickle");
    EXPECT_EQ(entryText(zip, "top/data/0"), "abc");
    EXPECT_EQ(entryText(zip, "top/empty"), "");
    EXPECT_EQ(zip.find("data/0"), nullptr);
}

TEST(ZipArchive, ReadsZip64Records) {
    auto bytes = buildZip({{"a/data.pkl", "xyz"}, {"a/data/7", std::string(100, 'q')}},
                          ZipOptions{true, 0, 0});
    ZipArchive zip(bytes.data(), bytes.size(), "test.zip");
    ASSERT_EQ(zip.entries().size(), 2u);
    EXPECT_EQ(entryText(zip, "a/data.pkl"), "xyz");
    EXPECT_EQ(entryText(zip, "a/data/7"), std::string(100, 'q'));
}

TEST(ZipArchive, FindsEntriesInAnyTopFolder) {
    auto bytes = buildZip({{"whatever_name/data.pkl", "p"},
                           {"whatever_name/byteorder", "little"},
                           {"whatever_name/nested/data.pkl", "other"}});
    ZipArchive zip(bytes.data(), bytes.size(), "test.zip");
    const auto* pkl = zip.findInTopFolder("data.pkl");
    ASSERT_NE(pkl, nullptr);
    EXPECT_EQ(pkl->name, "whatever_name/data.pkl");
    EXPECT_EQ(zip.findInTopFolder("version"), nullptr);

    auto twoTops = buildZip({{"a/data.pkl", "1"}, {"b/data.pkl", "2"}});
    ZipArchive ambiguous(twoTops.data(), twoTops.size(), "test.zip");
    EXPECT_THROW(ambiguous.findInTopFolder("data.pkl"), vx::Error);
}

TEST(ZipArchive, RejectsCompressedAndEncryptedEntries) {
    expectZipError(buildZip({{"a/data.pkl", "x"}}, ZipOptions{false, 8, 0}), "compressed");
    expectZipError(buildZip({{"a/data.pkl", "x"}}, ZipOptions{false, 0, 1}), "encrypted");
}

TEST(ZipArchive, RejectsBadMagicAndTruncation) {
    expectZipError({}, "too short");
    expectZipError(std::vector<uint8_t>(100, 0), "end-of-central-directory");
    auto bytes = buildZip({{"a/data.pkl", "some pickle bytes"}, {"a/data/0", "0123456789"}});
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
        std::vector<uint8_t> truncated(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
        EXPECT_THROW(ZipArchive(truncated.data(), truncated.size(), "test.zip"), vx::Error)
            << "cut at " << cut;
    }
}

TEST(ZipArchive, RejectsEntriesOutsideTheFile) {
    auto bytes = buildZip({{"a/data/0", "0123456789"}});
    // The central directory starts right after the 30+8+10-byte local entry; make the entry
    // claim more data than the archive holds.
    const size_t central = 30 + 8 + 10;
    bytes[central + 20] = 0xFF;  // compressed size
    bytes[central + 24] = 0xFF;  // uncompressed size
    expectZipError(bytes, "extends past");

    auto badOffset = buildZip({{"a/data/0", "0123456789"}});
    badOffset[central + 42] = 5;  // local header offset points into the middle of nowhere
    expectZipError(badOffset, "local header");
}

TEST(ZipArchive, SurvivesEveryFlippedByte) {
    const auto original =
        buildZip({{"a/data.pkl", "pickle"}, {"a/data/0", "abcdefgh"}}, ZipOptions{true, 0, 0});
    for (size_t i = 0; i < original.size(); ++i) {
        for (uint8_t mask : {uint8_t(0x01), uint8_t(0x80), uint8_t(0xFF)}) {
            auto bytes = original;
            bytes[i] ^= mask;
            try {
                ZipArchive zip(bytes.data(), bytes.size(), "test.zip");
                for (const auto& e : zip.entries())
                    ASSERT_LE(e.dataOffset + e.size, bytes.size());
            } catch (const vx::Error&) {
            }
        }
    }
}

}  // namespace
