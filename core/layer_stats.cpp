// SPDX-License-Identifier: GPL-3.0-or-later
// Per-layer statistics (issue 11) from the buffers of one forward and backward pass: the trainer
// computes them at its snapshots without allocating, measureNetwork on a network of its own. Both
// run the same Network::statistics, so the two agree bit for bit.
#include "core/layer_stats.h"

#include "core/network.h"

#include <algorithm>
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
    [[nodiscard]] double count() const { return static_cast<double>(rows * m); }
};

Entries contiguous(const Scalar* data, Eigen::Index size)
{
    return {data, 1, size, size};
}

// np.mean(x) and np.std(x) (population): two passes, the second over (x - mean)^2.
void meanAndStd(const Entries& entries, double& mean, double& std)
{
    double sum = 0.0;
    entries.forEach([&](Scalar x) { sum += x; });
    mean = sum / entries.count();
    double squares = 0.0;
    entries.forEach([&](Scalar x) { squares += (x - mean) * (x - mean); });
    std = std::sqrt(squares / entries.count());
}

double populationStd(const Entries& entries)
{
    double mean = 0.0;
    double std = 0.0;
    meanAndStd(entries, mean, std);
    return std;
}

// np.linalg.norm(dW): the Frobenius norm.
double frobeniusNorm(const Matrix& M)
{
    double squares = 0.0;
    contiguous(M.data(), M.size()).forEach([&](Scalar x) { squares += x * x; });
    return std::sqrt(squares);
}

bool saturated(Scalar a, Saturation kind)
{
    switch (kind) {
    case Saturation::None:
        return false;
    case Saturation::Tanh:
        return std::abs(a) >= kTanhSaturation;
    case Saturation::Sigmoid:
        return a <= kSigmoidSaturationLow || a >= kSigmoidSaturationHigh;
    case Saturation::Output:
        return a <= kOutputSaturation || a >= 1.0 - kOutputSaturation;
    }
    return false;
}

// kHistogramBins equal bins over [min, max] of the finite entries, the max in the last bin, as
// np.histogram(a, bins, range=(min, max)) counts them. Where every finite entry is equal (a dead
// layer, the zeros initialization) they all count in bin 0.
void histogram(const Entries& entries, LayerStatistics& layer)
{
    layer.histogram.fill(0);
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    entries.forEach([&](Scalar a) {
        if (std::isfinite(a)) {
            low = std::min(low, a);
            high = std::max(high, a);
        }
    });
    if (low > high) { // no finite entry
        layer.histogramLow = 0.0;
        layer.histogramHigh = 0.0;
        return;
    }
    layer.histogramLow = low;
    layer.histogramHigh = high;
    const double binsPerUnit = high > low ? kHistogramBins / (high - low) : 0.0;
    entries.forEach([&](Scalar a) {
        if (!std::isfinite(a))
            return;
        const auto bin = static_cast<int>((a - low) * binsPerUnit);
        ++layer.histogram[static_cast<std::size_t>(std::clamp(bin, 0, kHistogramBins - 1))];
    });
}

void describeActivations(const Entries& A, Saturation kind, bool countDead, LayerStatistics& layer)
{
    meanAndStd(A, layer.activationMean, layer.activationStd);
    double dead = 0.0;
    double saturatedEntries = 0.0;
    A.forEach([&](Scalar a) {
        if (countDead && a == 0.0)
            dead += 1.0;
        if (saturated(a, kind))
            saturatedEntries += 1.0;
    });
    layer.deadFraction = dead / A.count();
    layer.saturatedFraction = saturatedEntries / A.count();
    histogram(A, layer);
}

Saturation hiddenSaturation(Activation activation)
{
    switch (activation) {
    case Activation::Tanh:
        return Saturation::Tanh;
    case Activation::Sigmoid:
        return Saturation::Sigmoid;
    case Activation::Relu:
    case Activation::LeakyRelu:
        return Saturation::None;
    }
    return Saturation::None;
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
            describeActivations({A.data(), A.rows(), m, stride}, hiddenSaturation(activation_),
                                activation_ == Activation::Relu, layer);
        } else { // the output: layers_ ends with Z_L, A_L is output_
            describeActivations(contiguous(output_.data(), m), Saturation::Output, false, layer);
        }
        layer.weightStd = populationStd(contiguous(W.data(), W.size()));
        layer.gradientNorm = frobeniusNorm(gradients_.dW[l]);
        layer.deltaStd = populationStd({dZ.data(), dZ.rows(), m, stride});
    }
    out.outputSaturatedFraction = out.layers.back().saturatedFraction;
}

NetworkStatistics measureNetwork(const Parameters& parameters, Activation activation,
                                 const Matrix& X, const RowVector& Y, int iteration)
{
    if (Y.cols() != X.cols())
        throw std::invalid_argument("measureNetwork needs one label per sample ("
                                    + std::to_string(X.cols()) + " samples, "
                                    + std::to_string(Y.cols()) + " labels)");
    Network network(parameters, activation);
    network.forward(X);
    network.backward(X, Y);
    NetworkStatistics statistics;
    network.statistics(statistics, iteration);
    return statistics;
}

} // namespace initviz
