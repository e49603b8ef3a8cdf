// The job runner both front ends use: the job runs on a worker thread; progress, log lines and
// frames reach the owner's thread in order; frame counts are throttled but stages, steps and
// windows never are; the frame queue is bounded and loses nothing; cancelling is prompt, even
// for a job waiting on a full queue; failures arrive as one type.
#include "studio/job_runner.h"

#include <gtest/gtest.h>

#include <opencv2/core.hpp>

#include <atomic>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using vx::Error;
using vx::ErrorKind;
using vx::studio::JobCallbacks;
using vx::studio::JobFailure;
using vx::studio::JobProgress;
using vx::studio::JobRunner;
using vx::studio::JobStage;

cv::Mat frameNumbered(int index) {
    return cv::Mat(4, 4, CV_8UC3, cv::Scalar(index % 256, 0, 0));
}

// Delivers, as an event loop would, until the outcome has been handed out (or ~2 s passed).
void deliverUntilFinished(JobRunner& runner, const JobRunner::Handlers& handlers) {
    for (int tries = 0; tries < 1000; ++tries) {
        if (runner.deliver(handlers))
            return;
        std::this_thread::sleep_for(2ms);
    }
}

TEST(JobRunner, RunsOnAWorkerAndDeliversInOrderOnTheCallersThread) {
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> ranElsewhere{false};
    std::vector<std::string> seen;
    std::vector<std::thread::id> handlerThreads;
    JobRunner::Handlers handlers;
    handlers.progress = [&](const JobProgress& p) {
        handlerThreads.push_back(std::this_thread::get_id());
        seen.push_back(std::string("progress ") + vx::studio::jobStageName(p.stage));
    };
    handlers.log = [&](const std::string& text) {
        handlerThreads.push_back(std::this_thread::get_id());
        seen.push_back("log " + text);
    };
    handlers.frame = [&](int index, const cv::Mat& rgb) {
        handlerThreads.push_back(std::this_thread::get_id());
        EXPECT_EQ(rgb.at<cv::Vec3b>(0, 0)[0], index);
        seen.push_back("frame " + std::to_string(index));
    };
    JobRunner runner;
    const auto failure = runner.runToEnd(
        [&](const JobCallbacks& c) {
            ranElsewhere = std::this_thread::get_id() != caller;
            c.report({JobStage::Portrait, 0, 0, 0, 0, 0, 0});
            c.message("hello");
            c.report({JobStage::Decoding, 0, 0, 0, 2, 0, 0});
            c.deliverFrame(0, frameNumbered(0));
            c.deliverFrame(1, frameNumbered(1));
            c.report({JobStage::Encoding, 0, 0, 2, 2, 0, 0});
        },
        handlers);
    EXPECT_FALSE(failure.has_value());
    EXPECT_TRUE(ranElsewhere.load());
    const std::vector<std::string> expected{"progress portrait", "log hello", "progress decoding",
                                            "frame 0",           "frame 1",   "progress encoding"};
    EXPECT_EQ(seen, expected);
    for (const auto id : handlerThreads)
        EXPECT_EQ(id, caller);
    EXPECT_FALSE(runner.isRunning());
}

TEST(JobRunner, ThrottlesFrameCountsButNeverStagesStepsOrWindows) {
    std::vector<JobProgress> reports;
    JobRunner::Handlers handlers;
    handlers.progress = [&](const JobProgress& p) { reports.push_back(p); };
    JobRunner::Options options;
    options.progressInterval = 10s;  // no frame-count report gets through on time alone
    JobRunner runner;
    const auto failure = runner.runToEnd(
        [](const JobCallbacks& c) {
            for (int step = 1; step <= 3; ++step)
                for (int window = 1; window <= 2; ++window)
                    c.report({JobStage::Denoising, step, 3, 0, 100, window, 2});
            for (int done = 1; done <= 100; ++done)
                c.report({JobStage::Decoding, 0, 0, done, 100, 0, 0});
        },
        handlers, {}, options);
    ASSERT_FALSE(failure.has_value());
    // Every step and window, then the first decoding report and the last frame.
    ASSERT_EQ(reports.size(), 6u + 2u);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(reports[size_t(i)].stage, JobStage::Denoising);
        EXPECT_EQ(reports[size_t(i)].step, i / 2 + 1);
        EXPECT_EQ(reports[size_t(i)].window, i % 2 + 1);
    }
    EXPECT_EQ(reports[6].framesDone, 1);
    EXPECT_EQ(reports[7].framesDone, 100);
}

TEST(JobRunner, TheFrameQueueIsBoundedAndLosesNothing) {
    JobRunner runner;
    JobRunner::Options options;
    options.frameQueueCapacity = 3;
    std::atomic<int> produced{0};
    ASSERT_TRUE(runner.start(
        [&](const JobCallbacks& c) {
            for (int i = 0; i < 20; ++i) {
                c.deliverFrame(i, frameNumbered(i));
                ++produced;
            }
        },
        options));
    // Nobody takes frames: the job stops after filling the queue.
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(produced.load(), 3);
    std::vector<int> indices;
    JobRunner::Handlers handlers;
    handlers.frame = [&](int index, const cv::Mat&) { indices.push_back(index); };
    bool finished = false;
    handlers.finished = [&](const std::optional<JobFailure>& failure) {
        finished = true;
        EXPECT_FALSE(failure.has_value());
    };
    deliverUntilFinished(runner, handlers);
    ASSERT_TRUE(finished);
    ASSERT_EQ(indices.size(), 20u);
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(indices[size_t(i)], i);
}

