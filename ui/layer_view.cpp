// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layer_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace initviz::ui {

namespace {
// Small multiples: this many histograms a row, each at least this tall.
constexpr int kColumns = 2;
constexpr int kHistogramHeight = 80;
constexpr int kHistogramMinimumWidth = 110;
constexpr int kSignificantDigits = 3;
// The bars: the runs' neutral grey-blue, so no scheme's colour is implied.
constexpr QRgb kBarColor = 0x4a7fb0;
// A layer whose entries are all equal gets a bar this wide around the value.
constexpr double kFlatHalfWidth = 0.5;

QString number(double value)
{
    return QLocale().toString(value, 'g', kSignificantDigits);
}

bool countsDead(Activation activation)
{
    return activation == Activation::Relu || activation == Activation::LeakyRelu;
}
} // namespace

LayerView::LayerView(QWidget* parent)
    : QWidget(parent)
    , cellsArea_(new QWidget)
    , cellsLayout_(new QGridLayout(cellsArea_))
    , output_(new QLabel)
    , message_(new QLabel)
{
    cellsLayout_->setContentsMargins(0, 0, 0, 0);
    cellsLayout_->setSpacing(4);
    output_->setObjectName(QStringLiteral("outputLayerText"));
    output_->setWordWrap(true);
    message_->setWordWrap(true);
    message_->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message_);
    layout->addWidget(cellsArea_);
    layout->addWidget(output_);
    clear(tr("Press Start: each hidden layer's activations appear here as the run trains."));
}

void LayerView::clear(const QString& message)
{
    shown_ = {};
    rebuildCells(0);
    output_->clear();
    output_->hide();
    message_->setText(message);
    message_->show();
}

