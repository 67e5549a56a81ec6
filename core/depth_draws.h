// SPDX-License-Identifier: GPL-3.0-or-later
// The depth experiment's random draws (core/depth_draws.cpp), internal to
// core/depth_experiment.cpp.
#pragma once

#include "core/depth_kernels.h"
#include "core/initializers.h"
#include "core/numpy_random.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace initviz::depth_detail {

/// One draw's unit weights G_l (randn, or 2u - 1 for uniform draws: uniform(-s, s) = s (2u - 1)
/// up to rounding) for the network 2, W, ..., W, 1, in numpy's order: initializeParameters draws
/// W_1 (W x 2), then W_2 .. W_D (W x W), then the output layer (1 x W), each row by row. The
/// hidden layers' draws do not depend on the depth, and the output layer of a network with D
/// hidden layers draws the numbers hidden layer D + 1 would start with (its first row). So the
/// draws are kept as hidden layers, drawn as far as a network has needed, and a deeper network
/// continues the same stream.
class UnitDraws {
public:
    UnitDraws(int width, std::uint32_t seed, WeightDraw draw);
    ~UnitDraws();
    UnitDraws(const UnitDraws&) = delete;
    UnitDraws& operator=(const UnitDraws&) = delete;

    /// Draws the hidden layers up to depth + 1 that are not drawn yet and packs the output layer
    /// of a network with `depth` hidden layers. Nothing is drawn for WeightDraw::None.
    void prepare(int depth);
    /// G_l, l = 1..depth + 1 of the last prepare(): the hidden layers, then the output layer.
    [[nodiscard]] const PackedWeights& layer(std::size_t l) const;

private:
    int width_;
    WeightDraw draw_;
    NumpyRandom rng_;
    std::size_t depth_ = 0;
    std::vector<std::unique_ptr<PackedNetwork>> hidden_; ///< G_l at l - 1, one layer each
    std::vector<std::vector<Scalar>> firstRows_; ///< the first row of G_l at l - 1
    std::unique_ptr<PackedNetwork> output_; ///< the output layer of `depth_` hidden layers
};

} // namespace initviz::depth_detail
