// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook's cost, the stable cross-entropy, predictions as labels and accuracy, with numpy's
// pairwise summation so the cost matches the notebook's to the bit.
#include "core/network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace initviz {

namespace {
// numpy's pairwise summation: blocks of at most 128 values summed with 8 accumulators, within
// each buffer of 8192 values (np.setbufsize's default) that the ufunc machinery hands the loop.
constexpr Eigen::Index kPairwiseBlock = 128;
constexpr Eigen::Index kUnroll = 8;
constexpr Eigen::Index kNumpyBufferSize = 8192;

// numpy's pairwise_sum over one buffer: 8 accumulators up to 128 values, halves above that.
Scalar pairwiseBlock(const Scalar* values, Eigen::Index count)
{
    if (count < kUnroll) {
        Scalar sum = -0.0; // numpy's inner loop starts from -0.0
        for (Eigen::Index i = 0; i < count; ++i)
            sum += values[i];
        return sum;
    }
    if (count <= kPairwiseBlock) {
        Scalar r[kUnroll];
        for (Eigen::Index j = 0; j < kUnroll; ++j)
            r[j] = values[j];
        Eigen::Index i = kUnroll;
        for (; i < count - (count % kUnroll); i += kUnroll) {
            for (Eigen::Index j = 0; j < kUnroll; ++j)
                r[j] += values[i + j];
        }
        Scalar sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < count; ++i)
            sum += values[i];
        return sum;
    }
    Eigen::Index half = count / 2;
    half -= half % kUnroll;
    return pairwiseBlock(values, half) + pairwiseBlock(values + half, count - half);
}
} // namespace

Scalar pairwiseSum(const Scalar* values, Eigen::Index count)
{
    // np.sum starts from np.add's identity 0.0 and adds one ufunc buffer at a time.
    Scalar sum = 0.0;
    for (Eigen::Index start = 0; start < count; start += kNumpyBufferSize)
        sum += pairwiseBlock(values + start, std::min(kNumpyBufferSize, count - start));
    return sum;
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
