// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/boundary_view.h"

#include "core/activations.h"

#include <QFrame>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;

namespace initviz::ui {

class SquarePlotArea;

/// One run's decision-boundary plot in the window, with its accuracies and progress bar on a line
/// underneath.
class BoundaryPanel : public QFrame {
    Q_OBJECT
public:
    /// `seed`: the run's weight seed, in its title, when several seeds are compared. `title`
    /// replaces runTitle(scheme, seed) when not empty ("He, tanh", see panelTitle()).
    BoundaryPanel(InitScheme scheme, std::optional<std::uint32_t> seed, const DatasetPair& dataset,
                  QWidget* parent = nullptr, const QString& title = {});
    ~BoundaryPanel() override;

    [[nodiscard]] InitScheme scheme() const { return scheme_; }
    [[nodiscard]] BoundaryView& view() { return *view_; }
    /// The current class palette's colours and shapes, drawn at once.
    void applyClassPalette();
    [[nodiscard]] const BoundaryView& view() const { return *view_; }
    [[nodiscard]] QCustomPlot* plot() const { return plot_; }
    [[nodiscard]] QProgressBar* progressBar() const { return progress_; }
    /// The line under the plot with the accuracies and the run's note ("diverged (NaN)"): text
    /// never covers the points.
    [[nodiscard]] QLabel* accuracyLabel() const { return accuracy_; }

    /// "Train 99.3%  ·  Test 96%" and an optional note, under the plot.
    void setAccuracy(double train, double test, const QString& note = {});
    /// What the accuracy line says, in full (it is elided when the panel is narrow).
    [[nodiscard]] QString accuracyText() const { return accuracyText_; }

    /// The bar's fill and its text ("Iteration 7,300 of 15,000"), or `shortText` ("7,300 /
    /// 15,000") when the bar is too narrow for it.
    void setProgress(int iteration, int total, const QString& text, const QString& shortText = {});
    /// Whether the title fits on one line over the plot, at its full font size.
    [[nodiscard]] bool titleFits() const;
    /// Puts the title's last word (or what follows its last ", ") on a line of its own.
    void setTitleWrapped(bool wrapped);
    /// The height at which a panel `width` wide shows a square plot with no space left over.
    [[nodiscard]] int idealHeight(int width) const;
    void setSelected(bool selected);
    [[nodiscard]] bool isSelected() const { return selected_; }
    void setFonts(const PlotFonts& fonts);

signals:
    /// The user clicked the panel (to show its weights in the Understanding panel).
    void activated();
    /// idealHeight() changed (the plot's title or tick labels changed size).
    void idealSizeChanged();
    /// The user clicked inside the plot's axes, at `position` in data coordinates (x1, x2), with
    /// these keys held: a red point, Shift a blue one, Ctrl removes the nearest (issue 10).
    void pointClicked(QPointF position, Qt::KeyboardModifiers modifiers);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateAccuracyLabel();

    InitScheme scheme_;
    QCustomPlot* plot_;
    std::unique_ptr<BoundaryView> view_;
    SquarePlotArea* area_ = nullptr;
    QProgressBar* progress_;
    QLabel* accuracy_;
    QString accuracyText_;
    QString progressText_;
    QString progressShortText_;
    bool selected_ = false;
};

} // namespace initviz::ui
