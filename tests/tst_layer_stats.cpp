// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: the per-layer statistics. measureNetwork against the numpy reference
// (tests/reference/layer_stats.py, golden files stats_*.json made by generate_golden.sh), and the
// trainer's live statistics equal to measureNetwork bit for bit.
#include "core/datasets.h"
#include "core/layer_stats.h"
#include "core/trainer.h"

#include "exact.h"
#include "layer_stats_golden.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <string>

using initviz::LayerStatistics;
using initviz::NetworkStatistics;
using namespace initviz::test;

class TestLayerStats : public QObject {
    Q_OBJECT

private slots:
    void matchesNumpy_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* scheme :
             {"zeros", "random", "he", "lecun", "xavier", "he-uniform", "xavier-uniform", "small"})
            QTest::newRow(scheme)
                << QStringLiteral("stats_%1_relu_0.json").arg(QLatin1String(scheme));
        for (const char* name :
             {"deep_he_relu_0", "deep_he_tanh_0", "deep_xavier_relu_0", "deep_xavier_tanh_0",
              "he_sigmoid_0", "he_relu_1000", "deep_xavier_tanh_300"})
            QTest::newRow(name) << QStringLiteral("stats_%1.json").arg(QLatin1String(name));
    }

    // Issue 11: every field of every layer as numpy computes it.
    void matchesNumpy()
    {
        QFETCH(QString, file);
        const QJsonObject want = golden(file);
        QVERIFY2(!want.isEmpty(), "golden file missing");
        const int iterations = want.value(QStringLiteral("iteration")).toInt();
        initviz::TrainingConfig config = configOf(want);
        const initviz::DatasetPair data = initviz::makeDatasets({});
        initviz::Parameters parameters
            = initviz::initializeParameters(config.layerDims, config.init, config.seed);
        if (iterations > 0) {
            config.iterations = iterations;
            config.costEvery = iterations;
            parameters = initviz::train(config, data).finalParameters;
        }
        const NetworkStatistics got = initviz::measureNetwork(
            parameters, config.activation, data.train.X, data.train.Y, iterations);
        const QString difference
            = compareWithGolden(got, want, iterations == 0 ? kAtInitialization : kAfterTraining);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The trainer's statistics at every snapshot are measureNetwork's of the pass behind it.
    void liveStatisticsEqualMeasureNetwork_data()
    {
        QTest::addColumn<int>("activation");
        QTest::newRow("relu") << int(initviz::Activation::Relu);
        QTest::newRow("tanh") << int(initviz::Activation::Tanh);
    }

    void liveStatisticsEqualMeasureNetwork()
    {
        QFETCH(int, activation);
        const initviz::DatasetPair data = initviz::makeDatasets({});
        initviz::TrainingConfig config;
        config.activation = static_cast<initviz::Activation>(activation);
        config.layerDims = {2, 20, 7, 1};
        config.iterations = 95; // the last snapshot is the final one, off the snapshotEvery grid
        config.costEvery = 20;
        initviz::TrainerHooks hooks;
        hooks.snapshotEvery = 7;
        hooks.collectStatistics = true;
        std::vector<initviz::TrainingSnapshot> snapshots;
        hooks.onSnapshot = [&](const initviz::TrainingSnapshot& s) { snapshots.push_back(s); };
        const initviz::TrainingResult result = initviz::train(config, data, hooks);
        QCOMPARE(result.iterationsDone, 95);

        // The weights after each number of updates, from a run without statistics.
        std::vector<initviz::Parameters> weights(96);
        initviz::TrainerHooks every;
        every.snapshotEvery = 1;
        every.onSnapshot = [&](const initviz::TrainingSnapshot& s) {
            weights[static_cast<std::size_t>(s.iteration)] = s.parameters;
        };
        initviz::TrainingConfig plain = config;
        (void)initviz::train(plain, data, every);

        int checked = 0;
        for (const initviz::TrainingSnapshot& s : snapshots) {
            const int pass = s.hasCost || s.iteration == 95 ? s.iteration : s.iteration - 1;
            QVERIFY(s.hasStatistics);
            QCOMPARE(s.statistics.iteration, pass);
            const NetworkStatistics want
                = initviz::measureNetwork(weights[static_cast<std::size_t>(pass)],
                                          config.activation, data.train.X, data.train.Y, pass);
            const QString difference = compareBits(s.statistics, want);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("snapshot %1: ").arg(s.iteration) + difference));
            ++checked;
        }
        QCOMPARE(checked, 5 + 13 + 1); // costs at 0, 20, .., 80; every 7th; the final weights
    }

    void offByDefault()
    {
        initviz::TrainingConfig config;
        config.iterations = 10;
        config.costEvery = 5;
        initviz::TrainerHooks hooks;
        bool empty = true;
        hooks.onSnapshot = [&](const initviz::TrainingSnapshot& s) {
            empty = empty && s.statistics.layers.empty() && !s.hasStatistics;
        };
        (void)initviz::train(config, initviz::makeDatasets({}), hooks);
        QVERIFY(empty);
    }

    // The window's Layers panel: statistics only for the passes that began while the flag read
    // true (it is read once per iteration), and those are the pass's own.
    void collectedOnlyWhileWanted()
    {
        const initviz::DatasetPair data = initviz::makeDatasets({});
        initviz::TrainingConfig config;
        config.layerDims = {2, 20, 7, 1};
        config.iterations = 95;
        config.costEvery = 20;
        std::atomic<bool> wanted{false};
        initviz::TrainerHooks hooks;
        hooks.snapshotEvery = 7;
        hooks.collectStatistics = true;
        hooks.statisticsWanted = &wanted;
        std::vector<int> measured;
        hooks.onSnapshot = [&](const initviz::TrainingSnapshot& s) {
            if (s.hasStatistics) {
                measured.push_back(s.iteration);
                const int pass = s.hasCost ? s.iteration : s.iteration - 1;
                QCOMPARE(s.statistics.iteration, pass);
            }
            if (s.iteration == 42)
                wanted = true; // iterations 42 to 69 measure
            if (s.iteration == 70)
                wanted = false;
        };
        const initviz::TrainingResult result = initviz::train(config, data, hooks);
        QCOMPARE(result.iterationsDone, 95);
        // Snapshots every 7 (after iterations 48, 55, 62, 69) and the cost at 60; not 42 (its
        // pass began before the flag was set), not 77, 80, 84, 91 nor the final 95.
        QCOMPARE(measured, (std::vector<int>{49, 56, 60, 63, 70}));
    }

    void rejectsMismatchedLabels()
    {
        const initviz::DatasetPair data = initviz::makeDatasets({});
        const initviz::Parameters parameters
            = initviz::initializeParameters(std::vector<int>{2, 3, 1}, initviz::InitScheme::He, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)initviz::measureNetwork(parameters,
                                                               initviz::Activation::Relu,
                                                               data.train.X, data.test.Y));
    }
};

QTEST_APPLESS_MAIN(TestLayerStats)
#include "tst_layer_stats.moc"
