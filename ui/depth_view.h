// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/depth_experiment.h"
#include "ui/plot_style.h"

#include <QWidget>

#include <memory>
#include <thread>
#include <vector>

class QButtonGroup;
class QCustomPlot;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QTimer;

namespace initviz::ui {

/// The depth experiment (issue 11, item 4): the std of every layer's activations (forward) or
/// gradients (backward) at initialization, for a network of the chosen width and depth, one curve
/// per initialization (x activation) on a log axis. Recomputes (core/depth_experiment.h) shortly
/// after a slider moves or the experiment changes, on a thread of its own (a wide, deep network
/// takes up to a tenth of a second; the window stays responsive), the latest settings winning.
/// The experiment keeps its draws and layers between computations (DepthExperiment), so a move
/// of the depth slider costs a fraction of the first computation at that width.
/// "Train this deep network" asks for the network to be trained for real.
class DepthView : public QWidget {
    Q_OBJECT

public:
    explicit DepthView(QWidget* parent = nullptr);
    ~DepthView() override; ///< waits for a computation under way (under a second)

    /// What to compare and on which train points (the form's choice). Recomputes soon.
    void setExperiment(std::vector<InitScheme> schemes, std::vector<Activation> activations,
                       std::uint32_t seed, std::shared_ptr<const DatasetPair> points);
    void setFonts(const PlotFonts& fonts);

    [[nodiscard]] int networkWidth() const;
    [[nodiscard]] int networkDepth() const;
    [[nodiscard]] bool showsBackward() const;
    /// The result drawn now (empty before the first computation or after bad input).
    [[nodiscard]] const DepthResult& result() const { return result_; }
    /// Starts computing the current settings (what the debounce timer calls); draws when done.
    /// While a computation runs, the next starts when it ends, with the settings of then.
    void recompute();
    /// True from recompute() until its result is drawn.
    [[nodiscard]] bool isComputing() const { return computing_; }
    /// Computes what is scheduled and waits until the latest settings are drawn (a screenshot).
    void finishComputing();

signals:
    /// The layer widths 2, W, ..., W, 1 of the network shown: train it for real.
    void trainRequested(const std::vector<int>& layerDims);

private:
    void scheduleRecompute();
    void draw();
    void updateSliderLabels();
    void computed(DepthResult result);

    QCustomPlot* plot_;
    QSlider* widthSlider_;
    QSlider* depthSlider_;
    QLabel* widthValue_;
    QLabel* depthValue_;
    QRadioButton* forward_;
    QRadioButton* backward_;
    QPushButton* train_;
    QLabel* note_;
    QTimer* debounce_;
    PlotFonts fonts_;
    std::vector<InitScheme> schemes_;
    std::vector<Activation> activations_{Activation::Relu};
    std::uint32_t seed_ = 3;
    std::shared_ptr<const DatasetPair> data_;
    DepthResult result_;
    bool computing_ = false;
    bool recomputeWhenDone_ = false;
    /// Used by one computation at a time, on its thread.
    std::unique_ptr<DepthExperiment> experiment_ = std::make_unique<DepthExperiment>();
    std::jthread worker_; // last: joined before the rest is destroyed
};

} // namespace initviz::ui
