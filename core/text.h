// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace initviz {

/// Python's repr of a float: the shortest text that reads back to the same double, fixed
/// notation for exponents in [-4, 16), otherwise `1e-05` / `1e+16`; `inf`, `-inf`, `nan`.
/// This is how the notebook prints costs and accuracies.
[[nodiscard]] std::string formatPython(double value);

/// Parses a layer list such as "2,10,5,1" (spaces allowed around numbers). Throws UserError
/// (core/message.h) with a message naming the problem: empty item, not a number, width < 1, first
/// width not 2 or last not 1.
[[nodiscard]] std::vector<int> parseLayers(std::string_view text);

/// "2,10,5,1".
[[nodiscard]] std::string formatLayers(const std::vector<int>& layerDims);

/// Parses a list of weight seeds such as "3", "1-4" or "1,5,9" (ranges and items mixed, spaces
/// allowed around numbers): distinct seeds in numpy's 0..2^32-1, in the order given, at most
/// `maxCount` of them (checked before a range is expanded). Throws UserError with a message
/// naming the problem.
[[nodiscard]] std::vector<std::uint32_t> parseSeeds(std::string_view text, std::size_t maxCount);

/// "1-4", "1,5,9", "1-3,7": consecutive seeds as ranges; parseSeeds reads it back.
[[nodiscard]] std::string formatSeeds(const std::vector<std::uint32_t>& seeds);

/// A 0/1 string in sample order, as in the notebook's prediction arrays.
[[nodiscard]] std::string formatPredictions(const std::vector<int>& predictions);

} // namespace initviz
