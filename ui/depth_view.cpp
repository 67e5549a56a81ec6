// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/depth_view.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {
constexpr int kMinimumPlotHeight = 180;
constexpr double kPenWidth = 2.0;
// The sliders stop at width 100: wider networks take seconds per change (the command line's
// `initviz depth` goes to 1000).
constexpr int kMaxViewWidth = 100;
// Sliders fire at every step of a drag: compute once the hand rests.
constexpr int kDebounceMs = 80;
constexpr double kLogPadding = 2.0;
constexpr int kLegendColumns = 2;
constexpr double kLegendStretch = 0.001; // the legend row takes what it needs; the axes the rest
} // namespace

DepthView::DepthView(QWidget* parent)
    : QWidget(parent)
    , plot_(new QCustomPlot)
    , widthSlider_(new QSlider(Qt::Horizontal))
    , depthSlider_(new QSlider(Qt::Horizontal))
    , widthValue_(new QLabel)
    , depthValue_(new QLabel)
    , forward_(new QRadioButton(tr("Activations (forward)")))
    , backward_(new QRadioButton(tr("Gradients (backward)")))
    , train_(new QPushButton(tr("Train this deep network")))
    , note_(new QLabel)
    , debounce_(new QTimer(this))
{
    plot_->setObjectName(QStringLiteral("depthPlot"));
    plot_->setMinimumHeight(kMinimumPlotHeight);
    plot_->setToolTip(tr("The spread (standard deviation) of each layer's signal at "
                         "initialization, on a log scale: flat means it survives the depth"));
    plot_->xAxis->setLabel(tr("Layer"));
    usePowersOfTen(plot_->yAxis);
    plot_->legend->setVisible(true);
    plot_->legend->setRowSpacing(0);
    // Below the axes, two entries a row: inside them it covered an exploding curve's peak.
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    plot_->plotLayout()->addElement(1, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(1, kLegendStretch);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    plot_->legend->setWrap(kLegendColumns);

    widthSlider_->setObjectName(QStringLiteral("depthWidthSlider"));
    widthSlider_->setRange(kDepthMinWidth, kMaxViewWidth);
    widthSlider_->setValue(kDepthDefaultWidth);
    widthSlider_->setToolTip(tr("Units in every hidden layer"));
    depthSlider_->setObjectName(QStringLiteral("depthDepthSlider"));
    depthSlider_->setRange(kDepthMinDepth, kDepthMaxDepth);
    depthSlider_->setValue(kDepthDefaultDepth);
    depthSlider_->setToolTip(tr("Number of hidden layers"));
    widthValue_->setObjectName(QStringLiteral("depthWidthValue"));
    depthValue_->setObjectName(QStringLiteral("depthDepthValue"));
    //: Depth view: the slider's caption
    auto* widthLabel = new QLabel(tr("&Width"));
    widthLabel->setBuddy(widthSlider_);
    auto* depthLabel = new QLabel(tr("&Depth"));
    depthLabel->setBuddy(depthSlider_);

    forward_->setObjectName(QStringLiteral("depthForward"));
    backward_->setObjectName(QStringLiteral("depthBackward"));
    forward_->setToolTip(tr("The std of each layer's activations A, input to output"));
    backward_->setToolTip(tr("The std of each layer's gradients dZ, output back to input"));
    forward_->setChecked(true);
    auto* direction = new QButtonGroup(this);
    direction->addButton(forward_);
    direction->addButton(backward_);
    train_->setObjectName(QStringLiteral("depthTrain"));
    train_->setToolTip(tr("Put this network's layers into the experiment: press Start to see "
                          "how it really trains"));

    note_->setObjectName(QStringLiteral("depthNote"));
    note_->setWordWrap(true);
    // The plot and the caption follow the dock's width instead of setting it.
    note_->setMinimumWidth(1);
    plot_->setMinimumWidth(1);
    note_->setText(tr("On ReLU, He keeps the signal's spread flat through depth; Xavier and "
                      "LeCun shrink it layer by layer; large random makes it explode."));

    auto* controls = new QGridLayout;
    controls->addWidget(widthLabel, 0, 0);
    controls->addWidget(widthSlider_, 0, 1);
    controls->addWidget(widthValue_, 0, 2);
    controls->addWidget(depthLabel, 1, 0);
    controls->addWidget(depthSlider_, 1, 1);
    controls->addWidget(depthValue_, 1, 2);
    controls->setColumnStretch(1, 1);
    auto* directions = new QHBoxLayout;
    directions->addWidget(forward_);
    directions->addWidget(backward_);
    directions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(directions);
    layout->addWidget(train_, 0, Qt::AlignLeft);
    layout->addWidget(plot_, 1);
    layout->addWidget(note_);

    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(debounce_, &QTimer::timeout, this, &DepthView::recompute);
    for (QSlider* slider : {widthSlider_, depthSlider_}) {
        connect(slider, &QSlider::valueChanged, this, [this] {
            updateSliderLabels();
            scheduleRecompute();
        });
    }
    connect(forward_, &QRadioButton::toggled, this, &DepthView::draw);
    connect(train_, &QPushButton::clicked, this,
            [this] { emit trainRequested(depthLayerDims(networkWidth(), networkDepth())); });
    updateSliderLabels();
    setFonts(fonts_);
}

int DepthView::networkWidth() const
{
    return widthSlider_->value();
}
int DepthView::networkDepth() const
{
    return depthSlider_->value();
}
bool DepthView::showsBackward() const
{
    return backward_->isChecked();
}

void DepthView::setExperiment(std::vector<InitScheme> schemes, std::vector<Activation> activations,
                              std::uint32_t seed, std::shared_ptr<const DatasetPair> points)
{
    schemes_ = std::move(schemes);
    activations_ = std::move(activations);
    seed_ = seed;
    data_ = std::move(points);
    scheduleRecompute();
}

void DepthView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setLabelFont(fonts_.label());
        axis->setTickLabelFont(fonts_.ticks());
    }
    plot_->legend->setFont(fonts_.ticks());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DepthView::updateSliderLabels()
{
    widthValue_->setText(QString::number(networkWidth()));
    depthValue_->setText(QString::number(networkDepth()));
}

