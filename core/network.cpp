// SPDX-License-Identifier: GPL-3.0-or-later
// The training network and the predictors, on the kernels of core/network_kernels.cpp; the costs
// and numpy's sums are in core/cost.cpp.
#include "core/network.h"

#include "core/network_kernels.h"

#include <algorithm>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <utility>

namespace initviz {

using network_detail::backpropagate;
using network_detail::clearPadding;
using network_detail::forwardLayers;
using network_detail::loadInput;
using network_detail::padded;
using network_detail::SampleRows;
using network_detail::sizeLayers;
using network_detail::weightGradient;

namespace {
void checkParameters(const Parameters& parameters)
{
    if (parameters.W.empty())
        throw std::invalid_argument("a network needs at least one layer of weights");
    if (parameters.W.size() != parameters.b.size())
        throw std::invalid_argument("every weight matrix needs a bias vector");
    for (std::size_t l = 0; l < parameters.W.size(); ++l) {
        const Matrix& W = parameters.W[l];
        if (W.rows() < 1 || W.cols() < 1)
            throw std::invalid_argument("layer " + std::to_string(l + 1) + " has no weights");
        if (parameters.b[l].rows() != W.rows())
            throw std::invalid_argument(
                "b" + std::to_string(l + 1) + " has " + std::to_string(parameters.b[l].rows())
                + " rows, W" + std::to_string(l + 1) + " has " + std::to_string(W.rows()));
        if (l > 0 && W.cols() != parameters.W[l - 1].rows())
            throw std::invalid_argument("W" + std::to_string(l + 1) + " takes "
                                        + std::to_string(W.cols()) + " inputs but layer "
                                        + std::to_string(l) + " has "
                                        + std::to_string(parameters.W[l - 1].rows()) + " units");
    }
    if (parameters.W.back().rows() != 1)
        throw std::invalid_argument("the output layer must have exactly one unit");
}
} // namespace

Network::Network(Parameters parameters, Activation activation)
    : parameters_(std::move(parameters))
    , activation_(activation)
{
    checkParameters(parameters_);
    const std::size_t layers = parameters_.W.size();
    gradients_.dW.resize(layers);
    gradients_.db.resize(layers);
    for (std::size_t l = 0; l < layers; ++l) {
        gradients_.dW[l] = Matrix::Zero(parameters_.W[l].rows(), parameters_.W[l].cols());
        gradients_.db[l] = Vector::Zero(parameters_.b[l].rows());
    }
}

void Network::resizeBuffers(Eigen::Index samples)
{
    if (samples == samples_)
        return;
    samples_ = samples;
    paddedSamples_ = padded(samples);
    sizeLayers(parameters_, layers_, paddedSamples_);
    deltas_.resize(parameters_.W.size());
    for (std::size_t l = 0; l < parameters_.W.size(); ++l)
        deltas_[l].resize(parameters_.W[l].rows(), paddedSamples_);
    logits_.resize(samples);
    output_.resize(samples);
}

std::vector<int> Network::layerDims() const
{
    std::vector<int> dims;
    dims.push_back(static_cast<int>(parameters_.W.front().cols()));
    for (const Matrix& W : parameters_.W)
        dims.push_back(static_cast<int>(W.rows()));
    return dims;
}

const RowVector& Network::forward(const Matrix& X)
{
    if (X.rows() != parameters_.W.front().cols())
        throw std::invalid_argument("the input has " + std::to_string(X.rows())
                                    + " features but the network takes "
                                    + std::to_string(parameters_.W.front().cols()));
    if (X.cols() < 1)
        throw std::invalid_argument("forward() needs at least one sample");
    resizeBuffers(X.cols());
    loadInput(X, layers_.front(), samples_);
    if (!forwardLayers(parameters_, activation_, layers_, samples_, paddedSamples_, &stop_))
        return output_; // stopped: the caller discards this pass
    const Scalar* Z = layers_.back().data();
    std::copy(Z, Z + samples_, logits_.data());
    sigmoidRow(Z, output_.data(), samples_);
    return output_;
}

const Gradients& Network::backward(const Matrix& X, const RowVector& Y)
{
    const std::size_t layers = parameters_.W.size();
    const Eigen::Index m = X.cols();
    if (samples_ != m || Y.cols() != m)
        throw std::invalid_argument(
            "backward() needs the labels of the batch of the last forward()");
    const Eigen::Index stride = paddedSamples_;
    const Scalar inverseM = 1.0 / static_cast<Scalar>(m);

    // dZ_L = 1/m * (A_L - Y)                                  1 x m, zero in the padding
    Scalar* dZL = deltas_[layers - 1].data();
    for (Eigen::Index s = 0; s < m; ++s)
        dZL[s] = inverseM * (output_(s) - Y(s));
    for (Eigen::Index s = m; s < stride; ++s)
        dZL[s] = 0.0;

    for (std::size_t l = layers; l-- > 0;) {
        const SampleRows& dZ = deltas_[l]; // n_l x m
        const SampleRows& previous = layers_[l]; // A_{l-1}: n_{l-1} x m
        Matrix& dW = gradients_.dW[l];
        // dW_l = dZ_l A_{l-1}^T                              n_l x n_{l-1}
        // db_l = np.sum(dZ_l, axis=1)                      n_l x 1
        if (stop_.stop_requested()
            || !weightGradient(dZ.data(), previous.data(), dW, gradients_.db[l], stride, &stop_))
            return gradients_; // stopped: the caller must not update with these
        if (l == 0)
            break;
        // dZ_{l-1} = (W_l^T dZ_l) * g'(A_{l-1})             n_{l-1} x m
        SampleRows& dPrevious = deltas_[l - 1];
        if (!backpropagate(parameters_.W[l], dZ.data(), previous.data(), dPrevious.data(), stride,
                           activation_, &stop_))
            return gradients_;
        clearPadding(dPrevious.data(), dPrevious.rows(), m, stride);
    }
    return gradients_;
}

void Network::update(Scalar learningRate)
{
    for (std::size_t l = 0; l < parameters_.W.size(); ++l) {
        parameters_.W[l] -= learningRate * gradients_.dW[l];
        parameters_.b[l] -= learningRate * gradients_.db[l];
    }
}

RowVector Network::predictProbabilities(const Matrix& X) const
{
    return initviz::predictProbabilities(parameters_, X, activation_);
}

RowVector predictProbabilities(const Parameters& parameters, const Matrix& X, Activation activation)
{
    return *predictProbabilitiesUnlessStopped(parameters, X, activation, {});
}

std::optional<RowVector> predictProbabilitiesUnlessStopped(const Parameters& parameters,
                                                           const Matrix& X, Activation activation,
                                                           const std::stop_token& stop)
{
    checkParameters(parameters);
    if (X.rows() != parameters.W.front().cols())
        throw std::invalid_argument("the input has " + std::to_string(X.rows())
                                    + " features but the network takes "
                                    + std::to_string(parameters.W.front().cols()));
    const Eigen::Index m = X.cols();
    RowVector output(m);
    if (m == 0)
        return output;
    std::vector<SampleRows> layers;
    sizeLayers(parameters, layers, padded(m));
    loadInput(X, layers.front(), m);
    if (!forwardLayers(parameters, activation, layers, m, padded(m), &stop))
        return std::nullopt;
    sigmoidRow(layers.back().data(), output.data(), m);
    return output;
}

PointPredictor::PointPredictor(const Parameters& parameters, Eigen::Index batchSize,
                               Activation activation)
    : parameters_(parameters)
    , batchSize_(batchSize)
    , activation_(activation)
{
    checkParameters(parameters_);
    if (parameters_.W.front().cols() != 2)
        throw std::invalid_argument("points have 2 coordinates but the network takes "
                                    + std::to_string(parameters_.W.front().cols()));
    if (batchSize < 1)
        throw std::invalid_argument("a prediction batch needs at least one point");
    sizeLayers(parameters_, layers_, padded(batchSize));
}

bool PointPredictor::predict(const Scalar* x, const Scalar* y, Eigen::Index count, Scalar* out,
                             const std::stop_token& stop)
{
    if (count < 0 || count > batchSize_)
        throw std::invalid_argument("a prediction batch holds at most " + std::to_string(batchSize_)
                                    + " points");
    const Eigen::Index stride = padded(batchSize_);
    SampleRows& input = layers_.front();
    std::copy(x, x + count, input.data());
    std::fill(input.data() + count, input.data() + stride, 0.0);
    std::copy(y, y + count, input.data() + stride);
    std::fill(input.data() + stride + count, input.data() + 2 * stride, 0.0);
    if (!forwardLayers(parameters_, activation_, layers_, count, stride, &stop))
        return false;
    sigmoidRow(layers_.back().data(), out, count);
    return true;
}

} // namespace initviz
