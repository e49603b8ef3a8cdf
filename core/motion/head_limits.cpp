#include "motion/head_limits.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace vx::motion {

namespace {

constexpr double kKnee = 0.8;  // the share of the limit that passes unchanged
constexpr int kIterations = 20;

using Params = std::array<double, 6>;  // yaw, pitch, roll, sway x, sway y, scale

HeadPose poseOf(const Params& p) {
    HeadPose pose;
    pose.yawDeg = p[0];
    pose.pitchDeg = p[1];
    pose.rollDeg = p[2];
    pose.swayXEyes = p[3];
    pose.swayYEyes = p[4];
    pose.scale = p[5];
    return pose;
}

// The six coordinates by which applyHeadPose(reference, pose) misses `frame`.
std::array<double, 6> residual(const faces::FaceKps& reference, const faces::FaceKps& frame,
                               const Params& p) {
    const faces::FaceKps moved = applyHeadPose(reference, poseOf(p));
    std::array<double, 6> r{};
    for (int k = 0; k < 3; ++k) {
        r[std::size_t(2 * k)] = double(moved[k].x) - frame[k].x;
        r[std::size_t(2 * k + 1)] = double(moved[k].y) - frame[k].y;
    }
    return r;
}

bool within(const HeadPose& pose, const RotationLimits& limits) {
    return std::abs(pose.yawDeg) <= kKnee * limits.yawDeg &&
           std::abs(pose.pitchDeg) <= kKnee * limits.pitchDeg &&
           std::abs(pose.rollDeg) <= kKnee * limits.rollDeg;
}

}  // namespace

double softLimit(double angleDeg, double limitDeg) {
    if (!(limitDeg > 0.0))
        return 0.0;
    const double knee = kKnee * limitDeg;
    const double size = std::abs(angleDeg);
    if (size <= knee)
        return angleDeg;
    const double room = limitDeg - knee;
    return std::copysign(knee + room * std::tanh((size - knee) / room), angleDeg);
}

HeadPose limitedPose(const HeadPose& pose, const RotationLimits& limits) {
    HeadPose out = pose;
    out.yawDeg = softLimit(pose.yawDeg, limits.yawDeg);
    out.pitchDeg = softLimit(pose.pitchDeg, limits.pitchDeg);
    out.rollDeg = softLimit(pose.rollDeg, limits.rollDeg);
    return out;
}

HeadPose estimateHeadPose(const faces::FaceKps& reference, const faces::FaceKps& frame) {
    // Gauss-Newton with a numeric Jacobian from the zero pose: six unknowns, six coordinates.
    // A small damping keeps a step finite where the model cannot reach the frame exactly.
    Params p{0.0, 0.0, 0.0, 0.0, 0.0, 1.0};
    const double steps[6] = {1e-3, 1e-3, 1e-3, 1e-5, 1e-5, 1e-6};
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const std::array<double, 6> r = residual(reference, frame, p);
        cv::Matx66d jacobian;
        for (int j = 0; j < 6; ++j) {
            Params q = p;
            q[std::size_t(j)] += steps[j];
            const std::array<double, 6> rq = residual(reference, frame, q);
            for (int i = 0; i < 6; ++i)
                jacobian(i, j) = (rq[std::size_t(i)] - r[std::size_t(i)]) / steps[j];
        }
        const cv::Matx66d normal = jacobian.t() * jacobian + cv::Matx66d::eye() * 1e-9;
        const cv::Vec6d gradient = jacobian.t() * cv::Vec6d(r.data());
        cv::Vec6d delta;
        if (!cv::solve(normal, -gradient, delta, cv::DECOMP_SVD))
            break;
        double largest = 0.0;
        for (int j = 0; j < 6; ++j) {
            p[std::size_t(j)] += delta[j];
            largest = std::max(largest, std::abs(delta[j]));
        }
        if (largest < 1e-9)
            break;
    }
    return poseOf(p);
}

faces::KpsTrack limitTrackRotation(const faces::KpsTrack& track, const faces::FaceKps& reference,
                                   const RotationLimits& limits) {
    if (limits.none())
        return track;
    faces::KpsTrack out = track;
    for (faces::FaceKps& frame : out) {
        const HeadPose pose = estimateHeadPose(reference, frame);
        if (within(pose, limits))
            continue;
        const faces::FaceKps fitted = applyHeadPose(reference, pose);
        const faces::FaceKps capped = applyHeadPose(reference, limitedPose(pose, limits));
        for (int k = 0; k < 3; ++k)
            frame[k] = capped[k] + (frame[k] - fitted[k]);  // keep what the model misses
    }
    return out;
}

}  // namespace vx::motion