void LayerView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    for (Cell& cell : cells_) {
        cell.plot->xAxis->setTickLabelFont(fonts_.ticks());
        cell.plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void LayerView::rebuildCells(int hiddenLayers)
{
    if (static_cast<int>(cells_.size()) == hiddenLayers)
        return;
    for (Cell& cell : cells_) {
        delete cell.plot;
        delete cell.text;
    }
    cells_.clear();
    for (int l = 1; l <= hiddenLayers; ++l) {
        Cell cell;
        cell.plot = new QCustomPlot;
        cell.plot->setObjectName(QStringLiteral("layerHistogram%1").arg(l));
        cell.plot->setMinimumSize(kHistogramMinimumWidth, kHistogramHeight);
        cell.plot->setMaximumHeight(kHistogramHeight * 2);
        cell.plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        cell.plot->yAxis->setTicks(false);
        cell.plot->yAxis->setTickLabels(false);
        cell.plot->xAxis->setTickLabelFont(fonts_.ticks());
        cell.plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
        cell.plot->axisRect()->setMargins(QMargins(0, 4, 4, 0));
        cell.plot->xAxis->ticker()->setTickCount(3);
        cell.plot->setToolTip(tr("Layer %1's activations A%1 over the train set: how many entries "
                                 "(units \u00d7 samples) fall in each range")
                                  .arg(l));
        cell.bars = new QCPBars(cell.plot->xAxis, cell.plot->yAxis);
        cell.bars->setPen(Qt::NoPen);
        cell.bars->setBrush(QColor(kBarColor));
        cell.text = new QLabel;
        cell.text->setObjectName(QStringLiteral("layerText%1").arg(l));
        cell.text->setWordWrap(true);
        const int row = (l - 1) / kColumns * 2;
        const int column = (l - 1) % kColumns;
        cellsLayout_->addWidget(cell.plot, row, column);
        cellsLayout_->addWidget(cell.text, row + 1, column, Qt::AlignTop);
        cells_.push_back(cell);
    }
    for (int column = 0; column < kColumns; ++column)
        cellsLayout_->setColumnStretch(column, 1);
    cellsArea_->setVisible(hiddenLayers > 0);
}

void LayerView::setStatistics(const NetworkStatistics& statistics, Activation activation)
{
    shown_ = statistics;
    const int hidden = std::max(0, static_cast<int>(statistics.layers.size()) - 1);
    rebuildCells(hidden);
    message_->hide();
    for (int l = 0; l < hidden; ++l)
        fillCell(cells_[static_cast<std::size_t>(l)],
                 statistics.layers[static_cast<std::size_t>(l)], activation);
    if (!statistics.layers.empty()) {
        output_->setText(outputText(statistics.layers.back()));
        output_->show();
    }
}

void LayerView::fillCell(Cell& cell, const LayerStatistics& layer, Activation activation)
{
    const double low = layer.histogramLow;
    const double high = layer.histogramHigh;
    const bool flat = !(high > low);
    const double width = flat ? 2.0 * kFlatHalfWidth : (high - low) / kHistogramBins;
    QVector<double> keys;
    QVector<double> counts;
    double tallest = 0.0;
    for (int bin = 0; bin < kHistogramBins; ++bin) {
        const double count = layer.histogram[static_cast<std::size_t>(bin)];
        if (flat && count == 0.0)
            continue;
        keys.push_back(flat ? low : low + (bin + 0.5) * width);
        counts.push_back(count);
        tallest = std::max(tallest, count);
    }
    cell.bars->setWidth(width);
    cell.bars->setData(keys, counts, true);
    cell.plot->xAxis->setRange(flat ? low - kFlatHalfWidth : low,
                               flat ? low + kFlatHalfWidth : high);
    cell.plot->yAxis->setRange(0.0, tallest > 0.0 ? tallest * 1.05 : 1.0);
    cell.plot->replot(QCustomPlot::rpQueuedReplot);

    //: Under a hidden layer's histogram: %1 layer, %2 mean, %3 std of its activations
    QString text = tr("<b>A%1</b> mean %2 \u00b7 std %3")
                       .arg(layer.layer)
                       .arg(number(layer.activationMean), number(layer.activationStd));
    if (countsDead(activation))
        //: The share of a ReLU layer's activations that are exactly 0
        text += tr(" \u00b7 dead %1").arg(formatPercent(layer.deadFraction));
    else
        //: The share of a tanh/sigmoid layer's activations near its limits
        text += tr(" \u00b7 saturated %1").arg(formatPercent(layer.saturatedFraction));
    //: ‖dW‖: the size (Frobenius norm) of the layer's weight gradient; std dZ: the spread of
    //: its backpropagated error
    text += tr("<br>‖dW%1‖ %2 \u00b7 std dZ%1 %3")
                .arg(layer.layer)
                .arg(number(layer.gradientNorm), number(layer.deltaStd));
    cell.text->setText(text);
}

QString LayerView::outputText(const LayerStatistics& layer) const
{
    //: The output layer: %1 its number, %2 the share of samples at exactly 0 or 1
    return tr("<b>Output A%1</b>: saturated %2 of the samples \u00b7 ‖dW%1‖ %3 \u00b7 "
              "std dZ%1 %4")
        .arg(layer.layer)
        .arg(formatPercent(shown_.outputSaturatedFraction), number(layer.gradientNorm),
             number(layer.deltaStd));
}

QCustomPlot* LayerView::histogramPlot(int layer) const
{
    return layer >= 1 && layer <= static_cast<int>(cells_.size())
        ? cells_[static_cast<std::size_t>(layer - 1)].plot
        : nullptr;
}

QString LayerView::layerText(int layer) const
{
    if (layer >= 1 && layer <= static_cast<int>(cells_.size()))
        return cells_[static_cast<std::size_t>(layer - 1)].text->text();
    if (layer == static_cast<int>(shown_.layers.size()))
        return output_->text();
    return {};
}

QString LayerView::summary(const NetworkStatistics& statistics)
{
    double dead = 0.0;
    double saturated = 0.0;
    for (std::size_t l = 0; l + 1 < statistics.layers.size(); ++l) {
        dead = std::max(dead, statistics.layers[l].deadFraction);
        saturated = std::max(saturated, statistics.layers[l].saturatedFraction);
    }
    //: One-line summary of a run's hidden layers: the largest dead and saturated shares
    return tr("dead %1 \u00b7 sat %2").arg(formatPercent(dead), formatPercent(saturated));
}

} // namespace initviz::ui
