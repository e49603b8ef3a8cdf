// The render queue: renders waiting their turn, in the user's order, each one a project frozen
// when it was added plus its target (output, model folder, draft, part of the recording,
// quality). The studio runs it one job at a time (ui/queue/render_queue_runner.h); this is the
// plain data with its edits and its file, so that the order, each job's outcome and whether
// the queue was paused survive a restart. No Qt.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "studio/project_file.h"
#include "studio/render_request_builder.h"

namespace vx::studio {

inline constexpr int kRenderQueueFormatVersion = 1;

enum class QueueJobStatus {
    Waiting,    // not started yet
    Running,    // being rendered (or was, when the studio stopped: it resumes first)
    Paused,     // stopped by pausing the queue; resumes from its saved state
    Done,       // written
    Failed,     // the message says why; Retry puts it back
    Cancelled,  // stopped by the user; Retry continues from its saved state
};

// "waiting", "running", ...: the names in the file.
const char* queueJobStatusName(QueueJobStatus status);

struct QueueJob {
    int64_t id = 0;  // unique within its queue and never reused, so edits name the same job
    Project project;
    RenderTarget target;  // device and precision stay unset: the project's device applies
    QueueJobStatus status = QueueJobStatus::Waiting;
    std::string message;  // what it wrote, or why it failed

    // A job the queue may still start (waiting, or stopped part-way).
    bool isPending() const;
};

class RenderQueue {
public:
    const std::vector<QueueJob>& jobs() const { return m_jobs; }
    const QueueJob* find(int64_t id) const;
    // The job not done yet that writes `output` (under any spelling), or nullptr: a new job
    // may not write there.
    const QueueJob* unfinishedJobWriting(const std::filesystem::path& output) const;

    // A paused queue starts nothing; the studio stops its running job when it is paused.
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused) { m_paused = paused; }

    // Appends a waiting job and returns its id. Throws vx::Error(BadInput) naming the output
    // when a job of the queue that is not done yet writes the same file (under any spelling),
    // or when the project lacks a portrait or a recording.
    int64_t add(Project project, RenderTarget target);
    // Removes a job that is not running. Returns whether it did.
    bool remove(int64_t id);
    // Moves a job `delta` places towards the end (negative: towards the start), clamped to the
    // queue. Returns whether its place changed.
    bool move(int64_t id, int delta);
    // A failed, cancelled or done job waits again. Returns whether it did.
    bool retry(int64_t id);
    // Removes every done job.
    void removeDone();
    void setStatus(int64_t id, QueueJobStatus status, std::string message = {});

    // The job to render next: the first pending one in queue order (a job that was running
    // when the studio stopped comes first, since it was first when it started); nullptr when
    // nothing is pending. Does not look at the pause.
    const QueueJob* next() const;

    // For the file: the id the next added job gets.
    int64_t nextId() const { return m_nextId; }

private:
    friend RenderQueue renderQueueFromJson(const std::string& json, const std::string& path);
    QueueJob* findMutable(int64_t id);

    std::vector<QueueJob> m_jobs;
    int64_t m_nextId = 1;
    bool m_paused = false;
};

// The JSON text of the queue; each job's project in the project file format
// (studio/project_file.h), its inputs relative to the job's output folder where beneath it.
std::string renderQueueToJson(const RenderQueue& queue);
// Throws vx::Error(BadInput) naming the file (`path`) and the job and field at fault.
RenderQueue renderQueueFromJson(const std::string& json, const std::string& path);

// Crash-safe (common/atomic_file.h). Throws vx::Error(Io) naming the file.
void writeRenderQueueFile(const RenderQueue& queue, const std::filesystem::path& path);
// An empty queue when the file does not exist. Throws vx::Error(BadInput) for a damaged file.
RenderQueue readRenderQueueFile(const std::filesystem::path& path);

}  // namespace vx::studio
