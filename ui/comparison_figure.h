// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/initializers.h"
#include "core/trainer.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace initviz::ui {

/// One run as the comparison figure draws it.
struct FigureRun {
    InitScheme scheme = InitScheme::He;
    Activation activation = Activation::Relu; ///< named in titles and legend when not ReLU
    DecisionGrid boundary; ///< empty: no fill (not trained yet)
    std::vector<CostPoint> costs;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    QString note; ///< e.g. "stopped at iteration 7,300" or "diverged"
    bool diverged = false; ///< marked in the cost legend as in the panel's note
    /// The weight seed, when the figure compares seeds: in the panel's title, and the cost
    /// legend lists each initialization once.
    std::optional<std::uint32_t> seed;
};

struct FigureOptions {
    int iterations = 15000; ///< the cost plot's x range
    QString subtitle; ///< the experiment's settings, under the figure's title
    bool showTestPoints = false;
    int columns = 0; ///< boundary panels in a row; 0 picks them from the run count
};

/// The boundary grid the figure evaluates a final network of `layerDims` on: the notebook's 0.01
/// step over its view [-1.5, 1.5]², the same number of points over a wider view that fits `data`;
/// issue 15: coarser over the same view for a network so large that the full grid would cost
/// more than about a second (core/decision_grid.h's affordableGrid, as the live boundary).
[[nodiscard]] GridSpec figureBoundaryGrid(const DatasetPair& data,
                                          const std::vector<int>& layerDims);

/// "layers 2,10,5,1 · learning rate 0.01 · 15,000 iterations · 300 train / 100 test points".
[[nodiscard]] QString experimentSummary(const TrainingConfig& training, long long trainPoints,
                                        long long testPoints);

/// Renders the comparison — one decision-boundary panel per run (a grid when there are many)
/// above the cost curves — and writes it to `path` atomically: PNG or PDF (vector) by the
/// suffix. Needs a QApplication, no window. False with a user-facing message on failure;
/// `notice` as for writeFileAtomically.
bool writeComparisonFigure(const std::vector<FigureRun>& runs, const DatasetPair& data,
                           const FigureOptions& options, const QString& path, QString* errorMessage,
                           QString* notice = nullptr);

/// Issue 12: the same figure drawn into an image of exactly `size` (an animation's frame): laid
/// out at its own proportions, scaled so that it fills `size`, its fonts in proportion. Needs a
/// QApplication and the GUI thread (QCustomPlot is a widget).
[[nodiscard]] QImage renderComparisonFigure(const std::vector<FigureRun>& runs,
                                            const DatasetPair& data, const FigureOptions& options,
                                            QSize size);

} // namespace initviz::ui
