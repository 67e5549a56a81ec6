// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset_kinds.h"

#include "core/message.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace initviz {

namespace {
// Defaults chosen by looking at the plots (tests/reference/dataset_kinds.py --plot): the moons
// stay two clean arcs that no straight line separates; xor's four squares keep a visible gap
// (0.1 from each axis) with noise 0.05; the spiral's arms (about 0.2 apart at the rim) stay
// apart with noise 0.05; the blobs (sklearn's cluster_std 0.5) just touch: the line x1 + x2 = 0
// misses 2 of the 300 train points (33 at --spread 1.25), an easy first lesson.
constexpr double kCirclesNoise = 0.05; // the notebook's
constexpr double kCirclesFactor = 0.8; // the notebook's
constexpr double kMoonsNoise = 0.1;
constexpr double kBlobsSpread = 0.5; // issue 10
constexpr double kXorNoise = 0.05;
constexpr double kSpiralNoise = 0.05;
constexpr double kXorAxisGap = 0.1; // X += 0.1 * sign(X)
constexpr double kSpiralTurns = 1.75;
constexpr std::array<std::array<double, 2>, 2> kBlobCentres{{{-1.0, -1.0}, {1.0, 1.0}}};
// A wider view keeps this much room beyond its farthest point, and about this many ticks from
// the centre to an edge.
constexpr double kViewMargin = 1.04;
constexpr double kTicksPerHalfAxis = 3.0;

/// Rows of (x1, x2, label) in numpy's row order, before the shuffle and the noise.
struct Rows {
    std::vector<double> x1, x2, label;
    void add(double a, double b, double y)
    {
        x1.push_back(a);
        x2.push_back(b);
        label.push_back(y);
    }
};

/// `np.linspace(start, stop, count)`: i * step + start, the last exactly `stop`.
double linspaceAt(double start, double stop, int count, int i)
{
    if (count > 1 && i == count - 1)
        return stop;
    const double step = count > 1 ? (stop - start) / (count - 1) : 0.0;
    return i * step + start;
}

/// sklearn.utils.shuffle (permute np.arange(n) with the generator), into the 2 x m layout.
Dataset shuffled(const Rows& rows, NumpyRandom& rng)
{
    std::vector<int> order(rows.x1.size());
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(std::span<int>(order));
    const auto samples = static_cast<Eigen::Index>(order.size());
    Dataset data;
    data.X.resize(2, samples);
    data.Y.resize(samples);
    for (Eigen::Index k = 0; k < samples; ++k) {
        const auto source = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
        data.X(0, k) = rows.x1[source];
        data.X(1, k) = rows.x2[source];
        data.Y(k) = rows.label[source];
    }
    return data;
}

/// X += normal(scale=noise, size=(n, 2)), drawn row by row: x1 then x2 of each point.
void addNoise(Dataset& data, double noise, NumpyRandom& rng)
{
    for (Eigen::Index k = 0; k < data.size(); ++k) {
        data.X(0, k) += rng.normal(0.0, noise);
        data.X(1, k) += rng.normal(0.0, noise);
    }
}

double sign(double value)
{
    return value > 0.0 ? 1.0 : (value < 0.0 ? -1.0 : 0.0);
}

Dataset generateCircles(int samples, const DatasetOptions& options, NumpyRandom& rng)
{
    return makeCircles(samples, options.noise, options.factor, rng);
}

Dataset generateMoons(int samples, const DatasetOptions& options, NumpyRandom& rng)
{
    return makeMoons(samples, options.noise, rng);
}

Dataset generateBlobs(int samples, const DatasetOptions& options, NumpyRandom& rng)
{
    return makeBlobs(samples, options.spread, rng);
}

Dataset generateXor(int samples, const DatasetOptions& options, NumpyRandom& rng)
{
    return makeXor(samples, options.noise, rng);
}

Dataset generateSpiral(int samples, const DatasetOptions& options, NumpyRandom& rng)
{
    return makeSpiral(samples, options.noise, rng);
}

// clang-format off
constexpr std::array kKinds{
    DatasetKindInfo{DatasetKind::Circles, "circles", "Circles (the notebook)",
                    "two noisy circles, sklearn's make_circles (--noise, --factor)",
                    kUsesNoise | kUsesFactor, kCirclesNoise, kCirclesFactor, kBlobsSpread,
                    generateCircles, kNotebookViewHalfWidth},
    DatasetKindInfo{DatasetKind::Moons, "moons", "Moons",
                    "two interleaving half circles, sklearn's make_moons (--noise)",
                    kUsesNoise, kMoonsNoise, kCirclesFactor, kBlobsSpread, generateMoons,
                    kNotebookViewHalfWidth},
    DatasetKindInfo{DatasetKind::Blobs, "blobs", "Blobs",
                    "two Gaussian clusters at (-1, -1) and (1, 1), sklearn's make_blobs (--spread)",
                    kUsesSpread, kCirclesNoise, kCirclesFactor, kBlobsSpread, generateBlobs,
                    kNotebookViewHalfWidth},
    DatasetKindInfo{DatasetKind::Xor, "xor", "XOR",
                    "four squares, label 1 where x1 and x2 have different signs (--noise)",
                    kUsesNoise, kXorNoise, kCirclesFactor, kBlobsSpread, generateXor,
                    kNotebookViewHalfWidth},
    DatasetKindInfo{DatasetKind::Spiral, "spiral", "Spiral",
                    "two interleaved spiral arms of 1.75 turns (--noise)",
                    kUsesNoise, kSpiralNoise, kCirclesFactor, kBlobsSpread, generateSpiral,
                    kNotebookViewHalfWidth},
};
// clang-format on

constexpr std::string_view kKindNames = "circles, moons, blobs, xor, spiral";

double farthestCoordinate(const Dataset& set)
{
    double farthest = 0.0;
    for (Eigen::Index i = 0; i < set.X.cols(); ++i) {
        for (Eigen::Index axis = 0; axis < set.X.rows(); ++axis) {
            const double value = std::abs(set.X(axis, i));
            if (std::isfinite(value))
                farthest = std::max(farthest, value);
        }
    }
    return farthest;
}
} // namespace

