// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/depth_experiment.h"

#include "core/network.h"
#include "core/network_kernels.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <stdexcept>
#include <string>
#include <thread>

namespace initviz {

namespace {
using network_detail::SampleRows;

constexpr int kInputs = 2; // the data sets' points x1, x2
constexpr int kOutputs = 1; // the sigmoid unit

/// Population std of the first m entries of each of `rows` rows, `stride` apart: the two-pass
/// sqrt(mean((x - mean)^2)) of np.std.
double populationStd(const Scalar* data, Eigen::Index rows, Eigen::Index m, Eigen::Index stride)
{
    const double count = static_cast<double>(rows) * static_cast<double>(m);
    double sum = 0.0;
    for (Eigen::Index r = 0; r < rows; ++r) {
        const Scalar* row = data + r * stride;
        for (Eigen::Index s = 0; s < m; ++s)
            sum += row[s];
    }
    const double mean = sum / count;
    double squares = 0.0;
    for (Eigen::Index r = 0; r < rows; ++r) {
        const Scalar* row = data + r * stride;
        for (Eigen::Index s = 0; s < m; ++s) {
            const double deviation = row[s] - mean;
            squares += deviation * deviation;
        }
    }
    return std::sqrt(squares / count);
}

/// One forward and one backward pass of a freshly initialised network, reusing the caller's
/// buffers (one set per thread).
DepthCurve measureCurve(InitScheme scheme, Activation activation, const DepthSettings& settings,
                        const SampleRows& input, const RowVector& Y,
                        std::vector<SampleRows>& layers, std::vector<SampleRows>& deltas)
{
    const std::vector<int> dims = depthLayerDims(settings.width, settings.depth);
    const Parameters parameters = initializeParameters(dims, scheme, settings.seed);
    const std::size_t count = parameters.W.size(); // L = depth + 1
    const Eigen::Index m = Y.cols();
    const Eigen::Index stride = input.cols();

    network_detail::sizeLayers(parameters, layers, stride);
    layers.front() = input;
    network_detail::forwardLayers(parameters, activation, layers, m, stride);

    DepthCurve curve;
    curve.scheme = scheme;
    curve.activation = activation;
    curve.forwardStd.assign(count, 0.0);
    curve.backwardStd.assign(count, 0.0);
    // A_L = sigmoid(Z_L), then dZ_L = 1/m * (A_L - Y)                       1 x m
    deltas.resize(count);
    for (std::size_t l = 0; l < count; ++l)
        deltas[l].resize(parameters.W[l].rows(), stride);
    RowVector output(m);
    sigmoidRow(layers.back().data(), output.data(), m);
    const Scalar inverseM = 1.0 / static_cast<Scalar>(m);
    Scalar* dZL = deltas.back().data();
    for (Eigen::Index s = 0; s < m; ++s)
        dZL[s] = inverseM * (output(s) - Y(s));
    std::fill(dZL + m, dZL + stride, 0.0);
    curve.forwardStd.back() = populationStd(output.data(), 1, m, m);
    for (std::size_t l = 0; l + 1 < count; ++l) // layers[l + 1] holds A_{l+1}
        curve.forwardStd[l] = populationStd(layers[l + 1].data(), layers[l + 1].rows(), m, stride);

    // dZ_{l-1} = (W_l^T dZ_l) * g'(A_{l-1})                                n_{l-1} x m
    for (std::size_t l = count - 1; l > 0; --l) {
        network_detail::backpropagate(parameters.W[l], deltas[l].data(), layers[l].data(),
                                      deltas[l - 1].data(), stride, activation, nullptr);
        network_detail::clearPadding(deltas[l - 1].data(), deltas[l - 1].rows(), m, stride);
    }
    for (std::size_t l = 0; l < count; ++l)
        curve.backwardStd[l] = populationStd(deltas[l].data(), deltas[l].rows(), m, stride);
    return curve;
}
} // namespace

void DepthSettings::validate() const
{
    if (schemes.empty())
        throw std::invalid_argument("the depth experiment needs at least one initialization");
    if (activations.empty())
        throw std::invalid_argument("the depth experiment needs at least one activation");
    if (width < kDepthMinWidth || width > kDepthMaxWidth)
        throw std::invalid_argument("the width must be between " + std::to_string(kDepthMinWidth)
                                    + " and " + std::to_string(kDepthMaxWidth) + " units, not "
                                    + std::to_string(width));
    if (depth < kDepthMinDepth || depth > kDepthMaxDepth)
        throw std::invalid_argument("the depth must be between " + std::to_string(kDepthMinDepth)
                                    + " and " + std::to_string(kDepthMaxDepth)
                                    + " hidden layers, not " + std::to_string(depth));
}

std::vector<int> depthLayerDims(int width, int depth)
{
    std::vector<int> dims;
    dims.reserve(static_cast<std::size_t>(std::max(depth, 0)) + 2);
    dims.push_back(kInputs);
    for (int l = 0; l < depth; ++l)
        dims.push_back(width);
    dims.push_back(kOutputs);
    return dims;
}

DepthResult runDepthExperiment(const DepthSettings& settings, const Matrix& X, const RowVector& Y)
{
    settings.validate();
    if (X.rows() != kInputs || X.cols() < 1)
        throw std::invalid_argument("the depth experiment needs a train set of 2-D points");
    if (Y.cols() != X.cols())
        throw std::invalid_argument("the depth experiment needs one label per train point");

    const Eigen::Index m = X.cols();
    SampleRows input;
    input.resize(kInputs, network_detail::padded(m));
    network_detail::loadInput(X, input, m);

    DepthResult result;
    result.width = settings.width;
    result.depth = settings.depth;
    struct Task {
        InitScheme scheme;
        Activation activation;
    };
    std::vector<Task> tasks;
    for (const InitScheme scheme : settings.schemes) {
        for (const Activation activation : settings.activations)
            tasks.push_back({scheme, activation});
    }
    result.curves.resize(tasks.size());

    // The curves are independent: one worker per core takes them in turn.
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    const auto work = [&] {
        std::vector<SampleRows> layers;
        std::vector<SampleRows> deltas;
        for (std::size_t i = next++; i < tasks.size(); i = next++) {
            try {
                result.curves[i] = measureCurve(tasks[i].scheme, tasks[i].activation, settings,
                                                input, Y, layers, deltas);
            } catch (...) {
                if (!failed.exchange(true))
                    failure = std::current_exception();
            }
        }
    };
    const std::size_t workers
        = std::min<std::size_t>(tasks.size(), std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::jthread> threads;
    for (std::size_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    threads.clear(); // joins
    if (failure)
        std::rethrow_exception(failure);
    return result;
}

} // namespace initviz
