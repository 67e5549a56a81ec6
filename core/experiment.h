// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/datasets.h"
#include "core/initializers.h"
#include "core/trainer.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace initviz {

/// The ranges of the window's inputs, shared by its form, its settings reader and the command
/// line's window options. They cover what the core accepts wherever a spin box can (the core's
/// validation still has the last word).
namespace limits {
inline constexpr double kMinLearningRate = 1e-10;
// The core takes any finite rate > 0; 1e300 diverges, and the window reports it like the command
// line does.
inline constexpr double kMaxLearningRate = 1e300;
inline constexpr int kMaxIterations = std::numeric_limits<int>::max();
inline constexpr int kMinSamples = 2;
inline constexpr int kMaxSamples = 1'000'000;
inline constexpr double kMaxNoise = 1e6;
inline constexpr double kMaxFactor = 0.9999999999;
inline constexpr double kMinSpread = 1e-10;
inline constexpr double kMaxSpread = 1e6;
inline constexpr double kMaxSeed = std::numeric_limits<std::uint32_t>::max();
/// Runs the window trains side by side at most (initializations x seeds): sixteen panels still
/// read from the back of a classroom.
inline constexpr int kMaxRuns = 16;
} // namespace limits

/// One experiment, as the window and the command line's window options describe it: which
/// initializations to compare, one training configuration (its `init` and `seed` are replaced per
/// run), how many weight seeds each initialization trains with, and the data sets: generated from
/// `data`, or your own points.
struct Experiment {
    std::vector<InitScheme> schemes{InitScheme::Zeros, InitScheme::Random, InitScheme::He};
    /// The hidden activations compared (issue 10): every scheme trains with each. The notebook's
    /// ReLU alone by default; training.activation is replaced per run.
    std::vector<Activation> activations{Activation::Relu};
    TrainingConfig training;
    /// Each initialization trains with the weight seeds training.seed, training.seed + 1, ...:
    /// 1 is the notebook's experiment.
    int seedCount = 1;
    DatasetOptions data;
    /// Your own points (the window's File > Open data..., or points clicked into its panels):
    /// when set, every run trains on them and `data` generates nothing. The test set may be empty
    /// (2 x 0 points: no test set).
    std::shared_ptr<const DatasetPair> ownData;

    /// The points the runs train on: ownData itself, or `data` generated (throws like
    /// makeDatasets).
    [[nodiscard]] std::shared_ptr<const DatasetPair> makeData() const;
    /// The notebook's experiment: its three initializations and every value of the assignment.
    [[nodiscard]] static Experiment notebook() { return {}; }
    /// One configuration per scheme, activation and seed: schemes in picker order, each with its
    /// activations, each of those with its seeds.
    [[nodiscard]] std::vector<TrainingConfig> runConfigs() const;
    /// The core's own checks (throws std::invalid_argument with its message), plus "at least one
    /// initialization", the seeds within numpy's range and at most limits::kMaxRuns runs; own
    /// points as a data file must be (validateOwnPoints).
    void validate() const;
    friend bool operator==(const Experiment& a, const Experiment& b);
};

/// Your own train points, held to what a data file may hold (core/dataset_csv.h): at least one
/// point of each label, at most kMaxDataRows points, finite coordinates. Throws
/// std::invalid_argument ("the train set has no points of label 1 (blue); ...").
void validateOwnPoints(const Dataset& train);

// Run naming, in the notebook's English (the command line prints it; the window words the same
// patterns through tr(), ui/plot_style.h, and a test holds the two together).

/// The layers the notebook counts: weight layers, not the input ({2, 10, 5, 1} is a 3-layer NN).
[[nodiscard]] int weightLayerCount(const std::vector<int>& layerDims);

/// A scheme's title as a name starts: "Zeros", "large random", "He" (the first letter raised).
[[nodiscard]] std::string schemeName(InitScheme scheme);

/// The compare table's Model column: "3-layer NN with He initialization", with the activation
/// when it is not the notebook's ReLU: "11-layer NN with He initialization, tanh".
[[nodiscard]] std::string modelName(InitScheme scheme, const std::vector<int>& layerDims,
                                    Activation activation = Activation::Relu);

/// The notebook's plot title: "Model with He initialization", "Model with large random
/// initialization" (a one-word title is capitalised, a phrase is not).
[[nodiscard]] std::string modelPlotTitle(InitScheme scheme);

/// A run's title: modelPlotTitle, or with several weight seeds compared the scheme and its seed,
/// "He, seed 4"; with the activation when it is not ReLU: "Model with He initialization, tanh",
/// "He, tanh, seed 4".
[[nodiscard]] std::string runPlotTitle(InitScheme scheme, std::optional<std::uint32_t> seed,
                                       Activation activation = Activation::Relu);

} // namespace initviz
