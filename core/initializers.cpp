// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/initializers.h"

#include "core/message.h"
#include "core/numpy_random.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <stdexcept>
#include <string>

namespace initviz {

namespace {
// The notebook's "large random" initialization multiplies randn by 10.
constexpr double kLargeRandomScale = 10.0;
// A common "small random" choice (e.g. the course's week 3 network).
constexpr double kSmallRandomScale = 0.01;
// Issue 15: a stop request is checked after about this many weights drawn (a tenth of a second).
constexpr long long kDrawsPerStopCheck = 1'000'000;

constexpr std::array<InitSchemeInfo, 8> kSchemes{{
    {InitScheme::Zeros, "zeros", "zeros", "W = 0, b = 0", "fails to break symmetry"},
    {InitScheme::Random, "random", "large random", "W = randn(n_l, n_{l-1}) * 10, b = 0",
     "too large weights"},
    {InitScheme::He, "he", "He", "W = randn(n_l, n_{l-1}) * sqrt(2 / n_{l-1}), b = 0",
     "recommended method"},
    {InitScheme::LeCun, "lecun", "LeCun", "W = randn(n_l, n_{l-1}) * sqrt(1 / n_{l-1}), b = 0",
     "works; a little slower than He with ReLU"},
    {InitScheme::Xavier, "xavier", "Xavier (Glorot)",
     "W = randn(n_l, n_{l-1}) * sqrt(2 / (n_{l-1} + n_l)), b = 0",
     "works, but starts slowly: scaled for tanh, not ReLU"},
    {InitScheme::HeUniform, "he-uniform", "He uniform",
     "W = uniform(-L, L), L = sqrt(6 / n_{l-1}), b = 0", "works; a slower start than He here"},
    {InitScheme::XavierUniform, "xavier-uniform", "Xavier uniform",
     "W = uniform(-L, L), L = sqrt(6 / (n_{l-1} + n_l)), b = 0",
     "too small for ReLU: learns slowly"},
    {InitScheme::Small, "small", "small random", "W = randn(n_l, n_{l-1}) * 0.01, b = 0",
     "too small weights: the signal vanishes"},
}};
} // namespace

WeightScale weightScale(InitScheme scheme, int fanIn, int fanOut)
{
    const double in = fanIn;
    const double out = fanOut;
    switch (scheme) {
    case InitScheme::Zeros:
        return {WeightDraw::None, 0.0};
    case InitScheme::Random:
        return {WeightDraw::Normal, kLargeRandomScale};
    case InitScheme::He:
        return {WeightDraw::Normal, std::sqrt(2.0 / in)};
    case InitScheme::LeCun:
        return {WeightDraw::Normal, std::sqrt(1.0 / in)};
    case InitScheme::Xavier:
        return {WeightDraw::Normal, std::sqrt(2.0 / (in + out))};
    case InitScheme::HeUniform:
        return {WeightDraw::Uniform, std::sqrt(6.0 / in)};
    case InitScheme::XavierUniform:
        return {WeightDraw::Uniform, std::sqrt(6.0 / (in + out))};
    case InitScheme::Small:
        return {WeightDraw::Normal, kSmallRandomScale};
    }
    throw UserError(QT_TRANSLATE_NOOP("initviz::core", "unknown initialization scheme"));
}

std::span<const InitSchemeInfo> initSchemes()
{
    return kSchemes;
}

const InitSchemeInfo& schemeInfo(InitScheme scheme)
{
    const auto found
        = std::find_if(kSchemes.begin(), kSchemes.end(),
                       [scheme](const InitSchemeInfo& info) { return info.scheme == scheme; });
    if (found == kSchemes.end())
        throw UserError(QT_TRANSLATE_NOOP("initviz::core", "unknown initialization scheme"));
    return *found;
}

std::optional<InitScheme> parseInitScheme(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const InitSchemeInfo& info : kSchemes) {
        if (info.name == lower)
            return info.scheme;
    }
    return std::nullopt;
}

Parameters initializeParameters(std::span<const int> layerDims, InitScheme scheme,
                                std::uint32_t seed, const std::stop_token& stop)
{
    if (layerDims.size() < 2)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "a network needs at least an input and an output layer"));
    for (const int width : layerDims) {
        if (width < 1)
            throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                              "every layer needs a width of at least 1 (got %1)"),
                            {MessageArg::integer(width)});
    }
    NumpyRandom rng(seed);
    Parameters parameters;
    long long drawsSinceCheck = 0;
    bool stopped = false;
    const std::size_t layers = layerDims.size() - 1;
    parameters.W.reserve(layers);
    parameters.b.reserve(layers);
    for (std::size_t l = 1; l <= layers; ++l) {
        const int fanIn = layerDims[l - 1];
        const int fanOut = layerDims[l];
        const WeightScale scale = weightScale(scheme, fanIn, fanOut);
        Matrix W = Matrix::Zero(fanOut, fanIn);
        // numpy fills randn(n_l, n_{l-1}) row by row (C order), and multiplies afterwards.
        for (int row = 0; row < fanOut && !stopped; ++row) {
            // Issue 15: ten million draws take about a second; a stop request ends them sooner.
            drawsSinceCheck += fanIn;
            if (drawsSinceCheck >= kDrawsPerStopCheck) {
                drawsSinceCheck = 0;
                stopped = stop.stop_requested();
            }
            for (int column = 0; column < fanIn && !stopped; ++column) {
                switch (scale.draw) {
                case WeightDraw::None:
                    break;
                case WeightDraw::Normal:
                    W(row, column) = rng.standardNormal() * scale.value;
                    break;
                case WeightDraw::Uniform:
                    W(row, column) = rng.uniform(-scale.value, scale.value);
                    break;
                }
            }
        }
        parameters.W.push_back(std::move(W));
        parameters.b.push_back(Vector::Zero(fanOut));
    }
    return parameters;
}

} // namespace initviz
