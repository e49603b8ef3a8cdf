// The render fingerprint that decides whether a saved render state may be resumed: the engine's
// keyframed attention lanes are part of it, so a render with other keyframes never continues
// an interrupted one.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "studio/render_fingerprint.h"
#include "support/test_support.h"

namespace {

using vx::studio::RenderJobRequest;

// A request whose inputs exist (their bytes are hashed); the model folder may be absent.
class RenderFingerprint : public ::testing::Test {
protected:
    void SetUp() override {
        std::ofstream(m_dir / "portrait.png") << "portrait bytes";
        std::ofstream(m_dir / "voice.wav") << "voice bytes";
        m_request.image = m_dir / "portrait.png";
        m_request.audio = m_dir / "voice.wav";
        m_request.output = m_dir / "out.mp4";
        m_request.models = m_dir / "no-models";
    }

    vx::test::TempDir m_dir;
    RenderJobRequest m_request;
};

TEST_F(RenderFingerprint, TheSameRequestHasTheSameFingerprint) {
    RenderJobRequest same = m_request;
    EXPECT_EQ(vx::studio::renderFingerprint(same), vx::studio::renderFingerprint(m_request));
}

TEST_F(RenderFingerprint, OtherAttentionKeyframesChangeIt) {
    const std::string plain = vx::studio::renderFingerprint(m_request);

    RenderJobRequest audioLane = m_request;
    audioLane.engine.audioAttentionWeightPerFrame = {3.0, 3.0, 2.0, 1.0};
    const std::string withAudioLane = vx::studio::renderFingerprint(audioLane);
    EXPECT_NE(withAudioLane, plain);

    RenderJobRequest otherKeyframe = audioLane;
    otherKeyframe.engine.audioAttentionWeightPerFrame[2] = 2.5;
    EXPECT_NE(vx::studio::renderFingerprint(otherKeyframe), withAudioLane);

    RenderJobRequest longer = audioLane;
    longer.engine.audioAttentionWeightPerFrame.push_back(1.0);
    EXPECT_NE(vx::studio::renderFingerprint(longer), withAudioLane);

    // The same numbers in the other lane are another render.
    RenderJobRequest referenceLane = m_request;
    referenceLane.engine.referenceAttentionWeightPerFrame =
        audioLane.engine.audioAttentionWeightPerFrame;
    const std::string withReferenceLane = vx::studio::renderFingerprint(referenceLane);
    EXPECT_NE(withReferenceLane, plain);
    EXPECT_NE(withReferenceLane, withAudioLane);

    RenderJobRequest sameLane = audioLane;
    EXPECT_EQ(vx::studio::renderFingerprint(sameLane), withAudioLane);
}

}  // namespace
