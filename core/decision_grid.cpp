// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decision_grid.h"

#include "core/network.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>
#include <thread>

namespace initviz {

namespace {
// Points evaluated per forward pass: the activations of a block stay in L1/L2 cache.
constexpr Eigen::Index kBlockPoints = 1024;
// Issue 15: a block costs at most about this many multiply-adds (a few milliseconds), so a stop
// request is seen between blocks even for the largest network; at least one SIMD chunk of points.
constexpr double kMultiplyAddsPerBlock = 2e7;
// Issue 15: an affordable grid keeps at least this many points a side, however large the network.
constexpr int kMinAffordablePoints = 8;
constexpr Eigen::Index kMinBlockPoints = 32;
// Grids this large (the notebook's 176,000 points) are split across the cores; smaller ones (the
// live 200 x 200 boundary) are not worth a thread's start-up.
constexpr std::size_t kThreadedGridPoints = 100'000;
constexpr std::size_t kMaxGridThreads = 8;
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

double multiplyAddsPerPoint(const std::vector<int>& layerDims)
{
    double total = 0.0;
    for (std::size_t l = 1; l < layerDims.size(); ++l)
        total += static_cast<double>(layerDims[l]) * static_cast<double>(layerDims[l - 1]);
    return std::max(1.0, total);
}

GridSpec affordableGrid(const GridSpec& full, const std::vector<int>& layerDims,
                        double maxMultiplyAdds)
{
    const double affordable = std::sqrt(maxMultiplyAdds / multiplyAddsPerPoint(layerDims));
    const int side = affordable >= static_cast<double>(std::max(full.columns, full.rows))
        ? std::max(full.columns, full.rows)
        : std::max(static_cast<int>(affordable), kMinAffordablePoints);
    const int columns = std::min(side, full.columns);
    const int rows = std::min(side, full.rows);
    if (columns == full.columns && rows == full.rows)
        return full;
    return displayGrid(full.xMin, full.xMin + full.xStep * (full.columns - 1), full.yMin,
                       full.yMin + full.yStep * (full.rows - 1), columns, rows);
}

DecisionGrid evaluateGrid(const Parameters& parameters, const GridSpec& spec,
                          const std::stop_token& stop, Activation activation)
{
    checkSpec(spec);
    if (parameters.W.empty() || parameters.W.front().cols() != 2 || parameters.W.back().rows() != 1)
        throw std::invalid_argument("the decision grid needs a network from 2 inputs to 1 output");
    DecisionGrid grid;
    grid.spec = spec;
    const std::size_t total
        = static_cast<std::size_t>(spec.columns) * static_cast<std::size_t>(spec.rows);
    grid.probability.resize(total);
    double perPoint = 0.0;
    for (const Matrix& W : parameters.W)
        perPoint += static_cast<double>(W.rows()) * static_cast<double>(W.cols());
    const auto blockPoints = static_cast<std::size_t>(
        std::clamp(static_cast<Eigen::Index>(kMultiplyAddsPerBlock / perPoint) / kMinBlockPoints
                       * kMinBlockPoints,
                   kMinBlockPoints, kBlockPoints));
    const std::size_t blocks = (total + blockPoints - 1) / blockPoints;
    std::atomic<bool> stopped{false};

    // Blocks [first, last) on one thread, with its own buffers.
    const auto evaluateBlocks = [&](std::size_t first, std::size_t last) {
        PointPredictor predictor(parameters, static_cast<Eigen::Index>(blockPoints), activation);
        std::vector<double> x(blockPoints);
        std::vector<double> y(blockPoints);
        for (std::size_t block = first; block < last; ++block) {
            if (stop.stop_requested()) {
                stopped = true;
                return;
            }
            const std::size_t start = block * blockPoints;
            const std::size_t count = std::min<std::size_t>(blockPoints, total - start);
            std::size_t row = start / static_cast<std::size_t>(spec.columns);
            std::size_t column = start % static_cast<std::size_t>(spec.columns);
            for (std::size_t k = 0; k < count; ++k) {
                x[k] = spec.xMin + static_cast<double>(column) * spec.xStep;
                y[k] = spec.yMin + static_cast<double>(row) * spec.yStep;
                if (++column == static_cast<std::size_t>(spec.columns)) {
                    column = 0;
                    ++row;
                }
            }
            if (!predictor.predict(x.data(), y.data(), static_cast<Eigen::Index>(count),
                                   grid.probability.data() + start, stop)) {
                stopped = true;
                return;
            }
        }
    };

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads
        = total < kThreadedGridPoints ? 1 : std::min<std::size_t>(cores, kMaxGridThreads);
    if (threads <= 1) {
        evaluateBlocks(0, blocks);
    } else {
        std::vector<std::jthread> workers;
        workers.reserve(threads - 1);
        const std::size_t perThread = (blocks + threads - 1) / threads;
        for (std::size_t t = 1; t < threads; ++t) {
            const std::size_t first = std::min(blocks, t * perThread);
            const std::size_t last = std::min(blocks, first + perThread);
            workers.emplace_back(evaluateBlocks, first, last);
        }
        evaluateBlocks(0, std::min(blocks, perThread));
    }
    if (stopped) {
        grid.complete = false;
        grid.probability.clear();
    }
    return grid;
}

} // namespace initviz
