// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"

#include "core/trainer.h"

#include <QColor>
#include <QString>

#include <qcustomplot.h>

#include <vector>

namespace initviz::ui {

/// The cost curves of an experiment in one axis rect: x = iteration, y = cost, one graph per run.
/// Runs of one initialization with several weight seeds form a family: one legend entry ("He (4
/// seeds)"), their curves in shades of its colour. The legend sits beside the axis rect, never
/// over a curve. An infinite cost is not plotted as a value, so it cannot wreck the range: it
/// becomes a marker pinned to the top edge, each family's first one labelled "∞" (one label per
/// family however many seeds) and joined by a dotted line to the next finite cost; the legend
/// then explains "cost = ∞ (sigmoid saturated)". A NaN cost, or setDiverged(), marks the run
/// diverged in its family's legend entry. Linear or log scale.
class CostView {
public:
    /// Takes `legend` out of `rect`'s inset layout and puts it beside `rect`, in `rect`'s place
    /// in its layout grid.
    CostView(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend);

    /// What the legend and the plot's tooltip say about the pinned ∞ markers.
    [[nodiscard]] static QString infinityExplanation();
    /// The same on two lines ("cost = ∞" over "(sigmoid saturated)"), as the legend shows it
    /// beside the plot, where it must stay narrow; below the plot it stands on one line.
    [[nodiscard]] static QString wrappedInfinityExplanation();

    /// Removes every run and sets the x range to [0, iterations].
    void reset(int iterations);
    /// Adds a run of the family `name` ("He"), weight seed `seedIndex` of `seedCount`; returns
    /// its index. The family's first run creates its legend entry.
    /// `style`: the line's (activationPenStyle), so activations of one scheme read apart.
    int addRun(const QString& name, const QColor& color, int seedIndex = 0, int seedCount = 1,
               Qt::PenStyle style = Qt::SolidLine);
    void addCosts(int run, const std::vector<CostPoint>& costs);
    /// Marks a run diverged (the trainer's verdict: NaN weights, or a cost still infinite at the
    /// end), as a NaN cost does.
    void setDiverged(int run);
    [[nodiscard]] bool isDiverged(int run) const;
    void setLogScale(bool logarithmic);
    [[nodiscard]] bool isLogScale() const { return logScale_; }
    void setFonts(const PlotFonts& fonts);
    /// Puts the legend beside the plot, or in rows below it, whichever leaves the axes the larger
    /// share of the plot in their tighter direction, but never below where that leaves the curves
    /// a strip (under 100 px high); call when the plot's size or the legend's entries change.
    void fitLegend();
    /// Whether the legend is below the plot (fitLegend).
    [[nodiscard]] bool isLegendBelow() const { return legendBelow_; }

    [[nodiscard]] int runCount() const { return static_cast<int>(runs_.size()); }
    /// Legend entries of runs (one per family), without the ∞ explanation.
    [[nodiscard]] int legendEntryCount() const { return static_cast<int>(families_.size()); }
    /// The legend text of a run's family: "He", "He (4 seeds)", "He (diverged)".
    [[nodiscard]] QString legendText(int run) const;
    /// Whether the legend explains the ∞ markers (once any cost was infinite).
    [[nodiscard]] bool explainsInfinity() const { return infinityEntry_ != nullptr; }
    /// How many "∞" labels the plot shows (one per family with an infinite cost).
    [[nodiscard]] int infinityLabelCount() const;
    [[nodiscard]] QCPGraph* graph(int run) const;
    [[nodiscard]] QCPLegend* legend() const { return legend_; }
    [[nodiscard]] QCPAxisRect* axisRect() const { return rect_; }
    /// How many infinite costs the run's top-edge markers show.
    [[nodiscard]] int infinityMarkerCount(int run) const;
    /// All points of a run as received, including inf and NaN (for export and tests).
    [[nodiscard]] const std::vector<CostPoint>& costs(int run) const;

private:
    struct Run {
        int family = 0;
        QColor color;
        QCPGraph* graph = nullptr;
        std::vector<CostPoint> costs;
        QCPGraph* infinities = nullptr; // pinned to the top edge by pinInfinities()
        QVector<double> infinityIterations;
        bool diverged = false;
    };
    struct Family {
        QString name;
        QColor color;
        int seedCount = 1;
        QCPGraph* legendGraph = nullptr; // the run's graph, or a data-less proxy in the base colour
        QCPItemText* infinityLabel = nullptr; // "∞" at the family's first infinite cost
        QCPItemLine* connector = nullptr; // from the label to that run's next finite cost
        int connectorRun = -1; // the run whose next finite cost ends the connector
        bool connectorPending = false;
    };

    // Legend text is dark on white whatever the run's colour (a light orange line is readable,
    // light orange text is not); the coloured line beside it says which run.
    static constexpr QRgb kLegendText = 0x222222;

    [[nodiscard]] static QCPScatterStyle infinityMarker(const QColor& color);
    void addInfinity(int runIndex, int iteration);
    void pinInfinities();
    void styleInfinityLabel(QCPItemText* label) const;
    void styleLegendItem(QCPGraph* graph) const;
    void rescaleCost();
    void updateLegendName(int family);

    QCustomPlot* plot_;
    QCPAxisRect* rect_;
    QCPLegend* legend_;
    QCPLayoutGrid* grid_ = nullptr; // the axis rect and the legend's column or row
    QCPLayoutGrid* legendColumn_ = nullptr;
    bool legendBelow_ = false;
    std::vector<Run> runs_;
    std::vector<Family> families_;
    QCPGraph* infinityEntry_ = nullptr; // the legend's "cost = ∞ (sigmoid saturated)"
    bool logScale_ = false;
    PlotFonts fonts_;
};

} // namespace initviz::ui
