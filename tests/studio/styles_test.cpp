// Speaking styles (studio/styles.h, style_file.h, style_library.h): the built-in styles stay in
// the parameter table's ranges, differ from each other where the instant preview shows it, and
// survive the JSON round trip; the style file reader refuses what is wrong, naming the file and
// the key; the user's library lists, saves, renames, deletes, imports and exports.
#include <gtest/gtest.h>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "media/audio_decoder.h"
#include "media/audio_envelope.h"
#include "motion/blink_schedule.h"
#include "motion/performance.h"
#include "motion/preview_renderer.h"
#include "studio/portrait.h"
#include "studio/project_file.h"
#include "studio/style_file.h"
#include "studio/style_library.h"
#include "studio/style_preview.h"
#include "studio/styles.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using namespace vx::studio;

const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

bool sameStyle(const Style& a, const Style& b) {
    return a.name == b.name && a.description == b.description && a.headPreset == b.headPreset &&
           a.values == b.values;
}

TEST(BuiltInStyles, AtLeastSixEachSettingEveryControlWithinTheTable) {
    ASSERT_GE(builtInStyles().size(), 6u);
    for (const Style& style : builtInStyles()) {
        EXPECT_EQ(styleNameProblem(style.name), "") << style.name;
        EXPECT_FALSE(style.description.empty()) << style.name;
        ASSERT_EQ(style.values.size(), styleParameters().size()) << style.name;
        for (const ParameterId id : styleParameters()) {
            ASSERT_TRUE(style.values.count(id)) << style.name << " " << parameterSpec(id).key;
            EXPECT_EQ(parameterProblem(id, style.values.at(id)), "")
                << style.name << " " << parameterSpec(id).key;
        }
    }
}

TEST(BuiltInStyles, NamesAndValuesArePairwiseDistinct) {
    const auto& styles = builtInStyles();
    for (std::size_t i = 0; i < styles.size(); ++i)
        for (std::size_t j = i + 1; j < styles.size(); ++j) {
            EXPECT_FALSE(sameStyleName(styles[i].name, styles[j].name)) << styles[i].name;
            EXPECT_NE(styles[i].values, styles[j].values)
                << styles[i].name << " and " << styles[j].name;
        }
}

TEST(BuiltInStyles, FoundByNameWithoutRegardToCase) {
    ASSERT_NE(findBuiltInStyle("news ANCHOR"), nullptr);
    EXPECT_EQ(findBuiltInStyle("news ANCHOR")->name, "News anchor");
    EXPECT_EQ(findBuiltInStyle("News anchors"), nullptr);
}

TEST(BuiltInStyles, NeutralIsTheDefaults) {
    StudioParameters styled;
    styled.expressionPercent = 5;
    styled.yawRangeDeg = 40;
    applyStyle(*findBuiltInStyle("Neutral"), styled);
    const StudioParameters defaults;
    for (const ParameterId id : styleParameters())
        EXPECT_EQ(styled.valueOf(id), defaults.valueOf(id)) << parameterSpec(id).key;
    EXPECT_EQ(styled.headPreset, defaults.headPreset);
}

TEST(ApplyStyle, SetsEveryControlAndLeavesSeedsAndQualityAlone) {
    StudioParameters p;
    p.motionSeed = 1234;
    p.blinkSeed = 99;
    p.steps = 7;
    p.manualBlinkSec = {1.5};
    const Style& style = *findBuiltInStyle("Emphatic speaker");
    applyStyle(style, p);
    for (const ParameterId id : styleParameters())
        EXPECT_EQ(p.valueOf(id), style.values.at(id)) << parameterSpec(id).key;
    EXPECT_EQ(p.headPreset, style.headPreset);
    EXPECT_EQ(p.motionSeed, 1234u);
    EXPECT_EQ(p.blinkSeed, 99u);
    EXPECT_EQ(p.steps, 7);
    EXPECT_EQ(p.manualBlinkSec, std::vector<double>{1.5});
    EXPECT_TRUE(sameStyle(styleFromParameters(style.name, style.description, p), style));
    EXPECT_EQ(p.styleName, "Emphatic speaker");
}

