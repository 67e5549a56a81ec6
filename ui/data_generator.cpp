// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data_generator.h"

#include "ui/core_text.h"

#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace initviz::ui {

namespace {
// Up to this many points in all, a data set is made at once on the GUI thread (a few
// milliseconds); above it, on a worker thread.
constexpr long long kPointsMadeAtOnce = 20'000;

bool sameOptions(const DatasetOptions& a, const DatasetOptions& b)
{
    return a.kind == b.kind && a.trainSamples == b.trainSamples && a.testSamples == b.testSamples
        && a.noise == b.noise && a.factor == b.factor && a.spread == b.spread
        && a.trainSeed == b.trainSeed && a.testSeed == b.testSeed;
}
} // namespace

DataGenerator::DataGenerator(QObject* parent)
    : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DataGenerator::onFinished);
}

DataGenerator::~DataGenerator()
{
    // A generation under way finishes on its own (its result is dropped): it holds nothing of
    // this object, and the application's thread pool waits for it on exit.
    watcher_.disconnect(this);
}

std::shared_ptr<const DatasetPair> DataGenerator::points(const DatasetOptions& options)
{
    if (ready_ && sameOptions(readyFor_, options))
        return ready_;
    validate(options); // bad options are said at once, not after a background run
    if (static_cast<long long>(options.trainSamples) + options.testSamples <= kPointsMadeAtOnce) {
        ready_ = std::make_shared<const DatasetPair>(makeDatasets(options));
        readyFor_ = options;
        return ready_;
    }
    if (!(watcher_.isRunning() && sameOptions(generatingFor_, options))) {
        generatingFor_ = options;
        watcher_.setFuture(QtConcurrent::run([options] {
            Outcome outcome;
            try {
                outcome.points = std::make_shared<const DatasetPair>(makeDatasets(options));
            } catch (...) {
                outcome.error = std::current_exception();
            }
            return outcome;
        }));
    }
    return nullptr;
}

void DataGenerator::onFinished()
{
    const Outcome outcome = watcher_.result();
    if (outcome.error) {
        try {
            std::rethrow_exception(outcome.error);
        } catch (const std::exception& error) {
            emit failed(errorText(error));
        }
        return;
    }
    ready_ = outcome.points;
    readyFor_ = generatingFor_;
    emit generated();
}

} // namespace initviz::ui
