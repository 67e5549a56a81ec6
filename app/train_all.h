// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/trainer.h"

#include <vector>

namespace initviz::cli {

/// Trains every configuration on `data` concurrently (one thread per run, at most one per core)
/// and returns the results in the order of `configs`. Rethrows the first run's exception, if any.
[[nodiscard]] std::vector<TrainingResult> trainAll(const std::vector<TrainingConfig>& configs,
                                                   const DatasetPair& data);

/// Issue 12: trainAll, and each run's weights after each of `iterations` updates (ascending;
/// `weights[r][k]` after iterations[k], the final weights for any at or beyond the run's end).
/// The results are those of trainAll, bit for bit.
[[nodiscard]] std::vector<TrainingResult>
trainAllWithSnapshots(const std::vector<TrainingConfig>& configs, const DatasetPair& data,
                      const std::vector<int>& iterations,
                      std::vector<std::vector<Parameters>>& weights);

} // namespace initviz::cli
