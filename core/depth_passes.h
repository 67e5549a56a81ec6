// SPDX-License-Identifier: GPL-3.0-or-later
// The depth experiment's passes (core/depth_passes.cpp), internal to core/depth_experiment.cpp.
//
// A scheme's curve can be measured directly (its own weights forward and backward), or, when g is
// positively homogeneous (ReLU, leaky ReLU), from a pass shared by every scheme of its draw: with
// W_l = s_l G_l and b = 0, A_l = (s_1 ... s_l) A_l(G), and dZ_l(:, j) = (s_{l+1} ... s_L)
// dZ_L(j) B_l(:, j), where B is the backward pass of G from dZ_L = 1 (each sample's backward pass
// is linear in its dZ_L, and g' from the sign of a is the same for every scale). So eight schemes
// take two passes (randn and uniform draws) instead of eight, and each scheme's std follows from
// the shared pass's per-layer std and per-sample sums. Where the scaled values would leave the
// range in which this equals the direct computation to rounding (near overflow or underflow, or a
// gradient whose mean dwarfs its spread), the scheme is measured directly instead.
//
// A pass keeps its hidden layers' forward values: with the same width, seed and train set, a
// network of another depth has the same first layers (core/depth_draws.h), so a pass only runs
// the layers it has not computed yet forward, then the whole network backward.
#pragma once

#include "core/depth_draws.h"
#include "core/depth_experiment.h"
#include "core/depth_kernels.h"
#include "core/initializers.h"

#include <optional>
#include <vector>

namespace initviz::depth_detail {

/// What every pass of one experiment shares.
struct Workload {
    int width = 0;
    std::vector<int> dims; ///< 2, width (depth times), 1
    Eigen::Index m = 0; ///< samples
    Eigen::Index stride = 0; ///< padded samples
    SampleRows input; ///< X, 2 x stride, padding zero
    RowVector Y;
    std::uint32_t seed = 0;

    Workload(const DepthSettings& settings, const Matrix& X, const RowVector& labels);
    [[nodiscard]] std::size_t layers() const { return dims.size() - 1; } ///< L
    void setDepth(int depth) { dims = depthLayerDims(width, depth); }
    /// Whether `settings` (but for their depth, schemes and activations) and the train set are
    /// this workload's, bit for bit: then the draws and passes made for it hold for them.
    [[nodiscard]] bool sameNetworks(const DepthSettings& settings, const Matrix& X,
                                    const RowVector& labels) const;
};

/// Population std of the first m entries of each of `rows` rows, `stride` apart: the two-pass
/// sqrt(mean((x - mean)^2)) of np.std.
double populationStd(const Scalar* data, Eigen::Index rows, Eigen::Index m, Eigen::Index stride);

/// One scheme's curve from its own weights (initializeParameters), forward and backward.
[[nodiscard]] DepthCurve directCurve(InitScheme scheme, Activation activation,
                                     const Workload& work);

/// The pass of G (one draw's unit weights) with a positively homogeneous g, shared by every
/// scheme of that draw. For WeightDraw::None (W = 0) nothing is computed: every signal is zero.
class SharedPass {
public:
    SharedPass(const Workload& work, WeightDraw draw, Activation activation, int ranges);
    ~SharedPass();
    SharedPass(const SharedPass&) = delete;
    SharedPass& operator=(const SharedPass&) = delete;

    [[nodiscard]] WeightDraw draw() const { return draw_; }
    [[nodiscard]] Activation activation() const { return activation_; }
    [[nodiscard]] int ranges() const { return ranges_; }

    /// Readies the pass for the workload's depth: buffers for the hidden layers not computed
    /// yet, the gradients' sums cleared. The layers computed before keep their values.
    void prepare();
    /// Forward through the layers not computed before prepare(), then backward, over sample
    /// range `range` (0..ranges() - 1); ranges may run at once. `weights` prepared for the depth.
    void run(const UnitDraws& weights, int range);
    /// The first hidden layer run() computes forward (the last is L - 1).
    [[nodiscard]] std::size_t firstNewLayer() const { return computed_ + 1; }
    /// The std and largest magnitude of new hidden layer l, once every range has run.
    void summarise(std::size_t l);
    /// Once every range has run and every new layer is summarised: they are kept.
    void finish();

    /// `scheme`'s curve (a scheme of this draw), or std::nullopt if it must be measured directly.
    [[nodiscard]] std::optional<DepthCurve> curve(InitScheme scheme) const;

private:
    const Workload& work_;
    WeightDraw draw_;
    Activation activation_;
    int ranges_;
    std::size_t computed_ = 0; ///< hidden layers whose values and std are kept
    /// A_l(G) at l - 1, width rows of stride samples, from the buffer pool.
    std::vector<std::vector<Scalar>> hidden_;
    std::vector<Scalar> output_; ///< Z_L(G), 1 x stride
    std::vector<double> forwardStd_; ///< hidden layer l at l - 1
    std::vector<double> forwardMax_;
    std::vector<RowVector> columnSums_; ///< hidden layer l: sum over units of B_l, per sample
    std::vector<RowVector> columnSquares_; ///< the same of B_l^2
    std::vector<double> backwardMax_; ///< largest |B_l|, per layer and range
};

} // namespace initviz::depth_detail
