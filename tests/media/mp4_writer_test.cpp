// Mp4Writer: what ffprobe sees in the file (codecs, pixel format, frame count, rate, durations,
// faststart), odd sizes, audio cut at the video's end, and the safety of the user's files on
// cancel and failure.
#include "media/mp4_writer.h"
#include "media/audio_decoder.h"
#include "media/video_decoder.h"

#include "common/json.h"
#include "media_fixtures.h"
#include "support/test_support.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmath>
#include <csignal>
#include <fstream>
#include <iterator>
#include <memory>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;
using vx::ErrorKind;
using vx::JsonValue;
using vx::test::generatedMedia;
using vx::test::TempDir;
using vx::test::throwsErrorNamingFile;

JsonValue ffprobe(const fs::path& path) {
    int status = 0;
    const std::string json = vx::test::captureOutput(
        "ffprobe -v error -show_streams -show_format -of json '" + path.string() + "'", status);
    EXPECT_EQ(status, 0) << json;
    return vx::parseJson(json);
}

double fraction(const std::string& text) {  // "142/5"
    const auto slash = text.find('/');
    return std::stod(text.substr(0, slash)) / std::stod(text.substr(slash + 1));
}

const JsonValue* streamOfType(const JsonValue& probe, const std::string& type) {
    for (const JsonValue& stream : probe.at("streams").asArray())
        if (stream.at("codec_type").asString() == type)
            return &stream;
    return nullptr;
}

// A frame that moves: a gradient with a square sliding across it.
cv::Mat syntheticFrame(int width, int height, std::int64_t index) {
    cv::Mat rgb(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(255 * x / width),
                                                static_cast<uchar>(255 * y / height), 96);
    const int side = std::max(4, height / 4);
    const int left = static_cast<int>((index * 3) % std::max(1, width - side));
    cv::rectangle(rgb, cv::Rect(left, height / 3, side, side), cv::Scalar(250, 250, 250),
                  cv::FILLED);
    return rgb;
}

// The order of the MP4's top-level boxes.
std::vector<std::string> topLevelBoxes(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::vector<std::string> boxes;
    unsigned char header[8];
    while (file.read(reinterpret_cast<char*>(header), 8)) {
        std::uint64_t size =
            (std::uint64_t{header[0]} << 24) | (header[1] << 16) | (header[2] << 8) | header[3];
        boxes.emplace_back(reinterpret_cast<char*>(header + 4), 4);
        std::uint64_t consumed = 8;
        if (size == 1) {
            unsigned char large[8];
            file.read(reinterpret_cast<char*>(large), 8);
            size = 0;
            for (unsigned char byte : large)
                size = (size << 8) | byte;
            consumed = 16;
        }
        if (size < consumed)
            break;
        file.seekg(static_cast<std::streamoff>(size - consumed), std::ios::cur);
    }
    return boxes;
}

std::string readText(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// A 32x32 clip of `frames` synthetic frames over `audio`, finished and closed.
void writeSmallClip(const fs::path& target, FrameRate fps, const fs::path& audio, int frames) {
    Mp4WriterOptions options;
    options.width = 32;
    options.height = 32;
    options.fps = fps;
    options.audioPath = audio;
    Mp4Writer writer(target, options);
    for (int i = 0; i < frames; ++i)
        writer.writeFrame(syntheticFrame(32, 32, i));
    writer.finish();
}

std::size_t entriesIn(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), {}));
}

TEST(FrameRate, FromDoubleGivesTheFraction) {
    const FrameRate vexpress = FrameRate::fromDouble(28.4);
    EXPECT_EQ(vexpress.numerator, 142);
    EXPECT_EQ(vexpress.denominator, 5);
    EXPECT_EQ(FrameRate::fromDouble(30.0).numerator, 30);
    EXPECT_EQ(FrameRate::fromDouble(30.0).denominator, 1);
    EXPECT_NEAR(FrameRate::fromDouble(2000.0 / 71.0).value(), 2000.0 / 71.0, 1e-9);
    EXPECT_THROW(FrameRate::fromDouble(0.0), vx::Error);
}

