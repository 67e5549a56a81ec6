// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <exception>
#include <memory>

namespace initviz::ui {

/// Issue 15: the generated data sets for the window. A large one (up to 10^6 points a set, a
/// good part of a second to make) is made on a worker thread, so the event loop never waits for
/// it; a small one (the notebook's 400 points) at once, as before. The points are those of
/// makeDatasets, bit for bit; the last ones made are kept for the next ask.
class DataGenerator : public QObject {
    Q_OBJECT
public:
    explicit DataGenerator(QObject* parent = nullptr);
    ~DataGenerator() override;
    DataGenerator(const DataGenerator&) = delete;
    DataGenerator& operator=(const DataGenerator&) = delete;

    /// The points of `options` if they are at hand (made now if small, or earlier), otherwise
    /// nullptr: they are being made, and `generated` or `failed` follows. Throws as makeDatasets
    /// for options it refuses.
    [[nodiscard]] std::shared_ptr<const DatasetPair> points(const DatasetOptions& options);
    [[nodiscard]] bool isGenerating() const { return watcher_.isRunning(); }

signals:
    /// The points last asked for are at hand: points() gives them now.
    void generated();
    void failed(const QString& message);

private:
    struct Outcome {
        std::shared_ptr<const DatasetPair> points;
        std::exception_ptr error;
    };
    void onFinished();

    std::shared_ptr<const DatasetPair> ready_;
    DatasetOptions readyFor_;
    DatasetOptions generatingFor_;
    QFutureWatcher<Outcome> watcher_;
};

} // namespace initviz::ui
