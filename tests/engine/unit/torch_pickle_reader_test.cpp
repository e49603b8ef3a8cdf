// The torch zip+pickle reader against checkpoints written by torch.save itself
// (tests/python/write_torch_checkpoints.py) and against hand-made hostile pickles.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <memory>
#include <set>
#include <string>

#include "common/error.h"
#include "common/json.h"
#include "engine/io/safetensors_reader.h"
#include "engine/io/torch_pickle_reader.h"
#include "support/test_support.h"
#include "zip_test_builder.h"

namespace {

using vx::io::StateDict;

// The generated checkpoints, written once for the whole suite.
class TorchPickleReader : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<vx::test::TempDir>();
        s_generated =
            vx::test::runPython(vx::test::sourceDir() / "tests/python/write_torch_checkpoints.py",
                                {s_dir->path().string()}) == 0;
        if (s_generated) {
            s_expected = vx::io::readSafetensors(file("expected.safetensors")).tensors;
            s_manifest = vx::readJsonFile(file("expected.json"));
        }
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    void SetUp() override { ASSERT_TRUE(s_generated) << "write_torch_checkpoints.py failed"; }

    static std::string file(const std::string& name) { return (*s_dir / name).string(); }

    // Compares a loaded tensor with the expected one exactly (dtype and values).
    static void expectTensor(const std::string& key, const torch::Tensor& actual) {
        SCOPED_TRACE(key);
        ASSERT_TRUE(s_expected.count(key)) << "no expected value";
        torch::Tensor expected = s_expected.at(key);
        torch::Tensor got = actual;
        for (const auto& name : s_manifest.at("complex_as_real").asArray()) {
            if (name.asString() == key) {
                ASSERT_EQ(got.scalar_type(), torch::kComplexFloat);
                got = torch::view_as_real(got);
            }
        }
        if (const auto* widened = s_manifest.at("widened_to_int64").find(key)) {
            const std::string dtype = widened->asString();
            const auto want = dtype == "uint16"   ? torch::kUInt16
                              : dtype == "uint32" ? torch::kUInt32
                                                  : torch::kUInt64;
            ASSERT_EQ(got.scalar_type(), want);
            got = got.to(torch::kLong);
        }
        ASSERT_EQ(got.scalar_type(), expected.scalar_type());
        ASSERT_EQ(got.sizes(), expected.sizes());
        EXPECT_TRUE(torch::equal(got, expected));
    }

    // Every expected "<file>/<key>" entry of one file, and nothing else, is in `loaded`.
    static void expectStateDict(const std::string& name, const StateDict& loaded) {
        std::set<std::string> wanted;
        for (const auto& [key, value] : s_expected) {
            if (key.rfind(name + "/", 0) == 0)
                wanted.insert(key.substr(name.size() + 1));
        }
        std::set<std::string> got;
        for (const auto& [key, value] : loaded) {
            got.insert(key);
            expectTensor(name + "/" + key, value);
        }
        EXPECT_EQ(got, wanted);
    }

    static void expectArrayList(const std::string& name, const std::vector<torch::Tensor>& loaded) {
        size_t count = 0;
        for (const auto& [key, value] : s_expected)
            count += key.rfind(name + "/", 0) == 0;
        ASSERT_EQ(loaded.size(), count);
        for (size_t i = 0; i < loaded.size(); ++i)
            expectTensor(name + "/" + std::to_string(i), loaded[i]);
    }

