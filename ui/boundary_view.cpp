// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/boundary_view.h"

#include "core/dataset_kinds.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::ui {

namespace {
// The notebook shows its boundary plots limited to [-1.5, 1.5] on both axes.
constexpr double kViewLimit = kNotebookViewHalfWidth;
constexpr double kTickStep = 0.5;
constexpr int kMaxPanelsInARow = 4;
constexpr double kTrainMarkerSize = 6.5;
constexpr double kTestMarkerSize = 9.0;
constexpr double kTestMarkerPen = 2.0;
// A ring on a projector (boundaryColors: white around red points, dark around blue ones). Not
// wider: beyond 1 px QPainter strokes every marker's outline as a path, several times slower, and
// the live panels redraw hundreds of markers many times a second.
constexpr double kMarkerEdgePen = 1.0;
constexpr QRgb kEmptyBackground = 0xf6f6f6;
// Beyond this many points a panel draws an even subset: a dense cloud says the same and keeps
// repaints fast.
constexpr int kMaxDrawnPoints = 4000;
constexpr int kLabelCount = 2;
constexpr int kCornerAlpha = 215;
constexpr double kCornerInset = 0.02;
constexpr int kTitlePadding = 12;
constexpr double kMinimumTitlePoints = 7.0;
constexpr double kTitleShrinkStep = 0.5;
constexpr double kCompactTickStep = 1.0;
// Where the boundary gradient's red half ends and its blue half starts (see boundaryGradient).
constexpr double kRedCeiling = 0.49;
constexpr double kBlueFloor = 0.51;
// Issue 14: the predicted regions sit on a layer of their own with its own paint buffer, between
// the axis rect's background and the points, so that a live update repaints the fill alone (the
// points, axes and title keep their buffer): a 16-panel frame within 16 ms.
const QString kFillLayer = QStringLiteral("boundaryFill");

QCPLayer* fillLayer(QCustomPlot* plot)
{
    if (QCPLayer* existing = plot->layer(kFillLayer))
        return existing;
    plot->addLayer(kFillLayer, plot->layer(QStringLiteral("background")), QCustomPlot::limAbove);
    QCPLayer* layer = plot->layer(kFillLayer);
    layer->setMode(QCPLayer::lmBuffered);
    return layer;
}

// Points without a line; their scatter style comes from applyClassPalette.
QCPGraph* makePointGraph(QCustomPlot* plot, QCPAxisRect* rect)
{
    QCPGraph* graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setAdaptiveSampling(false);
    return graph;
}

void fillPoints(const Dataset& set, std::array<QCPGraph*, 2>& graphs)
{
    const Eigen::Index count = set.size();
    const Eigen::Index stride
        = std::max<Eigen::Index>(1, (count + kMaxDrawnPoints - 1) / kMaxDrawnPoints);
    std::array<QVector<double>, kLabelCount> xs;
    std::array<QVector<double>, kLabelCount> ys;
    for (Eigen::Index i = 0; i < count; i += stride) {
        const std::size_t label = set.Y(i) > 0.5 ? 1 : 0;
        xs[label].push_back(set.X(0, i));
        ys[label].push_back(set.X(1, i));
    }
    for (std::size_t label = 0; label < kLabelCount; ++label)
        graphs[label]->setData(xs[label], ys[label], true);
}
} // namespace

double boundaryViewLimit(const DatasetPair& data)
{
    return viewHalfWidth(data); // the core's rule, shared with the figures and the benchmark
}

GridSpec boundaryViewGrid(double limit, int pointsPerAxis)
{
    return displayGrid(-limit, limit, -limit, limit, pointsPerAxis, pointsPerAxis);
}

int boundaryPanelColumns(int panelCount)
{
    const int count = std::max(1, panelCount);
    return count <= kMaxPanelsInARow ? count : (count + 1) / 2;
}

