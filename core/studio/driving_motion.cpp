#include "studio/driving_motion.h"

#include "motion/performance.h"

namespace vx::studio {

faces::KpsTrack applyDrivingMotion(const faces::KpsTrack& driving,
                                   const faces::FaceKps& portraitKps,
                                   const faces::KpsTrack& synthetic, int frameCount,
                                   const motion::RotationLimits& limits,
                                   std::optional<faces::RetargetStrategy> strategy) {
    const faces::KpsTrack resampled = faces::resampleTrack(driving, frameCount);
    const faces::RetargetStrategy chosen = strategy.value_or(
        faces::defaultRetargetStrategy(faces::ParityMode::Corrected, faces::DrivingTrack::Present));
    const faces::KpsTrack retargeted =
        faces::retargetTrack(portraitKps, resampled, chosen, faces::ParityMode::Corrected);
    return motion::limitTrackRotation(
        motion::mixTracks(retargeted, synthetic, portraitKps, 1.0, 1.0), portraitKps, limits);
}

}  // namespace vx::studio