    static void expectRefused(const std::string& name, const std::string& fragment) {
        try {
            vx::io::readTorchCheckpoint(file(name));
            ADD_FAILURE() << name << " loaded; expected an error containing '" << fragment << "'";
        } catch (const vx::Error& e) {
            EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
            EXPECT_EQ(e.file(), file(name));
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    }

    static inline std::unique_ptr<vx::test::TempDir> s_dir;
    static inline bool s_generated = false;
    static inline StateDict s_expected;
    static inline vx::JsonValue s_manifest;
};

TEST_F(TorchPickleReader, ReadsEveryDtype) {
    expectStateDict("all_dtypes.pth", vx::io::readTorchCheckpoint(file("all_dtypes.pth")));
}

TEST_F(TorchPickleReader, KeepsViewsAndSharedStorages) {
    StateDict views = vx::io::readTorchCheckpoint(file("views.pth"));
    expectStateDict("views.pth", views);
    EXPECT_FALSE(views.at("transposed").is_contiguous());
    EXPECT_EQ(views.at("sliced").storage_offset(), 8);
    for (const auto& pair : s_manifest.at("shared_storage").asArray()) {
        const std::string a = pair.asArray()[0].asString().substr(std::string("views.pth/").size());
        const std::string b = pair.asArray()[1].asString().substr(std::string("views.pth/").size());
        EXPECT_TRUE(views.at(a).is_alias_of(views.at(b))) << a << " and " << b;
    }
    // Shared means shared: a write through one view shows in the other.
    views.at("grid").index_put_({1, 2}, -1.0f);
    EXPECT_EQ(views.at("sliced").index({0, 0}).item<float>(), -1.0f);
}

TEST_F(TorchPickleReader, ReadsModuleStateDictsAndParameters) {
    expectStateDict("module.pth", vx::io::readTorchCheckpoint(file("module.pth")));
}

TEST_F(TorchPickleReader, FlattensNestedDicts) {
    expectStateDict("nested.pth", vx::io::readTorchCheckpoint(file("nested.pth")));
}

TEST_F(TorchPickleReader, ReadsKpsListOfNumpyArrays) {
    auto kps = vx::io::readNumpyArrayList(file("kps.pth"));
    expectArrayList("kps.pth", kps);
    for (const auto& k : kps) {
        EXPECT_EQ(k.sizes(), (std::vector<int64_t>{3, 2}));
        EXPECT_EQ(k.scalar_type(), torch::kFloat);
    }
}

TEST_F(TorchPickleReader, ReadsNumpy2ModulePaths) {
    expectArrayList("kps.pth", vx::io::readNumpyArrayList(file("kps_numpy2.pth")));
}

TEST_F(TorchPickleReader, ReadsSingleArraysOtherDtypesAndTensorLists) {
    expectArrayList("numpy_single.pth", vx::io::readNumpyArrayList(file("numpy_single.pth")));
    expectArrayList("numpy_dtypes.pth", vx::io::readNumpyArrayList(file("numpy_dtypes.pth")));
    expectArrayList("tensor_list.pth", vx::io::readNumpyArrayList(file("tensor_list.pth")));
}

TEST_F(TorchPickleReader, ParsesInMemoryCopiesIdentically) {
    auto mapped = vx::io::readTorchCheckpoint(file("all_dtypes.pth"));
    std::ifstream in(file("all_dtypes.pth"), std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), {});
    auto parsed = vx::io::parseTorchCheckpoint(bytes.data(), bytes.size(), "memory");
    ASSERT_EQ(parsed.size(), mapped.size());
    for (const auto& [key, value] : mapped)
        EXPECT_TRUE(torch::equal(parsed.at(key), value)) << key;
}

TEST_F(TorchPickleReader, RefusesToRunCode) {
    expectRefused("forbidden.pth", "unsupported pickle content");
    expectRefused("forbidden.pth", "system");
    expectRefused("forbidden_global.pth", "NotAllowed");
}

TEST_F(TorchPickleReader, RefusesBigEndianAndCompressedArchives) {
    expectRefused("big_endian.pth", "big-endian");
    expectRefused("compressed.pth", "compressed");
}

TEST_F(TorchPickleReader, RefusesStateDictsThatAreNotDicts) {
    expectRefused("kps.pth", "not a state dict");
    EXPECT_THROW(vx::io::readNumpyArrayList(file("all_dtypes.pth")), vx::Error);
}

// ---- Hand-made pickles (protocol 2) in a torch-like archive.

// A string literal with its embedded NUL bytes.
template <size_t N>
std::string raw(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

// BINUNICODE of `s`.
std::string str(const std::string& s) {
    std::string out = "X";
    for (int i = 0; i < 4; ++i)
        out.push_back(char((s.size() >> (8 * i)) & 0xFF));
    return out + s;
}

// A tensor of `n` floats from storage "0" with the given size and stride tuples (pickled).
std::string tensorPickle(int64_t numel, const std::string& sizes, const std::string& strides,
                         int offset = 0) {
    return "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") + "ctorch\nFloatStorage\n" +
           str("0") + str("cpu") + "K" + char(numel) + "tQK" + char(offset) + sizes + strides +
           "\x89" + "}" + "t" + "R";
}

