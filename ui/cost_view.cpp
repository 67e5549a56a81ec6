// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cost_view.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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
constexpr QRgb kAxisText = 0x333333;
constexpr int kMaxMarkedPoints = 60;
// The legend's column takes what it needs; the axis rect the rest.
constexpr double kLegendStretch = 0.001;
constexpr double kPlotStretch = 1.0;
constexpr int kLegendGap = 6;
// The cost axis's labels and margins, left of the iteration axis; the iteration axis's below.
constexpr int kAxisAllowance = 60;
constexpr int kAxisHeightAllowance = 40;
// Below this height the curves read as a strip; the legend goes beside them instead if it can.
constexpr int kMinCurvesHeight = 100;

void styleAxis(QCPAxis* axis, const QString& label)
{
    axis->setLabel(label);
    axis->setLabelColor(QColor(kAxisText));
    axis->setTickLabelColor(QColor(kAxisText));
    axis->grid()->setPen(QPen(QColor(0xe3e3e3), 0.0, Qt::SolidLine));
    axis->grid()->setSubGridVisible(false);
}

/// Moves `legend` from `rect`'s inset into a column beside `rect`, at the top, so it can never
/// cover a curve, however many runs there are. Returns the grid of `rect` and the legend's column
/// (`*side`), or nullptr when `rect` is in no grid.
QCPLayoutGrid* placeLegendBeside(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend,
                                 QCPLayoutGrid** side)
{
    if (legend->layout() == rect->insetLayout())
        rect->insetLayout()->take(legend);
    auto* parent = qobject_cast<QCPLayoutGrid*>(rect->layout());
    if (!parent)
        return nullptr;
    int row = 0;
    int column = 0;
    for (int i = 0; i < parent->elementCount(); ++i) {
        if (parent->elementAt(i) == rect)
            parent->indexToRowCol(i, row, column);
    }
    parent->take(rect);
    auto* beside = new QCPLayoutGrid;
    parent->addElement(row, column, beside);
    beside->addElement(0, 0, rect);
    *side = new QCPLayoutGrid;
    beside->addElement(0, 1, *side);
    (*side)->addElement(0, 0, legend);
    (*side)->addElement(1, 0, new QCPLayoutElement(plot)); // takes the height below the legend
    (*side)->setRowStretchFactors({kLegendStretch, kPlotStretch});
    (*side)->setMargins(QMargins(0, 0, 0, 0));
    beside->setColumnStretchFactors({kPlotStretch, kLegendStretch});
    beside->setColumnSpacing(kLegendGap);
    beside->setRowSpacing(kLegendGap);
    legend->setMargins(QMargins(6, 4, 6, 4));
    return beside;
}

/// The legend below the plot: how many columns fit `width` (entry i in column i % columns, each
/// column as wide as its widest entry, as QCPLayoutGrid sizes them) and the rows' total height.
struct BelowLayout {
    int columns = 1;
    int height = 0;
};
BelowLayout legendRows(const std::vector<QSize>& sizes, int spacing, int width)
{
    const auto count = static_cast<int>(sizes.size());
    BelowLayout layout;
    for (int columns = std::max(1, count); columns >= 1; --columns) {
        std::vector<int> widths(std::size_t(columns), 0);
        for (int i = 0; i < count; ++i) {
            int& column = widths[std::size_t(i % columns)];
            column = std::max(column, sizes[std::size_t(i)].width());
        }
        int total = spacing * (columns - 1);
        for (const int w : widths)
            total += w;
        if (total <= width || columns == 1) {
            layout.columns = columns;
            break;
        }
    }
    for (int first = 0; first < count; first += layout.columns) {
        int row = 0;
        for (int i = first; i < std::min(count, first + layout.columns); ++i)
            row = std::max(row, sizes[std::size_t(i)].height());
        layout.height += row;
    }
    return layout;
}
} // namespace

