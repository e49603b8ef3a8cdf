// The instant preview and the eye post-pass on a real portrait (the public-domain astronaut
// photo that Debian's python3-skimage ships), measured with dlib's landmarks.
#include <gtest/gtest.h>

#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faces/face_detector.h"
#include "motion/eyelid_warp.h"
#include "motion/preview_renderer.h"

namespace {

const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

class PreviewOnPortrait : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_TRUE(std::filesystem::exists(kAstronaut))
            << "install python3-skimage (scripts/install-deps.sh test)";
        s_bgr = cv::imread(kAstronaut, cv::IMREAD_COLOR);
        cv::cvtColor(s_bgr, s_rgb, cv::COLOR_BGR2RGB);
        s_detector = vx::faces::createFaceDetector("").release();
        s_face = new vx::faces::ReferenceFace(
            vx::faces::findReferenceFace(s_bgr, *s_detector, kAstronaut));
    }
    static void TearDownTestSuite() {
        delete s_face;
        delete s_detector;
    }
    // dlib's landmarks on an RGB frame.
    static std::vector<cv::Point2f> landmarksOf(const cv::Mat& rgb) {
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        auto faces = s_detector->detectAll(bgr);
        EXPECT_FALSE(faces.empty());
        return faces.empty() ? std::vector<cv::Point2f>{} : faces.front().landmarks68;
    }
    static double meanEyeOpening(const cv::Mat& rgb) {
        auto lm = landmarksOf(rgb);
        if (lm.size() != 68)
            return -1.0;
        auto r = vx::motion::faceRegionsFrom68(lm);
        return 0.5 *
               (vx::motion::eyeAspectRatio(r.eyes[0]) + vx::motion::eyeAspectRatio(r.eyes[1]));
    }
    static inline cv::Mat s_bgr, s_rgb;
    static inline vx::faces::FaceDetector* s_detector = nullptr;
    static inline vx::faces::ReferenceFace* s_face = nullptr;
};

TEST_F(PreviewOnPortrait, EyelidPassChangesOnlyTheEyeRegions) {
    auto regions = vx::motion::faceRegionsFrom68(s_face->face.landmarks68);
    cv::Mat frame = s_rgb.clone();
    vx::motion::closeEyelids(frame, regions.eyes, 1.0);
    cv::Mat outside = cv::Mat::ones(frame.size(), CV_8U);
    for (const auto& eye : regions.eyes)
        outside(vx::motion::eyelidInfluenceRect(eye, frame.size())) = 0;
    cv::Mat diff;
    cv::absdiff(frame, s_rgb, diff);
    cv::Mat changed;
    cv::transform(diff, changed, cv::Matx13f(1, 1, 1));
    EXPECT_EQ(cv::countNonZero(changed.mul(outside, 1.0) > 0), 0);
    EXPECT_GT(cv::countNonZero(changed > 0), 50);  // and the eyes did change
}

TEST_F(PreviewOnPortrait, EyeOpeningFallsAndRecoversOverABlink) {
    auto regions = vx::motion::faceRegionsFrom68(s_face->face.landmarks68);
    std::vector<double> openings;
    for (double closure : {0.0, 0.5, 1.0, 0.5, 0.0}) {
        cv::Mat frame = s_rgb.clone();
        vx::motion::closeEyelids(frame, regions.eyes, closure);
        openings.push_back(meanEyeOpening(frame));
    }
    ASSERT_GT(openings[0], 0.15) << "the astronaut's eyes are open";
    EXPECT_LT(openings[1], openings[0]);
    EXPECT_LT(openings[2], 0.6 * openings[0]);
    EXPECT_LT(openings[2], openings[1]);
    EXPECT_DOUBLE_EQ(openings[4], openings[0]);  // closure 0 leaves the frame as it was
}

TEST_F(PreviewOnPortrait, StillControlsRenderThePortraitUnchanged) {
    vx::motion::PreviewRenderer renderer(s_rgb, s_face->face.kps, s_face->face.landmarks68);
    cv::Mat out = renderer.render({s_face->face.kps, 0.0, 0.0});
    EXPECT_EQ(cv::norm(out, s_rgb, cv::NORM_INF), 0.0);
}

TEST_F(PreviewOnPortrait, MouthOpensWithTheSpeech) {
    vx::motion::PreviewRenderer renderer(s_rgb, s_face->face.kps, s_face->face.landmarks68);
    auto gap = [&](const cv::Mat& rgb) {
        auto lm = landmarksOf(rgb);
        return lm.size() == 68 ? double(lm[66].y - lm[62].y) : -1.0;
    };
    const double closed = gap(renderer.render({s_face->face.kps, 0.0, 0.0}));
    const double open = gap(renderer.render({s_face->face.kps, 1.0, 0.0}));
    EXPECT_GT(open, closed + 5.0) << "inner-lip gap closed " << closed << " open " << open;
}

TEST_F(PreviewOnPortrait, HeadFollowsTheTrackOverAStillBackground) {
    vx::motion::PreviewRenderer renderer(s_rgb, s_face->face.kps, s_face->face.landmarks68);
    vx::faces::FaceKps moved = s_face->face.kps;
    for (auto& p : moved)
        p += cv::Point2f(12.f, -6.f);
    cv::Mat out = renderer.render({moved, 0.0, 0.0});
    // The nose tip lands where the track puts it (dlib's landmark 30, within 2 px).
    auto lm = landmarksOf(out);
    ASSERT_EQ(lm.size(), 68u);
    const cv::Point2f expected = s_face->face.landmarks68[30] + cv::Point2f(12.f, -6.f);
    EXPECT_LT(cv::norm(lm[30] - expected), 2.5);
    // A corner of the background far from the head stays exactly still.
    const cv::Rect corner(0, 0, 40, 40);
    EXPECT_LT(cv::norm(out(corner), s_rgb(corner), cv::NORM_INF), 2.0);
}

TEST(MouthOpenness, FollowsTheEnvelopeAndRestsInPauses) {
    std::vector<double> env(60, 0.0);
    for (int i = 10; i < 20; ++i)
        env[i] = 1.0;
    auto open = vx::motion::mouthOpennessFromEnvelope(env, 30.0);
    EXPECT_GT(open[15], 0.7);
    EXPECT_EQ(open[45], 0.0);
    EXPECT_EQ(open[0], 0.0);
}

}  // namespace