TEST(Mp4Writer, WritesH264AndAacThatSpanTheAudio) {
    const fs::path audioPath = generatedMedia() / "speech.wav";
    const double audioSeconds = decodeAudio(audioPath).durationSeconds();
    // V-Express's arithmetic (spec §7.3): L0 = floor(d*30) rounded down to 20n+4, fps = L/d.
    const auto l0 = static_cast<std::int64_t>(std::floor(audioSeconds * 30.0));
    const std::int64_t frames = (l0 - 4) / 20 * 20 + 4;
    Mp4WriterOptions options;
    options.width = 96;
    options.height = 64;
    options.fps = FrameRate::fromDouble(static_cast<double>(frames) / audioSeconds);
    options.audioPath = audioPath;
    const double fps = options.fps.value();

    TempDir dir;
    const fs::path target = dir / "talk.mp4";
    std::vector<cv::Mat> written;
    {
        Mp4Writer writer(target, options);
        for (std::int64_t i = 0; i < frames; ++i) {
            written.push_back(syntheticFrame(96, 64, i));
            writer.writeFrame(written.back());
        }
        EXPECT_TRUE(fs::exists(writer.temporaryPath()));
        EXPECT_EQ(writer.temporaryPath().parent_path(), target.parent_path());
        EXPECT_FALSE(fs::exists(target));
        writer.finish();
        EXPECT_EQ(writer.framesWritten(), frames);
    }
    ASSERT_TRUE(fs::exists(target));
    EXPECT_EQ(entriesIn(dir.path()), 1u);  // no temporary file left behind

    const JsonValue probe = ffprobe(target);
    const JsonValue* video = streamOfType(probe, "video");
    const JsonValue* audio = streamOfType(probe, "audio");
    ASSERT_NE(video, nullptr);
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(probe.at("streams").asArray().size(), 2u);
    EXPECT_EQ(video->at("codec_name").asString(), "h264");
    EXPECT_EQ(video->at("pix_fmt").asString(), "yuv420p");
    EXPECT_EQ(video->at("width").asInt(), 96);
    EXPECT_EQ(video->at("height").asInt(), 64);
    EXPECT_EQ(std::stoll(video->at("nb_frames").asString()), frames);
    EXPECT_NEAR(fraction(video->at("avg_frame_rate").asString()), fps, 1e-6);
    EXPECT_EQ(audio->at("codec_name").asString(), "aac");
    EXPECT_EQ(audio->at("sample_rate").asString(), "22050");
    const double videoSeconds = static_cast<double>(frames) / fps;
    const double formatSeconds = std::stod(probe.at("format").at("duration").asString());
    const double audioStreamSeconds = std::stod(audio->at("duration").asString());
    std::cout << "[ measured ] audio " << audioSeconds << " s, video " << videoSeconds
              << " s, file " << formatSeconds << " s, AAC track " << audioStreamSeconds
              << " s, one frame " << 1.0 / fps << " s\n";
    EXPECT_NEAR(formatSeconds, audioSeconds, 1.0 / fps);
    EXPECT_NEAR(audioStreamSeconds, audioSeconds, 1.0 / fps);

    // movflags +faststart: the index comes before the media data.
    const std::vector<std::string> boxes = topLevelBoxes(target);
    const auto moov = std::find(boxes.begin(), boxes.end(), "moov");
    const auto mdat = std::find(boxes.begin(), boxes.end(), "mdat");
    ASSERT_NE(moov, boxes.end());
    ASSERT_NE(mdat, boxes.end());
    EXPECT_LT(moov - boxes.begin(), mdat - boxes.begin());

    // The frames come back as written, up to CRF 18 compression.
    VideoDecoder decoder(target);
    cv::Mat rgb;
    std::size_t index = 0;
    double worstMean = 0.0;
    while (decoder.readFrame(rgb)) {
        ASSERT_LT(index, written.size());
        cv::Mat difference;
        cv::absdiff(rgb, written[index], difference);
        const cv::Scalar mean = cv::mean(difference);
        worstMean = std::max({worstMean, mean[0], mean[1], mean[2]});
        ++index;
    }
    EXPECT_EQ(index, written.size());
    EXPECT_LT(worstMean, 4.0);
}