void DepthView::scheduleRecompute()
{
    debounce_->start();
}

DepthView::~DepthView()
{
    if (worker_.joinable())
        worker_.join();
}

void DepthView::recompute()
{
    debounce_->stop();
    if (computing_) {
        recomputeWhenDone_ = true;
        return;
    }
    if (!data_ || data_->train.size() < 1 || schemes_.empty() || activations_.empty()) {
        computed({});
        return;
    }
    DepthSettings settings;
    settings.schemes = schemes_;
    settings.activations = activations_;
    settings.width = networkWidth();
    settings.depth = networkDepth();
    settings.seed = seed_;
    computing_ = true;
    if (worker_.joinable())
        worker_.join(); // the last computation's thread, done but for its return
    worker_ = std::jthread([this, settings, data = data_] {
        DepthResult result;
        try {
            result = experiment_->run(settings, data->train.X, data->train.Y);
        } catch (const std::exception&) {
            // Bad settings: the form says what is wrong with them. Out of memory: no curves.
            result = {};
        }
        // Queued to the GUI thread; dropped if the view is gone by then.
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable { computed(std::move(result)); },
            Qt::QueuedConnection);
    });
}

void DepthView::finishComputing()
{
    if (debounce_->isActive())
        recompute();
    while (computing_ && worker_.joinable()) {
        worker_.join();
        // The result the thread queued, delivered now (it may start the next computation).
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
    plot_->replot(); // now: draw() only queues it
}

void DepthView::computed(DepthResult result)
{
    computing_ = false;
    result_ = std::move(result);
    draw();
    if (recomputeWhenDone_) {
        recomputeWhenDone_ = false;
        recompute();
    }
}

void DepthView::draw()
{
    plot_->clearGraphs();
    const bool backward = showsBackward();
    plot_->yAxis->setLabel(backward ? tr("std of dZ") : tr("std of A"));
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const DepthCurve& curve : result_.curves) {
        QCPGraph* graph = plot_->addGraph();
        QPen pen(runColor(curve.scheme), kPenWidth);
        pen.setStyle(activationPenStyle(curve.activation));
        graph->setPen(pen);
        const QString name = activations_.size() > 1 ? familyTitle(curve.scheme, curve.activation)
                                                     : schemeTitle(curve.scheme);
        graph->setName(name);
        const std::vector<double>& values = backward ? curve.backwardStd : curve.forwardStd;
        for (std::size_t l = 0; l < values.size(); ++l) {
            // A log axis cannot draw 0 (zeros: every std is 0) or an overflow.
            if (values[l] > 0.0 && std::isfinite(values[l])) {
                graph->addData(static_cast<double>(l + 1), values[l]);
                low = std::min(low, values[l]);
                high = std::max(high, values[l]);
            }
        }
        // A curve with nothing to draw (zeros: no spread at all) says so in the legend.
        if (graph->data()->isEmpty())
            //: Depth view legend: %1 an initialization whose signal has no spread at all
            graph->setName(tr("%1 (0: not drawn)").arg(name));
    }
    plot_->xAxis->setRange(0.5, result_.depth + 1.5);
    if (low <= high)
        plot_->yAxis->setRange(low / kLogPadding, high * kLogPadding);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace initviz::ui