TEST(StyleOverrides, AControlChangedAfterTheStyleIsAnOverride) {
    StudioParameters p;
    const Style& style = *findBuiltInStyle("Calm narrator");
    applyStyle(style, p);
    EXPECT_TRUE(styleOverrides(style, p).empty());
    EXPECT_FALSE(styleModified(style, p));
    p.expressionPercent += 10;
    p.blinkRatePerMinute = 3;
    EXPECT_EQ(styleOverrides(style, p),
              (std::vector<ParameterId>{ParameterId::ExpressionPercent,
                                        ParameterId::BlinkRatePerMinute}));
    EXPECT_TRUE(styleModified(style, p));
    // Seeds are not part of a style: a new seed is no override.
    applyStyle(style, p);
    p.motionSeed = 5;
    EXPECT_FALSE(styleModified(style, p));
    // A head preset of its own is a change even where the values match.
    p.headPreset = vx::motion::HeadMotionPreset::NoddingListener;
    EXPECT_TRUE(styleOverrides(style, p).empty());
    EXPECT_TRUE(styleModified(style, p));
    // Resetting the performance leaves no style chosen.
    p.resetPerformance();
    EXPECT_TRUE(p.styleName.empty());
}

TEST(StyleInProject, TheNameAndTheOverriddenValuesSurviveTheProjectFile) {
    Project project;
    applyStyle(*findBuiltInStyle("News anchor"), project.parameters);
    project.parameters.identityPercent = 20;  // an override
    const std::string path = "/tmp/lesson.vxproj";
    const Project back = projectFromJson(projectToJson(project, path), path);
    EXPECT_EQ(back.parameters.styleName, "News anchor");
    EXPECT_EQ(styleOverrides(*findBuiltInStyle("News anchor"), back.parameters),
              std::vector<ParameterId>{ParameterId::IdentityPercent});
    // No style: no field, and an older project without one opens with none.
    const Project plain = projectFromJson(projectToJson(Project{}, path), path);
    EXPECT_TRUE(plain.parameters.styleName.empty());
    EXPECT_EQ(projectToJson(Project{}, path).find("\"style\""), std::string::npos);
    // A name no style could have is refused, naming the field.
    try {
        projectFromJson(R"({"format": "vxproj", "version": 2, "performance": {"style": " x"}})",
                        path);
        FAIL() << "a bad style name was accepted";
    } catch (const vx::Error& e) {
        EXPECT_NE(std::string(e.what()).find("performance.style"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
}

// The instant preview of every built-in style on a real portrait and a real recording: each
// pair of styles must differ in the performance tracks and in the rendered frames.
class StylePreview : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<vx::test::TempDir>();
        const fs::path voice = s_dir->path() / "voice.wav";
        const std::string say =
            "espeak-ng -w '" + voice.string() +
            "' 'Good evening. Here are the headlines for tonight, followed by the weather for the "
            "weekend and a look at the markets.'";
        ASSERT_EQ(std::system(say.c_str()), 0) << "espeak-ng is needed";
        PortraitOptions options;
        options.sidePx = 256;
        s_portrait = std::make_unique<PreparedPortrait>(preparePortrait(kAstronaut, options));
        const auto audio = vx::media::decodeAudio(voice);
        const auto envelope = vx::media::audioEnvelope(audio.samples, audio.sampleRateHz, kFps);
        s_envelope.assign(envelope.begin(), envelope.end());
    }
    static void TearDownTestSuite() {
        s_portrait.reset();
        s_dir.reset();
    }

    static vx::motion::PerformanceTrack trackOf(const Style& style) {
        StudioParameters p;
        applyStyle(style, p);
        return vx::motion::buildPerformance(p.toPerformanceSettings(), s_portrait->kps,
                                            s_portrait->frameRgb.size(), int(s_envelope.size()),
                                            kFps, s_envelope);
    }

    static constexpr double kFps = 25.0;
    static std::unique_ptr<vx::test::TempDir> s_dir;
    static std::unique_ptr<PreparedPortrait> s_portrait;
    static std::vector<double> s_envelope;
};

std::unique_ptr<vx::test::TempDir> StylePreview::s_dir;
std::unique_ptr<PreparedPortrait> StylePreview::s_portrait;
std::vector<double> StylePreview::s_envelope;

// The largest difference of the head angles, in degrees, over the clip.
double largestAngleDifference(const vx::motion::PerformanceTrack& a,
                              const vx::motion::PerformanceTrack& b) {
    double largest = 0.0;
    for (std::size_t i = 0; i < a.poses.size(); ++i)
        largest = std::max({largest, std::abs(a.poses[i].yawDeg - b.poses[i].yawDeg),
                            std::abs(a.poses[i].pitchDeg - b.poses[i].pitchDeg),
                            std::abs(a.poses[i].rollDeg - b.poses[i].rollDeg)});
    return largest;
}

TEST_F(StylePreview, EveryPairOfStylesGivesVisiblyDifferentPreviews) {
    ASSERT_GT(s_envelope.size(), 50u) << "the recording is too short";
    const vx::motion::PreviewRenderer renderer(s_portrait->frameRgb, s_portrait->kps,
                                               s_portrait->landmarks68);
    const auto& styles = builtInStyles();
    std::vector<vx::motion::PerformanceTrack> tracks;
    std::vector<std::vector<cv::Mat>> frames;
    // Every fifth frame: enough to catch head motion, mouth and blinks, fast enough for a test.
    constexpr int kEvery = 5;
    for (const Style& style : styles) {
        tracks.push_back(trackOf(style));
        const auto& t = tracks.back();
        frames.emplace_back();
        for (std::size_t i = 0; i < t.kps.size(); i += kEvery)
            frames.back().push_back(
                renderer.render({t.kps[i], t.mouthOpenness[i], t.eyelidClosure[i]}));
    }
    // Margins: a degree of head angle somewhere in the clip, and on average more than one
    // grey level over the sampled frames (a single 8-bit step of noise would not pass).
    constexpr double kAngleMarginDeg = 1.0;
    constexpr double kPixelMargin = 1.0;
    for (std::size_t i = 0; i < styles.size(); ++i)
        for (std::size_t j = i + 1; j < styles.size(); ++j) {
            const double angle = largestAngleDifference(tracks[i], tracks[j]);
            double pixels = 0.0;
            for (std::size_t f = 0; f < frames[i].size(); ++f)
                pixels += cv::norm(frames[i][f], frames[j][f], cv::NORM_L1) /
                          double(frames[i][f].total() * frames[i][f].channels());
            pixels /= double(frames[i].size());
            const std::string pair = styles[i].name + " / " + styles[j].name;
            EXPECT_GE(angle, kAngleMarginDeg) << pair;
            EXPECT_GE(pixels, kPixelMargin) << pair;
            std::cout << pair << ": head angles differ by up to " << angle << " deg, frames by "
                      << pixels << " grey levels on average\n";
        }
}

// The thumbnails of the studio's style picker (studio/style_preview.h): small squares, one per
// twelfth of a second, different for every pair of styles, the same for the same inputs, and
// moving even before a recording is there.
TEST_F(StylePreview, ThumbnailsAreSmallDistinctAndMoveWithoutARecording) {
    const vx::motion::PreviewRenderer renderer(s_portrait->frameRgb, s_portrait->kps,
                                               s_portrait->landmarks68);
    const StylePreviewOptions options;  // 96 px, 3 s at 12 fps
    const StudioParameters base;
    std::vector<std::vector<cv::Mat>> clips;
    for (const Style& style : builtInStyles()) {
        clips.push_back(renderStylePreview(style, base, renderer, s_portrait->frameRgb.size(),
                                           s_envelope, kFps, options));
        ASSERT_EQ(clips.back().size(), 36u) << style.name;
        for (const cv::Mat& frame : clips.back()) {
            ASSERT_EQ(frame.type(), CV_8UC3);
            ASSERT_EQ(frame.size(), cv::Size(96, 96));
        }
    }
    const auto meanDifference = [](const std::vector<cv::Mat>& a, const std::vector<cv::Mat>& b) {
        double sum = 0.0;
        for (std::size_t f = 0; f < a.size(); ++f)
            sum += cv::norm(a[f], b[f], cv::NORM_L1) / double(a[f].total() * a[f].channels());
        return sum / double(a.size());
    };
    const auto& styles = builtInStyles();
    for (std::size_t i = 0; i < clips.size(); ++i)
        for (std::size_t j = i + 1; j < clips.size(); ++j)
            EXPECT_GT(meanDifference(clips[i], clips[j]), 0.3)
                << styles[i].name << " / " << styles[j].name;
    // Deterministic: the picker may redraw a thumbnail without it changing.
    const auto again = renderStylePreview(styles[0], base, renderer, s_portrait->frameRgb.size(),
                                          s_envelope, kFps, options);
    EXPECT_EQ(meanDifference(clips[0], again), 0.0);
    // No recording yet: the made-up sentence opens the mouth, so the frames change over time.
    const auto silentStart = renderStylePreview(styles[0], base, renderer,
                                                s_portrait->frameRgb.size(), {}, 0.0, options);
    double largestChange = 0.0;
    for (const cv::Mat& frame : silentStart)
        largestChange = std::max(largestChange, cv::norm(frame, silentStart.front(), cv::NORM_INF));
    EXPECT_GT(largestChange, 20.0);
    // Options out of range are refused.
    StylePreviewOptions bad;
    bad.sidePx = 4;
    EXPECT_THROW(
        renderStylePreview(styles[0], base, renderer, s_portrait->frameRgb.size(), {}, 0.0, bad),
        vx::Error);
}

TEST_F(StylePreview, BlinksAndMouthFollowTheStyle) {
    // A smaller mouth for the subtle style than for the neutral one, on the same recording.
    const auto subtle = trackOf(*findBuiltInStyle("Subtle"));
    const auto neutral = trackOf(*findBuiltInStyle("Neutral"));
    const double subtleMouth =
        *std::max_element(subtle.mouthOpenness.begin(), subtle.mouthOpenness.end());
    const double neutralMouth =
        *std::max_element(neutral.mouthOpenness.begin(), neutral.mouthOpenness.end());
    EXPECT_LT(subtleMouth, neutralMouth - 0.05);
    // Fewer, longer blinks for the calm narrator than for the emphatic speaker, over a minute
    // (the recording is too short to hold more than a blink or two), through the same schedule
    // the preview uses.
    auto blinksOf = [](const char* name) {
        StudioParameters p;
        applyStyle(*findBuiltInStyle(name), p);
        return vx::motion::scheduleBlinks(p.toPerformanceSettings().blinks, 60.0);
    };
    const auto narrator = blinksOf("Calm narrator");
    const auto emphatic = blinksOf("Emphatic speaker");
    ASSERT_FALSE(narrator.empty());
    EXPECT_LT(narrator.size() + 5, emphatic.size());
    EXPECT_GT(narrator.front().durationSec, emphatic.front().durationSec + 0.05);
}

TEST(StyleFile, EveryBuiltInStyleSurvivesTheRoundTrip) {
    for (const Style& style : builtInStyles()) {
        const Style back = styleFromJson(styleToJson(style), "round-trip.json");
        EXPECT_TRUE(sameStyle(back, style)) << styleToJson(style);
    }
    Style odd = builtInStyles().front();
    odd.name = "Mine \"quoted\" é";
    odd.description = "line one\nline two";
    odd.values[ParameterId::Tempo] = 0.1;
    EXPECT_TRUE(sameStyle(styleFromJson(styleToJson(odd), "odd.json"), odd));
}

// A valid style file with `change` applied to its JSON text (a replace of the first match).
std::string validWith(const std::string& from, const std::string& to) {
    std::string json = styleToJson(*findBuiltInStyle("Calm narrator"));
    const auto at = json.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return json.replace(at, from.size(), to);
}

TEST(StyleFile, RefusalsNameTheFileAndTheKey) {
    struct Case {
        std::string what, json, key;
    };
    const std::vector<Case> cases = {
        {"unknown key", validWith("\"name\"", "\"colour\": 1, \"name\""), "colour"},
        {"unknown value key", validWith("\"tempo\"", "\"motionSeed\": 3, \"tempo\""), "motionSeed"},
        {"missing value", validWith("\"tempo\": 0.4,", ""), "tempo"},
        {"wrong type", validWith("\"yawRangeDeg\": 7.0", "\"yawRangeDeg\": \"5\""), "yawRangeDeg"},
        {"out of range", validWith("\"yawRangeDeg\": 7.0", "\"yawRangeDeg\": 46"), "yawRangeDeg"},
        // JSON has no infinity: a number too large for a double is refused as invalid JSON.
        {"not finite", validWith("\"pitchRangeDeg\": 4.0", "\"pitchRangeDeg\": 1e999"),
         "invalid JSON"},
        {"negative", validWith("\"blinkDurationMs\": 240.0", "\"blinkDurationMs\": -1"),
         "blinkDurationMs"},
        {"bad preset", validWith("\"calm\"", "\"wild\""), "headMotionPreset"},
        {"preset type", validWith("\"calm\"", "3"), "headMotionPreset"},
        {"empty name", validWith("\"Calm narrator\"", "\"\""), "name"},
        {"name type", validWith("\"Calm narrator\"", "[]"), "name"},
        {"newer version", validWith("\"version\": 1", "\"version\": 2"), "version"},
        {"not a style", validWith("\"vxstyle\"", "\"vxproj\""), "format"},
        {"values type",
         "{\"format\": \"vxstyle\", \"version\": 1, \"name\": \"A\", \"description\": \"\", "
         "\"headMotionPreset\": \"calm\", \"values\": 1}",
         "values"},
        {"invalid JSON", "{\"format\": ", "invalid JSON"},
    };
    for (const Case& c : cases) {
        try {
            styleFromJson(c.json, "/tmp/my-style.json");
            ADD_FAILURE() << c.what << " was accepted";
        } catch (const vx::Error& e) {
            EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput) << c.what;
            EXPECT_EQ(e.file(), "/tmp/my-style.json") << c.what;
            EXPECT_NE(std::string(e.what()).find("/tmp/my-style.json"), std::string::npos)
                << c.what << ": " << e.what();
            EXPECT_NE(std::string(e.what()).find(c.key), std::string::npos)
                << c.what << ": " << e.what();
        }
    }
}

