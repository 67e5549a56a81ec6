// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
// numpy's pairwise summation: blocks of at most 128 values summed with 8 accumulators.
constexpr Eigen::Index kPairwiseBlock = 128;
constexpr Eigen::Index kUnroll = 8;

Scalar pairwiseSumStrided(const Scalar* values, Eigen::Index count, Eigen::Index stride)
{
    if (count < kUnroll) {
        // numpy starts from -0.0 so that an all -0.0 sum keeps its sign.
        Scalar sum = -0.0;
        for (Eigen::Index i = 0; i < count; ++i)
            sum += values[i * stride];
        return sum;
    }
    if (count <= kPairwiseBlock) {
        Scalar r[kUnroll];
        for (Eigen::Index j = 0; j < kUnroll; ++j)
            r[j] = values[j * stride];
        Eigen::Index i = kUnroll;
        for (; i < count - (count % kUnroll); i += kUnroll) {
            for (Eigen::Index j = 0; j < kUnroll; ++j)
                r[j] += values[(i + j) * stride];
        }
        Scalar sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < count; ++i)
            sum += values[i * stride];
        return sum;
    }
    Eigen::Index half = count / 2;
    half -= half % kUnroll;
    return pairwiseSumStrided(values, half, stride)
        + pairwiseSumStrided(values + half * stride, count - half, stride);
}

// relu = np.maximum(0, z): NaN stays NaN, as in numpy.
inline Scalar relu(Scalar z)
{
    return z < 0.0 ? 0.0 : z;
}

// sigmoid = 1 / (1 + np.exp(-z)).
inline Scalar sigmoid(Scalar z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

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

// Z_l = W_l A_{l-1} + b_l, then ReLU for hidden layers; returns the output layer's logits and
// sigmoid. `activations` holds A_1 .. A_{L-1} afterwards.
void forwardInto(const Parameters& parameters, const Matrix& X, std::vector<Matrix>& activations,
                 RowVector& logits, RowVector& output)
{
    const std::size_t layers = parameters.W.size();
    if (X.rows() != parameters.W.front().cols())
        throw std::invalid_argument("the input has " + std::to_string(X.rows())
                                    + " features but the network takes "
                                    + std::to_string(parameters.W.front().cols()));
    const Eigen::Index m = X.cols();
    activations.resize(layers - 1);
    for (std::size_t l = 0; l + 1 < layers; ++l) {
        Matrix& A = activations[l]; // n_l x m
        A.resize(parameters.W[l].rows(), m);
        const Matrix& previous = l == 0 ? X : activations[l - 1];
        A.noalias() = parameters.W[l] * previous;
        A.colwise() += parameters.b[l];
        A = A.unaryExpr([](Scalar z) { return relu(z); });
    }
    const Matrix& previous = layers == 1 ? X : activations[layers - 2];
    logits.resize(m);
    logits.noalias() = parameters.W.back() * previous; // 1 x m
    logits.array() += parameters.b.back()(0);
    output.resize(m);
    output = logits.unaryExpr([](Scalar z) { return sigmoid(z); });
}
} // namespace

Scalar pairwiseSum(const Scalar* values, Eigen::Index count)
{
    return pairwiseSumStrided(values, count, 1);
}

Network::Network(Parameters parameters)
    : parameters_(std::move(parameters))
{
    checkParameters(parameters_);
    const std::size_t layers = parameters_.W.size();
    gradients_.dW.resize(layers);
    gradients_.db.resize(layers);
    for (std::size_t l = 0; l < layers; ++l) {
        gradients_.dW[l] = Matrix::Zero(parameters_.W[l].rows(), parameters_.W[l].cols());
        gradients_.db[l] = Vector::Zero(parameters_.b[l].rows());
    }
    deltas_.resize(layers);
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
    forwardInto(parameters_, X, activations_, logits_, output_);
    return output_;
}

