// Keyframes (studio/keyframes.h, keyframe_clip.h, keyframe_snaps.h, keyframes_file.h): the three
// interpolation modes and the ends of a lane, the timeline's edit operations and their
// refusals, how the style lane and the numeric lanes combine per frame, the performance a
// head-amount lane makes, snap candidates, the keyframes file and its refusals (each naming the
// file, the lane and the key), and the keyframes in a project file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "common/error.h"
#include "motion/performance.h"
#include "studio/keyframe_clip.h"
#include "studio/keyframe_snaps.h"
#include "studio/keyframes.h"
#include "studio/keyframes_file.h"
#include "studio/project_file.h"
#include "studio/render_queue.h"
#include "studio/styles.h"
#include "support/test_support.h"

namespace {

using namespace vx::studio;
using L = KeyframeLane;
namespace motion = vx::motion;

const std::string kPath = "/tmp/timeline.vxkeys.json";

Keyframe key(double timeSec, double value, Interpolation toNext = Interpolation::Linear) {
    Keyframe k;
    k.timeSec = timeSec;
    k.value = value;
    k.toNext = toNext;
    return k;
}

const Style& builtIn(const char* name) {
    const Style* style = findBuiltInStyle(name);
    if (!style)
        throw std::runtime_error(std::string("no built-in style ") + name);
    return *style;
}

// A vx::Error(BadInput): its message and the file it names.
struct Refusal {
    std::string message;
    std::string file;
    operator std::string() const { return message; }
};

// What `f` refuses; fails the test when it refuses nothing or with another kind.
template <typename F>
Refusal refusal(F&& f) {
    try {
        f();
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput) << e.what();
        return {e.what(), e.file()};
    }
    ADD_FAILURE() << "nothing was refused";
    return {};
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// ---- Lanes and interpolation ----------------------------------------------------------------

TEST(KeyframeLanes, InterpolationModesBetweenTwoKeys) {
    for (const auto mode : {Interpolation::Linear, Interpolation::Smooth, Interpolation::Hold}) {
        const std::vector<Keyframe> keys = {key(1.0, 20.0, mode), key(3.0, 80.0)};
        EXPECT_DOUBLE_EQ(evaluateLane(keys, 1.0), 20.0);
        EXPECT_DOUBLE_EQ(evaluateLane(keys, 3.0), 80.0);
        const double middle = evaluateLane(keys, 2.0);
        const double quarter = evaluateLane(keys, 1.5);
        switch (mode) {
            case Interpolation::Linear:
                EXPECT_DOUBLE_EQ(middle, 50.0);
                EXPECT_DOUBLE_EQ(quarter, 35.0);
                break;
            case Interpolation::Smooth:
                // Symmetric about the middle, slower than linear near the keys.
                EXPECT_NEAR(middle, 50.0, 1e-9);
                EXPECT_LT(quarter, 35.0);
                EXPECT_GT(quarter, 20.0);
                break;
            case Interpolation::Hold:
                EXPECT_DOUBLE_EQ(middle, 20.0);
                EXPECT_DOUBLE_EQ(evaluateLane(keys, 2.999), 20.0);
                break;
        }
    }
}

TEST(KeyframeLanes, SmoothNeverOvershootsAndOnlyMovesTowardsTheNextKey) {
    for (const auto& [a, b] :
         {std::pair{0.0, 100.0}, std::pair{90.0, 10.0}, std::pair{-30.0, 30.0}}) {
        const std::vector<Keyframe> keys = {key(0.0, a, Interpolation::Smooth), key(1.0, b)};
        double previous = a;
        for (int i = 0; i <= 1000; ++i) {
            const double v = evaluateLane(keys, i / 1000.0);
            EXPECT_GE(v, std::min(a, b)) << i;
            EXPECT_LE(v, std::max(a, b)) << i;
            EXPECT_GE((v - previous) * (b - a), 0.0) << "not monotone at " << i;
            previous = v;
        }
    }
}

TEST(KeyframeLanes, BeforeTheFirstKeyTheFirstValueAfterTheLastTheLast) {
    const std::vector<Keyframe> keys = {key(2.0, 30.0), key(4.0, 70.0, Interpolation::Smooth),
                                        key(6.0, 10.0)};
    EXPECT_DOUBLE_EQ(evaluateLane(keys, 0.0), 30.0);
    EXPECT_DOUBLE_EQ(evaluateLane(keys, 1.99), 30.0);
    EXPECT_DOUBLE_EQ(evaluateLane(keys, 6.0), 10.0);
    EXPECT_DOUBLE_EQ(evaluateLane(keys, 100.0), 10.0);
    EXPECT_DOUBLE_EQ(evaluateLane({key(5.0, 42.0)}, 0.0), 42.0);
    EXPECT_THROW(evaluateLane({}, 1.0), vx::Error);
}

// ---- Edit operations --------------------------------------------------------------------------

TEST(KeyframeEdits, AddMoveRemoveKeepTheLaneSorted) {
    Keyframes k;
    EXPECT_TRUE(k.empty());
    EXPECT_EQ(addKey(k, L::Expression, key(5.0, 50.0)), 0u);
    EXPECT_EQ(addKey(k, L::Expression, key(1.0, 10.0)), 0u);
    EXPECT_EQ(addKey(k, L::Expression, key(3.0, 30.0)), 1u);
    EXPECT_FALSE(k.empty());
    auto times = [&] {
        std::vector<double> t;
        for (const Keyframe& x : k.lane(L::Expression))
            t.push_back(x.timeSec);
        return t;
    };
    EXPECT_EQ(times(), (std::vector<double>{1.0, 3.0, 5.0}));
    EXPECT_EQ(moveKey(k, L::Expression, 0, 4.0), 1u);  // 1 s moves past 3 s
    EXPECT_EQ(times(), (std::vector<double>{3.0, 4.0, 5.0}));
    EXPECT_DOUBLE_EQ(k.lane(L::Expression)[1].value, 10.0);  // the moved key kept its value
    setKeyValue(k, L::Expression, 1, 75.0);
    setKeyInterpolation(k, L::Expression, 1, Interpolation::Hold);
    EXPECT_EQ(k.lane(L::Expression)[1], key(4.0, 75.0, Interpolation::Hold));
    removeKey(k, L::Expression, 0);
    EXPECT_EQ(times(), (std::vector<double>{4.0, 5.0}));
    EXPECT_EQ(moveKey(k, L::Expression, 0, 4.5), 0u);
}

TEST(KeyframeEdits, RefusalsNameTheLaneAndLeaveTheModelAlone) {
    Keyframes k;
    addKey(k, L::Expression, key(1.0, 10.0));
    addKey(k, L::Expression, key(2.0, 20.0));
    const Keyframes before = k;

    const std::string duplicate = refusal([&] { addKey(k, L::Expression, key(2.0, 50.0)); });
    EXPECT_TRUE(has(duplicate, "lane \"expressionPercent\"")) << duplicate;
    EXPECT_TRUE(has(duplicate, "two keys cannot share a time")) << duplicate;
    const std::string moveOnto = refusal([&] { moveKey(k, L::Expression, 0, 2.0); });
    EXPECT_TRUE(has(moveOnto, "key 0")) << moveOnto;
    const std::string range = refusal([&] { setKeyValue(k, L::Expression, 1, 101.0); });
    EXPECT_TRUE(has(range, "lane \"expressionPercent\", key 1")) << range;
    EXPECT_TRUE(has(range, "between 0 and 100 %")) << range;
    const std::string offset = refusal([&] { addKey(k, L::YawOffset, key(0.0, -31.0)); });
    EXPECT_TRUE(has(offset, "between -30 and 30 deg")) << offset;
    const std::string negative = refusal([&] { moveKey(k, L::Expression, 1, -0.5); });
    EXPECT_TRUE(has(negative, "negative")) << negative;
    const std::string nan = refusal([&] { addKey(k, L::Expression, key(std::nan(""), 1.0)); });
    EXPECT_TRUE(has(nan, "not a finite")) << nan;
    const std::string index = refusal([&] { removeKey(k, L::Expression, 2); });
    EXPECT_TRUE(has(index, "key 2: there is no such key")) << index;
    const std::string styleMode = refusal([&] {
        Keyframes s;
        addKey(s, L::Style, styleKey(0.0, builtIn("Subtle")));
        setKeyInterpolation(s, L::Style, 0, Interpolation::Linear);
    });
    EXPECT_TRUE(has(styleMode, "lane \"style\", key 0")) << styleMode;
    const std::string noStyle =
        refusal([&] { addKey(k, L::Style, key(0.0, 1.0, Interpolation::Hold)); });
    EXPECT_TRUE(has(noStyle, "needs a style")) << noStyle;
    EXPECT_EQ(k, before);

    Keyframes full;
    for (std::size_t i = 0; i < kMaxKeysPerLane; ++i)
        addKey(full, L::HeadAmount, key(double(i), 50.0));
    const std::string tooMany = refusal([&] { addKey(full, L::HeadAmount, key(5000.0, 50.0)); });
    EXPECT_TRUE(has(tooMany, std::to_string(kMaxKeysPerLane))) << tooMany;
}

// ---- Combination and per-frame evaluation ---------------------------------------------------

motion::PerformanceSettings baseSettings() {
    motion::PerformanceSettings base;
    base.expressionPercent = 70.0;
    base.identityPercent = 40.0;
    base.head.amount = 0.25;
    return base;
}

TEST(KeyframeClip, StyleLaneSetsItsControlsANumericLaneOverridesTheRestKeepTheProject) {
    const Style& calm = builtIn("Calm narrator");
    const Style& emphatic = builtIn("Emphatic speaker");
    Keyframes k;
    addKey(k, L::Style, styleKey(2.0, calm));
    addKey(k, L::Style, styleKey(4.0, emphatic));
    addKey(k, L::Identity, key(0.0, 10.0));
    addKey(k, L::Identity, key(6.0, 90.0));

    const motion::PerformanceSettings base = baseSettings();
    const ClipControls c = evaluateClip(k, base, 80, 10.0);  // 8 s at 10 fps
    ASSERT_EQ(c.expressionPercent.size(), 80u);
    // Before the first style key the first style; from each key on, its style (hold), reached
    // from the previous style over kStyleTransitionSec (0.4 s: frames 40 to 44 here), smoothly
    // and without overshoot, so a change of style never jolts the head.
    const double calmExpression = calm.values.at(ParameterId::ExpressionPercent);
    const double emphaticExpression = emphatic.values.at(ParameterId::ExpressionPercent);
    ASSERT_LT(calmExpression, emphaticExpression);
    EXPECT_DOUBLE_EQ(c.expressionPercent[0], calmExpression);
    EXPECT_DOUBLE_EQ(c.expressionPercent[39], calmExpression);
    EXPECT_DOUBLE_EQ(c.expressionPercent[40], calmExpression);
    for (int i = 41; i < 44; ++i) {
        EXPECT_GT(c.expressionPercent[std::size_t(i)], c.expressionPercent[std::size_t(i - 1)]);
        EXPECT_LT(c.expressionPercent[std::size_t(i)], emphaticExpression);
    }
    EXPECT_DOUBLE_EQ(c.expressionPercent[44], emphaticExpression);
    EXPECT_DOUBLE_EQ(c.expressionPercent[79], emphaticExpression);
    EXPECT_DOUBLE_EQ(c.headAmountPercent[10], calm.values.at(ParameterId::HeadAmountPercent));
    EXPECT_DOUBLE_EQ(c.headAmountPercent[50], emphatic.values.at(ParameterId::HeadAmountPercent));
    // The identity lane wins over the style: linear from 10 to 90 over 6 s.
    EXPECT_DOUBLE_EQ(c.identityPercent[0], 10.0);
    EXPECT_DOUBLE_EQ(c.identityPercent[30], 50.0);
    EXPECT_DOUBLE_EQ(c.identityPercent[70], 90.0);
    // No offsets without keys.
    EXPECT_TRUE(std::all_of(c.yawOffsetDeg.begin(), c.yawOffsetDeg.end(),
                            [](double v) { return v == 0.0; }));

    // The style lane sets the ranges too; they have no lane of their own.
    EXPECT_DOUBLE_EQ(c.yawRangeDeg[0], calm.values.at(ParameterId::YawRangeDeg));
    EXPECT_DOUBLE_EQ(c.yawRangeDeg[44], emphatic.values.at(ParameterId::YawRangeDeg));
    EXPECT_DOUBLE_EQ(c.rollRangeDeg[79], emphatic.values.at(ParameterId::RollRangeDeg));

    // Without the style lane, expression and amount keep the project's values.
    k.lane(L::Style).clear();
    const ClipControls plain = evaluateClip(k, base, 80, 10.0);
    EXPECT_DOUBLE_EQ(plain.expressionPercent[55], 70.0);
    EXPECT_DOUBLE_EQ(plain.headAmountPercent[55], 25.0);
    EXPECT_DOUBLE_EQ(plain.yawRangeDeg[55], base.head.yawRangeDeg);
}

TEST(KeyframeClip, FramesAreSampledAtTheirTimesSoAnotherFrameRateKeepsTheKeys) {
    Keyframes k;
    addKey(k, L::YawOffset, key(0.0, 0.0));
    addKey(k, L::YawOffset, key(2.0, 20.0));
    const ClipControls at25 = evaluateClip(k, baseSettings(), 100, 25.0);
    const ClipControls at10 = evaluateClip(k, baseSettings(), 40, 10.0);
    // One second in: frame 25 at 25 fps, frame 10 at 10 fps; both halfway.
    EXPECT_DOUBLE_EQ(at25.yawOffsetDeg[25], 10.0);
    EXPECT_DOUBLE_EQ(at10.yawOffsetDeg[10], 10.0);
    EXPECT_DOUBLE_EQ(at25.yawOffsetDeg[1], 20.0 * (1.0 / 25.0) / 2.0);
    EXPECT_DOUBLE_EQ(at10.yawOffsetDeg[39], 20.0);
}

TEST(KeyframeClip, ConstantKeyframesChangeNothingAndNoKeyframesAddNoCurves) {
    motion::PerformanceSettings untouched = baseSettings();
    applyKeyframes(Keyframes(), 50, 25.0, untouched);
    EXPECT_TRUE(untouched.curves.empty());

    Keyframes k;
    addKey(k, L::Expression, key(0.0, 30.0));
    motion::PerformanceSettings constant = baseSettings();
    applyKeyframes(k, 50, 25.0, constant);
    EXPECT_TRUE(constant.curves.empty());
    EXPECT_DOUBLE_EQ(constant.expressionPercent, 30.0);

    addKey(k, L::Expression, key(1.0, 90.0));
    motion::PerformanceSettings varying = baseSettings();
    applyKeyframes(k, 50, 25.0, varying);
    ASSERT_EQ(varying.curves.expressionPercent.size(), 50u);
    EXPECT_DOUBLE_EQ(varying.curves.expressionPercent[0], 30.0);
    EXPECT_DOUBLE_EQ(varying.curves.expressionPercent[49], 90.0);
    EXPECT_TRUE(varying.curves.headAmount.empty());
}

const vx::faces::FaceKps kReference = {cv::Point2f(200.f, 230.f), cv::Point2f(312.f, 228.f),
                                       cv::Point2f(256.f, 300.f)};

// A voice-like envelope: syllables every 0.3 s.
std::vector<double> envelope(int frames, double fps) {
    std::vector<double> e(std::size_t(frames), 0.0);
    for (int i = 0; i < frames; ++i)
        e[std::size_t(i)] = 0.2 + 0.2 * std::sin(2.0 * M_PI * (i / fps) / 0.3);
    return e;
}

bool still(const vx::faces::FaceKps& kps) {
    for (int k = 0; k < 3; ++k)
        if (kps[k] != kReference[k])
            return false;
    return true;
}

TEST(KeyframePerformance, AHeadAmountOfZeroInTheSecondHalfKeepsTheHeadStillThere) {
    const int frames = 200;
    const double fps = 25.0;
    Keyframes k;
    addKey(k, L::HeadAmount, key(0.0, 80.0, Interpolation::Hold));
    addKey(k, L::HeadAmount, key(4.0, 0.0));  // frame 100 on
    motion::PerformanceSettings settings = baseSettings();
    applyKeyframes(k, frames, fps, settings);
    const motion::PerformanceTrack track = motion::buildPerformance(
        settings, kReference, cv::Size(512, 512), frames, fps, envelope(frames, fps));
    ASSERT_EQ(track.kps.size(), std::size_t(frames));
    int moving = 0;
    for (int i = 0; i < 100; ++i)
        moving += still(track.kps[std::size_t(i)]) ? 0 : 1;
    EXPECT_GT(moving, 90) << "the first half should move";
    for (int i = 100; i < frames; ++i)
        EXPECT_TRUE(still(track.kps[std::size_t(i)])) << "frame " << i;

    // The first half is the motion a constant 80 % makes.
    motion::PerformanceSettings constant = baseSettings();
    constant.head.amount = 0.8;
    const motion::PerformanceTrack reference = motion::buildPerformance(
        constant, kReference, cv::Size(512, 512), frames, fps, envelope(frames, fps));
    for (int i = 0; i < 100; ++i)
        EXPECT_NEAR(track.poses[std::size_t(i)].yawDeg, reference.poses[std::size_t(i)].yawDeg,
                    1e-9);
}

TEST(KeyframePerformance, PoseOffsetsAreAddedAndExpressionSetsTheMouthGain) {
    const int frames = 50;
    const double fps = 25.0;
    Keyframes k;
    addKey(k, L::PitchOffset, key(0.0, 10.0));
    addKey(k, L::Expression, key(0.0, 0.0, Interpolation::Hold));
    addKey(k, L::Expression, key(1.0, 100.0));
    motion::PerformanceSettings settings = baseSettings();
    settings.head.amount = 0.0;
    applyKeyframes(k, frames, fps, settings);
    const auto env = envelope(frames, fps);
    const motion::PerformanceTrack track =
        motion::buildPerformance(settings, kReference, cv::Size(512, 512), frames, fps, env);
    for (const motion::HeadPose& pose : track.poses) {
        EXPECT_DOUBLE_EQ(pose.pitchDeg, 10.0);
        EXPECT_DOUBLE_EQ(pose.yawDeg, 0.0);
    }
    motion::PerformanceSettings plain = baseSettings();
    plain.head.amount = 0.0;
    const motion::PerformanceTrack open =
        motion::buildPerformance(plain, kReference, cv::Size(512, 512), frames, fps, env);
    // Gain 0.6 at 0 %, 1.0 at 100 %, against the project's 70 % (0.88).
    for (int i = 0; i < frames; ++i) {
        const double gain = i < 25 ? 0.6 : 1.0;
        EXPECT_NEAR(track.mouthOpenness[std::size_t(i)],
                    open.mouthOpenness[std::size_t(i)] / 0.88 * gain, 1e-9)
            << i;
    }
}

TEST(KeyframePerformance, AStyleKeyChangesTheRangesFromItsFrameOn) {
    const int frames = 100;
    const double fps = 25.0;
    const Style& subtle = builtIn("Subtle");
    const Style& emphatic = builtIn("Emphatic speaker");
    Keyframes k;
    addKey(k, L::Style, styleKey(0.0, subtle));
    addKey(k, L::Style, styleKey(2.0, emphatic));  // frame 50 on, fully from frame 60
    motion::PerformanceSettings settings = baseSettings();
    applyKeyframes(k, frames, fps, settings);
    ASSERT_EQ(settings.curves.yawRangeDeg.size(), std::size_t(frames));
    std::vector<double> flat(std::size_t(frames), 0.0);
    const auto poses =
        motion::buildPerformance(settings, kReference, cv::Size(512, 512), frames, fps, flat).poses;
    // Each frame's pose is the unit motion scaled by that frame's amount and range: the same
    // as a whole clip made with the style's constant values, at the frames the style covers.
    for (const auto& [style, from, to] :
         {std::tuple{&subtle, 0, 51}, std::tuple{&emphatic, 60, 100}}) {
        motion::PerformanceSettings constant = baseSettings();
        constant.expressionPercent = style->values.at(ParameterId::ExpressionPercent);
        constant.head.amount = style->values.at(ParameterId::HeadAmountPercent) / 100.0;
        constant.head.yawRangeDeg = style->values.at(ParameterId::YawRangeDeg);
        constant.head.pitchRangeDeg = style->values.at(ParameterId::PitchRangeDeg);
        constant.head.rollRangeDeg = style->values.at(ParameterId::RollRangeDeg);
        const auto expected =
            motion::buildPerformance(constant, kReference, cv::Size(512, 512), frames, fps, flat)
                .poses;
        for (int i = from; i < to; ++i) {
            EXPECT_NEAR(poses[std::size_t(i)].yawDeg, expected[std::size_t(i)].yawDeg, 1e-9) << i;
            EXPECT_NEAR(poses[std::size_t(i)].rollDeg, expected[std::size_t(i)].rollDeg, 1e-9) << i;
        }
    }
}

// ---- Snap candidates ----------------------------------------------------------------------

TEST(KeyframeSnaps, WordsAndPausesOfTheEnvelope) {
    const double fps = 50.0;
    // Speech 0.5-1.5 s and 2.5-3.0 s, silence elsewhere.
    std::vector<double> e(200, 0.0);
    for (int i = 25; i < 75; ++i)
        e[std::size_t(i)] = 1.0;
    for (int i = 125; i < 150; ++i)
        e[std::size_t(i)] = 1.0;
    const std::vector<double> snaps = snapCandidates(e, fps);
    ASSERT_EQ(snaps.size(), 4u);
    const double expected[] = {0.5, 1.5, 2.5, 3.0};
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(snaps[i], expected[i], 0.12) << i;
    EXPECT_TRUE(snapCandidates(std::vector<double>(100, 0.0), fps).empty());
    EXPECT_TRUE(snapCandidates({}, fps).empty());
}

// ---- The keyframes file -----------------------------------------------------------------------

Keyframes teacher() {
    Keyframes k;
    addKey(k, L::Style, styleKey(0.0, builtIn("Calm narrator")));
    addKey(k, L::Style, styleKey(5.0, builtIn("Emphatic speaker")));
    addKey(k, L::Style, styleKey(12.0, builtIn("Subtle")));
    addKey(k, L::HeadAmount, key(11.0, 60.0, Interpolation::Smooth));
    addKey(k, L::HeadAmount, key(12.5, 0.0));
    addKey(k, L::YawOffset, key(0.0, -5.5, Interpolation::Hold));
    addKey(k, L::YawOffset, key(3.25, 0.1));
    return k;
}

TEST(KeyframesFile, RoundTrip) {
    vx::test::TempDir dir;
    const Keyframes k = teacher();
    writeKeyframesFile(dir / "k.json", k);
    EXPECT_EQ(readKeyframesFile(dir / "k.json", builtInStyleNamed), k);
    EXPECT_EQ(keyframesFromJson(keyframesToJson(Keyframes()), kPath, builtInStyleNamed),
              Keyframes());
}

std::string lanesFile(const std::string& lanes) {
    return R"({"format": "vxkeyframes", "version": 1, "lanes": )" + lanes + "}";
}

TEST(KeyframesFile, RefusalsNameTheFileTheLaneAndTheKey) {
    struct Case {
        std::string json;
        std::vector<std::string> parts;
    };
    const std::vector<Case> cases = {
        {lanesFile(R"({"mouth": []})"), {"unknown lane \"mouth\"", "expressionPercent"}},
        {lanesFile(R"({"expressionPercent": [{"time": 0, "value": 5, "interpolation": "cubic"}]})"),
         {"lane \"expressionPercent\", key 0", "unknown interpolation \"cubic\"", "smooth"}},
        {lanesFile(R"({"identityPercent": [{"time": 0, "value": 5}, {"time": -1, "value": 5}]})"),
         {"lane \"identityPercent\", key 1", "negative"}},
        // JSON has no infinity (1e999 is invalid JSON); the latest time is a day.
        {lanesFile(R"({"identityPercent": [{"time": 1e300, "value": 5}]})"),
         {"lane \"identityPercent\", key 0", "beyond 86400 s"}},
        {lanesFile(R"({"headAmountPercent": [{"time": 2, "value": 5}, {"time": 1, "value": 5}]})"),
         {"lane \"headAmountPercent\", key 1", "sorted by time"}},
        {lanesFile(R"({"headAmountPercent": [{"time": 1, "value": 5}, {"time": 1, "value": 6}]})"),
         {"lane \"headAmountPercent\", key 1", "share a time"}},
        {lanesFile(R"({"rollOffsetDeg": [{"time": 0, "value": 0}, {"time": 1, "value": 45}]})"),
         {"lane \"rollOffsetDeg\", key 1", "out of range", "between -30 and 30 deg"}},
        {lanesFile(R"({"expressionPercent": [{"time": 0, "value": 120}]})"),
         {"lane \"expressionPercent\", key 0", "between 0 and 100 %"}},
        {lanesFile(
             R"({"style": [{"time": 0, "style": "Subtle"}, {"time": 3, "style": "Shouty"}]})"),
         {"lane \"style\", key 1", "unknown style \"Shouty\""}},
        {lanesFile(R"({"style": [{"time": 0, "style": "Subtle", "interpolation": "smooth"}]})"),
         {"lane \"style\", key 0", "hold"}},
        {lanesFile(R"({"expressionPercent": [{"time": 0}]})"),
         {"lane \"expressionPercent\", key 0", "\"value\" is missing"}},
        {lanesFile(R"({"expressionPercent": [{"time": 0, "value": 1, "ease": 2}]})"),
         {"key 0", "unknown field \"ease\""}},
        {R"({"format": "vxkeyframes", "version": 2, "lanes": {}})", {"version 2"}},
        {R"({"format": "vxstyle", "version": 1, "lanes": {}})", {"not a keyframes file"}},
        {"{\"format\": ", {"invalid JSON"}},
    };
    for (const Case& c : cases) {
        const auto [message, file] =
            refusal([&] { keyframesFromJson(c.json, kPath, builtInStyleNamed); });
        EXPECT_EQ(file, kPath) << c.json;
        for (const std::string& part : c.parts)
            EXPECT_TRUE(has(message, part)) << "'" << part << "' not in: " << message;
    }

    std::string many = "[";
    for (std::size_t i = 0; i <= kMaxKeysPerLane; ++i)
        many +=
            (i ? ", " : "") + std::string("{\"time\": ") + std::to_string(i) + ", \"value\": 1}";
    many += "]";
    const std::string tooMany = refusal([&] {
        keyframesFromJson(lanesFile("{\"pitchOffsetDeg\": " + many + "}"), kPath,
                          builtInStyleNamed);
    });
    EXPECT_TRUE(has(tooMany, "lane \"pitchOffsetDeg\"")) << tooMany;
    EXPECT_TRUE(has(tooMany, "at most " + std::to_string(kMaxKeysPerLane))) << tooMany;
}

TEST(KeyframesFile, ATooLargeFileIsRefusedBeforeItIsRead) {
    vx::test::TempDir dir;
    {
        std::ofstream out(dir / "huge.json");
        out << lanesFile("{}") << std::string(kLargestKeyframesFile, ' ');
    }
    const auto [message, file] =
        refusal([&] { readKeyframesFile(dir / "huge.json", builtInStyleNamed); });
    EXPECT_EQ(file, (dir / "huge.json").string());
    EXPECT_TRUE(has(message, "larger than")) << message;
}

// ---- The project file ---------------------------------------------------------------------

TEST(KeyframesInProjects, RoundTripAndOlderVersionsLoadWithoutKeyframes) {
    Project project;
    project.portraitPath = "/photos/teacher.png";
    project.audioPath = "/voice/lesson.wav";
    project.keyframes = teacher();
    const std::string json = projectToJson(project, "/projects/lesson.vxproj");
    EXPECT_TRUE(has(json, "\"version\": 3")) << json;
    EXPECT_EQ(projectFromJson(json, "/projects/lesson.vxproj", builtInStyleNamed).keyframes,
              project.keyframes);

    // Without keyframes the file has no "keyframes" key.
    project.keyframes = Keyframes();
    EXPECT_FALSE(has(projectToJson(project, "/projects/lesson.vxproj"), "keyframes"));

    const std::string version2 = R"({"format": "vxproj", "version": 2,
        "inputs": {"portrait": "a.png", "audio": "b.wav"},
        "performance": {"expressionPercent": 55}})";
    const Project old = projectFromJson(version2, "/projects/old.vxproj", builtInStyleNamed);
    EXPECT_TRUE(old.keyframes.empty());
    EXPECT_DOUBLE_EQ(old.parameters.expressionPercent, 55.0);

    const std::string bad = R"({"format": "vxproj", "version": 3,
        "keyframes": {"expressionPercent": [{"time": 0, "value": 500}]}})";
    const auto [message, file] =
        refusal([&] { projectFromJson(bad, "/projects/bad.vxproj", builtInStyleNamed); });
    EXPECT_EQ(file, "/projects/bad.vxproj");
    EXPECT_TRUE(has(message, "\"keyframes\": lane \"expressionPercent\", key 0")) << message;
}

TEST(KeyframesInProjects, AQueuedJobKeepsItsProjectsKeyframes) {
    Project project;
    project.portraitPath = "/photos/teacher.png";
    project.audioPath = "/voice/lesson.wav";
    project.keyframes = teacher();
    RenderTarget target;
    target.output = "/renders/lesson.mp4";
    target.models = "/models";
    RenderQueue queue;
    queue.add(project, target);
    const RenderQueue read = renderQueueFromJson(renderQueueToJson(queue), "/queue.json");
    ASSERT_EQ(read.jobs().size(), 1u);
    EXPECT_EQ(read.jobs()[0].project.keyframes, project.keyframes);
}

}  // namespace
