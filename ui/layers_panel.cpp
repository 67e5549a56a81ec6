// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers_panel.h"

#include "ui/gradient_flow_view.h"
#include "ui/layer_view.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

namespace initviz::ui {

LayersPanel::LayersPanel(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel)
    , layerView_(new LayerView)
    , gradientFlow_(new GradientFlowView)
    , summaries_(new QLabel)
{
    title_->setObjectName(QStringLiteral("layersTitle"));
    title_->setWordWrap(true);
    layerView_->setObjectName(QStringLiteral("layerView"));
    gradientFlow_->setObjectName(QStringLiteral("gradientFlowView"));
    summaries_->setObjectName(QStringLiteral("layerSummaries"));
    summaries_->setWordWrap(true);
    summaries_->setTextFormat(Qt::RichText);

    //: Group title: each hidden layer's activations at the current iteration
    auto* activations = new QGroupBox(tr("Activations and gradients, now"));
    auto* activationsLayout = new QVBoxLayout(activations);
    activationsLayout->addWidget(layerView_);
    //: Group title: the plot of the gradient's size per layer over the iterations
    auto* flow = new QGroupBox(tr("Gradient flow"));
    auto* flowLayout = new QVBoxLayout(flow);
    flowLayout->addWidget(gradientFlow_);
    auto* every = new QGroupBox(tr("Every run"));
    every->setToolTip(tr("The largest share of dead ReLUs and of saturated units over the "
                         "hidden layers of each run, at its latest snapshot"));
    auto* everyLayout = new QVBoxLayout(every);
    everyLayout->addWidget(summaries_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(activations);
    layout->addWidget(flow, 1);
    layout->addWidget(every);
    setRuns({});
}

void LayersPanel::setRuns(const std::vector<RunLabel>& runs)
{
    runs_ = runs;
    histories_.assign(runs_.size(), StatisticsHistory{});
    selected_ = runs_.empty() ? -1 : 0;
    selectedDirty_ = true;
    summariesDirty_ = true;
    refresh();
}

void LayersPanel::addStatistics(int run, NetworkStatistics statistics)
{
    if (run < 0 || run >= static_cast<int>(histories_.size()))
        return;
    histories_[static_cast<std::size_t>(run)].add(std::move(statistics));
    selectedDirty_ = selectedDirty_ || run == selected_;
    summariesDirty_ = true;
}

void LayersPanel::setSelectedRun(int run)
{
    if (run < 0 || run >= static_cast<int>(runs_.size()) || run == selected_)
        return;
    selected_ = run;
    selectedDirty_ = true;
    summariesDirty_ = true;
    refresh();
}

const StatisticsHistory& LayersPanel::history(int run) const
{
    static const StatisticsHistory none;
    return run >= 0 && run < static_cast<int>(histories_.size())
        ? histories_[static_cast<std::size_t>(run)]
        : none;
}

void LayersPanel::setShownIteration(int iteration)
{
    if (iteration == shownIteration_)
        return;
    shownIteration_ = iteration;
    selectedDirty_ = true;
    summariesDirty_ = true;
}

const NetworkStatistics* LayersPanel::shownEntry(const StatisticsHistory& history) const
{
    if (history.empty())
        return nullptr;
    if (shownIteration_ < 0)
        return &history.latest();
    const std::vector<NetworkStatistics>& entries = history.entries();
    const auto after = std::upper_bound(
        entries.begin(), entries.end(), shownIteration_,
        [](int wanted, const NetworkStatistics& entry) { return wanted < entry.iteration; });
    return after == entries.begin() ? nullptr : &*std::prev(after);
}

void LayersPanel::refresh()
{
    if (selectedDirty_)
        redrawSelected();
    if (summariesDirty_)
        redrawSummaries();
    selectedDirty_ = false;
    summariesDirty_ = false;
}

void LayersPanel::setFonts(const PlotFonts& fonts)
{
    layerView_->setFonts(fonts);
    gradientFlow_->setFonts(fonts);
}

void LayersPanel::redrawSelected()
{
    if (selected_ < 0) {
        title_->setText(tr("<i>No run to show.</i>"));
        layerView_->clear(tr("Choose an experiment and press Start."));
        gradientFlow_->setHistory({});
        return;
    }
    const RunLabel& run = runs_[static_cast<std::size_t>(selected_)];
    const StatisticsHistory& history = histories_[static_cast<std::size_t>(selected_)];
    const NetworkStatistics* shown = shownEntry(history);
    if (!history.empty() && !shown) {
        title_->setText(tr("<b>%1</b>").arg(run.title.toHtmlEscaped()));
        //: Layers panel, replaying: no statistics were measured up to the iteration shown
        layerView_->clear(tr("No layer statistics were recorded up to iteration %1.")
                              .arg(formatCount(shownIteration_)));
    } else if (history.empty()) {
        title_->setText(tr("<b>%1</b>").arg(run.title.toHtmlEscaped()));
        layerView_->clear(tr("Press Start: each hidden layer's activations appear here as the "
                             "run trains."));
    } else {
        //: Title of the Layers panel: %1 the run, %2 the iteration its numbers are from
        title_->setText(tr("<b>%1</b> \u00b7 iteration %2")
                            .arg(run.title.toHtmlEscaped(), formatCount(shown->iteration)));
        layerView_->setStatistics(*shown, run.activation);
    }
    gradientFlow_->setHistory(history.entries());
}

void LayersPanel::redrawSummaries()
{
    QStringList lines;
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        const QString name = runs_[i].title.toHtmlEscaped();
        const NetworkStatistics* shown = shownEntry(histories_[i]);
        const QString line = shown == nullptr
            ? QStringLiteral("%1: \u2014").arg(name)
            : QStringLiteral("%1: %2").arg(name, LayerView::summary(*shown));
        lines << (static_cast<int>(i) == selected_ ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    summaries_->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace initviz::ui
