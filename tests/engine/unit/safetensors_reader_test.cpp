#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstring>
#include <fstream>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "support/test_support.h"

namespace {

// Builds a safetensors image from a JSON header and a data block.
std::vector<uint8_t> makeFile(const std::string& header, const std::vector<uint8_t>& data) {
    std::vector<uint8_t> out(8 + header.size() + data.size());
    uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        out[i] = uint8_t(n >> (8 * i));
    std::memcpy(out.data() + 8, header.data(), header.size());
    if (!data.empty())
        std::memcpy(out.data() + 8 + header.size(), data.data(), data.size());
    return out;
}

std::vector<uint8_t> floatBytes(std::initializer_list<float> values) {
    std::vector<uint8_t> out(values.size() * 4);
    std::memcpy(out.data(), values.begin(), out.size());
    return out;
}

TEST(SafetensorsReader, ReadsTensorsAndMetadata) {
    auto bytes = makeFile(
        R"({"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},)"
        R"("b":{"dtype":"U8","shape":[],"data_offsets":[16,17]}})",
        [] {
            auto d = floatBytes({1, 2, 3, 4});
            d.push_back(7);
            return d;
        }());
    auto file = vx::io::parseSafetensors(bytes.data(), bytes.size(), "mem");
    ASSERT_EQ(file.tensors.size(), 2u);
    EXPECT_EQ(file.metadata.at("format"), "pt");
    EXPECT_TRUE(torch::equal(file.tensors.at("w"), torch::tensor({{1.f, 2.f}, {3.f, 4.f}})));
    EXPECT_EQ(file.tensors.at("b").dim(), 0);
    EXPECT_EQ(file.tensors.at("b").item<uint8_t>(), 7);
}

TEST(SafetensorsReader, MapsFilesWithoutCopying) {
    vx::test::TempDir dir;
    auto bytes = makeFile(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}})",
                          floatBytes({5, 6, 7}));
    // Pad the header so the data starts at an 8-byte boundary, as writers do.
    auto path = dir / "t.safetensors";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    auto file = vx::io::readSafetensors(path.string());
    EXPECT_TRUE(torch::equal(file.tensors.at("x"), torch::tensor({5.f, 6.f, 7.f})));
    // In-place edits touch only the private copy-on-write mapping.
    file.tensors.at("x").add_(1);
    auto again = vx::io::readSafetensors(path.string());
    EXPECT_TRUE(torch::equal(again.tensors.at("x"), torch::tensor({5.f, 6.f, 7.f})));
}

void expectModelError(const std::vector<uint8_t>& bytes, const std::string& fragment) {
    try {
        vx::io::parseSafetensors(bytes.data(), bytes.size(), "bad.safetensors");
        FAIL() << "no error for a file that should fail with '" << fragment << "'";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_NE(std::string(e.what()).find("bad.safetensors"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
}

TEST(SafetensorsReader, RejectsBrokenFilesWithSpecificMessages) {
    const std::string ok = R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    auto good = makeFile(ok, floatBytes({1, 2}));
    expectModelError({1, 2, 3}, "truncated");
    auto truncated = good;
    truncated.resize(truncated.size() - 3);
    expectModelError(truncated, "outside");
    auto headerCut = good;
    headerCut.resize(20);
    expectModelError(headerCut, "truncated");
    expectModelError(makeFile("{not json", {}), "not valid JSON");
    expectModelError(
        makeFile(R"({"x":{"dtype":"Q9","shape":[2],"data_offsets":[0,8]}})", floatBytes({1, 2})),
        "unsupported dtype");
    expectModelError(
        makeFile(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", floatBytes({1, 2})),
        "does not match");
    expectModelError(
        makeFile(R"({"x":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", floatBytes({1, 2})),
        "shape");
    std::vector<uint8_t> hugeHeader(16, 0xff);
    expectModelError(hugeHeader, "implausible");
}

TEST(SafetensorsReader, SupportsEveryDtypeOfTheFormat) {
    const std::pair<const char*, torch::ScalarType> dtypes[] = {
        {"BOOL", torch::kBool},
        {"U8", torch::kByte},
        {"I8", torch::kChar},
        {"I16", torch::kShort},
        {"U16", torch::kUInt16},
        {"F16", torch::kHalf},
        {"BF16", torch::kBFloat16},
        {"I32", torch::kInt},
        {"U32", torch::kUInt32},
        {"F32", torch::kFloat},
        {"F64", torch::kDouble},
        {"I64", torch::kLong},
        {"U64", torch::kUInt64},
        {"F8_E4M3", torch::kFloat8_e4m3fn},
        {"F8_E5M2", torch::kFloat8_e5m2},
        {"C64", torch::kComplexFloat},
    };
    for (const auto& [name, type] : dtypes) {
        size_t item = c10::elementSize(type);
        std::vector<uint8_t> data(2 * item, 1);
        auto bytes = makeFile(std::string(R"({"t":{"dtype":")") + name +
                                  R"(","shape":[2],"data_offsets":[0,)" +
                                  std::to_string(data.size()) + "]}}",
                              data);
        auto file = vx::io::parseSafetensors(bytes.data(), bytes.size(), "mem");
        EXPECT_EQ(file.tensors.at("t").scalar_type(), type) << name;
    }
}

}  // namespace