CostView::CostView(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend)
    : plot_(plot)
    , rect_(rect)
    , legend_(legend)
{
    styleAxis(rect_->axis(QCPAxis::atBottom),
              QCoreApplication::translate("initviz::ui::CostView", "Iteration"));
    styleAxis(rect_->axis(QCPAxis::atLeft),
              QCoreApplication::translate("initviz::ui::CostView", "Cost"));
    grid_ = placeLegendBeside(plot_, rect_, legend_, &legendColumn_);
    legend_->setVisible(true);
    legend_->setBrush(Qt::white);
    legend_->setBorderPen(QPen(QColor(0xc8c8c8)));
    legend_->setRowSpacing(0);
    legend_->setTextColor(QColor(kLegendText));
    reset(1);
}

void CostView::reset(int iterations)
{
    for (Family& family : families_) {
        // The connector first: it hangs on the label's anchor.
        if (family.connector)
            plot_->removeItem(family.connector);
        if (family.infinityLabel)
            plot_->removeItem(family.infinityLabel);
        if (family.seedCount > 1)
            plot_->removeGraph(family.legendGraph);
    }
    for (Run& run : runs_) {
        plot_->removeGraph(run.infinities);
        plot_->removeGraph(run.graph);
    }
    if (infinityEntry_)
        plot_->removeGraph(infinityEntry_);
    infinityEntry_ = nullptr;
    families_.clear();
    runs_.clear();
    rect_->axis(QCPAxis::atBottom)->setRange(0.0, std::max(1, iterations));
    rescaleCost();
}

int CostView::addRun(const QString& name, const QColor& color, int seedIndex, int seedCount,
                     Qt::PenStyle style)
{
    QCPAxis* xAxis = rect_->axis(QCPAxis::atBottom);
    QCPAxis* yAxis = rect_->axis(QCPAxis::atLeft);
    // A family is the runs of one name, added one after another.
    const bool newFamily = families_.empty() || families_.back().name != name || seedIndex == 0;
    if (newFamily) {
        Family family;
        family.name = name;
        family.color = color;
        family.seedCount = std::max(1, seedCount);
        families_.push_back(family);
    }
    const int familyIndex = static_cast<int>(families_.size()) - 1;
    Family& family = families_.back();

    Run run;
    run.family = familyIndex;
    run.color = seedShade(color, seedIndex, family.seedCount);
    run.graph = plot_->addGraph(xAxis, yAxis);
    run.graph->setPen(QPen(run.color, kLinePen, style));
    run.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(run.color, kLinePen),
                                               Qt::white, kPointSize));
    run.graph->setName(name);
    run.graph->removeFromLegend();
    run.infinities = plot_->addGraph(xAxis, yAxis);
    run.infinities->setLineStyle(QCPGraph::lsNone);
    run.infinities->setScatterStyle(infinityMarker(run.color));
    run.infinities->setName(
        QCoreApplication::translate("initviz::ui::CostView", "%1: infinite cost").arg(name));
    run.infinities->removeFromLegend();

    if (newFamily) {
        if (family.seedCount > 1) {
            // The family's entry shows its base colour, whichever shade each seed has.
            family.legendGraph = plot_->addGraph(xAxis, yAxis);
            family.legendGraph->setPen(QPen(color, kLinePen, style));
            family.legendGraph->setScatterStyle(QCPScatterStyle(
                QCPScatterStyle::ssCircle, QPen(color, kLinePen), Qt::white, kPointSize));
        } else {
            family.legendGraph = run.graph;
        }
        family.legendGraph->addToLegend(legend_);
        styleLegendItem(family.legendGraph);
    }
    runs_.push_back(run);
    updateLegendName(familyIndex);
    // The ∞ explanation stays last.
    if (infinityEntry_) {
        infinityEntry_->removeFromLegend();
        infinityEntry_->addToLegend(legend_);
        styleLegendItem(infinityEntry_);
    }
    fitLegend();
    return static_cast<int>(runs_.size()) - 1;
}

