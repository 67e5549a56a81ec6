// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/initializers.h"
#include "core/layer_stats.h"
#include "core/network.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace initviz {

/// One training run of the notebook's `model(...)`.
struct TrainingConfig {
    InitScheme init = InitScheme::He;
    /// The hidden layers' activation; the output layer is always the sigmoid.
    Activation activation = Activation::Relu;
    std::uint32_t seed = 3;
    double learningRate = 0.01;
    int iterations = 15000;
    std::vector<int> layerDims{2, 10, 5, 1};
    int costEvery = 1000;
    /// Report the numerically stable cross-entropy instead of the notebook's nansum formula.
    /// Training itself is unchanged (the gradient is the same).
    bool stableLoss = false;
};

/// Throws UserError (core/message.h) with a user-facing message if the run cannot be trained:
/// learning rate <= 0 or not finite, iterations < 1, cost interval < 1, more than 10^6 cost
/// points, bad layer widths, or a network too large for memory (checked against `samples`, the
/// largest batch it will see).
void validate(const TrainingConfig& config, Eigen::Index samples);

/// Weights and biases of a network with these layer widths: the sum of n_l * (n_{l-1} + 1).
[[nodiscard]] double parameterCount(const std::vector<int>& layerDims);

/// A cost printed by the notebook: "Cost after iteration <iteration>: <cost>".
struct CostPoint {
    int iteration = 0;
    double cost = 0.0;
};

/// What the trainer reports while it runs; a value, safe to copy across threads.
struct TrainingSnapshot {
    int iteration = 0; ///< iterations completed (0 before the first update)
    int totalIterations = 0; ///< the configured number of iterations
    bool hasCost = false; ///< true at cost checkpoints (iteration % costEvery == 0)
    CostPoint cost; ///< the checkpoint's cost when hasCost
    Parameters parameters; ///< the weights after `iteration` updates
    /// With TrainerHooks::collectStatistics: every layer's statistics from the forward/backward
    /// pass behind this snapshot (empty otherwise). At a cost checkpoint that is the pass of
    /// `iteration` (before its update, like the cost); at a snapshotEvery snapshot, the pass whose
    /// gradients made the last update (statistics.iteration == iteration - 1); at the final
    /// snapshot of a whole run, a pass on the final weights (statistics.iteration == iteration).
    /// Equal bit for bit to measureNetwork() of that pass's weights.
    NetworkStatistics statistics;
    /// True when `statistics` is this snapshot's (collected); false when they were not collected
    /// for it, and `statistics` holds an earlier snapshot's or none.
    bool hasStatistics = false;
};

/// How a caller follows and controls a run.
struct TrainerHooks {
    /// Called on the training thread at every cost checkpoint (before that iteration's update,
    /// like the notebook's print) and, if snapshotEvery > 0, every snapshotEvery iterations.
    std::function<void(const TrainingSnapshot&)> onSnapshot;
    int snapshotEvery = 0;
    /// Checked before every iteration and inside it (between layers and slices of a large
    /// product); a stop request ends the run with `cancelled` set and the weights of the last
    /// whole iteration.
    std::stop_token stop;
    /// False: a cancelled run returns at once, without predictions (empty) and with NaN
    /// accuracies, for a caller that already shows recent ones. On a large network the
    /// predictions cost as much as an iteration: the window skips them to stop within a second.
    bool predictWhenCancelled = true;
    /// Fill TrainingSnapshot::statistics at every snapshot, from the iteration's own forward and
    /// backward pass (issue 11): no allocation in the loop; off, training runs as fast as before.
    bool collectStatistics = false;
    /// With collectStatistics: if set, statistics are collected only at the snapshots of the
    /// iterations where it reads true (the window sets it while its Layers panel is shown); read
    /// once per iteration, from any thread.
    const std::atomic<bool>* statisticsWanted = nullptr;
    /// If set, one more snapshot: after the update that completes `*breakpoint` iterations (read
    /// once per iteration, from any thread; -1 for none). The window pauses its runs there and
    /// steps them one iteration at a time (issue 12); the numbers are those of a run without it.
    const std::atomic<int>* breakpoint = nullptr;
};

/// Everything the notebook prints about a run, and the rest InitViz shows.
struct TrainingResult {
    TrainingConfig config;
    /// The checkpoints the notebook prints: iteration 0, costEvery, 2 * costEvery, ...
    std::vector<CostPoint> costs;
    /// The cost after the last iteration done (iterationsDone), computed at the end of every run
    /// whether or not a checkpoint falls there; the same formula as `costs` (stableLoss or the
    /// notebook's). Not one of the printed checkpoints.
    CostPoint finalCost;
    Parameters initialParameters;
    Parameters finalParameters;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    std::vector<int> trainPredictions;
    std::vector<int> testPredictions;
    int iterationsDone = 0;
    bool cancelled = false;
    /// A cost or a weight became NaN, or the last cost after iteration 0 is still infinite: the
    /// run "diverged" (not an error; the run completes).
    bool diverged = false;
    /// Wall time of the training loop alone.
    double trainSeconds = 0.0;
};

/// Trains `config` on `data.train`, then predicts on both sets. Validates first (throws
/// std::invalid_argument). A cancelled run still returns predictions from its current weights.
[[nodiscard]] TrainingResult train(const TrainingConfig& config, const DatasetPair& data,
                                   const TrainerHooks& hooks = {});

} // namespace initviz
