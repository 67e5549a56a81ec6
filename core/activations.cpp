// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activations.h"

#include "core/message.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
constexpr std::array<ActivationInfo, 4> kActivations{{
    {Activation::Relu, "relu", "ReLU", "a = max(0, z); g' = (a > 0)",
     "the notebook's: fast, but units with z <= 0 pass no gradient", InitScheme::He, true},
    {Activation::Tanh, "tanh", "tanh", "a = tanh(z); g' = 1 - a^2",
     "zero-centred and saturating: trains deep nets with Xavier's smaller weights",
     InitScheme::Xavier, false},
    {Activation::Sigmoid, "sigmoid", "sigmoid", "a = 1 / (1 + exp(-z)); g' = a (1 - a)",
     "saturating and never above 1/4 in slope: the gradient fades in deep nets", InitScheme::Xavier,
     false},
    {Activation::LeakyRelu, "leaky-relu", "leaky ReLU",
     "a = z if z > 0 else 0.01 z; g' = 1 if a > 0 else 0.01",
     "ReLU with a small slope below zero, so no unit stops learning", InitScheme::He, true},
}};
} // namespace

std::span<const ActivationInfo> activations()
{
    return kActivations;
}

const ActivationInfo& activationInfo(Activation activation)
{
    const auto found = std::find_if(
        kActivations.begin(), kActivations.end(),
        [activation](const ActivationInfo& info) { return info.activation == activation; });
    if (found == kActivations.end())
        throw UserError(QT_TRANSLATE_NOOP("initviz::core", "unknown activation"));
    return *found;
}

std::optional<Activation> parseActivation(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const ActivationInfo& info : kActivations) {
        if (info.name == lower)
            return info.activation;
    }
    return std::nullopt;
}

} // namespace initviz
