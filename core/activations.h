// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"

#include <optional>
#include <span>
#include <string_view>

namespace initviz {

/// The hidden layers' activation g(z), one for the whole network; the output layer is always the
/// notebook's sigmoid. ReLU is the notebook's. Adding one: an entry in activations(), its kernel
/// case in network_kernels.cpp, a row in tests/reference/notebook_reference.py and its golden file
/// tests/reference/golden/activation_<name>.json (tst_activations fails without it).
enum class Activation { Relu, Tanh, Sigmoid, LeakyRelu };

/// What the CLI, the window and the results table say about an activation.
struct ActivationInfo {
    Activation activation;
    std::string_view name; ///< command-line name: "relu", "tanh", "sigmoid", "leaky-relu"
    std::string_view title; ///< in run names and tables: "ReLU", "tanh", "sigmoid", "leaky ReLU"
    std::string_view formula; ///< g(z) and g' from the stored a = g(z), as backward uses it
    std::string_view help; ///< one line for --help and tooltips
    InitScheme meantFor; ///< the initialization that keeps its signal's variance: He or Xavier
    /// g(c z) = c g(z) for every c > 0 (ReLU, leaky ReLU): a network whose weights are all scaled
    /// copies of the same draws computes scaled copies of the same signals, so the depth
    /// experiment measures such schemes from one shared pass (core/depth_experiment.cpp).
    bool positivelyHomogeneous;
};

/// All activations, the notebook's ReLU first.
[[nodiscard]] std::span<const ActivationInfo> activations();
[[nodiscard]] const ActivationInfo& activationInfo(Activation activation);
/// Case-insensitive lookup by command-line name; std::nullopt if unknown.
[[nodiscard]] std::optional<Activation> parseActivation(std::string_view name);

/// leaky ReLU's slope for z <= 0.
inline constexpr double kLeakyReluSlope = 0.01;

} // namespace initviz
