// Frames per second of the instant preview at 512x512 on one CPU core, on the astronaut photo
// with head motion, speech and blinks all active. Prints numbers; asserts nothing.
//   vx_bench_preview [image] [frames]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faces/face_detector.h"
#include "motion/blink_schedule.h"
#include "motion/head_motion.h"
#include "motion/preview_renderer.h"

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";
    const int frames = argc > 2 ? std::atoi(argv[2]) : 600;
    const double fps = 30.0;
    cv::setNumThreads(1);  // one core, as the preview gets while the UI runs

    cv::Mat bgr = cv::imread(path, cv::IMREAD_COLOR), rgb;
    if (bgr.empty()) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return 2;
    }
    cv::resize(bgr, bgr, cv::Size(512, 512), 0, 0, cv::INTER_AREA);
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    auto detector = vx::faces::createFaceDetector("");
    const auto face = vx::faces::findReferenceFace(bgr, *detector, path);

    std::vector<double> envelope(frames);
    for (int i = 0; i < frames; ++i)
        envelope[i] = 0.5 + 0.5 * std::sin(i * 0.9);
    auto settings = vx::motion::presetSettings(vx::motion::HeadMotionPreset::LivelySpeaker);
    auto poses = vx::motion::synthesizeHeadPoses(settings, frames, fps, envelope);
    auto track = vx::motion::headMotionTrack(face.face.kps, poses, rgb.size());
    auto mouth = vx::motion::mouthOpennessFromEnvelope(envelope, fps);
    auto closure =
        vx::motion::eyelidClosure(vx::motion::scheduleBlinks({}, frames / fps), frames, fps);

    vx::motion::PreviewRenderer renderer(rgb, face.face.kps, face.face.landmarks68);
    double checksum = 0.0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < frames; ++i) {
        cv::Mat frame = renderer.render({track[i], mouth[i], closure[i]});
        checksum += frame.at<cv::Vec3b>(256, 256)[0];
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "preview 512x512, 1 thread: %d frames in %.3f s = %.1f frames/s (%.2f ms/frame) [checksum "
        "%.0f]\n",
        frames, seconds, frames / seconds, 1000.0 * seconds / frames, checksum);
    return 0;
}