BoundaryView::BoundaryView(QCustomPlot* plot, QCPLayoutGrid* cell, const QString& title)
    : fullTitle_(title)
    , limit_(kViewLimit)
    , trainAccuracy_(std::numeric_limits<double>::quiet_NaN())
    , testAccuracy_(std::numeric_limits<double>::quiet_NaN())
    , title_(new QCPTextElement(plot, title))
    , rect_(new QCPAxisRect(plot))
{
    cell->addElement(0, 0, title_);
    cell->addElement(1, 0, rect_);
    cell->setRowSpacing(0);

    // The axis rect paints only its background: below the fill's layer (it would cover the fill
    // from "main", where QCustomPlot puts it).
    rect_->setLayer(QStringLiteral("background"));
    rect_->setupFullAxesBox(true);
    rect_->setBackground(QColor(kEmptyBackground));
    for (QCPAxis* axis : rect_->axes()) {
        axis->setRange(-kViewLimit, kViewLimit);
        axis->grid()->setVisible(false);
    }
    updateTicks();
    QCPAxis* xAxis = rect_->axis(QCPAxis::atBottom);
    QCPAxis* yAxis = rect_->axis(QCPAxis::atLeft);

    map_ = new QCPColorMap(xAxis, yAxis);
    map_->setLayer(fillLayer(plot));
    map_->setDataRange(QCPRange(0.0, 1.0));
    map_->setInterpolate(true);
    map_->setVisible(false);

    for (int label = 0; label < kLabelCount; ++label) {
        const auto index = static_cast<std::size_t>(label);
        test_[index] = makePointGraph(plot, rect_);
        test_[index]->setVisible(false);
        //: Legend: test-set points of class 0
        test_[index]->setName(
            label == 0 ? QCoreApplication::translate("initviz::ui::BoundaryView", "test, label 0")
                       : QCoreApplication::translate("initviz::ui::BoundaryView", "test, label 1"));
    }
    for (int label = 0; label < kLabelCount; ++label) {
        const auto index = static_cast<std::size_t>(label);
        train_[index] = makePointGraph(plot, rect_);
        //: Legend: training-set points of class 0
        train_[index]->setName(
            label == 0
                ? QCoreApplication::translate("initviz::ui::BoundaryView", "train, label 0")
                : QCoreApplication::translate("initviz::ui::BoundaryView", "train, label 1"));
    }

    applyClassPalette();

    accuracy_ = new QCPItemText(plot);
    accuracy_->setLayer(QStringLiteral("axes"));
    accuracy_->setClipAxisRect(rect_);
    accuracy_->position->setAxisRect(rect_);
    accuracy_->position->setType(QCPItemPosition::ptAxisRectRatio);
    accuracy_->position->setCoords(1.0 - kCornerInset, 1.0 - kCornerInset);
    accuracy_->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    accuracy_->setTextAlignment(Qt::AlignRight);
    accuracy_->setBrush(QColor(255, 255, 255, kCornerAlpha));
    accuracy_->setPen(QPen(QColor(0xc8c8c8)));
    accuracy_->setPadding(QMargins(5, 2, 5, 2));
    accuracy_->setVisible(false);

    setFonts(PlotFonts{});
}

bool BoundaryView::titleFits(int width) const
{
    return QFontMetrics(fonts_.title()).horizontalAdvance(fullTitle_) <= width - kTitlePadding;
}

void BoundaryView::applyClassPalette()
{
    fillOnly_ = false;
    map_->setGradient(boundaryGradient());
    const BoundaryColors& colors = boundaryColors();
    for (int label = 0; label < kLabelCount; ++label) {
        const auto index = static_cast<std::size_t>(label);
        test_[index]->setScatterStyle(QCPScatterStyle(colors.shape[index],
                                                      QPen(colors.pointFill[index], kTestMarkerPen),
                                                      Qt::NoBrush, kTestMarkerSize));
        train_[index]->setScatterStyle(
            QCPScatterStyle(colors.shape[index], QPen(colors.pointEdge[index], kMarkerEdgePen),
                            colors.pointFill[index], kTrainMarkerSize));
    }
}

void BoundaryView::setTitleWrapped(bool wrapped)
{
    titleWrapped_ = wrapped;
    QString text = fullTitle_;
    // "He, seed 4" (or "He，种子 4") breaks at its comma; "Model with He initialization" before
    // its last word.
    QString comma = QStringLiteral(", ");
    auto commaAt = text.lastIndexOf(comma);
    if (commaAt < 0) {
        comma = QString(QChar(0xff0c)); // the full-width comma of Chinese text
        commaAt = text.lastIndexOf(comma);
    }
    const auto lastSpace = text.lastIndexOf(QLatin1Char(' '));
    if (wrapped && commaAt > 0)
        text.replace(commaAt, comma.size(), QStringLiteral("\n"));
    else if (wrapped && lastSpace > 0)
        text[lastSpace] = QLatin1Char('\n');
    if (text != title_->text()) {
        fillOnly_ = false;
        title_->setText(text);
    }
}

void BoundaryView::fitTitle(int width)
{
    const QString text = title_->text();
    const auto widest = [&text](const QFont& candidate) {
        const QFontMetrics metrics(candidate);
        int result = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            result = std::max(result, metrics.horizontalAdvance(line));
        return result;
    };
    QFont font = fonts_.title();
    while (widest(font) > width - kTitlePadding && font.pointSizeF() > kMinimumTitlePoints)
        font.setPointSizeF(font.pointSizeF() - kTitleShrinkStep);
    if (font != title_->font()) {
        fillOnly_ = false;
        title_->setFont(font);
    }
}

void BoundaryView::setCompact(bool compact)
{
    if (compact == compact_)
        return;
    compact_ = compact;
    fillOnly_ = false;
    updateTicks();
    updateAccuracyText();
}

