#include "engine/pipeline/pillow_resize.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "common/error.h"

namespace vx::engine {

namespace {

// Pillow keeps 22 fractional bits so that a sum of uint8 values times weights fits an int32.
constexpr int kPrecisionBits = 32 - 8 - 2;
constexpr double kBicubicSupport = 2.0;

// Keys' cubic with a = -0.5, Pillow's BICUBIC kernel.
double bicubicKernel(double x) {
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    if (x < 2.0)
        return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
    return 0.0;
}

// For each output sample: the first input sample it reads and its fixed-point weights.
struct Taps {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int32_t> weights;  // outSize rows of `width` entries
    int width = 0;
};

// Weights as Pillow computes them: doubles normalised to sum 1 over the taps inside the
// image, then rounded half away from zero to fixed point. The support widens with the
// downscale factor so that shrinking averages (antialiasing).
Taps computeTaps(int inSize, int outSize) {
    const double scale = double(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = kBicubicSupport * filterScale;
    Taps taps;
    taps.width = int(std::ceil(support)) * 2 + 1;
    taps.first.resize(size_t(outSize));
    taps.count.resize(size_t(outSize));
    taps.weights.assign(size_t(outSize) * size_t(taps.width), 0);
    std::vector<double> weights(size_t(taps.width));
    // A multiplication by the reciprocal, not a division: the last bit of a weight can differ.
    const double inverseScale = 1.0 / filterScale;
    for (int out = 0; out < outSize; ++out) {
        const double centre = (out + 0.5) * scale;
        // Truncation toward zero, then clamping, as the C original's int casts do.
        const int first = std::max(int(centre - support + 0.5), 0);
        const int end = std::min(int(centre + support + 0.5), inSize);
        const int count = end - first;
        double total = 0.0;
        for (int i = 0; i < count; ++i) {
            weights[size_t(i)] = bicubicKernel((i + first - centre + 0.5) * inverseScale);
            total += weights[size_t(i)];
        }
        int32_t* row = &taps.weights[size_t(out) * size_t(taps.width)];
        for (int i = 0; i < count; ++i) {
            const double w = total != 0.0 ? weights[size_t(i)] / total : weights[size_t(i)];
            const double fixed = w * double(1 << kPrecisionBits);
            row[i] = int32_t(w < 0.0 ? fixed - 0.5 : fixed + 0.5);
        }
        taps.first[size_t(out)] = first;
        taps.count[size_t(out)] = count;
    }
    return taps;
}

uint8_t toUint8(int32_t fixed) {
    return uint8_t(std::clamp(fixed >> kPrecisionBits, 0, 255));
}

// One pass along an axis. The image is addressed as [outer][along][inner]; `along` is the
// resampled axis, inner holds the channels (and, for the vertical pass, the columns).
std::vector<uint8_t> resamplePass(const uint8_t* in, int64_t outer, int inAlong, int64_t inner,
                                  int outAlong) {
    const Taps taps = computeTaps(inAlong, outAlong);
    std::vector<uint8_t> out(size_t(outer * outAlong * inner));
    for (int64_t o = 0; o < outer; ++o) {
        const uint8_t* src = in + o * inAlong * inner;
        uint8_t* dst = out.data() + o * outAlong * inner;
        for (int a = 0; a < outAlong; ++a) {
            const int32_t* w = &taps.weights[size_t(a) * size_t(taps.width)];
            const uint8_t* base = src + int64_t(taps.first[size_t(a)]) * inner;
            for (int64_t c = 0; c < inner; ++c) {
                int32_t sum = 1 << (kPrecisionBits - 1);
                for (int i = 0; i < taps.count[size_t(a)]; ++i)
                    sum += int32_t(base[i * inner + c]) * w[i];
                dst[a * inner + c] = toUint8(sum);
            }
        }
    }
    return out;
}

}  // namespace

torch::Tensor pillowBicubicResize(const torch::Tensor& image, int64_t height, int64_t width) {
    if (!image.defined() || image.dim() != 3 || image.scalar_type() != torch::kUInt8 ||
        image.size(0) < 1 || image.size(1) < 1 || image.size(2) < 1)
        throw Error(ErrorKind::BadInput, "the image to resize must be uint8 [H, W, C]");
    if (height < 1 || width < 1 || height > (1 << 20) || width > (1 << 20))
        throw Error(ErrorKind::BadInput, "cannot resize an image to " + std::to_string(width) +
                                             "x" + std::to_string(height));
    const torch::Tensor in = image.to(torch::kCPU).contiguous();
    const int64_t inH = in.size(0), inW = in.size(1), channels = in.size(2);
    if (inH == height && inW == width)
        return in.clone();
    // Pillow skips a pass whose axis keeps its size (such a pass would be the identity).
    std::vector<uint8_t> pixels(in.data_ptr<uint8_t>(), in.data_ptr<uint8_t>() + in.numel());
    if (inW != width)
        pixels = resamplePass(pixels.data(), inH, int(inW), channels, int(width));
    if (inH != height)
        pixels = resamplePass(pixels.data(), 1, int(inH), width * channels, int(height));
    return torch::from_blob(pixels.data(), {height, width, channels}, torch::kUInt8).clone();
}

}  // namespace vx::engine
