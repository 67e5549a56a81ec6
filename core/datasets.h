// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/message.h"
#include "core/numpy_random.h"
#include "core/types.h"

#include <cstdint>
#include <string_view>

namespace initviz {

/// A labelled point set in the notebook's layout: X is 2 x m (one column per sample) and Y is
/// 1 x m with 0 = red (outer circle) and 1 = blue (inner circle).
struct Dataset {
    Matrix X;
    RowVector Y;

    [[nodiscard]] Eigen::Index size() const { return X.cols(); }
};

/// The generated data sets (core/dataset_kinds.h has each one's generator and defaults).
enum class DatasetKind { Circles, Moons, Blobs, Xor, Spiral };

/// How the two data sets are generated: by default the notebook's (`load_dataset()` in
/// init_utils.py). A kind reads only its own parameters (DatasetKindInfo::parameters); the
/// defaults here are the circles'; defaultDatasetOptions() gives another kind's.
struct DatasetOptions {
    DatasetKind kind = DatasetKind::Circles;
    int trainSamples = 300;
    int testSamples = 100;
    double noise = 0.05; ///< circles, moons, xor, spiral: the noise's standard deviation
    double factor = 0.8; ///< circles: the inner radius relative to the outer
    double spread = 0.5; ///< blobs: sklearn's cluster_std
    std::uint32_t trainSeed = 1;
    std::uint32_t testSeed = 2;
};

struct DatasetPair {
    Dataset train;
    Dataset test;
};

/// sklearn's `make_circles(n_samples, noise=noise, factor=factor, shuffle=True)` drawing from
/// `rng` exactly as sklearn draws from numpy's global generator. Throws UserError (a
/// std::invalid_argument) for samples < 2, noise < 0 or not finite, factor outside [0, 1).
[[nodiscard]] Dataset makeCircles(int samples, double noise, double factor, NumpyRandom& rng);

/// Both data sets of the notebook (or of the given options): seed, then the kind's generator,
/// for each. Validates first and throws UserError with a user-facing message.
[[nodiscard]] DatasetPair makeDatasets(const DatasetOptions& options);

/// Each generator's checks: 2 to 1,000,000 samples; a finite noise >= 0. Throw UserError with
/// "what: ..." messages, `what` the generator ("make_moons") or the set ("train set").
void validateSampleCount(int samples, const MessageArg& what);
void validateNoise(double noise, const MessageArg& what);

/// Throws UserError with a user-facing message if the options are unusable: sample
/// counts, and the parameters the kind uses (noise >= 0, factor in [0, 1), spread > 0, finite).
void validate(const DatasetOptions& options);

} // namespace initviz