TEST(StyleFile, AMissingFileIsNamed) {
    try {
        readStyleFile("/nonexistent/style.json");
        FAIL() << "accepted";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("/nonexistent/style.json"), std::string::npos);
    }
}

// A user library in a fresh XDG_DATA_HOME, restored afterwards.
class StyleLibraryTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* old = std::getenv("XDG_DATA_HOME"))
            m_oldXdg = old;
        setenv("XDG_DATA_HOME", m_dir.path().c_str(), 1);
    }
    void TearDown() override {
        if (m_oldXdg)
            setenv("XDG_DATA_HOME", m_oldXdg->c_str(), 1);
        else
            unsetenv("XDG_DATA_HOME");
    }
    static Style mine(const std::string& name) {
        Style style = *findBuiltInStyle("Friendly teacher");
        style.name = name;
        style.description = "my own";
        style.values[ParameterId::YawRangeDeg] = 20;
        return style;
    }
    vx::test::TempDir m_dir;
    std::optional<std::string> m_oldXdg;
};

TEST_F(StyleLibraryTest, LivesInTheXdgDataFolder) {
    EXPECT_EQ(defaultStyleFolder(), m_dir.path() / "vxstudio" / "styles");
    EXPECT_EQ(StyleLibrary().folder(), defaultStyleFolder());
    EXPECT_TRUE(StyleLibrary().userStyles().empty());
}

