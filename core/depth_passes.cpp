// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/depth_passes.h"

#include "core/network.h"
#include "core/network_kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace initviz::depth_detail {

namespace {
// A shared pass stands for a scheme only where the scheme's own values stay well inside the
// doubles: its largest magnitude in a layer between kSmallest (squares still normal numbers, so
// np.std's sums lose nothing) and kLargest / (entries) (np.std's sum of the values cannot
// overflow). Beyond, the scheme is measured directly, so overflow and underflow are numpy's.
constexpr double kSmallest = 1e-145;
constexpr double kLargest = 1e300;
// The gradient's std is sqrt(E[x^2] - mean^2) from per-sample sums; it is used only where
// mean^2 <= E[x^2] / 2, so the subtraction loses at most a bit.
constexpr double kMeanShare = 0.5;

using ConstRows = Eigen::Map<const SampleRows, 0, Eigen::OuterStride<>>;

// The first m entries of each of `rows` rows, `stride` apart.
ConstRows firstSamples(const Scalar* data, Eigen::Index rows, Eigen::Index m, Eigen::Index stride)
{
    return {data, rows, m, Eigen::OuterStride<>(stride)};
}

double largestMagnitude(const Scalar* data, Eigen::Index rows, Eigen::Index m, Eigen::Index stride)
{
    return firstSamples(data, rows, m, stride).cwiseAbs().maxCoeff<Eigen::PropagateNaN>();
}

// The std np.std would give for `count` values that are `factor` times values with std `unitStd`:
// factor * unitStd, or inf where its sum of squared deviations, count (factor unitStd)^2,
// overflows as numpy's does.
double scaledStd(double factor, double unitStd, double count)
{
    if (factor == 0.0 || unitStd == 0.0)
        return 0.0;
    const double logSquares
        = std::log(count) + 2.0 * (std::log(std::abs(factor)) + std::log(unitStd));
    if (logSquares > std::log(std::numeric_limits<double>::max()))
        return std::numeric_limits<double>::infinity();
    return std::abs(factor) * unitStd;
}

bool withinRange(double largest, double count)
{
    return std::isfinite(largest) && largest >= kSmallest && largest <= kLargest / count;
}

} // namespace

Workload::Workload(const DepthSettings& settings, const Matrix& X, const RowVector& labels)
    : width(settings.width)
    , dims(depthLayerDims(settings.width, settings.depth))
    , m(X.cols())
    , stride(paddedSamples(X.cols()))
    , Y(labels)
    , seed(settings.seed)
{
    input = SampleRows::Zero(X.rows(), stride);
    input.leftCols(m) = X;
}

bool Workload::sameNetworks(const DepthSettings& settings, const Matrix& X,
                            const RowVector& labels) const
{
    const auto sameBits = [](const Scalar* a, const Scalar* b, Eigen::Index count) {
        return std::memcmp(a, b, static_cast<std::size_t>(count) * sizeof(Scalar)) == 0;
    };
    if (settings.width != width || settings.seed != seed || X.rows() != input.rows()
        || X.cols() != m || labels.cols() != m)
        return false;
    for (Eigen::Index row = 0; row < X.rows(); ++row) {
        for (Eigen::Index s = 0; s < m; ++s) {
            const Scalar value = X(row, s);
            if (!sameBits(&value, &input(row, s), 1))
                return false;
        }
    }
    return sameBits(labels.data(), Y.data(), m);
}

double populationStd(const Scalar* data, Eigen::Index rows, Eigen::Index m, Eigen::Index stride)
{
    // Eigen's vectorised sums: another order than numpy's pairwise sum, equally accurate.
    const ConstRows values = firstSamples(data, rows, m, stride);
    const double count = static_cast<double>(rows) * static_cast<double>(m);
    const double mean = values.sum() / count;
    return std::sqrt((values.array() - mean).square().sum() / count);
}

