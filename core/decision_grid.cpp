// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decision_grid.h"

#include "core/network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace initviz {

namespace {
// Points evaluated per forward pass: the activations of a block stay in L1/L2 cache.
constexpr int kBlockPoints = 1024;
constexpr double kMaxGridPoints = 1e8;
// The notebook's plot_decision_boundary pads the data's range by 1 on every side.
constexpr double kNotebookPadding = 1.0;

void checkSpec(const GridSpec& spec)
{
    if (spec.columns < 1 || spec.rows < 1)
        throw std::invalid_argument("a decision grid needs at least one row and one column");
    if (static_cast<double>(spec.columns) * static_cast<double>(spec.rows) > kMaxGridPoints)
        throw std::invalid_argument("a decision grid of more than 10^8 points is too large");
    if (!std::isfinite(spec.xMin) || !std::isfinite(spec.yMin) || !std::isfinite(spec.xStep)
        || !std::isfinite(spec.yStep))
        throw std::invalid_argument("a decision grid needs finite bounds and steps");
}

// len(np.arange(start, stop, step)) = ceil((stop - start) / step), at least 0.
int arangeLength(double start, double stop, double step)
{
    const double length = std::ceil((stop - start) / step);
    if (!(length >= 1.0))
        return 1;
    if (length > kMaxGridPoints)
        throw std::invalid_argument("a decision grid axis of more than 10^8 points is too large");
    return static_cast<int>(length);
}
} // namespace

GridSpec notebookGrid(const Matrix& X, double step)
{
    if (X.rows() != 2 || X.cols() < 1)
        throw std::invalid_argument("the decision grid needs 2 x m points");
    if (!std::isfinite(step) || step <= 0.0)
        throw std::invalid_argument("the decision grid step must be a finite number > 0");
    GridSpec spec;
    const double xMax = X.row(0).maxCoeff() + kNotebookPadding;
    const double yMax = X.row(1).maxCoeff() + kNotebookPadding;
    spec.xMin = X.row(0).minCoeff() - kNotebookPadding;
    spec.yMin = X.row(1).minCoeff() - kNotebookPadding;
    spec.xStep = step;
    spec.yStep = step;
    spec.columns = arangeLength(spec.xMin, xMax, step);
    spec.rows = arangeLength(spec.yMin, yMax, step);
    checkSpec(spec);
    return spec;
}

GridSpec displayGrid(double xMin, double xMax, double yMin, double yMax, int columns, int rows)
{
    if (columns < 2 || rows < 2)
        throw std::invalid_argument("a display grid needs at least 2 x 2 points");
    if (!(xMax > xMin) || !(yMax > yMin))
        throw std::invalid_argument("a display grid needs max > min on both axes");
    GridSpec spec;
    spec.xMin = xMin;
    spec.yMin = yMin;
    spec.xStep = (xMax - xMin) / (columns - 1);
    spec.yStep = (yMax - yMin) / (rows - 1);
    spec.columns = columns;
    spec.rows = rows;
    checkSpec(spec);
    return spec;
}

DecisionGrid evaluateGrid(const Parameters& parameters, const GridSpec& spec)
{
    checkSpec(spec);
    if (parameters.W.empty() || parameters.W.front().cols() != 2 || parameters.W.back().rows() != 1)
        throw std::invalid_argument("the decision grid needs a network from 2 inputs to 1 output");
    DecisionGrid grid;
    grid.spec = spec;
    const std::size_t total
        = static_cast<std::size_t>(spec.columns) * static_cast<std::size_t>(spec.rows);
    grid.probability.resize(total);
    Matrix block(2, kBlockPoints);
    for (std::size_t start = 0; start < total; start += kBlockPoints) {
        const auto count
            = static_cast<Eigen::Index>(std::min<std::size_t>(kBlockPoints, total - start));
        block.conservativeResize(2, count);
        for (Eigen::Index k = 0; k < count; ++k) {
            const std::size_t index = start + static_cast<std::size_t>(k);
            const auto row = static_cast<int>(index / static_cast<std::size_t>(spec.columns));
            const auto column = static_cast<int>(index % static_cast<std::size_t>(spec.columns));
            block(0, k) = spec.xMin + column * spec.xStep;
            block(1, k) = spec.yMin + row * spec.yStep;
        }
        const RowVector output = predictProbabilities(parameters, block);
        std::copy(output.data(), output.data() + count,
                  grid.probability.begin() + static_cast<std::ptrdiff_t>(start));
    }
    return grid;
}

} // namespace initviz
