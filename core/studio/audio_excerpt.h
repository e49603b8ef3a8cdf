// A part of a decoded recording, for renders of a selected range: the samples the engine hears
// and a temporary WAV of them that the output video takes its sound from, so picture and sound
// start at the same moment.
#pragma once

#include <filesystem>
#include <vector>

namespace vx::studio {

struct AudioRange {
    double startSeconds = 0.0;
    double endSeconds = 0.0;  // exclusive; clamped to the recording's end
};

// The samples of [range.startSeconds, range.endSeconds) of a recording at `sampleRateHz`.
// Throws vx::Error(BadInput) naming `source` for a range that is empty, negative or starts
// after the recording's end.
std::vector<float> cutAudio(const std::vector<float>& samples, int sampleRateHz,
                            const AudioRange& range, const std::filesystem::path& source);

// A 16-bit PCM mono WAV in the system's temporary folder, deleted when this object goes away
// (also when a render is cancelled or fails).
class TemporaryWav {
public:
    // Throws vx::Error(Io) naming the file when it cannot be written.
    TemporaryWav(const std::vector<float>& samples, int sampleRateHz);
    ~TemporaryWav();
    TemporaryWav(const TemporaryWav&) = delete;
    TemporaryWav& operator=(const TemporaryWav&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace vx::studio
