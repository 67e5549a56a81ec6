// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gradient_flow_view.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace initviz::ui {

namespace {
constexpr int kMinimumPlotHeight = 150;
constexpr double kPenWidth = 1.6;
constexpr double kLogPadding = 2.0; // the y range reaches this factor beyond the data
} // namespace

GradientFlowView::GradientFlowView(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
    , note_(new QLabel)
{
    plot_->setObjectName(QStringLiteral("gradientFlowPlot"));
    plot_->setMinimumHeight(kMinimumPlotHeight);
    plot_->setToolTip(tr("The size of each layer's weight gradient ‖dW‖ as the run "
                         "trains, on a log scale. Curves far apart: the gradient vanishes or "
                         "explodes on its way back through the layers."));
    plot_->xAxis->setLabel(tr("Iteration"));
    plot_->yAxis->setLabel(tr("‖dW‖"));
    usePowersOfTen(plot_->yAxis);
    plot_->legend->setVisible(true);
    plot_->legend->setRowSpacing(0);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    note_->setObjectName(QStringLiteral("gradientFlowNote"));
    note_->setWordWrap(true);
    note_->setEnabled(false);
    note_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_, 1);
    layout->addWidget(note_);
    setFonts(fonts_);
}

void GradientFlowView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setLabelFont(fonts_.label());
        axis->setTickLabelFont(fonts_.ticks());
    }
    plot_->legend->setFont(fonts_.ticks());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void GradientFlowView::ensureGraphs(int layers)
{
    if (plot_->graphCount() == layers)
        return;
    plot_->clearGraphs();
    for (int l = 1; l <= layers; ++l) {
        QCPGraph* graph = plot_->addGraph();
        graph->setPen(QPen(layerColor(l, layers), kPenWidth));
        //: Legend entry of the gradient-flow plot: layer %1's weight gradient
        graph->setName(tr("dW%1").arg(l));
    }
}

QCPGraph* GradientFlowView::layerGraph(int layer) const
{
    return layer >= 1 && layer <= plot_->graphCount() ? plot_->graph(layer - 1) : nullptr;
}

void GradientFlowView::setHistory(const std::vector<NetworkStatistics>& history)
{
    const int layers = history.empty() ? 0 : static_cast<int>(history.back().layers.size());
    ensureGraphs(layers);
    double lowest = HUGE_VAL;
    double highest = 0.0;
    bool zeros = false;
    for (int l = 0; l < layers; ++l) {
        QVector<double> iterations;
        QVector<double> norms;
        iterations.reserve(static_cast<int>(history.size()));
        norms.reserve(static_cast<int>(history.size()));
        for (const NetworkStatistics& statistics : history) {
            if (static_cast<int>(statistics.layers.size()) != layers)
                continue;
            const double norm = statistics.layers[static_cast<std::size_t>(l)].gradientNorm;
            // A log axis has no 0: a zero gradient (the zeros initialization's hidden layers) is
            // said in the note instead.
            if (!(norm > 0.0) || !std::isfinite(norm)) {
                zeros = zeros || norm == 0.0;
                continue;
            }
            iterations.push_back(statistics.iteration);
            norms.push_back(norm);
            lowest = std::min(lowest, norm);
            highest = std::max(highest, norm);
        }
        plot_->graph(l)->setData(iterations, norms, true);
    }
    const double lastIteration = history.empty() ? 1.0 : std::max(1, history.back().iteration);
    plot_->xAxis->setRange(0.0, lastIteration);
    if (highest > 0.0)
        plot_->yAxis->setRange(lowest / kLogPadding, highest * kLogPadding);
    QStringList notes;
    if (zeros)
        notes << tr("Some gradients are exactly 0: a log scale cannot draw them.");
    // Runs measure their layers only while the Layers panel is shown (training is faster
    // without): a panel opened during a run has its gradients from then on.
    if (!history.empty() && history.front().iteration > 0)
        //: %1 the first iteration measured
        notes << tr("Measured from iteration %1, when this panel was opened.")
                     .arg(formatCount(history.front().iteration));
    note_->setText(notes.join(QLatin1Char(' ')));
    note_->setVisible(!notes.isEmpty());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void GradientFlowView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The ‖dW‖ axis's labels take about this much of the width.
    constexpr int kAxisAllowance = 70;
    fitIterationTicks(plot_->xAxis, width() - kAxisAllowance);
}

} // namespace initviz::ui