TEST(JobRunner, CancelWakesAJobWaitingOnAFullQueueAndDropsWhatItQueued) {
    JobRunner runner;
    JobRunner::Options options;
    options.frameQueueCapacity = 1;
    ASSERT_TRUE(runner.start(
        [&](const JobCallbacks& c) {
            for (int i = 0; i < 1000; ++i) {
                c.checkAbort();
                c.deliverFrame(i, frameNumbered(i));
            }
        },
        options));
    std::this_thread::sleep_for(100ms);  // the job now waits on the full queue
    EXPECT_TRUE(runner.isRunning());
    runner.cancel();
    EXPECT_TRUE(runner.isCancelling());
    int frames = 0;
    std::optional<JobFailure> outcome;
    bool finished = false;
    JobRunner::Handlers handlers;
    handlers.frame = [&](int, const cv::Mat&) { ++frames; };
    handlers.finished = [&](const std::optional<JobFailure>& failure) {
        finished = true;
        outcome = failure;
    };
    deliverUntilFinished(runner, handlers);
    ASSERT_TRUE(finished);
    EXPECT_EQ(frames, 0);  // the frame queued before the cancel was dropped
    ASSERT_TRUE(outcome.has_value());
    EXPECT_TRUE(outcome->cancelled());
}

TEST(JobRunner, StopRequestedCancelsARunToEnd) {
    std::atomic<bool> stop{false};
    JobRunner runner;
    const auto failure = runner.runToEnd(
        [&](const JobCallbacks& c) {
            stop = true;  // as if Ctrl-C arrived now
            for (;;) {
                c.checkAbort();
                std::this_thread::sleep_for(1ms);
            }
        },
        {}, [&] { return stop.load(); });
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->cancelled());
}

TEST(JobRunner, FailuresArriveAsOneTypeWithKindMessageFileAndDetail) {
    JobRunner runner;
    auto failure = runner.runToEnd(
        [](const JobCallbacks&) {
            throw Error(ErrorKind::BadInput, "/tmp/face.png: no face found; choose a portrait",
                        "/tmp/face.png");
        },
        {});
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->kind, ErrorKind::BadInput);
    EXPECT_EQ(failure->message, "/tmp/face.png: no face found; choose a portrait");
    EXPECT_EQ(failure->file, "/tmp/face.png");
    try {
        failure->raise();
        FAIL() << "raise() returned";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_EQ(e.file(), "/tmp/face.png");
    }

    failure = runner.runToEnd([](const JobCallbacks&) { throw std::bad_alloc(); }, {});
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->kind, ErrorKind::Internal);
    EXPECT_NE(failure->message.find("ran out of memory"), std::string::npos) << failure->message;

    failure = runner.runToEnd(
        [](const JobCallbacks&) {
            throw std::runtime_error("shape mismatch\nException raised from frame 0 at x.cpp:1");
        },
        {});
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->kind, ErrorKind::Internal);
    EXPECT_EQ(failure->message, "internal error: shape mismatch");  // the first line only
    EXPECT_NE(failure->detail.find("x.cpp:1"), std::string::npos) << failure->detail;
}

TEST(JobRunner, OneJobAtATimeAndTheNextAfterTheOutcome) {
    JobRunner runner;
    std::atomic<bool> release{false};
    ASSERT_TRUE(runner.start([&](const JobCallbacks&) {
        while (!release.load())
            std::this_thread::sleep_for(1ms);
    }));
    EXPECT_FALSE(runner.start([](const JobCallbacks&) {}));
    release = true;
    bool finished = false;
    JobRunner::Handlers handlers;
    handlers.finished = [&](const std::optional<JobFailure>&) { finished = true; };
    deliverUntilFinished(runner, handlers);
    ASSERT_TRUE(finished);
    EXPECT_TRUE(runner.start([](const JobCallbacks&) {}));
}

TEST(JobRunner, AnAbandonedJobReportsNothingAndTheNextStartsAtOnce) {
    JobRunner runner;
    ASSERT_TRUE(runner.start([](const JobCallbacks& c) {
        c.message("first");
        for (;;) {
            c.checkAbort();
            std::this_thread::sleep_for(1ms);
        }
    }));
    std::this_thread::sleep_for(50ms);
    runner.abandon();  // returns once the worker has ended
    EXPECT_FALSE(runner.isRunning());
    ASSERT_TRUE(runner.start([](const JobCallbacks& c) { c.message("second"); }));
    std::vector<std::string> logs;
    bool finished = false;
    JobRunner::Handlers handlers;
    handlers.log = [&](const std::string& text) { logs.push_back(text); };
    handlers.finished = [&](const std::optional<JobFailure>& failure) {
        finished = true;
        EXPECT_FALSE(failure.has_value());
    };
    deliverUntilFinished(runner, handlers);
    ASSERT_TRUE(finished);
    EXPECT_EQ(logs, std::vector<std::string>{"second"});
}

}  // namespace