void CostView::styleLegendItem(QCPGraph* graph) const
{
    if (auto* item = legend_->itemWithPlottable(graph)) {
        item->setTextColor(QColor(kLegendText));
        item->setFont(fonts_.label());
    }
}

void CostView::addCosts(int index, const std::vector<CostPoint>& costs)
{
    if (index < 0 || index >= runCount() || costs.empty())
        return;
    Run& run = runs_[static_cast<std::size_t>(index)];
    for (const CostPoint& point : costs) {
        run.costs.push_back(point);
        if (std::isnan(point.cost)) {
            if (!run.diverged) {
                run.diverged = true;
                updateLegendName(run.family);
            }
        } else if (std::isinf(point.cost)) {
            addInfinity(index, point.iteration);
        } else {
            run.graph->addData(point.iteration, point.cost);
            // Dense curves (a cost every few iterations) read better as lines alone.
            if (run.graph->dataCount() == kMaxMarkedPoints + 1)
                run.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
            Family& family = families_[static_cast<std::size_t>(run.family)];
            if (family.connectorPending && family.connectorRun == index) {
                family.connector->end->setCoords(point.iteration, point.cost);
                family.connector->setVisible(true);
                family.connectorPending = false;
            }
        }
    }
    rescaleCost();
}

void CostView::setDiverged(int index)
{
    if (index < 0 || index >= runCount())
        return;
    Run& run = runs_[static_cast<std::size_t>(index)];
    if (run.diverged)
        return;
    run.diverged = true;
    updateLegendName(run.family);
}

