// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"

#include "core/activations.h"
#include "core/layer_stats.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace initviz::ui {

/// Inside the network at one snapshot (issue 11): a small histogram of every hidden layer's
/// activations with its mean and std, the share of dead ReLUs or saturated tanh/sigmoid units,
/// and the layer's gradient size (‖dW_l‖, std of dZ_l); a line for the output layer's
/// saturation. It paints statistics the trainer measured; it computes nothing.
class LayerView : public QWidget {
    Q_OBJECT
public:
    explicit LayerView(QWidget* parent = nullptr);

    /// Shows `statistics` of a network whose hidden layers use `activation`.
    void setStatistics(const NetworkStatistics& statistics, Activation activation);
    /// Nothing measured yet: an empty view with `message`.
    void clear(const QString& message);
    void setFonts(const PlotFonts& fonts);

    /// What the view shows (for tests); empty layers when cleared.
    [[nodiscard]] const NetworkStatistics& shown() const { return shown_; }
    /// The histogram of hidden layer `layer` (1-based), nullptr when not shown.
    [[nodiscard]] QCustomPlot* histogramPlot(int layer) const;
    /// The text under hidden layer `layer`'s histogram, or the output line for the last layer.
    [[nodiscard]] QString layerText(int layer) const;

    /// "dead 40% · sat 0%": the hidden layers' worst dead and saturated shares, for a run's
    /// one-line summary.
    [[nodiscard]] static QString summary(const NetworkStatistics& statistics);

private:
    struct Cell {
        QCustomPlot* plot = nullptr;
        QCPBars* bars = nullptr;
        QLabel* text = nullptr;
    };

    void rebuildCells(int hiddenLayers);
    void fillCell(Cell& cell, const LayerStatistics& layer, Activation activation);
    [[nodiscard]] QString outputText(const LayerStatistics& layer) const;

    QWidget* cellsArea_;
    QGridLayout* cellsLayout_;
    QLabel* output_;
    QLabel* message_;
    std::vector<Cell> cells_;
    NetworkStatistics shown_;
    PlotFonts fonts_;
};

} // namespace initviz::ui
