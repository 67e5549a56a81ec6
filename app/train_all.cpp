// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/train_all.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace initviz::cli {

namespace {
std::vector<TrainingResult> trainEach(const std::vector<TrainingConfig>& configs,
                                      const std::function<TrainingResult(std::size_t)>& train)
{
    std::vector<TrainingResult> results(configs.size());
    std::vector<std::exception_ptr> errors(configs.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < configs.size(); i = next++) {
            try {
                results[i] = train(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(configs.size(), cores); // counting this one
    {
        std::vector<std::jthread> workers;
        for (std::size_t t = 1; t < threads; ++t)
            workers.emplace_back(work);
        work(); // this thread trains too
    } // jthreads join here
    for (const std::exception_ptr& error : errors) {
        if (error)
            std::rethrow_exception(error);
    }
    return results;
}
} // namespace

std::vector<TrainingResult> trainAll(const std::vector<TrainingConfig>& configs,
                                     const DatasetPair& data)
{
    return trainEach(configs, [&](std::size_t i) { return train(configs[i], data); });
}

std::vector<TrainingResult> trainAllWithSnapshots(const std::vector<TrainingConfig>& configs,
                                                  const DatasetPair& data,
                                                  const std::vector<int>& iterations,
                                                  std::vector<std::vector<Parameters>>& weights)
{
    weights.assign(configs.size(), {});
    return trainEach(configs, [&](std::size_t i) {
        std::vector<Parameters>& mine = weights[i];
        TrainerHooks hooks;
        hooks.snapshotEvery = 1; // every update is offered; only the wanted ones are kept
        hooks.onSnapshot = [&](const TrainingSnapshot& snapshot) {
            while (mine.size() < iterations.size() && iterations[mine.size()] == snapshot.iteration)
                mine.push_back(snapshot.parameters);
        };
        TrainingResult result = train(configs[i], data, hooks);
        while (mine.size() < iterations.size()) // beyond the end: the final weights
            mine.push_back(result.finalParameters);
        return result;
    });
}

} // namespace initviz::cli
