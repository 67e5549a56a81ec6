// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"
#include "ui/statistics_history.h"

#include "core/activations.h"
#include "core/layer_stats.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;

namespace initviz::ui {

class GradientFlowView;
class LayerView;

/// The "Layers" dock (issue 11): inside the selected run's network, live. It keeps every run's
/// statistics (bounded, see StatisticsHistory) as they arrive, and shows the selected run's
/// latest in a LayerView, its history in a GradientFlowView, and a one-line summary per run.
/// Switching the run redraws both views from that run's history. Redraws wait for refresh(),
/// which the window calls on its coalescing timer.
class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);

    struct RunLabel {
        QString title;
        Activation activation = Activation::Relu;
    };
    /// A new experiment: one history per run, all empty; the selection moves to the first run.
    void setRuns(const std::vector<RunLabel>& runs);
    void addStatistics(int run, NetworkStatistics statistics);
    void setSelectedRun(int run);
    [[nodiscard]] int selectedRun() const { return selected_; }
    /// Issue 12: the statistics recorded at or before `iteration` (the timeline's), -1 the latest.
    void setShownIteration(int iteration);
    /// Redraws what changed since the last refresh.
    void refresh();
    void setFonts(const PlotFonts& fonts);

    [[nodiscard]] LayerView* layerView() const { return layerView_; }
    [[nodiscard]] GradientFlowView* gradientFlowView() const { return gradientFlow_; }
    /// Run `run`'s statistics so far; an empty history for a run out of range.
    [[nodiscard]] const StatisticsHistory& history(int run) const;

private:
    void redrawSelected();
    void redrawSummaries();
    /// The entry of `history` to show: the latest, or the last at or before the timeline's
    /// iteration; nullptr when there is none.
    [[nodiscard]] const NetworkStatistics* shownEntry(const StatisticsHistory& history) const;

    QLabel* title_;
    LayerView* layerView_;
    GradientFlowView* gradientFlow_;
    QLabel* summaries_;
    std::vector<RunLabel> runs_;
    std::vector<StatisticsHistory> histories_;
    int selected_ = -1;
    int shownIteration_ = -1;
    bool selectedDirty_ = false;
    bool summariesDirty_ = false;
};

} // namespace initviz::ui