TEST_F(StyleLibraryTest, SavesListsAndFindsWithoutRegardToCase) {
    StyleLibrary library;
    library.save(mine("Podcast"));
    library.save(mine("Lecture"));
    const auto styles = library.userStyles();
    ASSERT_EQ(styles.size(), 2u);
    EXPECT_EQ(styles[0].name, "Lecture");
    EXPECT_TRUE(sameStyle(styles[1], mine("Podcast")));
    ASSERT_TRUE(library.find("PODCAST"));
    EXPECT_EQ(library.find("PODCAST")->name, "Podcast");
    EXPECT_EQ(library.find("Subtle")->name, "Subtle");
    EXPECT_FALSE(library.find("Radio"));
}

TEST_F(StyleLibraryTest, NamesAreUniqueAndBuiltInNamesAreTaken) {
    StyleLibrary library;
    library.save(mine("Podcast"));
    EXPECT_THROW(library.save(mine("podcast")), vx::Error);
    EXPECT_THROW(library.save(mine("news anchor")), vx::Error);
    EXPECT_THROW(library.save(mine(" padded")), vx::Error);
    Style changed = mine("PODCAST");
    changed.values[ParameterId::Tempo] = 2.0;
    library.save(changed, /*replace=*/true);
    ASSERT_EQ(library.userStyles().size(), 1u);
    EXPECT_EQ(library.userStyles()[0].values.at(ParameterId::Tempo), 2.0);
}

