#include "studio/audio_excerpt.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>

#include "common/error.h"

namespace vx::studio {

namespace {

void putLittleEndian(std::ofstream& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.put(char((value >> (8 * i)) & 0xFFu));
}

std::filesystem::path uniqueTemporaryName() {
    // Several renders (and test processes) may run at once: a random part and a counter.
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    const std::string name = "vxstudio-excerpt-" + std::to_string(device()) + "-" +
                             std::to_string(counter.fetch_add(1)) + ".wav";
    return std::filesystem::temp_directory_path() / name;
}

}  // namespace

std::vector<float> cutAudio(const std::vector<float>& samples, int sampleRateHz,
                            const AudioRange& range, const std::filesystem::path& source) {
    const double duration = sampleRateHz > 0 ? double(samples.size()) / sampleRateHz : 0.0;
    if (!(range.startSeconds >= 0.0) || !(range.endSeconds > range.startSeconds) ||
        range.startSeconds >= duration)
        throw Error(ErrorKind::BadInput,
                    "the selected range " + std::to_string(range.startSeconds) + " s to " +
                        std::to_string(range.endSeconds) + " s is not inside the recording (" +
                        std::to_string(duration) + " s); select the range again",
                    source.string());
    const auto first = size_t(std::llround(range.startSeconds * sampleRateHz));
    const auto last =
        std::min(samples.size(), size_t(std::llround(range.endSeconds * sampleRateHz)));
    return std::vector<float>(samples.begin() + std::ptrdiff_t(first),
                              samples.begin() + std::ptrdiff_t(std::max(first, last)));
}

TemporaryWav::TemporaryWav(const std::vector<float>& samples, int sampleRateHz)
    : m_path(uniqueTemporaryName()) {
    std::ofstream out(m_path, std::ios::binary);
    const auto dataBytes = std::uint32_t(samples.size() * 2);
    out.write("RIFF", 4);
    putLittleEndian(out, 36 + dataBytes, 4);
    out.write("WAVEfmt ", 8);
    putLittleEndian(out, 16, 4);  // PCM header size
    putLittleEndian(out, 1, 2);   // PCM
    putLittleEndian(out, 1, 2);   // mono
    putLittleEndian(out, std::uint32_t(sampleRateHz), 4);
    putLittleEndian(out, std::uint32_t(sampleRateHz) * 2, 4);  // bytes per second
    putLittleEndian(out, 2, 2);                                // bytes per sample frame
    putLittleEndian(out, 16, 2);                               // bits per sample
    out.write("data", 4);
    putLittleEndian(out, dataBytes, 4);
    for (float v : samples) {
        const long q = std::lround(std::clamp(v, -1.0f, 1.0f) * 32767.0f);
        putLittleEndian(out, std::uint32_t(std::int16_t(q)) & 0xFFFFu, 2);
    }
    out.close();
    if (!out) {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
        throw Error(ErrorKind::Io,
                    "cannot write the temporary sound file of the selected range; free some "
                    "space in the temporary folder",
                    m_path.string());
    }
}

TemporaryWav::~TemporaryWav() {
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
}

}  // namespace vx::studio
