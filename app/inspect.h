// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/diagnosis.h"
#include "core/layer_stats.h"
#include "core/trainer.h"

#include <string>

namespace initviz::cli {

/// What `inspect` reports: the statistics at the iteration, and the run's diagnosis.
struct InspectedNetwork {
    NetworkStatistics statistics;
    Diagnosis diagnosis;
};

/// `inspect`: the per-layer statistics (issue 11) of `config`'s network on `data`'s train set, at
/// initialization (`iteration` 0) or after `iteration` updates of gradient descent. Equal to
/// measureNetwork of the weights after those updates. The diagnosis is that of the run trained
/// for `iteration` iterations with `config`'s costEvery, as the window and `compare` train it
/// (so their verdicts agree); at iteration 0, from the start alone:
/// the initial weights are both start and end, the only cost is the initial one and there are no
/// accuracies, so only symmetry, a non-finite cost, output saturation, the depth ratio and dead
/// ReLUs can show ("trains-well" then means none of them does).
[[nodiscard]] InspectedNetwork inspectNetwork(const TrainingConfig& config, const DatasetPair& data,
                                              int iteration);

/// `inspect`: a title line, then one row per layer (mean and std of A_l, dead and saturated
/// shares, std of W_l, ||dW_l||, std of dZ_l), then the output's saturation.
[[nodiscard]] std::string inspectText(const InspectedNetwork& inspected,
                                      const TrainingConfig& config, Eigen::Index samples);

/// `inspect --json`: {"iteration", "layers": [{"layer", "activation_mean", "activation_std",
/// "dead_fraction", "saturated_fraction", "weight_std", "gradient_norm", "delta_std"}...],
/// "output_saturated_fraction", "diagnosis": {"code", "text", "evidence"}}; non-finite numbers
/// as "inf", "-inf", "nan".
[[nodiscard]] std::string inspectJson(const InspectedNetwork& inspected);

} // namespace initviz::cli
