// Inputs fuzz_project_file found (fuzz/corpus/project_file keeps them too): a crop whose
// numbers do not fit an int was converted anyway, which is undefined behaviour.
#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "studio/project_file.h"

namespace {

const std::string kPath = "/projects/face.vxproj";

std::string withCrop(const std::string& crop) {
    return R"({"format": "vxproj", "version": 2, "inputs": {"crop": )" + crop + "}}";
}

}  // namespace

TEST(ProjectFileFuzzFindings, CropOutsideIntRangeIsRefusedNamingTheField) {
    for (const char* crop : {R"({"x": 1e300, "y": 0, "width": 10, "height": 10})",
                             R"({"x": 0, "y": -1e19, "width": 10, "height": 10})",
                             R"({"x": 0, "y": 0, "width": 2147483648, "height": 10})"}) {
        try {
            vx::studio::projectFromJson(withCrop(crop), kPath);
            ADD_FAILURE() << "accepted " << crop;
        } catch (const vx::Error& e) {
            EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput) << crop;
            EXPECT_NE(std::string(e.what()).find("inputs.crop."), std::string::npos) << e.what();
        }
    }
}

TEST(ProjectFileFuzzFindings, CropAtTheEdgeOfIntRangeStillReads) {
    const vx::studio::Project project = vx::studio::projectFromJson(
        withCrop(R"({"x": 0, "y": 0, "width": 2147483647, "height": 1})"), kPath);
    ASSERT_TRUE(project.crop.has_value());
    EXPECT_EQ(project.crop->width, 2147483647);
}
