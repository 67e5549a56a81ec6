// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <cstdint>
#include <optional>
#include <span>
#include <stop_token>
#include <string_view>
#include <vector>

namespace initviz {

/// The weight initializations InitViz offers: the notebook's three (zeros, random x10, He) and
/// the other common schemes, so a class can see where each lands between "symmetric" and
/// "exploding".
enum class InitScheme { Zeros, Random, He, LeCun, Xavier, HeUniform, XavierUniform, Small };

/// What the CLI, the window and the results table say about a scheme.
struct InitSchemeInfo {
    InitScheme scheme;
    std::string_view name; ///< command-line name: "zeros", "random", "he", "he-uniform", ...
    std::string_view
        title; ///< as in "Model with <title> initialization": "Zeros", "large random", "He"
    std::string_view formula; ///< e.g. "W = randn(n_l, n_{l-1}) * sqrt(2 / n_{l-1}), b = 0"
    std::string_view comment; ///< the conclusion table's Problem/Comment column
};

/// All schemes, the notebook's three first.
[[nodiscard]] std::span<const InitSchemeInfo> initSchemes();
[[nodiscard]] const InitSchemeInfo& schemeInfo(InitScheme scheme);
/// Case-insensitive lookup by command-line name; std::nullopt if unknown.
[[nodiscard]] std::optional<InitScheme> parseInitScheme(std::string_view name);

/// Weights and biases of an L-layer network: W[l] is n_{l+1} x n_l and b[l] is n_{l+1} x 1
/// (0-based: W[0] is the notebook's W1).
struct Parameters {
    std::vector<Matrix> W;
    std::vector<Vector> b;

    [[nodiscard]] std::size_t layerCount() const { return W.size(); }
};

/// How a scheme draws a layer's weights: not at all (W = 0), randn(n_l, n_{l-1}) * value, or
/// uniform(-value, value). Schemes with the same draw take the same random numbers for the same
/// seed and layers, so their weights differ by a factor per layer (the depth experiment uses this).
enum class WeightDraw { None, Normal, Uniform };
struct WeightScale {
    WeightDraw draw;
    double value;
};
/// The scale of `scheme` for a layer with fanIn inputs and fanOut units.
[[nodiscard]] WeightScale weightScale(InitScheme scheme, int fanIn, int fanOut);

/// The notebook's `initialize_parameters_<scheme>(layers_dims)`: every random scheme seeds
/// numpy's generator once with `seed`, then for l = 1..L draws W_l as an n_l x n_{l-1} array in
/// row-major order; biases are zero. Throws std::invalid_argument for fewer than two layers or a
/// width < 1. Issue 15: a stop request (checked every million or so draws, so never on a network
/// smaller than that) leaves the weights not yet drawn at zero: the caller checks `stop` and must
/// not use them.
[[nodiscard]] Parameters initializeParameters(std::span<const int> layerDims, InitScheme scheme,
                                              std::uint32_t seed, const std::stop_token& stop = {});

} // namespace initviz
