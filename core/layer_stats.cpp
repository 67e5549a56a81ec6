// SPDX-License-Identifier: GPL-3.0-or-later
// Per-layer statistics (issue 11) from the buffers of one forward and backward pass: the trainer
// computes them at its snapshots without allocating, measureNetwork on a network of its own. Both
// run the same Network::statistics, so the two agree bit for bit.
#include "core/layer_stats.h"

#include "core/network.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
// A hidden tanh unit is saturated where |a| >= 0.99, a sigmoid one where a <= 0.01 or a >= 0.99:
// g'(z) is then below 0.02 (tanh) or 0.0099 (sigmoid), and the unit barely learns.
constexpr double kTanhSaturation = 0.99;
constexpr double kSigmoidSaturationLow = 0.01;
constexpr double kSigmoidSaturationHigh = 0.99;
// The output a is saturated where log(a) or log(1 - a) of the cost is about to become infinite.
constexpr double kOutputSaturation = 1e-12;

enum class Saturation { None, Tanh, Sigmoid, Output };

// Sums run in this many independent accumulators (lane k takes every k-th sample of a row), so
// the trainer's statistics at a snapshot cost a few iterations, not a chain of dependent adds.
constexpr int kLanes = 4;
using Lanes = std::array<double, kLanes>;

double total(const Lanes& lanes)
{
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

// `rows` rows of `m` values each, `stride` values apart: a layer's units x samples without the
// padding (Network keeps samples along rows, padded past m).
struct Entries {
    const Scalar* data;
    Eigen::Index rows;
    Eigen::Index m;
    Eigen::Index stride;

    template <typename F> void forEach(F&& f) const
    {
        for (Eigen::Index r = 0; r < rows; ++r) {
            const Scalar* row = data + r * stride;
            for (Eigen::Index s = 0; s < m; ++s)
                f(row[s]);
        }
    }
    /// f(lane, value) for every entry, lane in [0, kLanes).
    template <typename F> void forEachLane(F&& f) const
    {
        for (Eigen::Index r = 0; r < rows; ++r) {
            const Scalar* row = data + r * stride;
            Eigen::Index s = 0;
            for (; s + kLanes <= m; s += kLanes) {
                for (std::size_t k = 0; k < static_cast<std::size_t>(kLanes); ++k)
                    f(k, row[s + static_cast<Eigen::Index>(k)]);
            }
            for (; s < m; ++s)
                f(std::size_t{0}, row[s]);
        }
    }
    [[nodiscard]] double count() const { return static_cast<double>(rows * m); }
};

Entries contiguous(const Scalar* data, Eigen::Index size)
{
    return {data, 1, size, size};
}

// np.std(x), the population std: two passes, the second over (x - mean)^2.
double populationStd(const Entries& entries)
{
    Lanes sum{};
    entries.forEachLane([&](std::size_t k, Scalar x) { sum[k] += x; });
    const double mean = total(sum) / entries.count();
    Lanes squares{};
    entries.forEachLane([&](std::size_t k, Scalar x) { squares[k] += (x - mean) * (x - mean); });
    return std::sqrt(total(squares) / entries.count());
}

// np.linalg.norm(dW): the Frobenius norm.
double frobeniusNorm(const Matrix& M)
{
    Lanes squares{};
    contiguous(M.data(), M.size()).forEachLane([&](std::size_t k, Scalar x) {
        squares[k] += x * x;
    });
    return std::sqrt(total(squares));
}

template <Saturation Kind> bool saturated(Scalar a)
{
    if constexpr (Kind == Saturation::Tanh)
        return std::abs(a) >= kTanhSaturation;
    else if constexpr (Kind == Saturation::Sigmoid)
        return a <= kSigmoidSaturationLow || a >= kSigmoidSaturationHigh;
    else if constexpr (Kind == Saturation::Output)
        return a <= kOutputSaturation || a >= 1.0 - kOutputSaturation;
    else
        return false;
}

// A_l's statistics in two passes over its entries (the trainer computes them at every snapshot):
// the sum, range, dead and saturated counts, then the squared deviations and the histogram.
// mean and std are np.mean and np.std's (population) two-pass formulas. The histogram has
// kHistogramBins equal bins over [min, max] of the finite entries, the max in the last bin, as
// np.histogram(a, bins, range=(min, max)) counts them; where every finite entry is equal (a dead
// layer, the zeros initialization) they all count in bin 0.
template <Saturation Kind, bool CountDead>
void describeActivations(const Entries& A, LayerStatistics& layer)
{
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    Lanes sum{};
    Lanes dead{};
    Lanes saturatedEntries{};
    Lanes lows{};
    Lanes highs{};
    lows.fill(kInfinity);
    highs.fill(-kInfinity);
    A.forEachLane([&](std::size_t k, Scalar a) {
        sum[k] += a;
        const bool finite = std::abs(a) <= std::numeric_limits<double>::max(); // not inf or NaN
        lows[k] = finite && a < lows[k] ? a : lows[k];
        highs[k] = finite && a > highs[k] ? a : highs[k];
        if constexpr (CountDead)
            dead[k] += a == 0.0 ? 1.0 : 0.0;
        saturatedEntries[k] += saturated<Kind>(a) ? 1.0 : 0.0;
    });
    const double low = *std::min_element(lows.begin(), lows.end());
    const double high = *std::max_element(highs.begin(), highs.end());
    const double mean = total(sum) / A.count();
    layer.activationMean = mean;
    layer.deadFraction = total(dead) / A.count();
    layer.saturatedFraction = total(saturatedEntries) / A.count();
    layer.histogram.fill(0);
    const bool anyFinite = low <= high;
    layer.histogramLow = anyFinite ? low : 0.0;
    layer.histogramHigh = anyFinite ? high : 0.0;
    const double binsPerUnit = high > low ? kHistogramBins / (high - low) : 0.0;
    Lanes squares{};
    A.forEachLane([&](std::size_t k, Scalar a) { squares[k] += (a - mean) * (a - mean); });
    layer.activationStd = std::sqrt(total(squares) / A.count());
    A.forEach([&](Scalar a) {
        if (std::isfinite(a)) {
            const auto bin = static_cast<int>((a - low) * binsPerUnit);
            ++layer.histogram[static_cast<std::size_t>(std::clamp(bin, 0, kHistogramBins - 1))];
        }
    });
}

} // namespace