TEST_F(StyleLibraryTest, RenamesAndDeletes) {
    StyleLibrary library;
    library.save(mine("Podcast"));
    library.save(mine("Lecture"));
    EXPECT_THROW(library.rename("Podcast", "lecture"), vx::Error);
    EXPECT_THROW(library.rename("Podcast", "Calm narrator"), vx::Error);
    EXPECT_THROW(library.rename("Radio", "Tv"), vx::Error);
    library.rename("Podcast", "Radio show");
    library.rename("radio show", "Radio Show");  // only the case changes
    EXPECT_FALSE(library.find("Podcast"));
    EXPECT_EQ(library.find("radio show")->name, "Radio Show");
    library.remove("LECTURE");
    ASSERT_EQ(library.userStyles().size(), 1u);
    EXPECT_THROW(library.remove("Lecture"), vx::Error);
    EXPECT_THROW(library.remove("Neutral"), vx::Error);
}

TEST_F(StyleLibraryTest, ExportsAndImportsThroughAValidatedFile) {
    StyleLibrary library;
    library.save(mine("Podcast"));
    const fs::path exported = m_dir / "podcast-export.json";
    library.exportStyle("podcast", exported);
    EXPECT_TRUE(sameStyle(readStyleFile(exported), mine("Podcast")));
    library.exportStyle("Subtle", m_dir / "subtle.json");
    EXPECT_THROW(library.exportStyle("Radio", m_dir / "radio.json"), vx::Error);

    // The name is taken until the style is deleted.
    EXPECT_THROW(library.importFile(exported), vx::Error);
    EXPECT_THROW(library.importFile(m_dir / "subtle.json"), vx::Error);
    library.remove("Podcast");
    EXPECT_EQ(library.importFile(exported).name, "Podcast");
    EXPECT_TRUE(sameStyle(*library.find("Podcast"), mine("Podcast")));

    std::ofstream(m_dir / "bad.json") << "{\"format\": \"vxstyle\", \"version\": 1}";
    try {
        library.importFile(m_dir / "bad.json");
        FAIL() << "a bad file was imported";
    } catch (const vx::Error& e) {
        EXPECT_NE(std::string(e.what()).find("bad.json"), std::string::npos) << e.what();
    }
    EXPECT_EQ(library.userStyles().size(), 1u);
}

