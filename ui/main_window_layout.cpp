// SPDX-License-Identifier: GPL-3.0-or-later
// How the window divides its room: panel grid, section heights, the table's width, docks,
// the strip, presenter mode and fonts.
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/control_strip.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/layers_panel.h"
#include "ui/panel_grid.h"
#include "ui/understanding_panel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {
// Seeds compared: up to this many, the panels have a row per initialization and a column per
// seed.
constexpr int kMaxSeedColumns = 8;
constexpr double kPresenterScale = 1.4;
// The Understanding panel scrolls sideways below this width, so the window's minimum width stays
// under 1000 with both docks open.
constexpr int kUnderstandingMinimumWidth = 260;
// Until the user moves the handle, the table gets the width of its columns, within these shares.
constexpr double kMinResultsShare = 0.35;
constexpr double kMaxResultsShare = 0.6;
// The table asks for its rows' height up to this much; more rows scroll.
constexpr int kMaxTableHeight = 260;
} // namespace

std::optional<int> MainWindow::seedColumns() const
{
    // Seeds compared: a row per initialization, a column per seed, while that is not too wide.
    if (shown_.seedCount > 1 && shown_.seedCount <= kMaxSeedColumns)
        return shown_.seedCount;
    // Activations compared with one seed: a row per initialization, a column per activation (the
    // 2x2 "He/Xavier x ReLU/tanh" grid).
    const int activations = static_cast<int>(shown_.activations.size());
    if (shown_.seedCount == 1 && activations > 1 && shown_.schemes.size() > 1)
        return activations;
    return std::nullopt;
}

int MainWindow::panelColumns() const
{
    return seedColumns().value_or(boundaryPanelColumns(static_cast<int>(runs_.size())));
}

std::optional<std::uint32_t> MainWindow::seedShown(const Run& run) const
{
    return shown_.seedCount > 1 ? std::optional<std::uint32_t>(run.seed) : std::nullopt;
}

std::vector<BoundaryPanel*> MainWindow::boundaryPanels() const
{
    return panelGrid_->panels();
}

void MainWindow::rebuildPanels()
{
    const int count = static_cast<int>(runs_.size());
    std::vector<BoundaryPanel*> panels;
    for (int i = 0; i < count; ++i) {
        const Run& run = runs_[static_cast<std::size_t>(i)];
        const InitScheme scheme = run.scheme;
        const int activationCount = static_cast<int>(shown_.activations.size());
        auto* panel = new BoundaryPanel(
            scheme, seedShown(run), *data_, nullptr,
            panelTitle(scheme, seedShown(run), run.activation, activationCount));
        panel->view().setTestPointsVisible(showTestPoints_->isChecked());
        panel->setFonts(plotFonts_);
        connect(panel, &BoundaryPanel::activated, this, [this, i] { setSelectedRun(i); });
        // Queued: the edit rebuilds the panels, this one included.
        connect(panel, &BoundaryPanel::pointClicked, this, &MainWindow::editPoints,
                Qt::QueuedConnection);
        panels.push_back(panel);
    }
    panelGrid_->setPanels(std::move(panels), panelColumns());
    for (int i = 0; i < count; ++i)
        updateRunViews(i);
    updateSectionHeights();
}

void MainWindow::updateSectionHeights()
{
    // The panels: up to the height of square plots (the layout gives them the height first, see
    // kBoundariesStretch); when the window is smaller they scroll.
    const int ideal = panelGrid_->idealHeight();
    const int header
        = boundariesHeader_->sizeHint().height() + boundariesSection_->layout()->spacing();
    boundariesSection_->setMaximumHeight(ideal > 0 ? header + ideal : QWIDGETSIZE_MAX);
    // The table's rows (up to a limit) and the cost plot's minimum.
    const int title = resultsSection_->layout()->itemAt(0)->sizeHint().height()
        + resultsSection_->layout()->spacing();
    const int tableHeight = std::min(table_->idealHeight(), kMaxTableHeight);
    balanceBottom();
    bottom_->setMinimumHeight(
        std::max(title + tableHeight, costSection_->minimumSizeHint().height()));
}

void MainWindow::balanceBottom()
{
    const int total = bottom_->width() - bottom_->handleWidth();
    if (bottomMovedByUser_ || total <= 0)
        return;
    const int table = std::clamp(table_->idealWidth(), static_cast<int>(total * kMinResultsShare),
                                 static_cast<int>(total * kMaxResultsShare));
    if (bottom_->sizes().value(1) != table)
        bottom_->setSizes({total - table, table});
}

void MainWindow::updateStripVisibility()
{
    strip_->setVisible(formDock_->isHidden());
}

void MainWindow::selectRun(InitScheme scheme, std::uint32_t seed)
{
    const auto isOf
        = [scheme, seed](const Run& run) { return run.scheme == scheme && run.seed == seed; };
    if (selectedRun_ < 0 || selectedRun_ >= runCount()
        || !isOf(runs_[static_cast<std::size_t>(selectedRun_)])) {
        const auto first = std::find_if(runs_.begin(), runs_.end(), isOf);
        selectedRun_ = first == runs_.end() ? -1 : static_cast<int>(first - runs_.begin());
    }
    const std::vector<BoundaryPanel*>& panels = panelGrid_->panels();
    for (std::size_t i = 0; i < panels.size() && i < runs_.size(); ++i)
        panels[i]->setSelected(isOf(runs_[i]));
    showSelectedRunInsides();
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == isPresenterMode())
        return;
    if (presenterAction_->isChecked() != on) {
        presenterAction_->setChecked(on); // comes back here through toggled
        return;
    }
    if (on)
        presenter_->enter();
    else
        presenter_->leave();
    updateStripVisibility();
}

void MainWindow::updateDockWidths()
{
    // They scroll vertically, not sideways.
    const int scrollBar = formScroll_->verticalScrollBar()->sizeHint().width();
    formScroll_->setMinimumWidth(form_->minimumSizeHint().width() + scrollBar);
    understandingScroll_->setMinimumWidth(std::min(
        understanding_->minimumSizeHint().width() + scrollBar, kUnderstandingMinimumWidth));
    layersScroll_->setMinimumWidth(
        std::min(layers_->minimumSizeHint().width() + scrollBar, kUnderstandingMinimumWidth));
}

void MainWindow::applyFonts(bool presenting)
{
    const double scale = presenting ? kPresenterScale : 1.0;
    QFont scaled = baseFont_;
    if (baseFont_.pointSizeF() > 0)
        scaled.setPointSizeF(baseFont_.pointSizeF() * scale);
    setFont(scaled);
    form_->setPresenting(presenting);
    updateDockWidths();
    plotFonts_.scale = scale;
    for (BoundaryPanel* panel : boundaryPanels()) {
        panel->setFonts(plotFonts_);
        panel->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    costView_->setFonts(plotFonts_);
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
    layers_->setFonts(plotFonts_);
}

} // namespace initviz::ui
