// Per-call callbacks of a long job (export, render): progress, log and a should-abort check.
// Each is optional; a front end passes what it can show.
#pragma once

#include <functional>
#include <string>

namespace vx::studio {

struct JobProgress {
    std::string stage;  // "audio", "portrait", "preview", "denoise", "decode", "encode"...
    int step = 0;       // within the stage, 1-based; 0 when the stage has no steps
    int stepCount = 0;
    int framesDone = 0;  // frames finished and handed out so far
    int frameCount = 0;
};

struct JobCallbacks {
    std::function<void(const JobProgress&)> progress;
    std::function<void(const std::string&)> log;
    // Polled between frames and between model calls; true stops the job with
    // vx::Error(Cancelled) and leaves no partial output under the user's file name.
    std::function<bool()> shouldAbort;

    void report(const JobProgress& p) const {
        if (progress)
            progress(p);
    }
    void message(const std::string& text) const {
        if (log)
            log(text);
    }
    void checkAbort() const;
};

}  // namespace vx::studio
