#include "studio/portrait.h"

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "faces/face_framing.h"
#include "media/image_loader.h"

namespace vx::studio {

namespace {

std::vector<cv::Point2f> landmarksInFrame(const faces::DetectedFace& face, const cv::Rect& crop,
                                          int side) {
    std::vector<cv::Point2f> out;
    for (const auto& p : face.landmarks68)
        out.push_back(faces::toCropCoordinates(p, crop, side));
    return out;
}

}  // namespace

PreparedPortrait preparePortrait(const std::filesystem::path& imagePath,
                                 const PortraitOptions& options) {
    PreparedPortrait portrait;
    media::ImageLoadOptions load;
    load.neededMinSidePixels = options.sidePx;
    portrait.photoRgb = media::loadImageRgb(imagePath, load);
    cv::Mat photoBgr;
    cv::cvtColor(portrait.photoRgb, photoBgr, cv::COLOR_RGB2BGR);

    auto detector = faces::createFaceDetector(options.modelFolder);
    const faces::ReferenceFace found =
        faces::findReferenceFace(photoBgr, *detector, imagePath.string());
    portrait.detector = found.detector;
    portrait.warnings = found.warnings;

    faces::FaceFraming framing;
    if (options.crop) {
        framing = faces::fitSquareToImage(*options.crop, portrait.photoRgb.size(), options.sidePx);
    } else if (options.autoCrop) {
        framing = faces::frameFace(found.face.kps, portrait.photoRgb.size());
    } else {
        framing = faces::fitSquareToImage(cv::Rect(cv::Point(0, 0), portrait.photoRgb.size()),
                                          portrait.photoRgb.size(), options.sidePx);
    }
    if (framing.shifted)
        portrait.warnings.push_back(
            "the face is near the photo's border, so it is off-centre in the frame");
    if (framing.upscaled)
        portrait.warnings.push_back("the face area is smaller than the frame and will look soft");
    portrait.crop = framing.rect;
    portrait.frameRgb = faces::cropSquare(portrait.photoRgb, portrait.crop, options.sidePx);
    portrait.kps = faces::toCropCoordinates(found.face.kps, portrait.crop, options.sidePx);

    if (found.face.landmarks68.size() == 68) {
        portrait.landmarks68 = landmarksInFrame(found.face, portrait.crop, options.sidePx);
    } else {
        // SCRFD gives no contours: dlib finds them on the framed face for the preview.
        auto dlib = faces::createFaceDetector("");
        cv::Mat frameBgr;
        cv::cvtColor(portrait.frameRgb, frameBgr, cv::COLOR_RGB2BGR);
        auto facesInFrame = dlib->detectAll(frameBgr);
        if (!facesInFrame.empty())
            portrait.landmarks68 = facesInFrame.front().landmarks68;
    }
    return portrait;
}

}  // namespace vx::studio