StateDict parse(const std::string& pickle, const std::string& storage = std::string(16, '\0')) {
    auto zip = vx::test::buildTorchZip(pickle, {{"0", storage}});
    return vx::io::parseTorchCheckpoint(zip.data(), zip.size(), "hand.pth");
}

void expectParseError(const std::string& pickle, const std::string& fragment) {
    try {
        parse(pickle);
        ADD_FAILURE() << "parsed; expected an error containing '" << fragment << "'";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.file(), "hand.pth");
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
}

TEST(TorchPickleHandMade, ReadsAMinimalStateDict) {
    std::string storage(16, '\0');
    const float values[4] = {1, 2, 3, 4};
    std::memcpy(storage.data(), values, 16);
    auto dict = parse(std::string("\x80\x02}(") + str("w") +
                          tensorPickle(4, "K\x02K\x02\x86", "K\x01K\x02\x86") + "u.",
                      storage);
    ASSERT_EQ(dict.size(), 1u);
    EXPECT_TRUE(torch::equal(dict.at("w"), torch::tensor({{1.f, 3.f}, {2.f, 4.f}})));
}

TEST(TorchPickleHandMade, RefusesViewsOutsideTheirStorage) {
    expectParseError(
        std::string("\x80\x02}(") + str("w") + tensorPickle(4, "K\x05\x85", "K\x01\x85") + "u.",
        "past its storage");
    expectParseError(
        std::string("\x80\x02}(") + str("w") + tensorPickle(4, "K\x02\x85", "K\x01\x85", 3) + "u.",
        "past its storage");
    // The storage claims more elements than its 16 bytes hold.
    expectParseError(
        std::string("\x80\x02}(") + str("w") + tensorPickle(9, "K\x02\x85", "K\x01\x85") + "u.",
        "fewer than");
}

TEST(TorchPickleHandMade, RefusesGlobalsAndOpcodesOffTheList) {
    expectParseError(
        "\x80\x02"
        "cos\nsystem\n" +
            str("ls") + "\x85R.",
        "os.system");
    expectParseError(
        "\x80\x02"
        "cbuiltins\neval\n" +
            str("1") + "\x85R.",
        "builtins.eval");
    expectParseError(std::string("\x80\x02") + "(cbuiltins\nobject\no.", "builtins.object");
    expectParseError(std::string("\x80\x02") + "\x81.", "opcode 0x81");
    expectParseError(std::string("\x80\x02") + "\x90.", "opcode 0x90");
    // A persistent id that is not a storage.
    expectParseError(std::string("\x80\x02") + str("x") + "Q.", "persistent id");
}

TEST(TorchPickleHandMade, SurvivesCyclesAndDeepNesting) {
    // A dict that contains itself, a list appended to itself.
    expectParseError(raw("\x80\x02}q\x00") + str("a") + raw("h\x00s."), "nested deeper");
    const auto list =
        vx::test::buildTorchZip(raw("\x80\x02]q\x00h\x00"
                                    "a."));
    EXPECT_THROW(vx::io::parseNumpyArrayList(list.data(), list.size(), "l"), vx::Error);
    // 100000 nested lists: built without recursion, refused without a stack overflow.
    std::string deep = "\x80\x02";
    for (int i = 0; i < 100000; ++i)
        deep += "]";
    for (int i = 0; i < 99999; ++i)
        deep += "a";
    expectParseError(deep + ".", "not a state dict");
}

TEST(TorchPickleHandMade, RefusesDamagedPickles) {
    expectParseError("\x80\x02}", "missing STOP");
    expectParseError(
        "\x80\x02"
        "0.",
        "stack underflow");
    expectParseError("\x80\x02h\x05.", "memo slot 5");
    expectParseError(std::string("\x80\x02") + "X\xff\xff\xff\x7f", "unexpected end");
    expectParseError("\x80\x02}}.", "stack not balanced");
    expectParseError(std::string("\x80\x02}(") + str("w") + "K\x01u.", "not a tensor");
}

}  // namespace
