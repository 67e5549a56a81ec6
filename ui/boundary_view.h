// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plot_style.h"

#include "core/datasets.h"
#include "core/decision_grid.h"

#include <QString>

#include <qcustomplot.h>

#include <array>

namespace initviz::ui {

/// The half-width of the square view that shows every point of `data`: the core's
/// viewHalfWidth() (the notebook's 1.5 when its points fit inside [-1.5, 1.5]², as the notebook's
/// data always does; otherwise the farthest coordinate plus a margin, rounded up to a whole tick
/// step: noise 0.3 gives 2).
[[nodiscard]] double boundaryViewLimit(const DatasetPair& data);

/// The grid of `pointsPerAxis`² points over the view [-limit, limit]² inclusive, on which a
/// network's boundary is evaluated for display.
[[nodiscard]] GridSpec boundaryViewGrid(double limit, int pointsPerAxis);

/// How many columns `panelCount` boundary panels are laid out in: side by side up to four,
/// then two rows.
[[nodiscard]] int boundaryPanelColumns(int panelCount);

/// One decision-boundary plot as the notebook draws it, inside a layout cell of a QCustomPlot:
/// a title, then an axis rect over [-1.5, 1.5]² (or wider, to show every point) holding the
/// predicted regions (a QCPColorMap of P(blue)), the test points as hollow markers (optional) and
/// the train points on top, and the accuracies in a corner. Used by the live panels and by the
/// exported figure alike.
class BoundaryView {
public:
    /// Fills `cell` (an empty layout grid of `plot`) with the title and the axis rect.
    BoundaryView(QCustomPlot* plot, QCPLayoutGrid* cell, const QString& title);

    /// Whether the title fits on one line in `width` pixels at its full font size.
    [[nodiscard]] bool titleFits(int width) const;
    /// Breaks the title before its last word ("... initialization" on a line of its own), or
    /// after its last ", " ("seed 4" on a line of its own).
    void setTitleWrapped(bool wrapped);
    /// Shrinks the title's font until its widest line fits in `width` pixels.
    void fitTitle(int width);
    /// For small plots: ticks every 1 instead of 0.5 and the accuracies on two lines.
    void setCompact(bool compact);
    /// Shows the points, and fits the view to them (boundaryViewLimit).
    void setDataset(const DatasetPair& data);
    /// The view's half-width: the axes span [-viewLimit(), viewLimit()].
    [[nodiscard]] double viewLimit() const { return limit_; }
    /// Shows the network's prediction; an empty grid hides the fill.
    void setBoundary(const DecisionGrid& grid);
    /// Repaints what setBoundary changed: the fill's own layer alone when only the fill changed
    /// since the last call (the live panels' frames), else the whole plot (queued).
    void replotBoundary();
    void setTestPointsVisible(bool visible);
    /// "Train 99.3% · Test 96%", with an optional second line (a state such as "diverged").
    void setAccuracy(double train, double test, const QString& note = {});
    /// Whether the accuracies are drawn in the plot's corner (the exported figure) or only kept
    /// for accuracyText() (the window's panels show them under the plot, off the points).
    void setAccuracyInPlot(bool inPlot);
    void setFonts(const PlotFonts& fonts);
    /// Takes the current class palette's colours and shapes (setClassPalette); the caller
    /// replots.
    void applyClassPalette();

    [[nodiscard]] QCPAxisRect* axisRect() const { return rect_; }
    [[nodiscard]] QCPColorMap* colorMap() const { return map_; }
    /// The train points of class `label` (0 or 1), as drawn.
    [[nodiscard]] const QCPGraph* trainPoints(int label) const
    {
        return train_[static_cast<std::size_t>(label)];
    }
    [[nodiscard]] bool hasBoundary() const { return map_->visible(); }
    [[nodiscard]] int trainPointCount() const;
    [[nodiscard]] QString accuracyText() const { return accuracy_->text(); }
    [[nodiscard]] QString title() const { return fullTitle_; } ///< unwrapped

private:
    void updateAccuracyText();
    void updateTicks();

    QString fullTitle_;
    PlotFonts fonts_;
    bool compact_ = false;
    bool titleWrapped_ = false;
    double limit_;
    bool accuracyInPlot_ = true;
    /// Since the last replotBoundary(), only the fill changed: every setter that changes what
    /// another layer draws clears it, so replotBoundary() then replots the whole plot.
    bool fillOnly_ = false;
    double trainAccuracy_;
    double testAccuracy_;
    QString note_;
    QCPTextElement* title_;
    QCPAxisRect* rect_;
    QCPColorMap* map_;
    std::array<QCPGraph*, 2> train_{}; // by label
    std::array<QCPGraph*, 2> test_{};
    QCPItemText* accuracy_;
};

} // namespace initviz::ui
