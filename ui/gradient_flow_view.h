// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"

#include "core/layer_stats.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace initviz::ui {

/// Gradient flow over time (issue 11): ‖dW_l‖ of every layer against the iteration, on a log
/// axis, one curve per layer (light = first layer, dark = output), for one run. Vanishing
/// gradients show as the first layers' curves far below the last ones', exploding ones above.
class GradientFlowView : public QWidget {
    Q_OBJECT
public:
    explicit GradientFlowView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

public:
    /// Redraws from a run's whole history (oldest first).
    void setHistory(const std::vector<NetworkStatistics>& history);
    void setFonts(const PlotFonts& fonts);

    [[nodiscard]] QCustomPlot* plot() const { return plot_; }
    /// The curve of layer `layer` (1-based), nullptr when not drawn (for tests).
    [[nodiscard]] QCPGraph* layerGraph(int layer) const;

private:
    void ensureGraphs(int layers);

    QCustomPlot* plot_;
    QLabel* note_;
    PlotFonts fonts_;
};

} // namespace initviz::ui
