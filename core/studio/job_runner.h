// Runs one long job (a render, a draft, a preview export, the analysis of a driving video) on a
// worker thread for either front end, and hands what the job reports to the thread that owns
// the runner, in the order it was reported:
// - progress in typed stages, throttled: a new stage, step or window is passed on at once, a
//   report that only moves the frame count at most every progressInterval;
// - log lines;
// - finished frames, through a bounded queue: while it is full the job waits, so a slow display
//   never piles frames up in memory, and no frame is dropped;
// - last, once, the outcome: nothing (success) or a JobFailure.
// Cancelling is prompt: the job sees it at its next check (between model calls and frames), a
// job waiting on the full queue wakes at once, and what it queued before is discarded.
//
// The CLI calls runToEnd on its main thread. The studio starts the job, and `wake` (called on
// the worker whenever something is queued) posts a call of deliver() to its event loop.
#pragma once

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "studio/job_callbacks.h"
#include "studio/job_failure.h"

namespace vx::studio {

class JobRunner {
public:
    // The job itself; runs on the worker thread. What it throws becomes the failure.
    using Work = std::function<void(const JobCallbacks&)>;

    struct Options {
        std::chrono::milliseconds progressInterval{100};
        std::size_t frameQueueCapacity = 4;
        // The worker runs niced (Linux: per thread, inherited by the threads it starts, such as
        // LibTorch's), so the studio's GUI thread gets a core whenever it has work.
        bool lowerPriority = false;
        // Called on the worker whenever something was queued for deliver(); may be empty.
        std::function<void()> wake;
        // Applied to each frame on the worker before it is queued (the studio scales a large
        // paste-back frame down for display there); the queue keeps the result, a deep copy.
        std::function<cv::Mat(const cv::Mat&)> prepareFrame;
    };

    struct Handlers {
        std::function<void(const JobProgress&)> progress;
        std::function<void(const std::string&)> log;
        std::function<void(int index, const cv::Mat& rgb)> frame;
        // Once, after everything else; an empty optional means the job succeeded.
        std::function<void(const std::optional<JobFailure>&)> finished;
    };

    JobRunner() = default;
    // A job still running is cancelled and waited for.
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    // Starts `work` on a new worker thread. Returns false, starting nothing, while a job runs
    // or its outcome has not been delivered yet.
    bool start(Work work, Options options);
    bool start(Work work);
    // Asks the job to stop (any thread).
    void cancel();
    // Cancels the job, waits for its worker to end and forgets it: nothing more is delivered,
    // not even the outcome, and the next job can start at once.
    void abandon();
    // From start() until deliver() has handed out the outcome.
    bool isRunning() const;
    bool isCancelling() const;

    // Hands out, on the calling thread, everything queued since the last call; the outcome last.
    // Returns true when the outcome was delivered (the runner can start the next job).
    bool deliver(const Handlers& handlers);

    // Runs `work` and delivers on this thread until it ends; `stopRequested` is polled between
    // deliveries (Ctrl-C) and cancels the job when it turns true. Returns the failure, if any.
    std::optional<JobFailure> runToEnd(Work work, const Handlers& handlers,
                                       const std::function<bool()>& stopRequested, Options options);
    std::optional<JobFailure> runToEnd(Work work, const Handlers& handlers,
                                       const std::function<bool()>& stopRequested = {});

private:
    struct Event {
        enum class Kind { Progress, Log, Frame };
        Kind kind = Kind::Log;
        JobProgress progress;
        std::string text;
        int index = 0;
        cv::Mat frame;
    };

    void run(const Work& work);  // on the worker thread
    void queue(Event event, bool isFrame);
    void reportProgress(const JobProgress& progress);
    void join();

    Options m_options;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::atomic<bool> m_running{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Event> m_events;
    std::size_t m_framesQueued = 0;
    bool m_ended = false;  // the worker has finished the job
    std::optional<JobFailure> m_failure;
    // Progress throttling (worker side).
    std::optional<JobProgress> m_lastQueued;
    std::chrono::steady_clock::time_point m_lastQueuedAt;
};

}  // namespace vx::studio
