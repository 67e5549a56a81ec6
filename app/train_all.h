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

} // namespace initviz::cli
