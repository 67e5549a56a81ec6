// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activations.h"
#include "core/initializers.h"
#include "core/types.h"

#include <stop_token>
#include <vector>

namespace initviz {

/// A rectangular grid of sample points: x_i = xMin + i * step for i < columns (likewise y),
/// like np.meshgrid(np.arange(xMin, xMax, step), ...).
struct GridSpec {
    double xMin = -1.5;
    double yMin = -1.5;
    double xStep = 0.01;
    double yStep = 0.01;
    int columns = 300;
    int rows = 300;
};

/// The notebook's plot_decision_boundary grid: step `step` over [min - 1, max + 1] of each
/// coordinate of X (2 x m).
[[nodiscard]] GridSpec notebookGrid(const Matrix& X, double step = 0.01);

/// A grid of `columns` x `rows` points spanning [xMin, xMax] x [yMin, yMax] inclusive, for
/// live displays.
[[nodiscard]] GridSpec displayGrid(double xMin, double xMax, double yMin, double yMax, int columns,
                                   int rows);

/// Multiply-adds of one forward pass of one point through a network of `layerDims` (at least 1).
[[nodiscard]] double multiplyAddsPerPoint(const std::vector<int>& layerDims);

/// Issue 15: `full` itself when evaluating it on a network of `layerDims` costs at most
/// `maxMultiplyAdds`, otherwise a coarser grid over the same rectangle that does (but never fewer
/// than 8 points a side), so that a boundary's cost stays bounded whatever the network. The
/// window's live boundary and `compare --plot`'s figure share this rule, with their own budgets.
[[nodiscard]] GridSpec affordableGrid(const GridSpec& full, const std::vector<int>& layerDims,
                                      double maxMultiplyAdds);

/// The network's output probability at every grid point, row-major: value(row, column) =
/// probability[row * columns + column], row = y index. Predicted label is probability > 0.5.
struct DecisionGrid {
    GridSpec spec;
    std::vector<double> probability;
    /// False (and `probability` empty) when a stop request ended the evaluation early.
    bool complete = true;

    [[nodiscard]] double at(int row, int column) const
    {
        return probability[static_cast<std::size_t>(row) * static_cast<std::size_t>(spec.columns)
                           + static_cast<std::size_t>(column)];
    }
};

/// Evaluates the network on every grid point. Throws std::invalid_argument on an empty or
/// absurdly large grid (> 10^8 points) or parameters that do not take 2 inputs to 1 output.
/// Evaluated in blocks of a few milliseconds each; a stop request ends it between blocks with
/// `complete` false (issue 15). The hidden layers use `activation` (the network's).
[[nodiscard]] DecisionGrid evaluateGrid(const Parameters& parameters, const GridSpec& spec,
                                        const std::stop_token& stop = {},
                                        Activation activation = Activation::Relu);

} // namespace initviz
