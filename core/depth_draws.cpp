// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/depth_draws.h"

#include "core/depth_experiment.h"

namespace initviz::depth_detail {

UnitDraws::UnitDraws(int width, std::uint32_t seed, WeightDraw draw)
    : width_(width)
    , draw_(draw)
    , rng_(seed)
{
}

UnitDraws::~UnitDraws() = default;

void UnitDraws::prepare(int depth)
{
    if (draw_ == WeightDraw::None)
        return;
    const std::vector<int> dims = depthLayerDims(width_, depth + 1);
    const auto layers = static_cast<std::size_t>(depth) + 1;
    while (hidden_.size() < layers) {
        const std::size_t l = hidden_.size() + 1;
        auto network = std::make_unique<PackedNetwork>(std::vector<int>{dims[l - 1], dims[l]});
        PackedWeights& W = (*network)[0];
        std::vector<Scalar> firstRow(static_cast<std::size_t>(W.inputs));
        for (Eigen::Index row = 0; row < W.units; ++row) {
            for (Eigen::Index column = 0; column < W.inputs; ++column) {
                const Scalar w = draw_ == WeightDraw::Normal ? rng_.standardNormal()
                                                             : 2.0 * rng_.nextDouble() - 1.0;
                W.set(row, column, w);
                if (row == 0)
                    firstRow[static_cast<std::size_t>(column)] = w;
            }
        }
        hidden_.push_back(std::move(network));
        firstRows_.push_back(std::move(firstRow));
    }
    const auto hidden = static_cast<std::size_t>(depth);
    if (!output_ || depth_ != hidden) {
        output_.reset();
        output_ = std::make_unique<PackedNetwork>(std::vector<int>{width_, 1});
        const std::vector<Scalar>& first = firstRows_[hidden]; // hidden layer depth + 1's
        for (Eigen::Index k = 0; k < width_; ++k)
            (*output_)[0].set(0, k, first[static_cast<std::size_t>(k)]);
    }
    depth_ = hidden;
}

const PackedWeights& UnitDraws::layer(std::size_t l) const
{
    return l <= depth_ ? (*hidden_[l - 1])[0] : (*output_)[0];
}

} // namespace initviz::depth_detail
