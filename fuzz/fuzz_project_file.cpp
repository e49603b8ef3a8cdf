// libFuzzer target: arbitrary bytes as a .vxproj project file (format 3 with its keyframes, and
// the migration of formats 1 and 2). Style keys are looked up among the built-in styles only,
// so that the fuzzer never reads the user's style folder. A project that reads must also write and
// read back: the studio saves what it opened, and a saved project that cannot be opened again would
// lose the user's work.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"
#include "studio/project_file.h"
#include "studio/styles.h"

namespace {

const std::string kProjectPath = "/fuzz/projects/project.vxproj";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::studio::Project project;
    bool read = false;
    vx::fuzz::expectOnlyVxErrors("projectFromJson", [&] {
        project = vx::studio::projectFromJson(text, kProjectPath, vx::studio::builtInStyleNamed);
        read = true;
    });
    if (!read)
        return 0;
    std::string saved;
    vx::fuzz::expectOnlyVxErrors("projectToJson",
                                 [&] { saved = vx::studio::projectToJson(project, kProjectPath); });
    try {
        (void)vx::studio::projectFromJson(saved, kProjectPath, vx::studio::builtInStyleNamed);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "a project read from the input cannot be read back: %s\n%s\n",
                     e.what(), saved.c_str());
        std::abort();
    }
    return 0;
}
