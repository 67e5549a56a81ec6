// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/depth_experiment.h"

#include "core/depth_passes.h"
#include "core/message.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace initviz {

namespace {
using depth_detail::SharedPass;
using depth_detail::UnitDraws;

constexpr int kInputs = 2; // the data sets' points x1, x2
constexpr int kOutputs = 1; // the sigmoid unit
// Sample ranges per shared pass and worker: small enough that the workers finish together.
constexpr int kRangesPerWorker = 3;

std::size_t workerCount()
{
    return std::max(1U, std::thread::hardware_concurrency());
}

// Runs unit(0) .. unit(count - 1), each once, on up to one thread per core; rethrows the first
// exception once every unit has finished.
void runUnits(std::size_t count, const std::function<void(std::size_t)>& unit)
{
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    const auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                unit(i);
            } catch (...) {
                if (!failed.exchange(true))
                    failure = std::current_exception();
            }
        }
    };
    const std::size_t workers = std::min(count, workerCount());
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 1; t < workers; ++t)
            threads.emplace_back(work);
        work();
    } // joins
    if (failure)
        std::rethrow_exception(failure);
}

std::size_t drawIndex(WeightDraw draw)
{
    return static_cast<std::size_t>(draw);
}
} // namespace

void DepthSettings::validate() const
{
    if (schemes.empty())
        throw UserError(QT_TRANSLATE_NOOP(
            "initviz::core", "the depth experiment needs at least one initialization"));
    if (activations.empty())
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "the depth experiment needs at least one activation"));
    if (width < kDepthMinWidth || width > kDepthMaxWidth)
        throw UserError(
            QT_TRANSLATE_NOOP("initviz::core", "the width must be between %1 and %2 units, not %3"),
            {MessageArg::integer(kDepthMinWidth), MessageArg::integer(kDepthMaxWidth),
             MessageArg::integer(width)});
    if (depth < kDepthMinDepth || depth > kDepthMaxDepth)
        throw UserError(QT_TRANSLATE_NOOP("initviz::core",
                                          "the depth must be between %1 and %2 hidden layers, "
                                          "not %3"),
                        {MessageArg::integer(kDepthMinDepth), MessageArg::integer(kDepthMaxDepth),
                         MessageArg::integer(depth)});
}

std::vector<int> depthLayerDims(int width, int depth)
{
    std::vector<int> dims;
    dims.reserve(static_cast<std::size_t>(std::max(depth, 0)) + 2);
    dims.push_back(kInputs);
    for (int l = 0; l < depth; ++l)
        dims.push_back(width);
    dims.push_back(kOutputs);
    return dims;
}

struct DepthExperiment::Kept {
    depth_detail::Workload work;
    /// One per draw and positively homogeneous activation met so far.
    std::vector<std::unique_ptr<SharedPass>> passes;
    std::array<std::unique_ptr<UnitDraws>, 3> draws; ///< by WeightDraw

    Kept(const DepthSettings& settings, const Matrix& X, const RowVector& Y)
        : work(settings, X, Y)
    {
    }
};

DepthExperiment::DepthExperiment() = default;
DepthExperiment::~DepthExperiment() = default;

void DepthExperiment::clear()
{
    kept_.reset();
}

DepthResult DepthExperiment::run(const DepthSettings& settings, const Matrix& X, const RowVector& Y)
{
    settings.validate();
    if (X.rows() != kInputs || X.cols() < 1)
        throw std::invalid_argument("the depth experiment needs a train set of 2-D points");
    if (Y.cols() != X.cols())
        throw std::invalid_argument("the depth experiment needs one label per train point");
    if (kept_ && !kept_->work.sameNetworks(settings, X, Y))
        kept_.reset(); // first, to free its memory
    try {
        if (!kept_)
            kept_ = std::make_unique<Kept>(settings, X, Y);
        kept_->work.setDepth(settings.depth);
        return compute(settings);
    } catch (...) {
        kept_.reset(); // a draw or pass may be half done
        throw;
    }
}