std::span<const DatasetKindInfo> datasetKinds()
{
    return kKinds;
}

const DatasetKindInfo& datasetKindInfo(DatasetKind kind)
{
    for (const DatasetKindInfo& info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    throw UserError(QT_TRANSLATE_NOOP("initviz::core", "unknown data set kind"));
}

std::optional<DatasetKind> parseDatasetKind(std::string_view name)
{
    for (const DatasetKindInfo& info : kKinds) {
        if (info.name == name)
            return info.kind;
    }
    return std::nullopt;
}

std::string_view datasetKindNames()
{
    return kKindNames;
}

DatasetOptions defaultDatasetOptions(DatasetKind kind)
{
    const DatasetKindInfo& info = datasetKindInfo(kind);
    DatasetOptions options;
    options.kind = kind;
    options.noise = info.noise;
    options.factor = info.factor;
    options.spread = info.spread;
    return options;
}

Dataset makeMoons(int samples, double noise, NumpyRandom& rng)
{
    validateSampleCount(samples, MessageArg::text("make_moons"));
    validateNoise(noise, MessageArg::text("make_moons"));
    const int outer = samples / 2;
    const int inner = samples - outer;
    const double pi = std::numbers::pi;
    Rows rows;
    // outer: (cos t, sin t); inner: (1 - cos t, 1 - sin t - 0.5), t = np.linspace(0, pi, count).
    for (int i = 0; i < outer; ++i) {
        const double t = linspaceAt(0.0, pi, outer, i);
        rows.add(std::cos(t), std::sin(t), 0.0);
    }
    for (int i = 0; i < inner; ++i) {
        const double t = linspaceAt(0.0, pi, inner, i);
        rows.add(1.0 - std::cos(t), 1.0 - std::sin(t) - 0.5, 1.0);
    }
    Dataset data = shuffled(rows, rng);
    addNoise(data, noise, rng);
    return data;
}

Dataset makeBlobs(int samples, double spread, NumpyRandom& rng)
{
    validateSampleCount(samples, MessageArg::text("make_blobs"));
    if (!std::isfinite(spread) || spread <= 0.0)
        //: %1: the generator ("make_blobs"); the spread of the blobs around their centres
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "%1: spread must be a finite number > 0"),
            {MessageArg::text("make_blobs")});
    // sklearn gives the first centres one point more: counts n // 2 + n % 2, then n // 2.
    const int second = samples / 2;
    const int first = samples - second;
    Rows rows;
    // normal(loc=centre, scale=spread, size=(count, 2)): x1 then x2 of each point, centre by
    // centre, before the shuffle.
    for (std::size_t centre = 0; centre < kBlobCentres.size(); ++centre) {
        const int count = centre == 0 ? first : second;
        for (int i = 0; i < count; ++i) {
            const double a = rng.normal(kBlobCentres[centre][0], spread);
            const double b = rng.normal(kBlobCentres[centre][1], spread);
            rows.add(a, b, static_cast<double>(centre));
        }
    }
    return shuffled(rows, rng);
}

Dataset makeXor(int samples, double noise, NumpyRandom& rng)
{
    validateSampleCount(samples, MessageArg::text("xor"));
    validateNoise(noise, MessageArg::text("xor"));
    Dataset data;
    data.X.resize(2, samples);
    data.Y.resize(samples);
    // uniform(-1, 1, size=(n, 2)), row by row.
    for (int k = 0; k < samples; ++k) {
        data.X(0, k) = rng.uniform(-1.0, 1.0);
        data.X(1, k) = rng.uniform(-1.0, 1.0);
    }
    for (int k = 0; k < samples; ++k) {
        const double s1 = sign(data.X(0, k));
        const double s2 = sign(data.X(1, k));
        data.X(0, k) += kXorAxisGap * s1;
        data.X(1, k) += kXorAxisGap * s2;
        data.Y(k) = s1 != s2 ? 1.0 : 0.0;
    }
    addNoise(data, noise, rng);
    return data;
}

Dataset makeSpiral(int samples, double noise, NumpyRandom& rng)
{
    validateSampleCount(samples, MessageArg::text("spiral"));
    validateNoise(noise, MessageArg::text("spiral"));
    const double pi = std::numbers::pi;
    // Python: 1.75 * 2 * np.pi * r + k * np.pi, evaluated left to right.
    const double sweep = kSpiralTurns * 2.0 * pi;
    Rows rows;
    for (int arm = 0; arm < 2; ++arm) {
        const int count = arm == 0 ? samples / 2 : samples - samples / 2;
        for (int i = 0; i < count; ++i) {
            const double r = linspaceAt(0.0, 1.0, count, i);
            const double t = sweep * r + arm * pi;
            rows.add(r * std::sin(t), r * std::cos(t), static_cast<double>(arm));
        }
    }
    Dataset data = shuffled(rows, rng);
    addNoise(data, noise, rng);
    return data;
}

double viewTickStep(double halfWidth)
{
    const double raw = halfWidth / kTicksPerHalfAxis;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

double viewHalfWidth(const DatasetPair& data, double minimum)
{
    const double farthest
        = std::max(farthestCoordinate(data.train), farthestCoordinate(data.test)) * kViewMargin;
    if (farthest <= minimum)
        return minimum;
    const double step = viewTickStep(farthest);
    return std::ceil(farthest / step) * step;
}

} // namespace initviz
