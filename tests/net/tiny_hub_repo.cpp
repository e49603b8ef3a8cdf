#include "net/tiny_hub_repo.h"

#include <memory>

#include "support/test_support.h"

namespace vx::test {

namespace {

struct Repo {
    TempDir dir;
    std::filesystem::path root;
    std::string error;
};

Repo& repo() {
    static const std::unique_ptr<Repo> made = [] {
        auto r = std::make_unique<Repo>();
        const std::filesystem::path out = r->dir / "repo";
        if (!haveFixtures()) {
            r->error = "tiny V-Express fixtures not found at " + fixturesDir().string();
        } else if (runPython(sourceDir() / "scripts" / "make-tiny-model.py",
                             {out.string(), fixturesDir().string()}) != 0) {
            r->error = "scripts/make-tiny-model.py failed";
        } else {
            r->root = out;
        }
        return r;
    }();
    return *made;
}

}  // namespace

const std::filesystem::path& tinyHubRepo() {
    return repo().root;
}

const std::string& tinyHubRepoError() {
    return repo().error;
}

}  // namespace vx::test