void BoundaryView::updateTicks()
{
    // The notebook's view: every 0.5 (every 1 when small); a wider one: about three ticks a side.
    const double normal = limit_ == kViewLimit ? kTickStep : viewTickStep(limit_);
    const QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(compact_ ? normal * (kCompactTickStep / kTickStep) : normal);
    for (QCPAxis* axis : rect_->axes())
        axis->setTicker(ticker);
}

void BoundaryView::setDataset(const DatasetPair& data)
{
    fillOnly_ = false;
    fillPoints(data.train, train_);
    fillPoints(data.test, test_);
    limit_ = boundaryViewLimit(data);
    for (QCPAxis* axis : rect_->axes())
        axis->setRange(-limit_, limit_);
    updateTicks();
}

void BoundaryView::setBoundary(const DecisionGrid& grid)
{
    const GridSpec& spec = grid.spec;
    if (grid.probability.empty() || spec.columns < 1 || spec.rows < 1) {
        fillOnly_ = fillOnly_ && !map_->visible();
        map_->setVisible(false);
        rect_->setBackground(QColor(kEmptyBackground));
        return;
    }
    QCPColorMapData* data = map_->data();
    if (data->keySize() != spec.columns || data->valueSize() != spec.rows)
        data->setSize(spec.columns, spec.rows);
    // Cell centres sit on the grid points, the first and last at the range's ends.
    data->setRange(QCPRange(spec.xMin, spec.xMin + spec.xStep * (spec.columns - 1)),
                   QCPRange(spec.yMin, spec.yMin + spec.yStep * (spec.rows - 1)));
    // The fill shows the prediction, a3 > 0.5: a probability of exactly 0.5 (the zeros init
    // everywhere) is red, and no value lands on the gradient's step itself.
    for (int row = 0; row < spec.rows; ++row) {
        for (int column = 0; column < spec.columns; ++column) {
            const double probability = grid.at(row, column);
            const double shown = probability > 0.5 ? std::max(probability, kBlueFloor)
                                                   : std::min(probability, kRedCeiling);
            data->setCell(column, row, std::isnan(probability) ? probability : shown);
        }
    }
    fillOnly_ = fillOnly_ && map_->visible();
    map_->setVisible(true);
    rect_->setBackground(Qt::white);
}

void BoundaryView::replotBoundary()
{
    QCustomPlot* plot = map_->parentPlot();
    if (fillOnly_)
        map_->layer()->replot(); // falls back to a whole replot if the buffers were invalidated
    else
        plot->replot(QCustomPlot::rpQueuedReplot);
    fillOnly_ = true;
}

void BoundaryView::setTestPointsVisible(bool visible)
{
    fillOnly_ = false;
    for (QCPGraph* graph : test_)
        graph->setVisible(visible);
}

void BoundaryView::setAccuracy(double train, double test, const QString& note)
{
    trainAccuracy_ = train;
    testAccuracy_ = test;
    note_ = note;
    updateAccuracyText();
}

void BoundaryView::setAccuracyInPlot(bool inPlot)
{
    fillOnly_ = false;
    accuracyInPlot_ = inPlot;
    updateAccuracyText();
}

void BoundaryView::updateAccuracyText()
{
    if (std::isnan(trainAccuracy_) && note_.isEmpty()) {
        if (accuracy_->visible())
            fillOnly_ = false;
        accuracy_->setText(QString());
        accuracy_->setVisible(false);
        return;
    }
    QString text;
    if (!std::isnan(trainAccuracy_)) {
        //: Accuracy on the training set; %1 is a percentage
        text = QCoreApplication::translate("initviz::ui::BoundaryView", "Train %1")
                   .arg(formatPercent(trainAccuracy_));
        if (!std::isnan(testAccuracy_))
            text += (compact_ ? QStringLiteral("\n") : QStringLiteral("  \u00b7  "))
                //: Accuracy on the test set; %1 is a percentage
                + QCoreApplication::translate("initviz::ui::BoundaryView", "Test %1")
                      .arg(formatPercent(testAccuracy_));
    }
    if (!note_.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + note_;
    if (accuracyInPlot_ && text != accuracy_->text())
        fillOnly_ = false; // drawn in the plot, on another layer than the fill
    accuracy_->setText(text);
    accuracy_->setVisible(accuracyInPlot_);
}

void BoundaryView::setFonts(const PlotFonts& fonts)
{
    fonts_ = fonts;
    fillOnly_ = false;
    title_->setFont(fonts.title());
    for (QCPAxis* axis : rect_->axes())
        axis->setTickLabelFont(fonts.ticks());
    accuracy_->setFont(fonts.annotation());
}

int BoundaryView::trainPointCount() const
{
    return train_[0]->dataCount() + train_[1]->dataCount();
}

} // namespace initviz::ui
