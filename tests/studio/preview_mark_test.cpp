// The PREVIEW mark leaves the face alone at every frame size: it stays in the bottom band and
// the left part of the frame.
#include <gtest/gtest.h>

#include <opencv2/core.hpp>

#include "studio/preview_export.h"

namespace {

TEST(PreviewMark, StaysBelowTheFaceAndNarrowAtEverySize) {
    for (const int side : {64, 128, 256, 512, 1024}) {
        cv::Mat frame(side, side, CV_8UC3, cv::Scalar(128, 128, 128));
        vx::studio::stampPreviewMark(frame);
        int top = side, right = 0;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                if (frame.at<cv::Vec3b>(y, x) != cv::Vec3b(128, 128, 128)) {
                    top = std::min(top, y);
                    right = std::max(right, x);
                }
        ASSERT_LT(top, side) << "no mark at " << side;
        // A framed face ends at the chin, above the bottom eighth; the mark is under it.
        EXPECT_GE(top, side * 7 / 8 - 1) << side;
        EXPECT_LE(right, side / 2) << side;
    }
}

}  // namespace
