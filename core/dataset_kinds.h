// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/numpy_random.h"

#include <optional>
#include <span>
#include <string_view>

namespace initviz {

/// Which parameters of DatasetOptions a kind of data set reads (a bit set).
enum DatasetParameter : unsigned {
    kUsesNoise = 1U << 0,
    kUsesFactor = 1U << 1,
    kUsesSpread = 1U << 2,
};

/// One kind of generated data set: its command-line name, title and help text, the parameters it
/// uses with their defaults, how it draws `samples` points from the generator, and the smallest
/// half-width of its view. Adding a data set is one entry of datasetKinds() plus its row in
/// tests/reference/dataset_kinds.py and its golden file (tst_golden fails without it).
struct DatasetKindInfo {
    DatasetKind kind;
    std::string_view name; ///< command line and file names: "circles"
    std::string_view title; ///< "Circles (the notebook)"
    std::string_view help; ///< one line for --help
    unsigned parameters; ///< DatasetParameter bits
    double noise; ///< default --noise (when used)
    double factor; ///< default --factor (when used)
    double spread; ///< default --spread (when used)
    /// Draws the points after np.random.seed(s), as the numpy reference does.
    Dataset (*generate)(int samples, const DatasetOptions& options, NumpyRandom& rng);
    /// The view is at least [-h, h]² (the notebook's circles: 1.5), wider when points lie outside.
    double minimumViewHalfWidth;
};

/// Every kind, circles (the notebook's) first.
[[nodiscard]] std::span<const DatasetKindInfo> datasetKinds();
[[nodiscard]] const DatasetKindInfo& datasetKindInfo(DatasetKind kind);
/// The kind called `name` on the command line, if any.
[[nodiscard]] std::optional<DatasetKind> parseDatasetKind(std::string_view name);
/// "circles, moons, blobs, xor, spiral".
[[nodiscard]] std::string_view datasetKindNames();

/// The options of the notebook with `kind` and that kind's default noise, factor and spread.
[[nodiscard]] DatasetOptions defaultDatasetOptions(DatasetKind kind);

/// sklearn 1.2's `make_moons(samples, noise=noise)` drawing from `rng` like numpy's global one.
[[nodiscard]] Dataset makeMoons(int samples, double noise, NumpyRandom& rng);
/// sklearn 1.2's `make_blobs(samples, centers=[[-1, -1], [1, 1]], cluster_std=spread)`.
[[nodiscard]] Dataset makeBlobs(int samples, double spread, NumpyRandom& rng);
/// Issue 10's xor: uniform(-1, 1) points pushed 0.1 away from the axes, label 1 where the signs
/// of x1 and x2 differ, then normal noise.
[[nodiscard]] Dataset makeXor(int samples, double noise, NumpyRandom& rng);
/// Issue 10's two-armed spiral (1.75 turns), shuffled like make_circles, then normal noise.
[[nodiscard]] Dataset makeSpiral(int samples, double noise, NumpyRandom& rng);

/// The notebook's view half-width: its boundary plots show [-1.5, 1.5]².
inline constexpr double kNotebookViewHalfWidth = 1.5;

/// The half-width h of the square view [-h, h]² that shows every point of `data`: h =
/// `minimum` when the points fit inside (the notebook's circles always do in 1.5), otherwise the
/// farthest coordinate plus 4%, rounded up to a whole tick step (1, 2 or 5 times a power of ten).
[[nodiscard]] double viewHalfWidth(const DatasetPair& data,
                                   double minimum = kNotebookViewHalfWidth);

/// A round tick step for a view of half-width `halfWidth`, about three ticks from the centre to an
/// edge: 1, 2, 2.5 or 5 times a power of ten.
[[nodiscard]] double viewTickStep(double halfWidth);

} // namespace initviz
