// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/train_all.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>

namespace initviz::cli {

std::vector<TrainingResult> trainAll(const std::vector<TrainingConfig>& configs,
                                     const DatasetPair& data)
{
    std::vector<TrainingResult> results(configs.size());
    std::vector<std::exception_ptr> errors(configs.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < configs.size(); i = next++) {
            try {
                results[i] = train(configs[i], data);
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

} // namespace initviz::cli
