// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"

#include "core/trainer.h"

#include <QColor>
#include <QString>

#include <qcustomplot.h>

#include <vector>

namespace initviz::ui {

/// The cost curves of an experiment in one axis rect: x = iteration, y = cost, one graph per run
/// in the run's colour with a legend entry. An infinite cost is not plotted as a value, so it
/// cannot wreck the range: it becomes a marker pinned to the top edge, the run's first one
/// labelled "∞" and joined by a dotted line to the run's next finite cost. A NaN cost marks the
/// run diverged. Linear or log scale.
class CostView {
public:
    CostView(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend);

    /// Removes every run and sets the x range to [0, iterations].
    void reset(int iterations);
    /// Adds a run; returns its index. `inLegend` false: the run shares the legend entry of an
    /// earlier one (the same initialization with another seed).
    int addRun(const QString& name, const QColor& color, bool inLegend = true);
    void addCosts(int run, const std::vector<CostPoint>& costs);
    [[nodiscard]] bool isDiverged(int run) const;
    void setLogScale(bool logarithmic);
    [[nodiscard]] bool isLogScale() const { return logScale_; }
    void setFonts(const PlotFonts& fonts);

    [[nodiscard]] int runCount() const { return static_cast<int>(runs_.size()); }
    [[nodiscard]] int legendEntryCount() const { return legend_->itemCount(); }
    [[nodiscard]] QCPGraph* graph(int run) const;
    /// How many infinite costs the run's top-edge markers show.
    [[nodiscard]] int infinityMarkerCount(int run) const;
    /// All points of a run as received, including inf and NaN (for export and tests).
    [[nodiscard]] const std::vector<CostPoint>& costs(int run) const;

private:
    struct Run {
        QString name;
        QColor color;
        QCPGraph* graph = nullptr;
        std::vector<CostPoint> costs;
        QCPGraph* infinities = nullptr; // pinned to the top edge by pinInfinities()
        QVector<double> infinityIterations;
        QCPItemText* infinityLabel = nullptr; // "∞" at the first infinite cost
        QCPItemLine* connector = nullptr; // from the label to the next finite cost
        bool connectorPending = false;
        bool diverged = false;
    };

    void addInfinity(Run& run, int iteration);
    void pinInfinities();
    void styleInfinityLabel(QCPItemText* label) const;
    void rescaleCost();
    void updateLegendName(const Run& run);

    QCustomPlot* plot_;
    QCPAxisRect* rect_;
    QCPLegend* legend_;
    std::vector<Run> runs_;
    bool logScale_ = false;
    PlotFonts fonts_;
};

} // namespace initviz::ui
