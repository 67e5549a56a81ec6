// SPDX-License-Identifier: GPL-3.0-or-later
// What one redraw of the window's decision boundaries costs: for N panels, each run's grid at the
// window's resolution (evaluateGrid over boundaryViewGrid(151), which the run's own thread
// computes in the window) and then, on the GUI thread, every panel's colour map filled
// (BoundaryView::setBoundary), repainted (replotBoundary: the fill's layer) and the paint events
// that follow processed. Panels are laid out as the window lays them out
// (boundaryPanelColumns) in an area the size of the window's boundary section at 1366 x 768.
//
// With --run-iterations N it also measures what a run's thread loses to the window: one window
// run (RunWorker, unpaced, publishing its boundary, accuracies and timeline as in the window) of
// N iterations against the core's train() of the same network, the fastest of three of each.
//
//   initviz_bench_frame --layers 2,10,5,1 --panels 16 [--repetitions 21] [--width 1350]
//                       [--height 480] [--run-iterations N]
//
// Prints one JSON object: medians over the repetitions (after a warm-up) of the grid time summed
// over the panels (one thread) and of the GUI thread's time, in seconds; with --run-iterations,
// the window run's and the core's seconds. Not a test: run by
// tests/bench/compare-with-peers, on the offscreen platform unless a display is given.
#include "ui/boundary_panel.h"
#include "ui/boundary_view.h"
#include "ui/pause_gate.h"
#include "ui/run_worker.h"

#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/initializers.h"
#include "core/text.h"
#include "core/trainer.h"

#include <QApplication>
#include <QGridLayout>
#include <QWidget>

#include <qcustomplot.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace {
// The window's live boundary resolution (ui/main_window_runs.cpp's kBoundaryGridSize).
constexpr int kBoundaryGridSize = 151;
// The window's decision-boundaries section at 1366 x 768 since the classroom layout (issue 9):
// the full width under the form strip, above the cost plot and the table (measured on a
// screenshot of 16 runs; the window scrolls when 16 panels do not fit, this area squeezes them).
constexpr int kDefaultWidth = 1350;
constexpr int kDefaultHeight = 480;
constexpr int kDefaultRepetitions = 21;
constexpr std::uint32_t kSeed = 3;

