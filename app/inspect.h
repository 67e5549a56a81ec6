// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/layer_stats.h"
#include "core/trainer.h"

#include <string>

namespace initviz::cli {

/// `inspect`: the per-layer statistics (issue 11) of `config`'s network on `data`'s train set, at
/// initialization (`iteration` 0) or after `iteration` updates of gradient descent. Equal to
/// measureNetwork of the weights after those updates.
[[nodiscard]] NetworkStatistics inspectNetwork(const TrainingConfig& config,
                                               const DatasetPair& data, int iteration);

/// `inspect`: a title line, then one row per layer (mean and std of A_l, dead and saturated
/// shares, std of W_l, ||dW_l||, std of dZ_l), then the output's saturation.
[[nodiscard]] std::string inspectText(const NetworkStatistics& statistics,
                                      const TrainingConfig& config, Eigen::Index samples);

/// `inspect --json`: {"iteration", "layers": [{"layer", "activation_mean", "activation_std",
/// "dead_fraction", "saturated_fraction", "weight_std", "gradient_norm", "delta_std"}...],
/// "output_saturated_fraction"}; non-finite numbers as "inf", "-inf", "nan".
[[nodiscard]] std::string inspectJson(const NetworkStatistics& statistics);

} // namespace initviz::cli