const Gradients& Network::backward(const Matrix& X, const RowVector& Y)
{
    const std::size_t layers = parameters_.W.size();
    const Eigen::Index m = X.cols();
    if (output_.cols() != m || Y.cols() != m)
        throw std::invalid_argument(
            "backward() needs the labels of the batch of the last forward()");
    const Scalar inverseM = 1.0 / static_cast<Scalar>(m);

    // dZ_L = 1/m * (A_L - Y)                                      1 x m
    Matrix& dZL = deltas_[layers - 1];
    dZL.resize(1, m);
    dZL = inverseM * (output_ - Y);
    for (std::size_t l = layers; l-- > 0;) {
        const Matrix& dZ = deltas_[l]; // n_l x m
        const Matrix& previous = l == 0 ? X : activations_[l - 1]; // n_{l-1} x m
        // dW_l = dZ_l A_{l-1}^T                                     n_l x n_{l-1}
        gradients_.dW[l].noalias() = dZ * previous.transpose();
        // db_l = sum over samples of dZ_l, summed pairwise like np.sum(axis=1)
        for (Eigen::Index row = 0; row < dZ.rows(); ++row)
            gradients_.db[l](row) = pairwiseSumStrided(dZ.data() + row, m, dZ.rows());
        if (l == 0)
            break;
        // dZ_{l-1} = (W_l^T dZ_l) * (A_{l-1} > 0)                   n_{l-1} x m
        Matrix& dPrevious = deltas_[l - 1];
        dPrevious.resize(previous.rows(), m);
        dPrevious.noalias() = parameters_.W[l].transpose() * dZ;
        dPrevious.array() *= (previous.array() > 0.0).cast<Scalar>();
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
    return initviz::predictProbabilities(parameters_, X);
}

RowVector predictProbabilities(const Parameters& parameters, const Matrix& X)
{
    checkParameters(parameters);
    std::vector<Matrix> activations;
    RowVector logits;
    RowVector output;
    forwardInto(parameters, X, activations, logits, output);
    return output;
}

Scalar notebookCost(const RowVector& A, const RowVector& Y)
{
    RowVector scratch;
    return notebookCost(A, Y, scratch);
}

Scalar notebookCost(const RowVector& A, const RowVector& Y, RowVector& scratch)
{
    if (A.cols() != Y.cols() || A.cols() == 0)
        throw std::invalid_argument("the cost needs one label per prediction");
    const Eigen::Index m = A.cols();
    scratch.resize(m);
    for (Eigen::Index i = 0; i < m; ++i) {
        // logprobs = -log(a) * y + -log(1 - a) * (1 - y); nansum drops NaN terms (0 * log 0).
        const Scalar term = (-std::log(A(i))) * Y(i) + (-std::log(1.0 - A(i))) * (1.0 - Y(i));
        scratch(i) = std::isnan(term) ? 0.0 : term;
    }
    return 1.0 / static_cast<Scalar>(m) * pairwiseSum(scratch.data(), m);
}

Scalar stableCost(const RowVector& Z, const RowVector& Y)
{
    if (Z.cols() != Y.cols() || Z.cols() == 0)
        throw std::invalid_argument("the cost needs one label per prediction");
    // -y log s(z) - (1 - y) log(1 - s(z)) = max(z, 0) - z y + log(1 + exp(-|z|))
    Scalar sum = 0.0;
    for (Eigen::Index i = 0; i < Z.cols(); ++i) {
        const Scalar z = Z(i);
        sum += std::max(z, 0.0) - z * Y(i) + std::log1p(std::exp(-std::abs(z)));
    }
    return sum / static_cast<Scalar>(Z.cols());
}

std::vector<int> predictLabels(const RowVector& A)
{
    std::vector<int> labels(static_cast<std::size_t>(A.cols()));
    for (Eigen::Index i = 0; i < A.cols(); ++i)
        labels[static_cast<std::size_t>(i)] = A(i) > 0.5 ? 1 : 0;
    return labels;
}

double accuracy(const std::vector<int>& predictions, const RowVector& Y)
{
    if (predictions.size() != static_cast<std::size_t>(Y.cols()) || predictions.empty())
        throw std::invalid_argument("accuracy needs one label per prediction");
    int correct = 0;
    for (std::size_t i = 0; i < predictions.size(); ++i)
        correct += static_cast<double>(predictions[i]) == Y(static_cast<Eigen::Index>(i)) ? 1 : 0;
    return static_cast<double>(correct) / static_cast<double>(predictions.size());
}

} // namespace initviz
