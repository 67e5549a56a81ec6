// SPDX-License-Identifier: GPL-3.0-or-later
// Aligned text tables for the headless commands' reports (compare, inspect).
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace initviz::cli {

/// Rows of cells as aligned columns; the last column is not padded, so no line ends in spaces.
/// The second line underlines the header.
template <std::size_t Columns>
std::string alignedTable(const std::vector<std::array<std::string, Columns>>& rows,
                         std::string_view separator)
{
    std::array<std::size_t, Columns> widths{};
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < Columns; ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    const auto line = [&](const std::array<std::string, Columns>& row) {
        std::string out;
        for (std::size_t c = 0; c < Columns; ++c) {
            out += row[c];
            if (c + 1 < Columns) {
                out.append(widths[c] - row[c].size(), ' ');
                out += separator;
            }
        }
        return out + "\n";
    };
    std::string text = line(rows.front());
    std::array<std::string, Columns> rule;
    for (std::size_t c = 0; c < Columns; ++c)
        rule[c] = std::string(widths[c], '-');
    text += line(rule);
    for (std::size_t r = 1; r < rows.size(); ++r)
        text += line(rows[r]);
    return text;
}

} // namespace initviz::cli
