// SPDX-License-Identifier: GPL-3.0-or-later
// The depth experiment's products (core/depth_kernels.cpp): one layer forward or backward over a
// range of samples, register-blocked like a GEMM micro-kernel, for networks of up to 100 layers
// of up to 1000 units. Internal to core/depth_experiment.cpp; not an API.
#pragma once

#include "core/activations.h"
#include "core/types.h"

#include <vector>

namespace initviz::depth_detail {

/// Samples along rows (units x samples, row-major), as the network's kernels keep them.
using SampleRows = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Samples one tile of the kernels covers: ranges of samples start and end on multiples of it.
Eigen::Index sampleChunk();
/// `samples` rounded up to a whole number of chunks: the row length of every buffer.
Eigen::Index paddedSamples(Eigen::Index samples);

/// A layer's weights W (n_l x n_{l-1}) laid out for the kernels: W in panels of two rows for
/// the forward product and W^T in panels of two rows (two columns of W) for the backward one,
/// each panel's pairs consecutive along the summed index. Points into a PackedNetwork.
struct PackedWeights {
    Eigen::Index units = 0; ///< n_l
    Eigen::Index inputs = 0; ///< n_{l-1}
    Scalar* forward = nullptr;
    Scalar* backward = nullptr;

    /// Sets W(j, k) in both layouts.
    void set(Eigen::Index j, Eigen::Index k, Scalar w);
};

/// Every layer's packed weights in one buffer; each weight must be set before use.
class PackedNetwork {
public:
    explicit PackedNetwork(const std::vector<int>& dims);
    ~PackedNetwork();
    PackedNetwork(const PackedNetwork&) = delete;
    PackedNetwork& operator=(const PackedNetwork&) = delete;

    /// Layer l + 1 (W[l], 0-based as Parameters::W).
    [[nodiscard]] PackedWeights& operator[](std::size_t l) { return layers_[l]; }
    [[nodiscard]] const PackedWeights& operator[](std::size_t l) const { return layers_[l]; }
    [[nodiscard]] std::size_t size() const { return layers_.size(); }

private:
    std::vector<Scalar> storage_;
    std::vector<PackedWeights> layers_;
};

/// Buffers kept from one experiment for the next (the Depth view recomputes as its sliders
/// move): newly mapped memory costs a page fault per 4 KiB, a large share of the experiment's
/// time at 100 layers of 100 units. Holds at most 128 MiB; thread-safe. A taken buffer's
/// values are unspecified.
[[nodiscard]] std::vector<Scalar> takeBuffer(std::size_t size);
void returnBuffer(std::vector<Scalar>&& buffer);

/// out(j, s) = sum_k W(j, k) in(k, s), then g if `activate`, for samples [first, last) of rows
/// `stride` long. Each sum runs over k in order. `tile` holds n_{l-1} x sampleChunk() values.
void forwardLayer(const PackedWeights& W, Activation g, bool activate, const Scalar* in,
                  Scalar* out, Eigen::Index stride, Eigen::Index first, Eigen::Index last,
                  std::vector<Scalar>& tile);

/// dPrevious(k, s) = (sum_j W(j, k) dZ(j, s)) * g'(previous(k, s)), g' from the stored a = g(z)
/// as in the notebook's backward pass, for samples [first, last).
void backwardLayer(const PackedWeights& W, Activation g, const Scalar* dZ, const Scalar* previous,
                   Scalar* dPrevious, Eigen::Index stride, Eigen::Index first, Eigen::Index last,
                   std::vector<Scalar>& tile);

} // namespace initviz::depth_detail