DepthCurve directCurve(InitScheme scheme, Activation activation, const Workload& work)
{
    const Parameters parameters = initializeParameters(work.dims, scheme, work.seed);
    const std::size_t count = work.layers();
    const Eigen::Index m = work.m;
    const Eigen::Index stride = work.stride;
    DepthCurve curve;
    curve.scheme = scheme;
    curve.activation = activation;
    curve.forwardStd.assign(count, 0.0);
    curve.backwardStd.assign(count, 0.0);

    PackedNetwork weights(work.dims);
    for (std::size_t l = 0; l < count; ++l) {
        const Matrix& W = parameters.W[l];
        for (Eigen::Index j = 0; j < W.rows(); ++j) {
            for (Eigen::Index k = 0; k < W.cols(); ++k)
                weights[l].set(j, k, W(j, k));
        }
    }
    std::vector<Scalar> tile;
    // values[l - 1] holds A_l for hidden layers, Z_L for the last.
    std::vector<SampleRows> values(count);
    const Scalar* previous = work.input.data();
    for (std::size_t l = 0; l < count; ++l) {
        values[l].resize(weights[l].units, stride);
        forwardLayer(weights[l], activation, l + 1 < count, previous, values[l].data(), stride, 0,
                     stride, tile);
        previous = values[l].data();
        if (l + 1 < count)
            curve.forwardStd[l] = populationStd(values[l].data(), values[l].rows(), m, stride);
    }

    // A_L = sigmoid(Z_L), then dZ_L = 1/m * (A_L - Y)                       1 x m
    RowVector output(m);
    sigmoidRow(values.back().data(), output.data(), m);
    SampleRows delta = SampleRows::Zero(1, stride);
    const Scalar inverseM = 1.0 / static_cast<Scalar>(m);
    for (Eigen::Index s = 0; s < m; ++s)
        delta(0, s) = inverseM * (output(s) - work.Y(s));
    curve.forwardStd.back() = populationStd(output.data(), 1, m, m);
    curve.backwardStd.back() = populationStd(delta.data(), 1, m, stride);

    // dZ_{l-1} = (W_l^T dZ_l) * g'(A_{l-1})                                n_{l-1} x m
    SampleRows next;
    for (std::size_t l = count - 1; l > 0; --l) {
        next.resize(weights[l].inputs, stride);
        backwardLayer(weights[l], activation, delta.data(), values[l - 1].data(), next.data(),
                      stride, 0, stride, tile);
        network_detail::clearPadding(next.data(), next.rows(), m, stride);
        curve.backwardStd[l - 1] = populationStd(next.data(), next.rows(), m, stride);
        std::swap(delta, next);
    }
    return curve;
}

SharedPass::SharedPass(const Workload& work, WeightDraw draw, Activation activation, int ranges)
    : work_(work)
    , draw_(draw)
    , activation_(activation)
{
    const auto chunks = static_cast<int>(work.stride / sampleChunk());
    ranges_ = draw == WeightDraw::None ? 0 : std::clamp(ranges, 1, chunks);
}

SharedPass::~SharedPass()
{
    for (std::vector<Scalar>& values : hidden_)
        returnBuffer(std::move(values));
    returnBuffer(std::move(output_));
}

void SharedPass::prepare()
{
    const std::size_t hidden = work_.layers() - 1;
    if (forwardStd_.size() < hidden) {
        forwardStd_.resize(hidden, 0.0);
        forwardMax_.resize(hidden, 0.0);
    }
    columnSums_.assign(hidden, RowVector::Zero(work_.m));
    columnSquares_.assign(hidden, RowVector::Zero(work_.m));
    backwardMax_.assign(hidden * static_cast<std::size_t>(std::max(ranges_, 1)), 0.0);
    if (draw_ == WeightDraw::None)
        return;
    const auto rows = static_cast<std::size_t>(work_.width);
    while (hidden_.size() < hidden)
        hidden_.push_back(takeBuffer(rows * static_cast<std::size_t>(work_.stride)));
    if (output_.empty())
        output_ = takeBuffer(static_cast<std::size_t>(work_.stride));
}

void SharedPass::run(const UnitDraws& weights, int range)
{
    const std::size_t count = work_.layers();
    const Eigen::Index chunks = work_.stride / sampleChunk();
    const Eigen::Index first = chunks * range / ranges_ * sampleChunk();
    const Eigen::Index last = chunks * (range + 1) / ranges_ * sampleChunk();
    const Eigen::Index stride = work_.stride;
    std::vector<Scalar> tile;
    // The hidden layers not computed yet, then Z_L.
    const Scalar* previous = computed_ == 0 ? work_.input.data() : hidden_[computed_ - 1].data();
    for (std::size_t l = computed_ + 1; l < count; ++l) {
        forwardLayer(weights.layer(l), activation_, true, previous, hidden_[l - 1].data(), stride,
                     first, last, tile);
        previous = hidden_[l - 1].data();
    }
    forwardLayer(weights.layer(count), activation_, false, hidden_[count - 2].data(),
                 output_.data(), stride, first, last, tile);

    // B_L = 1 for every sample, then B_{l-1} = (G_l^T B_l) * g'(A_{l-1}(G)).
    // Two buffers of the widest layer for B_l and B_{l-1}, rows `stride` long (only this range's
    // samples are written and read).
    const auto widest
        = static_cast<std::size_t>(*std::max_element(work_.dims.begin(), work_.dims.end()));
    std::vector<Scalar> buffers = takeBuffer(2 * widest * static_cast<std::size_t>(stride));
    Scalar* delta = buffers.data();
    Scalar* next = delta + widest * static_cast<std::size_t>(stride);
    std::fill(delta + first, delta + last, 1.0);
    const Eigen::Index end = std::min(last, work_.m);
    for (std::size_t l = count; l > 1; --l) {
        const std::size_t hidden = l - 2; // B_{l-1}
        const PackedWeights& W = weights.layer(l);
        const Eigen::Index rows = W.inputs;
        backwardLayer(W, activation_, delta, hidden_[l - 2].data(), next, stride, first, last,
                      tile);
        Scalar* __restrict sums = columnSums_[hidden].data();
        Scalar* __restrict squares = columnSquares_[hidden].data();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const Scalar* __restrict row = next + r * stride;
            for (Eigen::Index s = first; s < end; ++s) {
                sums[s] += row[s];
                squares[s] += row[s] * row[s];
            }
        }
        backwardMax_[hidden * static_cast<std::size_t>(ranges_) + static_cast<std::size_t>(range)]
            = first < end ? largestMagnitude(next + first, rows, end - first, stride) : 0.0;
        std::swap(delta, next);
    }
    returnBuffer(std::move(buffers));
}