void Network::statistics(NetworkStatistics& out, int iteration) const
{
    if (samples_ < 1)
        throw std::logic_error("Network::statistics() needs a forward() and backward() first");
    const std::size_t layers = parameters_.W.size();
    const Eigen::Index m = samples_;
    const Eigen::Index stride = paddedSamples_;
    out.iteration = iteration;
    out.layers.resize(layers); // allocates only the first time
    for (std::size_t l = 0; l < layers; ++l) {
        LayerStatistics& layer = out.layers[l];
        layer.layer = static_cast<int>(l + 1);
        const Matrix& W = parameters_.W[l];
        const SampleRows& dZ = deltas_[l]; // dZ_{l+1}: n x m, padded
        if (l + 1 < layers) { // hidden: A_{l+1} is layers_[l + 1]
            const SampleRows& A = layers_[l + 1];
            const Entries entries{A.data(), A.rows(), m, stride};
            switch (activation_) {
            case Activation::Relu:
                describeActivations<Saturation::None, true>(entries, layer);
                break;
            case Activation::LeakyRelu:
                describeActivations<Saturation::None, false>(entries, layer);
                break;
            case Activation::Tanh:
                describeActivations<Saturation::Tanh, false>(entries, layer);
                break;
            case Activation::Sigmoid:
                describeActivations<Saturation::Sigmoid, false>(entries, layer);
                break;
            }
        } else { // the output: layers_ ends with Z_L, A_L is output_
            describeActivations<Saturation::Output, false>(contiguous(output_.data(), m), layer);
        }
        layer.weightStd = populationStd(contiguous(W.data(), W.size()));
        layer.gradientNorm = frobeniusNorm(gradients_.dW[l]);
        layer.deltaStd = populationStd({dZ.data(), dZ.rows(), m, stride});
    }
    out.outputSaturatedFraction = out.layers.back().saturatedFraction;
}

NetworkStatistics measureNetwork(const Parameters& parameters, Activation activation,
                                 const Matrix& X, const RowVector& Y, int iteration,
                                 const std::stop_token& stop)
{
    if (Y.cols() != X.cols())
        throw std::invalid_argument("measureNetwork needs one label per sample ("
                                    + std::to_string(X.cols()) + " samples, "
                                    + std::to_string(Y.cols()) + " labels)");
    Network network(parameters, activation);
    network.setStopToken(stop);
    network.forward(X);
    network.backward(X, Y);
    NetworkStatistics statistics;
    if (stop.stop_requested())
        return statistics; // the passes were cut short
    network.statistics(statistics, iteration);
    return statistics;
}

} // namespace initviz