TEST(Mp4Writer, OddSizesArePaddedAndAudioCanBeLeftOut) {
    Mp4WriterOptions options;
    options.width = 63;
    options.height = 47;
    options.fps = FrameRate{25, 1};
    options.audio = AudioTrackMode::None;
    TempDir dir;
    const fs::path target = dir / "odd.mp4";
    {
        Mp4Writer writer(target, options);
        for (int i = 0; i < 10; ++i)
            writer.writeFrame(syntheticFrame(63, 47, i));
        writer.finish();
    }
    const JsonValue probe = ffprobe(target);
    ASSERT_EQ(probe.at("streams").asArray().size(), 1u);
    const JsonValue& video = probe.at("streams").asArray()[0];
    EXPECT_EQ(video.at("width").asInt(), 64);
    EXPECT_EQ(video.at("height").asInt(), 48);
    EXPECT_EQ(std::stoll(video.at("nb_frames").asString()), 10);
    // The added column and row repeat the last ones.
    VideoDecoder decoder(target);
    cv::Mat rgb;
    ASSERT_TRUE(decoder.readFrame(rgb));
    cv::Mat difference;
    cv::absdiff(rgb.col(63), rgb.col(62), difference);
    EXPECT_LT(cv::norm(difference, cv::NORM_INF), 12.0);
    cv::absdiff(rgb.row(47), rgb.row(46), difference);
    EXPECT_LT(cv::norm(difference, cv::NORM_INF), 12.0);
}