using Clock = std::chrono::steady_clock;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Seconds of one unpaced window run (RunWorker::run on this thread, as on its own in the window)
// and of the core's train() on the same network and data: the fastest of three of each, taken in
// turn, so that a slow moment of a shared machine does not fall on one side only.
std::pair<double, double> runThreadSeconds(const std::vector<int>& dims, int iterations,
                                           const initviz::DatasetPair& data,
                                           const initviz::GridSpec& fullGrid)
{
    constexpr int kRounds = 3;
    initviz::TrainingConfig config;
    config.layerDims = dims;
    config.iterations = iterations;
    auto shared = std::make_shared<const initviz::DatasetPair>(data);
    const auto seconds = [](auto&& run) {
        const auto start = Clock::now();
        run();
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    double window = 0.0;
    double core = 0.0;
    for (int r = 0; r < kRounds; ++r) {
        const double w = seconds([&] {
            std::stop_source stop;
            initviz::ui::RunWorker worker(config, shared, std::make_shared<initviz::ui::Pace>(),
                                          std::make_shared<initviz::ui::PauseGate>(),
                                          stop.get_token(), fullGrid);
            worker.run();
        });
        const double c = seconds([&] { (void)initviz::train(config, data); });
        window = r == 0 ? w : std::min(window, w);
        core = r == 0 ? c : std::min(core, c);
    }
    return {window, core};
}

int usage(const char* message)
{
    std::fprintf(stderr,
                 "initviz_bench_frame: %s\nusage: initviz_bench_frame --layers LIST --panels N "
                 "[--repetitions N] [--width PX] [--height PX] [--run-iterations N]\n",
                 message);
    return 2;
}
} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::string layers = "2,10,5,1";
    int panels = 3;
    int repetitions = kDefaultRepetitions;
    int width = kDefaultWidth;
    int height = kDefaultHeight;
    int runIterations = 0;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& option = arguments.at(i);
        if (i + 1 >= arguments.size())
            return usage("every option takes a value");
        const QString value = arguments.at(++i);
        bool ok = true;
        if (option == QLatin1String("--layers"))
            layers = value.toStdString();
        else if (option == QLatin1String("--panels"))
            panels = value.toInt(&ok);
        else if (option == QLatin1String("--repetitions"))
            repetitions = value.toInt(&ok);
        else if (option == QLatin1String("--width"))
            width = value.toInt(&ok);
        else if (option == QLatin1String("--height"))
            height = value.toInt(&ok);
        else if (option == QLatin1String("--run-iterations"))
            runIterations = value.toInt(&ok);
        else
            return usage("unknown option");
        if (!ok)
            return usage("not a whole number");
    }
    if (panels < 1 || repetitions < 1 || width < 100 || height < 100 || runIterations < 0)
        return usage("panels and repetitions must be >= 1, the size >= 100 px, the run's "
                     "iterations >= 0");

    try {
        const std::vector<int> dims = initviz::parseLayers(layers);
        const initviz::DatasetPair data = initviz::makeDatasets({});
        const initviz::Parameters parameters
            = initviz::initializeParameters(dims, initviz::InitScheme::He, kSeed);
        // The grid each run's thread evaluates in the window (main_window_runs.cpp's live grid,
        // made affordable for the network as run_worker.cpp does).
        const initviz::GridSpec fullGrid = initviz::ui::boundaryViewGrid(
            initviz::ui::boundaryViewLimit(data), kBoundaryGridSize);
        const initviz::GridSpec spec = initviz::ui::liveBoundaryGrid(fullGrid, dims);

        QWidget area;
        area.resize(width, height);
        auto* grid = new QGridLayout(&area);
        const int columns = initviz::ui::boundaryPanelColumns(panels);
        std::vector<initviz::ui::BoundaryPanel*> shown;
        for (int p = 0; p < panels; ++p) {
            auto* panel = new initviz::ui::BoundaryPanel(initviz::InitScheme::He, std::nullopt,
                                                         data, &area);
            grid->addWidget(panel, p / columns, p % columns);
            shown.push_back(panel);
        }
        area.show();
        QCoreApplication::processEvents();

        std::vector<double> gridSeconds;
        std::vector<double> guiSeconds;
        for (int r = 0; r <= repetitions; ++r) { // the first is a warm-up
            std::vector<initviz::DecisionGrid> grids;
            const auto start = Clock::now();
            for (int p = 0; p < panels; ++p)
                grids.push_back(initviz::evaluateGrid(parameters, spec));
            const auto computed = Clock::now();
            // As the window's redraw does (MainWindow::redraw), then its paint events.
            for (int p = 0; p < panels; ++p) {
                shown[std::size_t(p)]->view().setBoundary(grids[std::size_t(p)]);
                shown[std::size_t(p)]->view().replotBoundary();
            }
            QCoreApplication::processEvents();
            const auto drawn = Clock::now();
            if (r == 0)
                continue;
            gridSeconds.push_back(std::chrono::duration<double>(computed - start).count());
            guiSeconds.push_back(std::chrono::duration<double>(drawn - computed).count());
        }
        const QSize panelSize = shown.front()->plot()->size();
        if (runIterations > 0) {
            const auto [window, core] = runThreadSeconds(dims, runIterations, data, fullGrid);
            std::printf("{\"window_run_seconds\":%.9g,\"core_run_seconds\":%.9g,", window, core);
        } else {
            std::printf("{");
        }
        std::printf("\"layers\":\"%s\",\"panels\":%d,\"grid_points\":%d,\"repetitions\":%d,"
                    "\"panel_width\":%d,\"panel_height\":%d,\"grid_seconds\":%.9g,"
                    "\"gui_seconds\":%.9g}\n",
                    layers.c_str(), panels, spec.columns * spec.rows, repetitions,
                    panelSize.width(), panelSize.height(), median(gridSeconds), median(guiSeconds));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "initviz_bench_frame: %s\n", error.what());
        return 2;
    }
    return 0;
}
