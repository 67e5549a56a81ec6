// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison_figure.h"

#include "ui/boundary_view.h"
#include "ui/cost_view.h"
#include "ui/plot_style.h"
#include "ui/save_file.h"

#include "core/text.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QScreen>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace initviz::ui {

namespace {
// Figure geometry in pixels at scale 1 (PDF points).
constexpr int kPanelWidth = 380;
constexpr int kPanelHeight = 400;
constexpr int kCostHeight = 360;
constexpr int kHeaderHeight = 56;
constexpr int kMinimumWidth = 960;
// PNGs are rendered at twice the size for crisp text on high-density screens and slides.
constexpr double kPngScale = 2.0;
constexpr double kPointsPerInch = 72.0;
constexpr int kFallbackDpi = 96;
// The notebook's plot_decision_boundary step, 0.01, over its view [-1.5, 1.5] inclusive; a wider
// view (viewHalfWidth in the core) gets the same number of points.
constexpr int kFigureGridSize = 301;
// Issue 15: at most this many multiply-adds per boundary (about a second on one core): the
// notebook's network (75 per point) keeps the full grid, 2-1000-1000-1 gets 31 x 31 points.
constexpr double kFigureBoundaryMultiplyAdds = 1e9;
constexpr double kCostRowShare = 0.9;

enum class Format { Png, Pdf };

/// Builds the figure into `plot`; returns its size at scale 1.
QSize buildFigure(QCustomPlot& plot, const std::vector<FigureRun>& runs, const DatasetPair& data,
                  const FigureOptions& options)
{
    const int count = std::max(1, static_cast<int>(runs.size()));
    const int columns = options.columns > 0 ? std::min(options.columns, std::max(count, 1))
                                            : boundaryPanelColumns(count);
    const int rows = (count + columns - 1) / columns;
    const int width = std::max(kMinimumWidth, columns * kPanelWidth);
    const int height = kHeaderHeight + rows * kPanelHeight + kCostHeight;

    plot.setAutoAddPlottableToLegend(false);
    plot.setBackground(Qt::white);
    plot.plotLayout()->clear();
    PlotFonts fonts;

    auto* header = new QCPLayoutGrid;
    auto* title = new QCPTextElement(
        &plot,
        QCoreApplication::translate("initviz::ui::ComparisonFigure", "Initialization comparison"));
    QFont titleFont = fonts.title();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    header->addElement(0, 0, title);
    if (!options.subtitle.isEmpty()) {
        auto* subtitle = new QCPTextElement(&plot, options.subtitle);
        subtitle->setFont(fonts.label());
        subtitle->setTextColor(QColor(0x555555));
        header->addElement(1, 0, subtitle);
    }
    header->setRowSpacing(0);
    plot.plotLayout()->addElement(0, 0, header);

    auto* panels = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, panels);
    std::vector<std::unique_ptr<BoundaryView>> views;
    std::vector<Activation> compared;
    for (const FigureRun& run : runs) {
        if (std::find(compared.begin(), compared.end(), run.activation) == compared.end())
            compared.push_back(run.activation);
    }
    const int activationCount = static_cast<int>(compared.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const FigureRun& run = runs[i];
        auto* cell = new QCPLayoutGrid;
        const int index = static_cast<int>(i);
        panels->addElement(index / columns, index % columns, cell);
        auto view = std::make_unique<BoundaryView>(
            &plot, cell, panelTitle(run.scheme, run.seed, run.activation, activationCount));
        view->setDataset(data);
        view->setBoundary(run.boundary);
        view->setTestPointsVisible(options.showTestPoints);
        view->setAccuracy(run.trainAccuracy, run.testAccuracy, run.note);
        views.push_back(std::move(view));
    }
    // Titles wrap all together, so the plots of a row stay aligned.
    const bool wrap = std::any_of(views.begin(), views.end(),
                                  [](const auto& view) { return !view->titleFits(kPanelWidth); });
    for (const auto& view : views) {
        view->setTitleWrapped(wrap);
        view->fitTitle(kPanelWidth);
    }

