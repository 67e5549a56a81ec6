// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/numpy_random.h"
#include "core/types.h"

#include <cstdint>

namespace initviz {

/// A labelled point set in the notebook's layout: X is 2 x m (one column per sample) and Y is
/// 1 x m with 0 = red (outer circle) and 1 = blue (inner circle).
struct Dataset {
    Matrix X;
    RowVector Y;

    [[nodiscard]] Eigen::Index size() const { return X.cols(); }
};

/// How the notebook's two data sets are generated (`load_dataset()` in init_utils.py).
struct DatasetOptions {
    int trainSamples = 300;
    int testSamples = 100;
    double noise = 0.05;
    double factor = 0.8;
    std::uint32_t trainSeed = 1;
    std::uint32_t testSeed = 2;
};

struct DatasetPair {
    Dataset train;
    Dataset test;
};

/// sklearn's `make_circles(n_samples, noise=noise, factor=factor, shuffle=True)` drawing from
/// `rng` exactly as sklearn draws from numpy's global generator. Throws std::invalid_argument
/// for samples < 2, noise < 0 or not finite, factor outside [0, 1).
[[nodiscard]] Dataset makeCircles(int samples, double noise, double factor, NumpyRandom& rng);

/// Both data sets of the notebook (or of the given options): seed, then make_circles, for each.
/// Validates like makeCircles and throws std::invalid_argument with a user-facing message.
[[nodiscard]] DatasetPair makeDatasets(const DatasetOptions& options);

/// Throws std::invalid_argument with a user-facing message if the options are unusable.
void validate(const DatasetOptions& options);

} // namespace initviz