bool CostView::isDiverged(int run) const
{
    return run >= 0 && run < runCount() && runs_[static_cast<std::size_t>(run)].diverged;
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
    fitLegend(); // the new ticker's count
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

QString CostView::legendText(int run) const
{
    if (run < 0 || run >= runCount())
        return {};
    const Family& family
        = families_[static_cast<std::size_t>(runs_[static_cast<std::size_t>(run)].family)];
    return family.legendGraph ? family.legendGraph->name() : QString();
}

void CostView::updateLegendName(int familyIndex)
{
    Family& family = families_[static_cast<std::size_t>(familyIndex)];
    int runs = 0;
    int diverged = 0;
    for (const Run& run : runs_) {
        if (run.family == familyIndex) {
            ++runs;
            diverged += run.diverged ? 1 : 0;
        }
    }
    QString text;
    if (family.seedCount <= 1)
        text = diverged > 0
            ? QCoreApplication::translate("initviz::ui::CostView", "%1 (diverged)").arg(family.name)
            : family.name;
    else if (diverged == 0)
        text = QCoreApplication::translate("initviz::ui::CostView", "%1 (%2 seeds)")
                   .arg(family.name)
                   .arg(family.seedCount);
    else
        text = QCoreApplication::translate("initviz::ui::CostView", "%1 (%2 seeds, %3 diverged)")
                   .arg(family.name)
                   .arg(family.seedCount)
                   .arg(diverged);
    if (family.legendGraph)
        family.legendGraph->setName(text);
}

void CostView::fitLegend()
{
    if (!grid_ || !legendColumn_)
        return;
    // The entries' sizes in their order: beside the plot the cost = ∞ entry stands on two lines;
    // below it on one line or two, whichever leaves the rows lower.
    const auto entrySizes = [this](const QString& infinityText) {
        if (infinityEntry_)
            infinityEntry_->setName(infinityText);
        std::vector<QSize> sizes;
        for (int i = 0; i < legend_->itemCount(); ++i) {
            if (const QCPAbstractLegendItem* item = legend_->item(i)) // wrapped rows leave gaps
                sizes.push_back(item->minimumOuterSizeHint());
        }
        return sizes;
    };
    const std::vector<QSize> oneLine = entrySizes(infinityExplanation());
    const std::vector<QSize> sizes = entrySizes(wrappedInfinityExplanation());
    const QMargins margins = legend_->margins();
    const int width = plot_->width();
    const int height = plot_->height();
    const int rowsWidth = width - margins.left() - margins.right();
    const BelowLayout wrappedRows = legendRows(sizes, legend_->columnSpacing(), rowsWidth);
    const BelowLayout oneLineRows = legendRows(oneLine, legend_->columnSpacing(), rowsWidth);
    const bool oneLineBelow = oneLineRows.height <= wrappedRows.height;
    const BelowLayout rows = oneLineBelow ? oneLineRows : wrappedRows;
    int entryWidth = 0;
    for (const QSize& size : sizes)
        entryWidth = std::max(entryWidth, size.width());
    const int legendWidth = entryWidth + margins.left() + margins.right();
    const int columns = rows.columns;
    const int heightBelow = rows.height + margins.top() + margins.bottom() + kLegendGap;
    // Beside the plot, or in rows below it: whichever leaves the axes the larger share of the
    // plot in their tighter direction. A narrow plot (a small screen with a panel open) keeps its
    // width and readable ticks; a low one with many runs keeps its height.
    const int besideWidth = width - legendWidth - kLegendGap - kAxisAllowance;
    const int belowHeight = height - heightBelow - kAxisHeightAllowance;
    const double besideShare
        = std::min(1.0, double(besideWidth) / std::max(1, width - kAxisAllowance));
    const double belowShare
        = std::min(1.0, double(belowHeight) / std::max(1, height - kAxisHeightAllowance));
    // But not below if that flattens the curves to a strip (presenter mode at 1024x768: 50 px
    // high, with the legend's last line clipped) while beside leaves them wider than that.
    const bool below = belowShare > besideShare
        && (belowHeight >= kMinCurvesHeight || besideWidth <= belowHeight);
    if (infinityEntry_ && below && oneLineBelow)
        infinityEntry_->setName(infinityExplanation());
    if (below != legendBelow_) {
        grid_->take(legendColumn_);
        grid_->simplify();
        if (below) {
            grid_->addElement(1, 0, legendColumn_);
            grid_->setRowStretchFactors({kPlotStretch, kLegendStretch});
        } else {
            grid_->addElement(0, 1, legendColumn_);
            grid_->setColumnStretchFactors({kPlotStretch, kLegendStretch});
        }
        legendBelow_ = below;
    }
    fitIterationTicks(rect_->axis(QCPAxis::atBottom), below ? width - kAxisAllowance : besideWidth);
    fitValueTicks(rect_->axis(QCPAxis::atLeft),
                  below ? belowHeight : height - kAxisHeightAllowance);
    // Rearranging takes the entries in the grid's current fill order and puts them back in the
    // new one: first into the new order (at the old wrap), then re-wrapped. (Switching the order
    // without rearranging first read a grid of rows as columns: "Zeros, He, cost = ∞, Large
    // random" once the legend went from below the plot to beside it.)
    const auto order = below ? QCPLayoutGrid::foColumnsFirst : QCPLayoutGrid::foRowsFirst;
    legend_->setFillOrder(order, true);
    legend_->setWrap(below ? columns : 0);
    legend_->setFillOrder(order, true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CostView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    for (QCPAxis* axis : {rect_->axis(QCPAxis::atBottom), rect_->axis(QCPAxis::atLeft)}) {
        axis->setLabelFont(fonts.label());
        axis->setTickLabelFont(fonts.ticks());
    }
    legend_->setFont(fonts.label());
    for (const Family& family : families_) {
        if (family.legendGraph)
            styleLegendItem(family.legendGraph);
        if (family.infinityLabel)
            styleInfinityLabel(family.infinityLabel);
    }
    if (infinityEntry_)
        styleLegendItem(infinityEntry_);
    fitLegend();
}

QCPGraph* CostView::graph(int run) const
{
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].graph : nullptr;
}

const std::vector<CostPoint>& CostView::costs(int run) const
{
    static const std::vector<CostPoint> none;
    return run >= 0 && run < runCount() ? runs_[static_cast<std::size_t>(run)].costs : none;
}

} // namespace initviz::ui