    auto* costRect = new QCPAxisRect(&plot);
    plot.plotLayout()->addElement(2, 0, costRect);
    auto* legend = new QCPLegend;
    costRect->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    legend->setLayer(QStringLiteral("legend"));
    CostView costs(&plot, costRect, legend);
    costs.setFonts(fonts);
    costs.reset(options.iterations);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        // Seeds compared: the runs of an initialization follow one another, in shades of its
        // colour under one legend entry, "He (4 seeds)".
        const FigureRun& run = runs[i];
        const auto sameScheme = [&run](const FigureRun& other) {
            return other.scheme == run.scheme && other.activation == run.activation;
        };
        const auto begin = runs.begin();
        const auto at = begin + static_cast<std::ptrdiff_t>(i);
        const int seedIndex = run.seed ? static_cast<int>(std::count_if(begin, at, sameScheme)) : 0;
        const int seedCount
            = run.seed ? static_cast<int>(std::count_if(begin, runs.end(), sameScheme)) : 1;
        const int index
            = costs.addRun(familyTitle(run.scheme, run.activation), runColor(run.scheme), seedIndex,
                           seedCount, activationPenStyle(run.activation));
        costs.addCosts(index, run.costs);
        if (run.diverged)
            costs.setDiverged(index);
    }

    // Rows in proportion to their pixel heights.
    plot.plotLayout()->setRowStretchFactors({static_cast<double>(kHeaderHeight) / kPanelHeight,
                                             static_cast<double>(rows),
                                             kCostRowShare * kCostHeight / kPanelHeight});
    plot.plotLayout()->setRowSpacing(4);
    return {width, height};
}

bool writePng(QCustomPlot& plot, QSize size, QIODevice& device, QString* error)
{
    const QImage image = plot.toPixmap(size.width(), size.height(), kPngScale).toImage();
    if (image.isNull()) {
        *error = QCoreApplication::translate("initviz::ui::ComparisonFigure",
                                             "the figure could not be rendered");
        return false;
    }
    if (!image.save(&device, "PNG")) {
        *error = QCoreApplication::translate("initviz::ui::ComparisonFigure",
                                             "the PNG could not be encoded");
        return false;
    }
    return true;
}

bool writePdf(QCustomPlot& plot, QSize size, QIODevice& device, QString* error)
{
    // The PDF's resolution is the screen's, as for the PNG: fonts, given in points, then take
    // the same share of the figure in both. A figure pixel is 1/dpi inch on the page.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const int dpi
        = screen ? static_cast<int>(std::lround(screen->logicalDotsPerInchY())) : kFallbackDpi;
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("InitViz"));
    writer.setTitle(
        QCoreApplication::translate("initviz::ui::ComparisonFigure", "Initialization comparison"));
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QSizeF(size) * (kPointsPerInch / dpi), QPageSize::Point, QString(),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        *error = QCoreApplication::translate("initviz::ui::ComparisonFigure",
                                             "the PDF could not be started");
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
    return true;
}
} // namespace

GridSpec figureBoundaryGrid(const DatasetPair& data, const std::vector<int>& layerDims)
{
    return affordableGrid(boundaryViewGrid(boundaryViewLimit(data), kFigureGridSize), layerDims,
                          kFigureBoundaryMultiplyAdds);
}

QString experimentSummary(const TrainingConfig& training, long long trainPoints,
                          long long testPoints)
{
    return QCoreApplication::translate(
               "initviz::ui::ComparisonFigure",
               "layers %1  \u00b7  learning rate %2  \u00b7  %3 iterations  \u00b7  "
               "%4 train / %5 test points")
        .arg(QString::fromStdString(formatLayers(training.layerDims)),
             QString::fromStdString(formatPython(training.learningRate)),
             formatCount(training.iterations), formatCount(trainPoints), formatCount(testPoints));
}

bool writeComparisonFigure(const std::vector<FigureRun>& runs, const DatasetPair& data,
                           const FigureOptions& options, const QString& path, QString* errorMessage,
                           QString* notice)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    Format format = Format::Png;
    if (suffix == QLatin1String("png")) {
        format = Format::Png;
    } else if (suffix == QLatin1String("pdf")) {
        format = Format::Pdf;
    } else {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("initviz::ui::ComparisonFigure",
                                              "Cannot export %1: the figure is written as .png or "
                                              ".pdf, by the file name's suffix")
                      .arg(shownPath(path));
        return false;
    }
    QCustomPlot plot;
    const QSize size = buildFigure(plot, runs, data, options);
    return writeFileAtomically(
        path,
        [&](QIODevice& device, QString* error) {
            return format == Format::Png ? writePng(plot, size, device, error)
                                         : writePdf(plot, size, device, error);
        },
        errorMessage, notice);
}

QImage renderComparisonFigure(const std::vector<FigureRun>& runs, const DatasetPair& data,
                              const FigureOptions& options, QSize size)
{
    QCustomPlot plot;
    const QSize natural = buildFigure(plot, runs, data, options);
    // At least the figure's own size in each direction, scaled down (or up) to fill `size`.
    const double scale = std::min(static_cast<double>(size.width()) / natural.width(),
                                  static_cast<double>(size.height()) / natural.height());
    const int width = static_cast<int>(std::ceil(size.width() / scale));
    const int height = static_cast<int>(std::ceil(size.height() / scale));
    const QImage drawn = plot.toPixmap(width, height, scale).toImage();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, drawn); // a pixel of rounding cut off or left white
    painter.end();
    return image;
}

} // namespace initviz::ui
