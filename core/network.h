// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/initializers.h"
#include "core/types.h"

#include <optional>
#include <stop_token>
#include <utility>
#include <vector>

namespace initviz {

struct NetworkStatistics; // core/layer_stats.h

/// Gradients of the cost with respect to each W and b, shaped like Parameters.
struct Gradients {
    std::vector<Matrix> dW;
    std::vector<Vector> db;
};

/// The notebook's fully connected network: LINEAR -> RELU (or another hidden activation) for
/// every hidden layer, then LINEAR -> SIGMOID. Owns its parameters and the activation buffers of
/// one batch size, so training reuses memory across iterations. Throws std::invalid_argument on
/// shape mismatches.
class Network {
public:
    explicit Network(Parameters parameters, Activation activation = Activation::Relu);

    [[nodiscard]] const Parameters& parameters() const { return parameters_; }
    [[nodiscard]] std::vector<int> layerDims() const;
    [[nodiscard]] Activation activation() const { return activation_; }

    /// forward_propagation(X): returns A_L (1 x m), valid until the next call. Keeps Z and A for
    /// backward().
    const RowVector& forward(const Matrix& X);
    /// The output layer's pre-activation Z_L (1 x m) of the last forward().
    [[nodiscard]] const RowVector& logits() const { return logits_; }

    /// backward_propagation(X, Y, cache) for the last forward(X):
    /// dZ_L = 1/m * (A_L - Y); dW_l = dZ_l A_{l-1}^T; db_l = sum_samples dZ_l;
    /// dZ_{l-1} = (W_l^T dZ_l) * g'(A_{l-1}), g' from the stored activation (ReLU: A > 0).
    const Gradients& backward(const Matrix& X, const RowVector& Y);
    [[nodiscard]] const Gradients& gradients() const { return gradients_; }

    /// update_parameters: W = W - learning_rate * dW, b = b - learning_rate * db.
    void update(Scalar learningRate);

    /// Every layer's statistics (core/layer_stats.h) from the last forward() and backward() and the
    /// weights as they are now (call it before update() for those of the pass), labelled
    /// `iteration`. Allocates nothing once `out` has held this network's statistics. Defined in
    /// core/layer_stats.cpp.
    void statistics(NetworkStatistics& out, int iteration) const;

    /// Lets a long forward() or backward() end early (issue 15): the token is checked between
    /// layers and between slices of a large product. After a stop request the pass's outputs are
    /// meaningless; the caller checks the token and must not use them (nor call update()).
    void setStopToken(std::stop_token stop) { stop_ = std::move(stop); }

    /// A_L for X without touching the training buffers.
    [[nodiscard]] RowVector predictProbabilities(const Matrix& X) const;

private:
    /// Samples along rows (n_l x m, row-major) so every kernel runs vectorised over samples;
    /// the sample count is padded to a whole number of register blocks.
    using SampleRows = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    void resizeBuffers(Eigen::Index samples);

    Parameters parameters_;
    Activation activation_;
    Gradients gradients_;
    Eigen::Index samples_ = 0; // m
    Eigen::Index paddedSamples_ = 0; // m rounded up to the register block
    std::vector<SampleRows> layers_; // A_0 = X, A_1 .. A_{L-1}, then Z_L; each n_l x m_padded
    std::vector<SampleRows> deltas_; // dZ_1 .. dZ_L
    RowVector logits_; // Z_L (1 x m)
    RowVector output_; // A_L (1 x m)
    std::stop_token stop_;
};

/// The notebook's compute_loss: 1/m * nansum(-log(a) * y - log(1 - a) * (1 - y)), with numpy's
/// pairwise summation. `inf` where a prediction is exactly wrong (a3 == 0 for a blue point);
/// 0 * log(0) terms are NaN and dropped, as nansum does.
[[nodiscard]] Scalar notebookCost(const RowVector& A, const RowVector& Y);

/// The same, reusing `scratch` for the per-sample terms (no allocation once it has the size).
[[nodiscard]] Scalar notebookCost(const RowVector& A, const RowVector& Y, RowVector& scratch);

/// Binary cross-entropy computed from the logits z (log-sum-exp form): finite wherever z is.
[[nodiscard]] Scalar stableCost(const RowVector& Z, const RowVector& Y);

/// Predicts batch after batch of 2-D points with the same parameters, reusing its buffers: what the
/// decision grid runs on. Keeps a reference to `parameters`, which must outlive it.
class PointPredictor {
public:
    /// Throws std::invalid_argument unless the parameters take 2 inputs to 1 output.
    PointPredictor(const Parameters& parameters, Eigen::Index batchSize,
                   Activation activation = Activation::Relu);
    /// out[i] = A_L for the point (x[i], y[i]), i < count <= batchSize. Returns false, with `out`
    /// incomplete, if `stop` was requested before the batch was done.
    bool predict(const Scalar* x, const Scalar* y, Eigen::Index count, Scalar* out,
                 const std::stop_token& stop = {});

private:
    using SampleRows = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Parameters& parameters_;
    Eigen::Index batchSize_;
    Activation activation_;
    std::vector<SampleRows> layers_;
};

/// forward_propagation's A_L for any parameters (allocates; for prediction, not training).
[[nodiscard]] RowVector predictProbabilities(const Parameters& parameters, const Matrix& X,
                                             Activation activation = Activation::Relu);
/// The same, checking `stop` between layers and slices of a large product (issue 15): nothing if
/// a stop request came first.
[[nodiscard]] std::optional<RowVector>
predictProbabilitiesUnlessStopped(const Parameters& parameters, const Matrix& X,
                                  Activation activation, const std::stop_token& stop);

/// a = 1 / (1 + exp(-z)) for `count` values, vectorised. Agrees with the scalar formula on std::exp
/// to within an ulp or two, and exactly where the result saturates to 0 or 1 (|z| > 700) or is NaN.
void sigmoidRow(const Scalar* z, Scalar* a, Eigen::Index count);

/// predict(): 1 where a > 0.5.
[[nodiscard]] std::vector<int> predictLabels(const RowVector& A);

/// np.mean(p == y).
[[nodiscard]] double accuracy(const std::vector<int>& predictions, const RowVector& Y);

/// `np.sum` of a contiguous float64 array, in numpy's order: 0.0 plus, buffer of 8192 values after
/// buffer, each buffer's pairwise sum (8 accumulators over blocks of at most 128 values).
[[nodiscard]] Scalar pairwiseSum(const Scalar* values, Eigen::Index count);

} // namespace initviz