TEST_F(StyleLibraryTest, ADamagedFileIsReportedAndHidesNoOther) {
    StyleLibrary library;
    library.save(mine("Podcast"));
    fs::create_directories(library.folder());
    std::ofstream(library.folder() / "broken.json") << "{ not json";
    writeStyleFile(library.folder() / "zz-twin.json", mine("PODCAST"));
    std::vector<std::string> problems;
    const auto styles = library.userStyles(&problems);
    ASSERT_EQ(styles.size(), 1u);
    EXPECT_EQ(styles[0].name, "Podcast");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].find("broken.json"), std::string::npos) << problems[0];
    EXPECT_NE(problems[1].find("zz-twin.json"), std::string::npos) << problems[1];
}

TEST(ResolveStyle, ANameAFileOrAClearRefusal) {
    vx::test::TempDir dir;
    const StyleLibrary library(dir / "styles");
    EXPECT_EQ(resolveStyle("calm narrator", library).name, "Calm narrator");
    writeStyleFile(dir / "x.json", *findBuiltInStyle("Subtle"));
    EXPECT_EQ(resolveStyle((dir / "x.json").string(), library).name, "Subtle");
    try {
        resolveStyle("Shouty", library);
        FAIL() << "accepted";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("Shouty"), std::string::npos);
    }
}

}  // namespace
