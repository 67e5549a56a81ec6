// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/depth_experiment.h"

#include <string>

namespace initviz::cli {

/// `depth`: a header naming the network, then one row per layer l = 1..D+1 (the last is the
/// sigmoid output) with, for every scheme (x activation), the std of A_l (forward) and of dZ_l
/// (backward), four significant digits, columns aligned.
[[nodiscard]] std::string depthText(const DepthResult& result, std::uint32_t seed,
                                    long long samples);
/// `depth --json`: {"width", "depth", "seed", "samples", "curves": [{"init", "activation",
/// "forward_std": [...], "backward_std": [...]}]}, numbers at full precision, non-finite as
/// "inf"/"nan": the numpy reference's format (tests/reference/depth_experiment.py) plus "samples".
[[nodiscard]] std::string depthJson(const DepthResult& result, std::uint32_t seed,
                                    long long samples);

} // namespace initviz::cli
