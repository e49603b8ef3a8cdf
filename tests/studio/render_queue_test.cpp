// The render queue's data: its edits (add, move, remove, retry), which job runs next, and its
// file, which must bring back the same queue after a restart and refuse a damaged one by name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "studio/render_queue.h"
#include "support/test_support.h"

namespace vx::studio {
namespace {

namespace fs = std::filesystem;

Project projectWith(const std::string& portrait, const std::string& audio) {
    Project p;
    p.portraitPath = portrait;
    p.audioPath = audio;
    p.parameters.steps = 7;
    p.parameters.expressionPercent = 40.0;
    return p;
}

RenderTarget targetAt(const fs::path& output) {
    RenderTarget t;
    t.output = output;
    t.models = "/models/model_ckpts";
    t.crf = 23;
    return t;
}

std::vector<int64_t> order(const RenderQueue& q) {
    std::vector<int64_t> ids;
    for (const QueueJob& j : q.jobs())
        ids.push_back(j.id);
    return ids;
}

TEST(RenderQueue, AddsInOrderAndMovesRemovesAndRetries) {
    RenderQueue q;
    const int64_t a = q.add(projectWith("/in/a.png", "/in/a.wav"), targetAt("/out/a.mp4"));
    const int64_t b = q.add(projectWith("/in/b.png", "/in/b.wav"), targetAt("/out/b.mp4"));
    const int64_t c = q.add(projectWith("/in/c.png", "/in/c.wav"), targetAt("/out/c.mp4"));
    EXPECT_EQ(order(q), (std::vector<int64_t>{a, b, c}));
    EXPECT_EQ(q.next()->id, a);

    EXPECT_TRUE(q.move(c, -1));
    EXPECT_EQ(order(q), (std::vector<int64_t>{a, c, b}));
    EXPECT_TRUE(q.move(a, 5));  // clamped to the end
    EXPECT_EQ(order(q), (std::vector<int64_t>{c, b, a}));
    EXPECT_FALSE(q.move(c, -1));  // already first
    EXPECT_EQ(q.next()->id, c);

    q.setStatus(c, QueueJobStatus::Running);
    EXPECT_FALSE(q.remove(c)) << "the running job stays until it has stopped";
    q.setStatus(c, QueueJobStatus::Failed, "the recording is gone");
    EXPECT_EQ(q.next()->id, b) << "a failed job is skipped";
    EXPECT_TRUE(q.retry(c));
    EXPECT_EQ(q.find(c)->status, QueueJobStatus::Waiting);
    EXPECT_TRUE(q.find(c)->message.empty());
    EXPECT_FALSE(q.retry(b)) << "a waiting job has nothing to retry";

    q.setStatus(b, QueueJobStatus::Done, "written");
    q.removeDone();
    EXPECT_EQ(order(q), (std::vector<int64_t>{c, a}));
    EXPECT_TRUE(q.remove(a));
    EXPECT_EQ(order(q), (std::vector<int64_t>{c}));
    // Ids are never given again, so an edit can never reach a different job.
    EXPECT_GT(q.add(projectWith("/in/d.png", "/in/d.wav"), targetAt("/out/d.mp4")), c);
}

TEST(RenderQueue, PausedAndCancelledJobs) {
    RenderQueue q;
    const int64_t a = q.add(projectWith("/in/a.png", "/in/a.wav"), targetAt("/out/a.mp4"));
    const int64_t b = q.add(projectWith("/in/b.png", "/in/b.wav"), targetAt("/out/b.mp4"));
    q.setStatus(a, QueueJobStatus::Paused, "3 of 20 steps done");
    EXPECT_EQ(q.next()->id, a) << "a paused job resumes before the ones after it";
    q.setStatus(a, QueueJobStatus::Cancelled);
    EXPECT_EQ(q.next()->id, b);
    q.setStatus(b, QueueJobStatus::Done);
    EXPECT_EQ(q.next(), nullptr);
}

TEST(RenderQueue, RefusesASecondJobWritingTheSameFile) {
    const test::TempDir temp;
    const fs::path dir = temp.path();
    RenderQueue q;
    const int64_t a = q.add(projectWith("/in/a.png", "/in/a.wav"), targetAt(dir / "out.mp4"));
    try {
        q.add(projectWith("/in/b.png", "/in/b.wav"), targetAt(dir / "." / "x" / ".." / "out.mp4"));
        FAIL() << "the same output under another spelling was queued twice";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("job " + std::to_string(a)), std::string::npos)
            << e.what();
    }
    // A failed job still holds its output (Retry writes it); the studio numbers a new name
    // around it instead of being refused.
    q.setStatus(a, QueueJobStatus::Failed);
    ASSERT_NE(q.unfinishedJobWriting(dir / "x" / ".." / "out.mp4"), nullptr);
    EXPECT_EQ(q.unfinishedJobWriting(dir / "out.mp4")->id, a);
    EXPECT_EQ(q.unfinishedJobWriting(dir / "other.mp4"), nullptr);
    // Once the first has written it, rendering it again is the user's choice.
    q.setStatus(a, QueueJobStatus::Done);
    EXPECT_EQ(q.unfinishedJobWriting(dir / "out.mp4"), nullptr);
    EXPECT_NO_THROW(q.add(projectWith("/in/b.png", "/in/b.wav"), targetAt(dir / "out.mp4")));
    EXPECT_THROW(q.add(projectWith("", "/in/c.wav"), targetAt(dir / "c.mp4")), Error)
        << "a project without a portrait cannot render";
}

TEST(RenderQueue, TheFileBringsBackTheSameQueue) {
    const test::TempDir temp;
    const fs::path dir = temp.path();
    const fs::path file = dir / "render-queue.json";
    RenderQueue q;
    // Inputs beneath the output's folder are stored relative to it, others absolute.
    const int64_t a =
        q.add(projectWith((dir / "face.png").string(), "/in/a.wav"), targetAt(dir / "a.mp4"));
    RenderTarget draft = targetAt("/elsewhere/b.mp4");
    draft.draft = true;
    draft.audioRange = AudioRange{1.5, 4.25};
    const int64_t b = q.add(projectWith("/in/b.png", "/in/b.wav"), draft);
    q.move(b, -1);
    q.setStatus(a, QueueJobStatus::Failed, "the disk is full");
    q.setStatus(b, QueueJobStatus::Running);
    q.setPaused(true);
    writeRenderQueueFile(q, file);

    const RenderQueue back = readRenderQueueFile(file);
    EXPECT_TRUE(back.isPaused());
    ASSERT_EQ(order(back), (std::vector<int64_t>{b, a}));
    const QueueJob& jb = back.jobs()[0];
    EXPECT_EQ(jb.status, QueueJobStatus::Running);
    EXPECT_TRUE(jb.target.draft);
    ASSERT_TRUE(jb.target.audioRange);
    EXPECT_DOUBLE_EQ(jb.target.audioRange->startSeconds, 1.5);
    EXPECT_DOUBLE_EQ(jb.target.audioRange->endSeconds, 4.25);
    EXPECT_EQ(jb.target.models, fs::path("/models/model_ckpts"));
    EXPECT_EQ(jb.target.crf, 23);
    const QueueJob& ja = back.jobs()[1];
    EXPECT_EQ(ja.status, QueueJobStatus::Failed);
    EXPECT_EQ(ja.message, "the disk is full");
    EXPECT_EQ(ja.project.portraitPath, (dir / "face.png").string());
    EXPECT_EQ(ja.project.parameters.steps, 7);
    EXPECT_DOUBLE_EQ(ja.project.parameters.expressionPercent, 40.0);
    EXPECT_FALSE(ja.target.audioRange);
    EXPECT_EQ(renderQueueToJson(back), renderQueueToJson(q));

    RenderQueue more = back;
    EXPECT_GT(more.add(projectWith("/in/c.png", "/in/c.wav"), targetAt("/out/c.mp4")), b);
    EXPECT_TRUE(readRenderQueueFile(dir / "missing.json").jobs().empty());
}

TEST(RenderQueue, ADamagedFileIsRefusedNamingTheFileAndTheField) {
    const std::string path = "/state/render-queue.json";
    RenderQueue q;
    q.add(projectWith("/in/a.png", "/in/a.wav"), targetAt("/out/a.mp4"));
    const std::string good = renderQueueToJson(q);
    auto refusal = [&](const std::string& from, const std::string& to) -> std::string {
        std::string text = good;
        const size_t at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        try {
            renderQueueFromJson(text, path);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput);
            EXPECT_EQ(e.file(), path);
            return e.what();
        }
        ADD_FAILURE() << "accepted: " << text;
        return {};
    };
    EXPECT_NE(refusal("\"waiting\"", "\"sleeping\"").find("status"), std::string::npos);
    EXPECT_NE(refusal("\"crf\": 23", "\"crf\": 99").find("crf"), std::string::npos);
    EXPECT_NE(refusal("\"/out/a.mp4\"", "\"a.mp4\"").find("absolute"), std::string::npos);
    EXPECT_NE(refusal("\"version\": 1", "\"version\": 9").find("newer"), std::string::npos);
    EXPECT_NE(refusal("\"draft\": false", "\"draft\": 0").find("draft"), std::string::npos);
    EXPECT_NE(refusal("\"id\": 1", "\"id\": -4").find("id"), std::string::npos);
    EXPECT_NE(refusal("vxstudio-render-queue", "vxstudio-project").find("format"),
              std::string::npos);
    EXPECT_NE(refusal("\"steps\": 7", "\"steps\": 1e9").find("project: "), std::string::npos);
    EXPECT_THROW(renderQueueFromJson("[1, 2", path), Error);
}

}  // namespace
}  // namespace vx::studio
