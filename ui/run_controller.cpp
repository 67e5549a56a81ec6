// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run_controller.h"

#include "ui/run_worker.h"

#include <QThread>

#include <algorithm>

namespace initviz::ui {

RunController::RunController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<initviz::ui::RunProgress>();
    qRegisterMetaType<initviz::TrainingResult>();
}

RunController::~RunController()
{
    stopAllThreads();
}

void RunController::start(const std::vector<TrainingConfig>& runs,
                          std::shared_ptr<const DatasetPair> data, const GridSpec& boundaryGrid)
{
    // The old experiment winds down on its own threads; its late signals are dropped below.
    stopSource_.request_stop();
    stopSource_ = std::stop_source();
    const unsigned long long experiment = ++experiment_;
    remaining_ = static_cast<int>(runs.size());
    stopRequested_ = false;
    // A new experiment starts unpaused, with a gate of its own (the old runs were woken above).
    leavePause();
    gate_ = std::make_shared<PauseGate>();
    heldAt_.assign(runs.size(), -1);
    costEvery_ = runs.empty() ? 1 : std::max(1, runs.front().costEvery);

    for (std::size_t i = 0; i < runs.size(); ++i) {
        const int run = static_cast<int>(i);
        auto* thread = new QThread(this);
        thread->setObjectName(QStringLiteral("initviz run %1").arg(run + 1));
        auto* worker
            = new RunWorker(runs[i], data, pace_, gate_, stopSource_.get_token(), boundaryGrid);
        worker->moveToThread(thread);

        connect(thread, &QThread::started, worker, &RunWorker::run);
        connect(worker, &RunWorker::progressed, this,
                [this, experiment, run](const RunProgress& progress) {
                    if (experiment == experiment_)
                        onProgress(run, progress);
                });
        connect(worker, &RunWorker::diagnosed, this,
                [this, experiment, run](const QString& code, const QString& evidence) {
                    if (experiment == experiment_)
                        emit runDiagnosed(run, code, evidence);
                });
        connect(worker, &RunWorker::finished, this,
                [this, experiment, run](const TrainingResult& result) {
                    if (experiment != experiment_)
                        return;
                    emit runFinished(run, result);
                    heldAt_[static_cast<std::size_t>(run)] = kEnded;
                    runEnded();
                });
        connect(worker, &RunWorker::failed, this, [this, experiment, run](const QString& message) {
            if (experiment != experiment_)
                return;
            emit runFailed(run, message);
            heldAt_[static_cast<std::size_t>(run)] = kEnded;
            runEnded();
        });
        // run() returns after its last signal: the thread's work is done. Direct, so the thread
        // ends even while the GUI thread is busy (or waiting for it in the destructor).
        connect(worker, &RunWorker::finished, thread, &QThread::quit, Qt::DirectConnection);
        connect(worker, &RunWorker::failed, thread, &QThread::quit, Qt::DirectConnection);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(thread, &QThread::finished, this, [this, thread] {
            threads_.erase(std::remove(threads_.begin(), threads_.end(), thread), threads_.end());
            thread->deleteLater();
        });
        threads_.push_back(thread);
        thread->start();
    }
    emit started(remaining_);
    if (remaining_ == 0)
        emit allFinished(false);
}

void RunController::stop()
{
    if (!isRunning())
        return;
    stopRequested_ = true;
    stopSource_.request_stop();
    gate_->resume();
    leavePause();
}

void RunController::pause()
{
    if (!isRunning() || stopRequested_)
        return;
    gate_->pause();
}

void RunController::resume()
{
    if (!gate_->isPaused())
        return;
    gate_->resume();
    leavePause();
}

void RunController::step(int iterations)
{
    if (pausedAt_ < 0)
        return; // not yet held everywhere: a step would race the runs still arriving
    gate_->step(iterations);
    leavePause();
}

void RunController::stepToNextCheckpoint()
{
    if (pausedAt_ < 0)
        return;
    gate_->stepToNextMultipleOf(costEvery_);
    leavePause();
}

void RunController::onProgress(int run, const RunProgress& progress)
{
    emit progressed(run, progress);
    heldAt_[static_cast<std::size_t>(run)] = progress.held ? progress.iteration : -1;
    checkAllHeld();
}

void RunController::checkAllHeld()
{
    const int point = gate_->pausePoint();
    if (point < 0 || pausedAt_ == point || remaining_ <= 0)
        return;
    const bool allThere = std::all_of(heldAt_.begin(), heldAt_.end(), [point](int held) {
        return held == kEnded || held == point;
    });
    if (!allThere)
        return;
    pausedAt_ = point;
    emit paused(point);
}

void RunController::leavePause()
{
    if (pausedAt_ < 0)
        return;
    pausedAt_ = -1;
    emit resumed();
}

void RunController::setIterationsPerSecond(double rate)
{
    pace_->setIterationsPerSecond(rate);
}

double RunController::iterationsPerSecond() const
{
    return pace_->iterationsPerSecond();
}

void RunController::setStatisticsWanted(bool wanted)
{
    pace_->setStatisticsWanted(wanted);
}

bool RunController::statisticsWanted() const
{
    return pace_->statisticsWanted().load(std::memory_order_relaxed);
}

void RunController::runEnded()
{
    if (remaining_ <= 0)
        return;
    if (--remaining_ == 0) {
        leavePause();
        gate_->resume();
        emit allFinished(stopRequested_);
    } else {
        checkAllHeld(); // the others may be holding already
    }
}

void RunController::stopAllThreads()
{
    stopSource_.request_stop();
    experiment_ = 0; // drop anything still queued
    remaining_ = 0;
    for (QThread* thread : threads_) {
        thread->quit();
        thread->wait();
    }
    // The threads are children: QObject's destructor deletes them, now that they have finished.
}

} // namespace initviz::ui
