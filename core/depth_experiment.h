// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The depth experiment (issue 11, item 4): what happens to the signal through depth, at
// initialization. For each scheme (x activation), a network 2, W, ..., W, 1 of D hidden layers is
// initialised and run forward and backward once on the train set; the population std of every
// layer's activations A_l and of its gradients dZ_l shows whether the signal stays, vanishes or
// explodes layer by layer (Glorot & Bengio 2010, He et al. 2015).

#include "core/activations.h"
#include "core/initializers.h"
#include "core/types.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace initviz {

inline constexpr int kDepthMinWidth = 1;
inline constexpr int kDepthMaxWidth = 1000;
inline constexpr int kDepthMinDepth = 1;
inline constexpr int kDepthMaxDepth = 100;
inline constexpr int kDepthDefaultWidth = 20;
inline constexpr int kDepthDefaultDepth = 10;

/// What the depth experiment compares: every scheme with every activation, on a network of
/// `depth` hidden layers of `width` units, its weights drawn with `seed` (as a run's are).
struct DepthSettings {
    std::vector<InitScheme> schemes;
    std::vector<Activation> activations{Activation::Relu};
    int width = kDepthDefaultWidth;
    int depth = kDepthDefaultDepth;
    std::uint32_t seed = 3;

    /// Throws std::invalid_argument with a user-facing message: no scheme or activation, a width
    /// outside 1..1000 or a depth outside 1..100.
    void validate() const;
};

/// One scheme x activation: the std of A_l and of dZ_l for l = 1..depth + 1 (the last is the
/// sigmoid output layer). Index l - 1 is layer l. A non-finite std (an exploding signal that
/// overflowed) is kept as computed.
struct DepthCurve {
    InitScheme scheme = InitScheme::He;
    Activation activation = Activation::Relu;
    std::vector<double> forwardStd; ///< population std of all entries of A_l (n_l x m)
    std::vector<double> backwardStd; ///< population std of all entries of dZ_l (n_l x m)
};

struct DepthResult {
    int width = 0;
    int depth = 0;
    /// Schemes in the order given, each with its activations in the order given.
    std::vector<DepthCurve> curves;
};

/// The layer widths of the experiment's network: 2, width (depth times), 1.
[[nodiscard]] std::vector<int> depthLayerDims(int width, int depth);

/// The depth experiment, keeping what one computation can give the next (the Depth view
/// recomputes as its sliders move). With the same width, seed and train set, the random draws
/// and the hidden layers' forward values of the shared passes (core/depth_passes.h) are kept, so
/// another depth only draws and runs forward the layers not computed before, then runs the
/// network backward. Results are bit for bit runDepthExperiment's. One run() at a time.
class DepthExperiment {
public:
    DepthExperiment();
    ~DepthExperiment();
    DepthExperiment(const DepthExperiment&) = delete;
    DepthExperiment& operator=(const DepthExperiment&) = delete;

    /// As runDepthExperiment. If it throws, nothing is kept.
    [[nodiscard]] DepthResult run(const DepthSettings& settings, const Matrix& X,
                                  const RowVector& Y);
    /// Frees what is kept.
    void clear();

private:
    struct Kept;
    [[nodiscard]] DepthResult compute(const DepthSettings& settings);
    std::unique_ptr<Kept> kept_;
};

/// Runs the experiment on the train set X (2 x m) with labels Y (1 x m, the notebook's cost
/// gives dZ_L = (A_L - Y) / m). Validates `settings` first; throws std::invalid_argument for X
/// that is not 2 x m with m >= 1 or Y of another length. Uses up to one thread per core.
[[nodiscard]] DepthResult runDepthExperiment(const DepthSettings& settings, const Matrix& X,
                                             const RowVector& Y);

} // namespace initviz
