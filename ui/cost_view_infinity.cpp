// SPDX-License-Identifier: GPL-3.0-or-later
// CostView's infinite costs: markers pinned to the top edge, one "∞" label per family joined to
// the next finite cost, and the legend's explanation.
#include "ui/cost_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace initviz::ui {

namespace {
// Infinite costs sit this fraction of the axis height below its top.
constexpr double kPinInset = 0.025;
constexpr double kInfinityMarkerSize = 7.0;
constexpr double kInfinityFontScale = 1.3;
// "∞" labels of several initializations at the same iteration stack downwards by this fraction
// of the height.
constexpr double kMarkerStackStep = 0.075;
constexpr double kMarkerTop = 0.01;
constexpr QRgb kNeutralMarker = 0x555555;
} // namespace

QString CostView::infinityExplanation()
{
    return QCoreApplication::translate("initviz::ui::CostView",
                                       "cost = \u221e (sigmoid saturated)");
}

QString CostView::wrappedInfinityExplanation()
{
    QString text = infinityExplanation();
    const qsizetype lastSpace = text.lastIndexOf(QLatin1String(" ("));
    if (lastSpace > 0)
        text[lastSpace] = QLatin1Char('\n');
    return text;
}

QCPScatterStyle CostView::infinityMarker(const QColor& color)
{
    return QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, QPen(color.darker(130), 1.0), color,
                           kInfinityMarkerSize);
}

void CostView::addInfinity(int runIndex, int iteration)
{
    Run& run = runs_[static_cast<std::size_t>(runIndex)];
    run.infinityIterations.push_back(iteration);
    if (!infinityEntry_) {
        // Explained once, in the legend, with a neutral marker.
        infinityEntry_
            = plot_->addGraph(rect_->axis(QCPAxis::atBottom), rect_->axis(QCPAxis::atLeft));
        infinityEntry_->setLineStyle(QCPGraph::lsNone);
        infinityEntry_->setScatterStyle(infinityMarker(QColor(kNeutralMarker)));
        // On one line or two as fitLegend places the legend.
        infinityEntry_->setName(wrappedInfinityExplanation());
        infinityEntry_->addToLegend(legend_);
        styleLegendItem(infinityEntry_);
        fitLegend();
    }
    Family& family = families_[static_cast<std::size_t>(run.family)];
    if (family.infinityLabel)
        return; // one label per family; the pinned markers show every infinite cost
    // Labels of several families at the same iteration stack downwards.
    int sameIteration = 0;
    for (const Family& other : families_) {
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
    // Dark text in a box framed in the family's colour: readable on any run colour.
    label->setColor(QColor(kLegendText));
    label->setPen(QPen(family.color, 1.5));
    label->setBrush(Qt::white);
    label->setPadding(QMargins(4, 0, 4, 1));
    styleInfinityLabel(label);
    family.infinityLabel = label;

    // A dotted line from the label to the run's next finite cost, shown once that arrives.
    auto* connector = new QCPItemLine(plot_);
    connector->setClipAxisRect(rect_);
    connector->setPen(QPen(family.color, 1.2, Qt::DotLine));
    connector->start->setParentAnchor(label->bottom);
    connector->end->setAxes(xAxis, yAxis);
    connector->end->setAxisRect(rect_);
    connector->setVisible(false);
    family.connector = connector;
    family.connectorRun = runIndex;
    family.connectorPending = true;
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

int CostView::infinityLabelCount() const
{
    return static_cast<int>(
        std::count_if(families_.begin(), families_.end(),
                      [](const Family& family) { return family.infinityLabel; }));
}

int CostView::infinityMarkerCount(int run) const
{
    return run >= 0 && run < runCount()
        ? static_cast<int>(runs_[static_cast<std::size_t>(run)].infinityIterations.size())
        : 0;
}

} // namespace initviz::ui
