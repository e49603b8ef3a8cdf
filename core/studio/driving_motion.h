// How a driving track (from a video or a kps.pth) moves the portrait: stretched to the clip's
// frame count, retargeted onto the portrait's face, and the synthetic head motion added on top
// (nothing added when its amount is 0). The render and the studio's instant preview share it, so
// the preview moves as the render will.
#pragma once

#include <optional>

#include "faces/keypoint_track.h"
#include "motion/head_limits.h"

namespace vx::studio {

// `driving` in the coordinates of the portrait's square frame; `synthetic` has `frameCount`
// entries. The mixed track's angles are capped by `limits` (motion/head_limits.h), as the
// synthetic track's are. `strategy` defaults to faces::defaultRetargetStrategy for a driving
// track.
faces::KpsTrack applyDrivingMotion(const faces::KpsTrack& driving,
                                   const faces::FaceKps& portraitKps,
                                   const faces::KpsTrack& synthetic, int frameCount,
                                   const motion::RotationLimits& limits,
                                   std::optional<faces::RetargetStrategy> strategy = {});

}  // namespace vx::studio
