// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/benchmark.h"

#include "core/dataset_kinds.h"
#include "core/decision_grid.h"
#include "core/depth_experiment.h"
#include "core/trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <set>
#include <stdexcept>
#include <thread>

namespace initviz {

namespace {
// The window's live boundary: the view of the notebook's data ([-1.5, 1.5]^2) sampled on a
// 200 x 200 grid.
constexpr int kLiveGridResolution = 200;
constexpr int kMaxRepetitions = 1000;
// The window's runs report a snapshot every 25 iterations (ui/run_worker.cpp): the statistics
// figures take one as often, so they price what the window's per-layer view would cost.
constexpr int kWindowSnapshotEvery = 25;
// Issue 11's depth experiment target: every scheme, 100 hidden layers of width 100, in 50 ms.
constexpr int kDepthBenchWidth = 100;
constexpr int kDepthBenchDepth = 100;

struct Timing {
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
};

Timing timeMedian(int repetitions, const std::function<void()>& work)
{
    work(); // warm-up: caches, page faults, lazy allocations
    std::vector<double> seconds;
    seconds.reserve(static_cast<std::size_t>(repetitions));
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        seconds.push_back(std::chrono::duration<double>(stop - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const std::size_t middle = seconds.size() / 2;
    const double median
        = seconds.size() % 2 == 1 ? seconds[middle] : 0.5 * (seconds[middle - 1] + seconds[middle]);
    return {median, seconds.front(), seconds.back()};
}

double forwardMultiplyAdds(const std::vector<int>& dims)
{
    double total = 0.0;
    for (std::size_t l = 1; l < dims.size(); ++l)
        total += static_cast<double>(dims[l]) * dims[l - 1];
    return total;
}

BenchmarkFigure figure(std::string name, std::string description, const Timing& timing,
                       double flops)
{
    BenchmarkFigure f;
    f.name = std::move(name);
    f.description = std::move(description);
    f.seconds = timing.median;
    f.minSeconds = timing.min;
    f.maxSeconds = timing.max;
    f.flops = flops;
    return f;
}
} // namespace

double multiplyAddsPerSample(const std::vector<int>& layerDims)
{
    // forward W_l A_{l-1}, backward dZ_l A_{l-1}^T, and W_l^T dZ_l for every layer but the first
    const double forward = forwardMultiplyAdds(layerDims);
    const double firstLayer
        = layerDims.size() > 1 ? static_cast<double>(layerDims[1]) * layerDims[0] : 0.0;
    return forward + forward + (forward - firstLayer);
}

std::string buildDescription()
{
#if defined(__AVX512F__)
    const std::string vectors = "AVX-512, 8 doubles per vector";
#elif defined(__AVX2__)
    const std::string vectors = "AVX2, 4 doubles per vector";
#elif defined(__AVX__)
    const std::string vectors = "AVX, 4 doubles per vector";
#else
    const std::string vectors = "SSE2, 2 doubles per vector";
#endif
#if defined(INITVIZ_PORTABLE_BUILD)
    return "portable build (" + vectors + ")";
#else
    return "native build, -march=native (" + vectors + ")";
#endif
}

BenchmarkReport runBenchmarks(const BenchmarkOptions& options)
{
    if (options.repetitions < 1 || options.repetitions > kMaxRepetitions)
        throw std::invalid_argument("repetitions must be between 1 and "
                                    + std::to_string(kMaxRepetitions));
    if (options.iterations < 1)
        throw std::invalid_argument("iterations must be at least 1");
    BenchmarkReport report;
    report.repetitions = options.repetitions;
    report.hardwareThreads = std::thread::hardware_concurrency();
    report.build = buildDescription();

    const DatasetPair data = makeDatasets({});
    TrainingConfig he;
    he.iterations = options.iterations;
    const double samples = static_cast<double>(data.train.size());
    const double runFlops = 2.0 * multiplyAddsPerSample(he.layerDims) * samples * he.iterations;

    // (1) one notebook run
    TrainingResult heResult;
    const Timing run = timeMedian(options.repetitions, [&] { heResult = train(he, data); });
    report.figures.push_back(figure("notebook_run",
                                    "one notebook run (He, " + std::to_string(he.iterations)
                                        + " iterations, 2-10-5-1, 300 points)",
                                    run, runFlops));

    // (1b) the same run with tanh hidden layers (issue 10: no activation more than 2x ReLU's time)
    TrainingConfig tanh = he;
    tanh.activation = Activation::Tanh;
    const Timing tanhRun = timeMedian(options.repetitions, [&] { (void)train(tanh, data); });
    report.figures.push_back(figure("notebook_run_tanh",
                                    "the same run with tanh hidden layers (He, "
                                        + std::to_string(tanh.iterations) + " iterations)",
                                    tanhRun, runFlops));

    // (1c) issue 11: the run with a snapshot every 25 iterations (the window's rate): without
    // statistics, as the window trains with its Layers panel closed (statistics on, the shared
    // flag off), and with them; their differences are what the statistics cost.
    enum class Statistics { Off, PanelClosed, On };
    for (const Statistics statistics : {Statistics::Off, Statistics::PanelClosed, Statistics::On}) {
        std::atomic<bool> panelShown{statistics == Statistics::On};
        TrainerHooks hooks;
        hooks.snapshotEvery = kWindowSnapshotEvery;
        hooks.collectStatistics = statistics != Statistics::Off;
        hooks.statisticsWanted = &panelShown;
        hooks.onSnapshot = [](const TrainingSnapshot&) {};
        const Timing timing
            = timeMedian(options.repetitions, [&] { (void)train(he, data, hooks); });
        const std::string every = "the notebook run with a snapshot every "
            + std::to_string(kWindowSnapshotEvery) + " iterations, ";
        report.figures.push_back(
            statistics == Statistics::Off ? figure(
                "notebook_run_snapshots", every + "per-layer statistics off", timing, runFlops)
                : statistics == Statistics::PanelClosed
                ? figure("notebook_run_statistics_closed",
                         every + "statistics on but the Layers panel closed (the window's case)",
                         timing, runFlops)
                : figure("notebook_run_statistics", every + "per-layer statistics on", timing,
                         runFlops));
    }

    // (2) decision grids over the trained He network
    const GridSpec notebook = notebookGrid(data.train.X);
    const double half = viewHalfWidth(data);
    const GridSpec live
        = displayGrid(-half, half, -half, half, kLiveGridResolution, kLiveGridResolution);
    for (const auto& [name, spec, text] :
         {std::tuple{"notebook_grid", notebook,
                     "notebook decision grid (step 0.01 over [min-1, max+1]^2)"},
          std::tuple{"live_grid", live, "live boundary grid (200 x 200 over [-1.5, 1.5]^2)"}}) {
        const double points = static_cast<double>(spec.columns) * spec.rows;
        const GridSpec& gridSpec = spec; // clang 14 (the fuzz preset) cannot capture a binding
        const Timing grid = timeMedian(
            options.repetitions, [&] { (void)evaluateGrid(heResult.finalParameters, gridSpec); });
        BenchmarkFigure f
            = figure(name, text, grid, 2.0 * forwardMultiplyAdds(he.layerDims) * points);
        f.points = static_cast<long long>(points);
        report.figures.push_back(f);
    }

    // (3) four runs, one after another and concurrently
    std::vector<TrainingConfig> four(4, he);
    four[0].init = InitScheme::Zeros;
    four[1].init = InitScheme::Random;
    four[2].init = InitScheme::He;
    four[3].init = InitScheme::Xavier;
    const Timing sequential = timeMedian(options.repetitions, [&] {
        for (const TrainingConfig& config : four)
            (void)train(config, data);
    });
    // A pool sized to the cores, each worker taking the next run: what `initviz compare` does.
    // (One thread per run would leave the scheduler to time-slice four threads on two cores.)
    const std::size_t workers
        = std::min<std::size_t>(four.size(), std::max(1u, std::thread::hardware_concurrency()));
    const Timing concurrent = timeMedian(options.repetitions, [&] {
        std::atomic<std::size_t> next{0};
        std::vector<std::jthread> threads;
        threads.reserve(workers);
        for (std::size_t w = 0; w < workers; ++w) {
            threads.emplace_back([&] {
                for (std::size_t i = next++; i < four.size(); i = next++)
                    (void)train(four[i], data);
            });
        }
    });
    report.figures.push_back(figure("four_runs_sequential",
                                    "four runs (zeros, random, He, Xavier) one after another",
                                    sequential, 4 * runFlops));
    report.figures.push_back(figure("four_runs_concurrent",
                                    "the same four runs concurrently, a thread per core",
                                    concurrent, 4 * runFlops));
    report.concurrencySpeedup = concurrent.median > 0 ? sequential.median / concurrent.median : 0.0;

    // (4) the depth experiment at issue 11's size, with ReLU: one forward and one backward (dZ
    // only) pass per random draw the schemes share (randn, uniform; zeros draws nothing), the
    // products it computes (core/depth_passes.h)
    DepthSettings depth;
    std::set<WeightDraw> draws;
    for (const InitSchemeInfo& info : initSchemes()) {
        depth.schemes.push_back(info.scheme);
        const WeightDraw draw = weightScale(info.scheme, 2, kDepthBenchWidth).draw;
        if (draw != WeightDraw::None)
            draws.insert(draw);
    }
    depth.width = kDepthBenchWidth;
    depth.depth = kDepthBenchDepth;
    const Timing depthTiming = timeMedian(
        options.repetitions, [&] { (void)runDepthExperiment(depth, data.train.X, data.train.Y); });
    const std::vector<int> depthDims = depthLayerDims(depth.width, depth.depth);
    const double depthForward = forwardMultiplyAdds(depthDims);
    const double depthFirst = static_cast<double>(depthDims[1]) * depthDims[0];
    report.figures.push_back(figure(
        "depth_experiment", "depth experiment (8 schemes, 100 layers of width 100, all cores)",
        depthTiming,
        2.0 * (2.0 * depthForward - depthFirst) * samples * static_cast<double>(draws.size())));

    // (5) the Depth view's slider step at that size: one DepthExperiment alternating between 99
    // and 100 hidden layers, its draws and hidden layers kept, so a step runs the network
    // backward (and at most one layer forward): the products counted are the backward pass's.
    DepthExperiment stepping;
    DepthSettings step = depth;
    const Timing stepTiming = timeMedian(options.repetitions, [&] {
        step.depth = step.depth == kDepthBenchDepth ? kDepthBenchDepth - 1 : kDepthBenchDepth;
        (void)stepping.run(step, data.train.X, data.train.Y);
    });
    report.figures.push_back(figure(
        "depth_experiment_step",
        "the same, a step of the Depth view's depth slider (99 and 100 layers in turn)", stepTiming,
        2.0 * (depthForward - depthFirst) * samples * static_cast<double>(draws.size())));
    return report;
}

} // namespace initviz