DepthResult DepthExperiment::compute(const DepthSettings& settings)
{
    const depth_detail::Workload& work = kept_->work;
    std::vector<std::unique_ptr<SharedPass>>& passes = kept_->passes;
    std::array<std::unique_ptr<UnitDraws>, 3>& draws = kept_->draws;
    DepthResult result;
    result.width = settings.width;
    result.depth = settings.depth;

    // Which curves come from a shared pass (one per draw and activation) and which are measured
    // directly (activations that are not positively homogeneous).
    struct Curve {
        InitScheme scheme;
        Activation activation;
        SharedPass* shared = nullptr;
    };
    std::vector<Curve> curves;
    std::vector<SharedPass*> used;
    std::array<bool, 3> drawNeeded{};
    const int ranges = static_cast<int>(workerCount()) * kRangesPerWorker;
    for (const InitScheme scheme : settings.schemes) {
        const WeightDraw draw = weightScale(scheme, kInputs, settings.width).draw;
        for (const Activation activation : settings.activations) {
            Curve curve{scheme, activation};
            if (draw == WeightDraw::None || activationInfo(activation).positivelyHomogeneous) {
                const auto found
                    = std::find_if(passes.begin(), passes.end(), [&](const auto& pass) {
                          return pass->draw() == draw && pass->activation() == activation;
                      });
                SharedPass* pass = found == passes.end() ? nullptr : found->get();
                if (pass == nullptr) {
                    passes.push_back(std::make_unique<SharedPass>(work, draw, activation, ranges));
                    pass = passes.back().get();
                }
                if (std::find(used.begin(), used.end(), pass) == used.end()) {
                    used.push_back(pass);
                    pass->prepare();
                }
                drawNeeded[drawIndex(draw)] = draw != WeightDraw::None;
                curve.shared = pass;
            }
            curves.push_back(curve);
        }
    }
    result.curves.resize(curves.size());

    // The draws first (a pass waits for its own), then the direct curves, then the shared
    // passes' sample ranges, the cheaper uniform draws' first.
    for (const WeightDraw draw : {WeightDraw::Normal, WeightDraw::Uniform}) {
        if (drawNeeded[drawIndex(draw)] && !draws[drawIndex(draw)])
            draws[drawIndex(draw)] = std::make_unique<UnitDraws>(work.width, work.seed, draw);
    }
    std::array<bool, 3> drawFailed{};
    std::array<std::atomic<bool>, 3> drawn{};
    std::vector<std::function<void()>> units;
    for (const WeightDraw draw : {WeightDraw::Normal, WeightDraw::Uniform}) {
        if (!drawNeeded[drawIndex(draw)])
            continue;
        units.emplace_back([&, draw] {
            std::atomic<bool>& done = drawn[drawIndex(draw)];
            try {
                draws[drawIndex(draw)]->prepare(settings.depth);
            } catch (...) {
                drawFailed[drawIndex(draw)] = true;
                done = true;
                done.notify_all();
                throw;
            }
            done = true;
            done.notify_all();
        });
    }
    for (std::size_t c = 0; c < curves.size(); ++c) {
        if (curves[c].shared == nullptr) {
            units.emplace_back([&, c] {
                result.curves[c]
                    = depth_detail::directCurve(curves[c].scheme, curves[c].activation, work);
            });
        }
    }
    for (const WeightDraw draw : {WeightDraw::Uniform, WeightDraw::Normal}) {
        for (SharedPass* pass : used) {
            if (pass->draw() != draw)
                continue;
            for (int range = 0; range < pass->ranges(); ++range) {
                units.emplace_back([&, pass, range] {
                    drawn[drawIndex(pass->draw())].wait(false);
                    if (!drawFailed[drawIndex(pass->draw())]) // else the draw says why
                        pass->run(*draws[drawIndex(pass->draw())], range);
                });
            }
        }
    }
    runUnits(units.size(), [&](std::size_t i) { units[i](); });

    // Each new shared layer's std, then every scheme's curve from its pass; a scheme whose values
    // would leave the range where scaling is exact is measured directly.
    std::vector<std::pair<SharedPass*, std::size_t>> layers;
    for (SharedPass* pass : used) {
        for (std::size_t l = pass->firstNewLayer(); l <= static_cast<std::size_t>(settings.depth);
             ++l)
            layers.emplace_back(pass, l);
    }
    runUnits(layers.size(), [&](std::size_t i) { layers[i].first->summarise(layers[i].second); });
    for (SharedPass* pass : used)
        pass->finish();
    std::vector<std::size_t> direct;
    for (std::size_t c = 0; c < curves.size(); ++c) {
        if (curves[c].shared == nullptr)
            continue;
        if (auto curve = curves[c].shared->curve(curves[c].scheme))
            result.curves[c] = std::move(*curve);
        else
            direct.push_back(c);
    }
    runUnits(direct.size(), [&](std::size_t i) {
        const Curve& curve = curves[direct[i]];
        result.curves[direct[i]] = depth_detail::directCurve(curve.scheme, curve.activation, work);
    });
    return result;
}

DepthResult runDepthExperiment(const DepthSettings& settings, const Matrix& X, const RowVector& Y)
{
    DepthExperiment experiment;
    return experiment.run(settings, X, Y);
}

} // namespace initviz