// Encodes the same noisy frames after leaving `pattern`'s bytes in freed heap memory, and returns
// the file's bytes.
std::string encodeAfterDirtyingTheHeap(const fs::path& target, unsigned pattern) {
    {
        std::vector<std::unique_ptr<unsigned char[]>> blocks;
        cv::RNG rng(pattern);
        for (int i = 0; i < 2000; ++i) {
            const size_t size = 64 + size_t(rng.uniform(0, 200000));
            blocks.emplace_back(new unsigned char[size]);
            for (size_t k = 0; k < size; ++k)
                blocks.back()[k] = static_cast<unsigned char>(rng.next());
        }
    }  // freed, with their bytes left behind for the encoder's allocations
    Mp4WriterOptions options;
    options.width = 64;
    options.height = 64;
    options.fps = FrameRate{25, 1};
    options.audio = AudioTrackMode::None;
    {
        Mp4Writer writer(target, options);
        cv::RNG frames(7);
        for (int i = 0; i < 24; ++i) {
            cv::Mat rgb = syntheticFrame(64, 64, i);
            cv::Mat noise(64, 64, CV_8UC3);
            frames.fill(noise, cv::RNG::UNIFORM, 0, 64);
            writer.writeFrame(rgb + noise);
        }
        writer.finish();
    }
    std::ifstream file(target, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

// x264's AVX-512 routines read memory they never wrote; the writer keeps x264 off them, so the
// bitstream depends on the frames alone (the studio's and the CLI's renders of one project are
// the same file).
TEST(Mp4Writer, TheSameFramesGiveTheSameFileWhateverWasOnTheHeap) {
    TempDir dir;
    const std::string first = encodeAfterDirtyingTheHeap(dir / "a.mp4", 1);
    ASSERT_FALSE(first.empty());
    for (unsigned pattern : {2u, 3u, 4u})
        EXPECT_TRUE(encodeAfterDirtyingTheHeap(dir / "b.mp4", pattern) == first)
            << "heap pattern " << pattern << " changed the encoded file";
}

TEST(Mp4Writer, AudioIsCutAtTheEndOfTheVideo) {
    // 2 s of stereo 44.1 kHz audio under 1 s of video.
    TempDir dir;
    const fs::path target = dir / "short.mp4";
    writeSmallClip(target, FrameRate{25, 1}, generatedMedia() / "stereo44k.mp3", 25);
    const JsonValue probe = ffprobe(target);
    const JsonValue* audio = streamOfType(probe, "audio");
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(audio->at("sample_rate").asString(), "44100");
    EXPECT_EQ(audio->at("channels").asInt(), 2);
    EXPECT_NEAR(std::stod(audio->at("duration").asString()), 1.0, 1.0 / 25);
    EXPECT_NEAR(std::stod(probe.at("format").at("duration").asString()), 1.0, 1.0 / 25);
}

TEST(Mp4Writer, TakesItsAudioFromAnyFormatTheDecoderReads) {
    struct Source {
        const char* file;
        int rateHz;
        int channels;
    };
    for (const Source& source :
         {Source{"stereo48k.opus.ogg", 48000, 2}, Source{"stereo48k.flac", 48000, 2},
          Source{"stereo44k.m4a", 44100, 2}, Source{"mono8k.wav", 8000, 1},
          Source{"with-audio.mp4", 44100, 2}}) {
        SCOPED_TRACE(source.file);
        TempDir dir;
        const fs::path target = dir / "out.mp4";
        writeSmallClip(target, FrameRate{20, 1}, generatedMedia() / source.file, 30);
        const JsonValue probe = ffprobe(target);
        const JsonValue* audio = streamOfType(probe, "audio");
        ASSERT_NE(audio, nullptr);
        EXPECT_EQ(audio->at("codec_name").asString(), "aac");
        EXPECT_EQ(std::stoi(audio->at("sample_rate").asString()), source.rateHz);
        EXPECT_EQ(audio->at("channels").asInt(), source.channels);
        EXPECT_NEAR(std::stod(audio->at("duration").asString()), 1.5, 1.0 / 20);
    }
}

TEST(Mp4Writer, CancelOrDestructionWithoutFinishLeavesNoFile) {
    Mp4WriterOptions options;
    options.width = 32;
    options.height = 32;
    options.audioPath = generatedMedia() / "speech.wav";
    TempDir dir;
    const fs::path target = dir / "cancelled.mp4";
    {
        Mp4Writer writer(target, options);
        for (int i = 0; i < 5; ++i)
            writer.writeFrame(syntheticFrame(32, 32, i));
        ASSERT_TRUE(fs::exists(writer.temporaryPath()));
    }
    EXPECT_EQ(entriesIn(dir.path()), 0u);
    {
        Mp4Writer writer(target, options);
        writer.writeFrame(syntheticFrame(32, 32, 0));
        writer.cancel();
        EXPECT_FALSE(fs::exists(writer.temporaryPath()));
        EXPECT_THROW(writer.finish(), vx::Error);
    }
    EXPECT_EQ(entriesIn(dir.path()), 0u);
}

// A writer killed outright (SIGKILL, power cut) leaves its hidden temporary file; the next writer
// of the same target removes it, but not one of a live process, another machine or another name.
TEST(Mp4Writer, TheNextWriterRemovesTheTemporaryFilesOfKilledWriters) {
    Mp4WriterOptions options;
    options.width = 32;
    options.height = 32;
    options.audio = AudioTrackMode::None;
    TempDir dir;
    const fs::path target = dir / "talk.mp4";
    std::string killedName;
    {
        // A real writer in a child process that is then killed: its temporary file stays.
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            try {
                Mp4Writer writer(target, options);
                writer.writeFrame(syntheticFrame(32, 32, 0));
                const std::string name = writer.temporaryPath().filename().string();
                (void)!::write(fds[1], name.c_str(), name.size());
                ::close(fds[1]);
                ::pause();
            } catch (...) {
            }
            ::_exit(1);  // never back into the test runner
        }
        ::close(fds[1]);
        char buffer[512] = {};
        ASSERT_GT(::read(fds[0], buffer, sizeof buffer - 1), 0);
        ::close(fds[0]);
        killedName = buffer;
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }
    ASSERT_TRUE(fs::exists(dir / killedName)) << killedName;
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const std::string live =
        ".talk.vx-partial-" + std::string(host) + "-" + std::to_string(::getpid()) + "-1-0.mp4";
    const std::string elsewhere = ".talk.vx-partial-another-host-1-2-0.mp4";
    const std::string otherName = ".speech.vx-partial-" + std::string(host) + "-999999-3-0.mp4";
    for (const std::string& name : {live, elsewhere, otherName})
        std::ofstream(dir / name) << "in progress";
    {
        Mp4Writer writer(target, options);
        writer.writeFrame(syntheticFrame(32, 32, 0));
        writer.finish();
    }
    EXPECT_FALSE(fs::exists(dir / killedName));
    for (const std::string& name : {live, elsewhere, otherName})
        EXPECT_TRUE(fs::exists(dir / name)) << name;
    EXPECT_TRUE(fs::exists(target));
}

TEST(Mp4Writer, FailuresNeverTouchAnExistingFile) {
    TempDir dir;
    const fs::path target = dir / "precious.mp4";
    std::ofstream(target) << "the user's earlier video";
    Mp4WriterOptions options;
    options.width = 32;
    options.height = 32;

    // An unusable audio file: refused before anything is written.
    options.audioPath = generatedMedia() / "text.mp3";
    EXPECT_TRUE(throwsErrorNamingFile([&] { Mp4Writer writer(target, options); },
                                      ErrorKind::BadInput, options.audioPath));
    EXPECT_EQ(readText(target), "the user's earlier video");
    EXPECT_EQ(entriesIn(dir.path()), 1u);

    // A failure in the middle of writing (a frame of the wrong size).
    options.audioPath = generatedMedia() / "speech.wav";
    {
        Mp4Writer writer(target, options);
        writer.writeFrame(syntheticFrame(32, 32, 0));
        EXPECT_THROW(writer.writeFrame(syntheticFrame(30, 32, 1)), vx::Error);
    }
    EXPECT_EQ(readText(target), "the user's earlier video");
    EXPECT_EQ(entriesIn(dir.path()), 1u);

    // finish() with no frame fails and cleans up too.
    {
        Mp4Writer writer(target, options);
        EXPECT_THROW(writer.finish(), vx::Error);
    }
    EXPECT_EQ(readText(target), "the user's earlier video");
    EXPECT_EQ(entriesIn(dir.path()), 1u);

    // Success replaces it.
    {
        Mp4Writer writer(target, options);
        writer.writeFrame(syntheticFrame(32, 32, 0));
        writer.finish();
    }
    EXPECT_NE(readText(target).substr(4, 4), "user");
    EXPECT_EQ(topLevelBoxes(target).at(0), "ftyp");
}

// A full disk, simulated with a file-size limit: writes past it fail with EFBIG (the signal
// the kernel would also send is ignored for the test).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

TEST(Mp4Writer, AFullDiskGivesAnIoErrorAndKeepsTheExistingFile) {
    TempDir dir;
    const fs::path target = dir / "precious.mp4";
    std::ofstream(target) << "the user's earlier video";
    Mp4WriterOptions options;
    options.width = 128;
    options.height = 128;
    options.crf = 0;  // lossless noise: large packets quickly
    options.audio = AudioTrackMode::None;
    cv::Mat noise(128, 128, CV_8UC3);
    cv::RNG rng(5);
    bool failed = false;
    {
        FileSizeLimit limit(200'000);
        try {
            Mp4Writer writer(target, options);
            for (int i = 0; i < 100; ++i) {
                rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
                writer.writeFrame(noise);
            }
            writer.finish();
        } catch (const vx::Error& e) {
            failed = true;
            EXPECT_EQ(e.kind(), ErrorKind::Io) << e.what();
            EXPECT_EQ(e.file(), target.string());
        }
    }
    EXPECT_TRUE(failed) << "100 lossless 128x128 noise frames fit in 200 kB?";
    EXPECT_EQ(readText(target), "the user's earlier video");
    EXPECT_EQ(entriesIn(dir.path()), 1u);
}

TEST(Mp4Writer, AnUnwritableFolderGivesAnIoErrorNamingTheTarget) {
    TempDir dir;
    Mp4WriterOptions options;
    options.width = 32;
    options.height = 32;
    options.audio = AudioTrackMode::None;
    const fs::path missingFolder = dir / "no-such-folder" / "out.mp4";
    EXPECT_TRUE(throwsErrorNamingFile([&] { Mp4Writer writer(missingFolder, options); },
                                      ErrorKind::Io, missingFolder));
    const fs::path plainFile = dir / "a-file";
    std::ofstream(plainFile) << "x";
    const fs::path underFile = plainFile / "out.mp4";
    EXPECT_TRUE(throwsErrorNamingFile([&] { Mp4Writer writer(underFile, options); }, ErrorKind::Io,
                                      underFile));
    if (::geteuid() != 0) {  // root ignores permissions
        const fs::path readOnly = dir / "read-only";
        fs::create_directory(readOnly);
        fs::permissions(readOnly, fs::perms::owner_read | fs::perms::owner_exec);
        const fs::path target = readOnly / "out.mp4";
        EXPECT_TRUE(throwsErrorNamingFile([&] { Mp4Writer writer(target, options); }, ErrorKind::Io,
                                          target));
        fs::permissions(readOnly, fs::perms::owner_all);
    }
    const fs::path folderTarget = dir.path();
    EXPECT_TRUE(throwsErrorNamingFile([&] { Mp4Writer writer(folderTarget, options); },
                                      ErrorKind::Io, folderTarget));
}

}  // namespace
