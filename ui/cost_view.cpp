// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cost_view.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::ui {

namespace {
constexpr double kLinePen = 2.0;
constexpr double kPointSize = 5.5;
// Headroom above the highest finite cost, so the pinned ∞ markers sit clear of the curves.
constexpr double kLinearHeadroom = 1.18;
constexpr double kLogHeadroom = 2.2;
constexpr double kLogFootroom = 1.6;
constexpr double kEmptyRangeTop = 1.0;
constexpr double kEmptyLogBottom = 0.01;
// Infinite costs sit this fraction of the axis height below its top.
constexpr double kPinInset = 0.025;
constexpr double kInfinityMarkerSize = 7.0;
constexpr double kInfinityFontScale = 1.3;
// "∞" labels of several runs at the same iteration stack downwards by this fraction of the
// height.
constexpr double kMarkerStackStep = 0.075;
constexpr double kMarkerTop = 0.01;
constexpr QRgb kAxisText = 0x333333;
constexpr int kLegendRowsBeforeWrap = 4;
constexpr int kMaxMarkedPoints = 60;

void styleAxis(QCPAxis* axis, const QString& label)
{
    axis->setLabel(label);
    axis->setLabelColor(QColor(kAxisText));
    axis->setTickLabelColor(QColor(kAxisText));
    axis->grid()->setPen(QPen(QColor(0xe3e3e3), 0.0, Qt::SolidLine));
    axis->grid()->setSubGridVisible(false);
}
} // namespace

CostView::CostView(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend)
    : plot_(plot)
    , rect_(rect)
    , legend_(legend)
{
    //: Axis label: gradient-descent iteration number
    styleAxis(rect_->axis(QCPAxis::atBottom),
              QCoreApplication::translate("initviz::ui::CostView", "Iteration"));
    //: Axis label: the training cost (cross-entropy loss)
    styleAxis(rect_->axis(QCPAxis::atLeft),
              QCoreApplication::translate("initviz::ui::CostView", "Cost"));
    legend_->setVisible(true);
    legend_->setBrush(QColor(255, 255, 255, 225));
    legend_->setBorderPen(QPen(QColor(0xc8c8c8)));
    legend_->setRowSpacing(0);
    reset(1);
}

void CostView::reset(int iterations)
{
    for (Run& run : runs_) {
        // The connector first: it hangs on the label's anchor.
        if (run.connector)
            plot_->removeItem(run.connector);
        if (run.infinityLabel)
            plot_->removeItem(run.infinityLabel);
        plot_->removeGraph(run.infinities);
        plot_->removeGraph(run.graph);
    }
    runs_.clear();
    rect_->axis(QCPAxis::atBottom)->setRange(0.0, std::max(1, iterations));
    rescaleCost();
}

int CostView::addRun(const QString& name, const QColor& color, bool inLegend)
{
    Run run;
    run.name = name;
    run.color = color;
    run.graph = plot_->addGraph(rect_->axis(QCPAxis::atBottom), rect_->axis(QCPAxis::atLeft));
    run.graph->setPen(QPen(color, kLinePen));
    run.graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color, kLinePen), Qt::white, kPointSize));
    run.graph->setName(name);
    run.infinities = plot_->addGraph(rect_->axis(QCPAxis::atBottom), rect_->axis(QCPAxis::atLeft));
    run.infinities->setLineStyle(QCPGraph::lsNone);
    run.infinities->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted,
                                                    QPen(color.darker(120), 1.0), color,
                                                    kInfinityMarkerSize));
    run.infinities->setName(
        QCoreApplication::translate("initviz::ui::CostView", "%1: infinite cost").arg(name));
    run.infinities->removeFromLegend();
    run.graph->removeFromLegend();
    if (inLegend)
        run.graph->addToLegend(legend_);
    if (auto* item = legend_->itemWithPlottable(run.graph)) {
        item->setTextColor(color.darker(115));
        item->setFont(fonts_.label());
    }
    runs_.push_back(run);
    // Many runs: the legend grows sideways, and moves to the bottom left, which falling cost
    // curves leave empty, instead of covering their start.
    const bool many = legend_->itemCount() > kLegendRowsBeforeWrap;
    legend_->setWrap(many ? kLegendRowsBeforeWrap : 0);
    legend_->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    QCPLayoutInset* inset = rect_->insetLayout();
    for (int i = 0; i < inset->elementCount(); ++i) {
        if (inset->elementAt(i) == legend_)
            inset->setInsetAlignment(
                i, many ? Qt::AlignBottom | Qt::AlignLeft : Qt::AlignTop | Qt::AlignRight);
    }
    return static_cast<int>(runs_.size()) - 1;
}

void CostView::addCosts(int index, const std::vector<CostPoint>& costs)
{
    if (index < 0 || index >= runCount() || costs.empty())
        return;
    Run& run = runs_[static_cast<std::size_t>(index)];
    for (const CostPoint& point : costs) {
        run.costs.push_back(point);
        if (std::isnan(point.cost)) {
            run.diverged = true;
            updateLegendName(run);
        } else if (std::isinf(point.cost)) {
            addInfinity(run, point.iteration);
        } else {
            run.graph->addData(point.iteration, point.cost);
            // Dense curves (a cost every few iterations) read better as lines alone.
            if (run.graph->dataCount() == kMaxMarkedPoints + 1)
                run.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
            if (run.connectorPending) {
                run.connector->end->setCoords(point.iteration, point.cost);
                run.connector->setVisible(true);
                run.connectorPending = false;
            }
        }
    }
    rescaleCost();
}

