// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-layer signals of a network (issue 11): what happens inside the network at one iteration.
// The contract shared by the trainer (live statistics at every snapshot), `initviz inspect`, the
// diagnosis and the window's per-layer views.

#include "core/activations.h"
#include "core/initializers.h"
#include "core/types.h"

#include <array>
#include <cstdint>
#include <stop_token>
#include <vector>

namespace initviz {

/// Bins of a layer's activation histogram.
inline constexpr int kHistogramBins = 32;

/// One layer's statistics, l = 1..L (the output layer L too), over the train set.
struct LayerStatistics {
    int layer = 0; ///< l, 1-based
    double activationMean = 0.0; ///< mean of all entries of A_l (units x samples)
    double activationStd = 0.0; ///< population std of all entries of A_l
    /// Share of A_l's entries that are exactly 0 (hidden ReLU layers; 0 for other activations).
    double deadFraction = 0.0;
    /// Share of A_l's entries saturated: tanh |a| >= 0.99, sigmoid a <= 0.01 or a >= 0.99 (hidden
    /// layers); for the output layer, a <= 1e-12 or a >= 1 - 1e-12. 0 for ReLU hidden layers.
    double saturatedFraction = 0.0;
    double weightStd = 0.0; ///< population std of W_l's entries
    double gradientNorm = 0.0; ///< Frobenius norm of dW_l from the backward pass
    double deltaStd = 0.0; ///< population std of dZ_l's entries
    /// A_l's entries in kHistogramBins equal bins over [histogramLow, histogramHigh] (the entries'
    /// min and max; the last bin includes the max). Non-finite entries are not counted.
    std::array<std::uint32_t, kHistogramBins> histogram{};
    double histogramLow = 0.0;
    double histogramHigh = 0.0;
};

/// Every layer's statistics at one iteration.
struct NetworkStatistics {
    int iteration = 0; ///< iterations completed when the forward/backward pass ran
    std::vector<LayerStatistics> layers; ///< layers[l - 1] is layer l
    /// Share of samples whose output a is <= 1e-12 or >= 1 - 1e-12.
    double outputSaturatedFraction = 0.0;
};

/// One forward and one backward pass of `parameters` on the train set (X, Y) and the statistics of
/// every layer, labelled `iteration` (allocates: for `initviz inspect` and the diagnosis; the
/// training loop computes the same numbers from its own buffers, without allocating). Issue 15:
/// a stop request cuts the passes short and gives no layers.
[[nodiscard]] NetworkStatistics measureNetwork(const Parameters& parameters, Activation activation,
                                               const Matrix& X, const RowVector& Y,
                                               int iteration = 0, const std::stop_token& stop = {});

} // namespace initviz
