// SPDX-License-Identifier: GPL-3.0-or-later
// The network's kernels (core/network_kernels.cpp), shared by Network and PointPredictor
// (core/network.cpp). Not part of the public API: use core/network.h.
#pragma once

#include "core/activations.h"
#include "core/types.h"

#include <stop_token>
#include <vector>

namespace initviz::network_detail {

/// Samples along rows (n_l x m, row-major) so every kernel runs vectorised over samples; the
/// sample count is padded to a whole number of register blocks.
using SampleRows = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// The sample count rounded up to a whole number of the kernels' chunks.
Eigen::Index padded(Eigen::Index samples);

/// The forward pass over the padded sample rows: layers[0] holds the input, layers[l] gets A_l
/// (g(Z_l)) for hidden layers and Z_L for the last.
/// Returns false if a stop request cut the pass short (the layers are then incomplete).
bool forwardLayers(const Parameters& parameters, Activation activation,
                   std::vector<SampleRows>& layers, Eigen::Index m, Eigen::Index stride,
                   const std::stop_token* stop = nullptr);

/// One row block per layer, A_0 (the input) to Z_L, each `stride` samples long.
void sizeLayers(const Parameters& parameters, std::vector<SampleRows>& layers, Eigen::Index stride);

/// X into the input rows, the padding past m zeroed.
void loadInput(const Matrix& X, SampleRows& input, Eigen::Index m);

/// dW(j, k) = sum_s dZ(j, s) A(k, s) and db(j) = sum_s dZ(j, s), over the padded rows. Returns
/// false if a stop request cut the product short (dW is then incomplete).
bool weightGradient(const Scalar* dZ, const Scalar* previous, Matrix& dW, Vector& db,
                    Eigen::Index stride, const std::stop_token* stop);

/// dPrevious = (W^T dZ) * g'(previous). Returns false if a stop request cut the product short.
bool backpropagate(const Matrix& W, const Scalar* dZ, const Scalar* previous, Scalar* dPrevious,
                   Eigen::Index stride, Activation activation, const std::stop_token* stop);

/// Zeroes the samples past m in every row, so that padding never reaches a sum.
void clearPadding(Scalar* rows, Eigen::Index count, Eigen::Index m, Eigen::Index stride);

} // namespace initviz::network_detail