void SharedPass::summarise(std::size_t l)
{
    if (draw_ == WeightDraw::None)
        return;
    const auto rows = static_cast<Eigen::Index>(work_.dims[l]);
    const Scalar* values = hidden_[l - 1].data();
    forwardStd_[l - 1] = populationStd(values, rows, work_.m, work_.stride);
    forwardMax_[l - 1] = largestMagnitude(values, rows, work_.m, work_.stride);
}

void SharedPass::finish()
{
    computed_ = std::max(computed_, work_.layers() - 1);
}

std::optional<DepthCurve> SharedPass::curve(InitScheme scheme) const
{
    const std::size_t count = work_.layers();
    const Eigen::Index m = work_.m;
    const auto scale = [&](std::size_t l) { // s_l, l = 1..L
        return weightScale(scheme, work_.dims[l - 1], work_.dims[l]).value;
    };
    const auto entries = [&](std::size_t l) {
        return static_cast<double>(work_.dims[l]) * static_cast<double>(m);
    };
    DepthCurve curve;
    curve.scheme = scheme;
    curve.activation = activation_;
    curve.forwardStd.assign(count, 0.0);
    curve.backwardStd.assign(count, 0.0);

    // A_l = (s_1 ... s_l) A_l(G)
    double factor = 1.0;
    for (std::size_t l = 1; l < count; ++l) {
        factor *= scale(l);
        const double largest = factor * forwardMax_[l - 1];
        if (largest != 0.0 && !withinRange(largest, entries(l)))
            return std::nullopt;
        curve.forwardStd[l - 1] = scaledStd(factor, forwardStd_[l - 1], entries(l));
    }
    factor *= scale(count);

    // Z_L = (s_1 ... s_L) Z_L(G), A_L = sigmoid(Z_L), dZ_L = 1/m (A_L - Y)
    RowVector Z = RowVector::Zero(m);
    if (draw_ != WeightDraw::None)
        Z = factor * Eigen::Map<const RowVector>(output_.data(), m);
    const double largestZ = Z.cwiseAbs().maxCoeff();
    if (!std::isfinite(largestZ) || largestZ > kLargest)
        return std::nullopt;
    RowVector output(m);
    sigmoidRow(Z.data(), output.data(), m);
    RowVector delta(m);
    const Scalar inverseM = 1.0 / static_cast<Scalar>(m);
    for (Eigen::Index s = 0; s < m; ++s)
        delta(s) = inverseM * (output(s) - work_.Y(s));
    curve.forwardStd.back() = populationStd(output.data(), 1, m, m);
    curve.backwardStd.back() = populationStd(delta.data(), 1, m, m);

    // dZ_l(:, j) = (s_{l+1} ... s_L) dZ_L(j) B_l(:, j)
    const double largestDelta = delta.cwiseAbs().maxCoeff();
    factor = 1.0;
    for (std::size_t l = count - 1; l >= 1; --l) {
        factor *= scale(l + 1);
        const auto first = backwardMax_.begin()
            + static_cast<std::ptrdiff_t>((l - 1) * static_cast<std::size_t>(std::max(ranges_, 1)));
        const double unitLargest = *std::max_element(first, first + std::max(ranges_, 1));
        const double largest = factor * largestDelta * unitLargest;
        if (largest == 0.0)
            continue; // every entry is zero
        if (!withinRange(largest, entries(l)))
            return std::nullopt;
        const double sum = delta.dot(columnSums_[l - 1]);
        const double squares = delta.cwiseProduct(delta).dot(columnSquares_[l - 1]);
        const double mean = sum / entries(l);
        const double meanSquare = squares / entries(l);
        if (!(mean * mean <= kMeanShare * meanSquare))
            return std::nullopt;
        curve.backwardStd[l - 1]
            = scaledStd(factor, std::sqrt(meanSquare - mean * mean), entries(l));
    }
    return curve;
}

} // namespace initviz::depth_detail
