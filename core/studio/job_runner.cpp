#include "studio/job_runner.h"

#include <utility>

#include "common/log.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vx::studio {

namespace {

void lowerThisThreadsPriority() {
#ifdef __linux__
    const auto tid = id_t(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, std::min(19, getpriority(PRIO_PROCESS, tid) + 10));
#endif
}

// A report that says more than a newer frame count: another stage, step or window, or the last
// frame.
bool isMilestone(const JobProgress& next, const std::optional<JobProgress>& last) {
    if (!last)
        return true;
    return next.stage != last->stage || next.step != last->step ||
           next.stepCount != last->stepCount || next.window != last->window ||
           next.windowCount != last->windowCount ||
           (next.frameCount > 0 && next.framesDone == next.frameCount);
}

}  // namespace

JobRunner::~JobRunner() {
    cancel();
    join();
}

bool JobRunner::start(Work work, Options options) {
    if (m_running.load())
        return false;
    join();  // a worker that ended, whose outcome was delivered
    m_options = std::move(options);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_events.clear();
        m_framesQueued = 0;
        m_ended = false;
        m_failure.reset();
        m_lastQueued.reset();
    }
    m_running.store(true);
    m_worker = std::thread([this, work = std::move(work)] { run(work); });
    return true;
}

bool JobRunner::start(Work work) {
    return start(std::move(work), Options());
}

std::optional<JobFailure> JobRunner::runToEnd(Work work, const Handlers& handlers,
                                              const std::function<bool()>& stopRequested) {
    return runToEnd(std::move(work), handlers, stopRequested, Options());
}

void JobRunner::cancel() {
    m_cancel->store(true);
    const std::lock_guard<std::mutex> lock(m_mutex);
    // What the job queued describes work that is being thrown away.
    m_events.clear();
    m_framesQueued = 0;
    m_changed.notify_all();
}

void JobRunner::abandon() {
    cancel();
    join();
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_events.clear();
    m_framesQueued = 0;
    m_ended = false;
    m_failure.reset();
    m_running.store(false);
}

bool JobRunner::isRunning() const {
    return m_running.load();
}

bool JobRunner::isCancelling() const {
    return m_running.load() && m_cancel->load();
}

void JobRunner::run(const Work& work) {
    if (m_options.lowerPriority)
        lowerThisThreadsPriority();
    JobCallbacks callbacks;
    const auto cancel = m_cancel;
    callbacks.shouldAbort = [cancel] { return cancel->load(); };
    callbacks.progress = [this](const JobProgress& p) { reportProgress(p); };
    callbacks.log = [this](const std::string& text) {
        Event e{Event::Kind::Log, {}, text, 0, {}};
        queue(std::move(e), false);
    };
    callbacks.frameReady = [this](int index, const cv::Mat& rgb) {
        cv::Mat copy = m_options.prepareFrame ? m_options.prepareFrame(rgb) : rgb;
        if (copy.data == rgb.data)
            copy = rgb.clone();  // the job reuses its Mat
        queue(Event{Event::Kind::Frame, {}, {}, index, std::move(copy)}, true);
    };
    std::optional<JobFailure> failure;
    try {
        work(callbacks);
    } catch (...) {
        failure = failureFrom(std::current_exception());
        // The log keeps the whole text (a LibTorch trace, the exception type) for a bug report.
        log::info("job",
                  std::string(failure->cancelled() ? "cancelled: " : "failed: ") + failure->detail);
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_failure = std::move(failure);
        m_ended = true;
        m_changed.notify_all();
    }
    if (m_options.wake)
        m_options.wake();
}

void JobRunner::reportProgress(const JobProgress& progress) {
    const auto now = std::chrono::steady_clock::now();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!isMilestone(progress, m_lastQueued) &&
            now - m_lastQueuedAt < m_options.progressInterval)
            return;
        m_lastQueued = progress;
        m_lastQueuedAt = now;
    }
    queue(Event{Event::Kind::Progress, progress, {}, 0, {}}, false);
}

void JobRunner::queue(Event event, bool isFrame) {
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (isFrame) {
            // Back-pressure: wait for the consumer, unless the job is being cancelled.
            m_changed.wait(lock, [this] {
                return m_cancel->load() || m_framesQueued < m_options.frameQueueCapacity;
            });
            if (m_cancel->load())
                return;
            ++m_framesQueued;
        } else if (m_cancel->load()) {
            return;
        }
        m_events.push_back(std::move(event));
        m_changed.notify_all();
    }
    if (m_options.wake)
        m_options.wake();
}

bool JobRunner::deliver(const Handlers& handlers) {
    for (;;) {
        Event event;
        std::optional<JobFailure> failure;
        bool finished = false;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_events.empty()) {
                event = std::move(m_events.front());
                m_events.pop_front();
                if (event.kind == Event::Kind::Frame) {
                    --m_framesQueued;
                    m_changed.notify_all();
                }
            } else if (m_ended && m_running.load()) {
                finished = true;
                failure = m_failure;
            } else {
                return false;
            }
        }
        if (finished) {
            join();
            m_running.store(false);
            if (handlers.finished)
                handlers.finished(failure);
            return true;
        }
        switch (event.kind) {
            case Event::Kind::Progress:
                if (handlers.progress)
                    handlers.progress(event.progress);
                break;
            case Event::Kind::Log:
                if (handlers.log)
                    handlers.log(event.text);
                break;
            case Event::Kind::Frame:
                if (handlers.frame)
                    handlers.frame(event.index, event.frame);
                break;
        }
    }
}

std::optional<JobFailure> JobRunner::runToEnd(Work work, const Handlers& handlers,
                                              const std::function<bool()>& stopRequested,
                                              Options options) {
    std::optional<JobFailure> outcome;
    Handlers h = handlers;
    h.finished = [&](const std::optional<JobFailure>& failure) {
        outcome = failure;
        if (handlers.finished)
            handlers.finished(failure);
    };
    if (!start(std::move(work), std::move(options))) {
        JobFailure busy;
        busy.message = "another job is still running";
        return busy;
    }
    for (;;) {
        if (deliver(h))
            return outcome;
        if (stopRequested && stopRequested())
            cancel();
        std::unique_lock<std::mutex> lock(m_mutex);
        // A signal handler cannot wake us: look again at least every 50 ms.
        m_changed.wait_for(lock, std::chrono::milliseconds(50),
                           [this] { return !m_events.empty() || m_ended; });
    }
}

void JobRunner::join() {
    if (m_worker.joinable())
        m_worker.join();
}

}  // namespace vx::studio