bool CostView::isDiverged(int run) const
{
    return run >= 0 && run < runCount() && runs_[static_cast<std::size_t>(run)].diverged;
}

void CostView::addInfinity(Run& run, int iteration)
{
    run.infinityIterations.push_back(iteration);
    if (run.infinityLabel)
        return; // the label marks the first; the pinned markers show every one
    // Labels of several runs at the same iteration stack downwards.
    int sameIteration = 0;
    for (const Run& other : runs_) {
        if (other.infinityLabel && other.infinityLabel->position->key() == iteration)
            ++sameIteration;
    }
    QCPAxis* xAxis = rect_->axis(QCPAxis::atBottom);
    QCPAxis* yAxis = rect_->axis(QCPAxis::atLeft);
    auto* label = new QCPItemText(plot_);
    label->setLayer(QStringLiteral("axes"));
    label->setClipAxisRect(rect_);
    label->setClipToAxisRect(false);
    label->position->setAxes(xAxis, yAxis);
    label->position->setAxisRect(rect_);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(iteration, kMarkerTop + kMarkerStackStep * sameIteration);
    // At the left edge the box starts at the axis instead of straddling it.
    const bool atLeftEdge = iteration <= xAxis->range().lower;
    label->setPositionAlignment(Qt::AlignTop | (atLeftEdge ? Qt::AlignLeft : Qt::AlignHCenter));
    label->setText(QStringLiteral("\u221e"));
    label->setColor(run.color.darker(120));
    label->setPen(QPen(run.color, 1.5));
    label->setBrush(Qt::white);
    label->setPadding(QMargins(4, 0, 4, 1));
    styleInfinityLabel(label);
    run.infinityLabel = label;

    // A dotted line from the label to the run's next finite cost, shown once that arrives.
    auto* connector = new QCPItemLine(plot_);
    connector->setClipAxisRect(rect_);
    connector->setPen(QPen(run.color, 1.2, Qt::DotLine));
    connector->start->setParentAnchor(label->bottom);
    connector->end->setAxes(xAxis, yAxis);
    connector->end->setAxisRect(rect_);
    connector->setVisible(false);
    run.connector = connector;
    run.connectorPending = true;
}

void CostView::styleInfinityLabel(QCPItemText* label) const
{
    QFont font = fonts_.label();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * kInfinityFontScale);
    label->setFont(font);
}

void CostView::pinInfinities()
{
    // Just inside the top edge, wherever the finite costs put it.
    const QCPRange range = rect_->axis(QCPAxis::atLeft)->range();
    const double pinned = logScale_ ? range.upper / std::pow(range.upper / range.lower, kPinInset)
                                    : range.upper - range.size() * kPinInset;
    for (Run& run : runs_)
        run.infinities->setData(run.infinityIterations,
                                QVector<double>(run.infinityIterations.size(), pinned), true);
}

void CostView::setLogScale(bool logarithmic)
{
    logScale_ = logarithmic;
    QCPAxis* yAxis = rect_->axis(QCPAxis::atLeft);
    if (logarithmic) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        yAxis->setNumberFormat(QStringLiteral("gb"));
    } else {
        yAxis->setScaleType(QCPAxis::stLinear);
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        yAxis->setNumberFormat(QStringLiteral("g"));
    }
    yAxis->grid()->setSubGridVisible(false);
    rescaleCost();
}

void CostView::rescaleCost()
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    for (const Run& run : runs_) {
        for (const CostPoint& point : run.costs) {
            if (std::isfinite(point.cost) && (!logScale_ || point.cost > 0.0)) {
                lowest = std::min(lowest, point.cost);
                highest = std::max(highest, point.cost);
            }
        }
    }
    QCPAxis* yAxis = rect_->axis(QCPAxis::atLeft);
    if (!std::isfinite(highest)) {
        yAxis->setRange(logScale_ ? QCPRange(kEmptyLogBottom, kEmptyRangeTop)
                                  : QCPRange(0.0, kEmptyRangeTop));
    } else if (logScale_) {
        yAxis->setRange(lowest / kLogFootroom, highest * kLogHeadroom);
    } else {
        const double top = highest > 0.0 ? highest * kLinearHeadroom : kEmptyRangeTop;
        yAxis->setRange(std::min(0.0, lowest), top);
    }
    pinInfinities();
}

void CostView::updateLegendName(const Run& run)
{
    run.graph->setName(
        run.diverged
            ? QCoreApplication::translate("initviz::ui::CostView", "%1 (diverged)").arg(run.name)
            : run.name);
}

void CostView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    for (QCPAxis* axis : {rect_->axis(QCPAxis::atBottom), rect_->axis(QCPAxis::atLeft)}) {
        axis->setLabelFont(fonts.label());
        axis->setTickLabelFont(fonts.ticks());
    }
    legend_->setFont(fonts.label());
    for (const Run& run : runs_) {
        if (auto* item = legend_->itemWithPlottable(run.graph))
            item->setFont(fonts.label());
        if (run.infinityLabel)
            styleInfinityLabel(run.infinityLabel);
    }
}

QCPGraph* CostView::graph(int run) const
{
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].graph : nullptr;
}

int CostView::infinityMarkerCount(int run) const
{
    return run >= 0 && run < runCount()
        ? static_cast<int>(runs_[static_cast<std::size_t>(run)].infinityIterations.size())
        : 0;
}

const std::vector<CostPoint>& CostView::costs(int run) const
{
    static const std::vector<CostPoint> none;
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].costs : none;
}

} // namespace initviz::ui
