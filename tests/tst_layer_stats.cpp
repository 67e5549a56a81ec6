// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: the per-layer statistics. measureNetwork against the numpy reference
// (tests/reference/layer_stats.py, golden files stats_*.json made by generate_golden.sh), and the
// trainer's live statistics equal to measureNetwork bit for bit.
#include "core/datasets.h"
#include "core/layer_stats.h"
#include "core/trainer.h"

#include "exact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

using initviz::LayerStatistics;
using initviz::NetworkStatistics;

namespace {
// The tolerances: relative 1e-12 at initialization, 1e-9 after training (the two sides'
// products and sums run in different orders, and training compounds the differences).
constexpr double kAtInitialization = 1e-12;
constexpr double kAfterTraining = 1e-9;

QJsonObject golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The two sides' activations may differ by an ulp or two of their size (the vectorised sigmoid,
// products summed in another order): on entries that barely vary (the small initialization's
// output, 0.5 +- 6e-7), that alone moves their mean and std by this many ulps of the entries.
constexpr double kEntryUlps = 8.0;

/// |got - want| <= tolerance * scale + floor, scale = |want| unless given (a mean near 0 is
/// compared relative to the spread of the entries it averages).
QString mismatch(const char* field, int layer, double got, double want, double tolerance,
                 double scale = -1.0, double floor = 0.0)
{
    if (scale < 0.0)
        scale = std::abs(want);
    if (std::abs(got - want) <= tolerance * scale + floor)
        return {};
    return QStringLiteral("layer %1 %2: got %3, want %4 (tolerance %5 x %6)")
        .arg(layer)
        .arg(QLatin1String(field))
        .arg(got, 0, 'g', 17)
        .arg(want, 0, 'g', 17)
        .arg(tolerance)
        .arg(scale);
}

/// Every field of `got` against the golden layers: empty if all agree, else the first difference.
QString compareWithGolden(const NetworkStatistics& got, const QJsonObject& want, double tolerance)
{
    const QJsonArray layers = want.value(QStringLiteral("layers")).toArray();
    if (got.iteration != want.value(QStringLiteral("iteration")).toInt())
        return QStringLiteral("iteration %1, want %2")
            .arg(got.iteration)
            .arg(want.value(QStringLiteral("iteration")).toInt());
    if (got.layers.size() != static_cast<std::size_t>(layers.size()))
        return QStringLiteral("%1 layers, want %2").arg(got.layers.size()).arg(layers.size());
    for (qsizetype l = 0; l < layers.size(); ++l) {
        const QJsonObject expected = layers.at(l).toObject();
        const LayerStatistics& layer = got.layers[static_cast<std::size_t>(l)];
        const auto value
            = [&](const char* key) { return expected.value(QLatin1String(key)).toDouble(); };
        if (layer.layer != expected.value(QStringLiteral("layer")).toInt())
            return QStringLiteral("layer numbered %1, want %2").arg(layer.layer).arg(l + 1);
        const double spread = std::max(std::abs(value("activation_mean")), value("activation_std"));
        const double entryUlps = kEntryUlps * std::numeric_limits<double>::epsilon()
            * std::max(std::abs(value("histogram_low")), std::abs(value("histogram_high")));
        for (const QString& d :
             {mismatch("activation_mean", layer.layer, layer.activationMean,
                       value("activation_mean"), tolerance, spread, entryUlps),
              mismatch("activation_std", layer.layer, layer.activationStd, value("activation_std"),
                       tolerance, -1.0, entryUlps),
              mismatch("weight_std", layer.layer, layer.weightStd, value("weight_std"), tolerance),
              mismatch("gradient_norm", layer.layer, layer.gradientNorm, value("gradient_norm"),
                       tolerance),
              mismatch("delta_std", layer.layer, layer.deltaStd, value("delta_std"), tolerance),
              mismatch("histogram_low", layer.layer, layer.histogramLow, value("histogram_low"),
                       tolerance),
              mismatch("histogram_high", layer.layer, layer.histogramHigh, value("histogram_high"),
                       tolerance),
              // counts over the same entries: exact
              mismatch("dead_fraction", layer.layer, layer.deadFraction, value("dead_fraction"),
                       0.0),
              mismatch("saturated_fraction", layer.layer, layer.saturatedFraction,
                       value("saturated_fraction"), 0.0)}) {
            if (!d.isEmpty())
                return d;
        }
        const QJsonArray histogram = expected.value(QStringLiteral("histogram")).toArray();
        if (histogram.size() != initviz::kHistogramBins)
            return QStringLiteral("golden histogram has %1 bins").arg(histogram.size());
        for (int b = 0; b < initviz::kHistogramBins; ++b) {
            const auto count = static_cast<std::uint32_t>(histogram.at(b).toInt());
            if (layer.histogram[static_cast<std::size_t>(b)] != count)
                return QStringLiteral("layer %1 histogram bin %2: got %3, want %4")
                    .arg(layer.layer)
                    .arg(b)
                    .arg(layer.histogram[static_cast<std::size_t>(b)])
                    .arg(count);
        }
    }
    const double saturated = want.value(QStringLiteral("output_saturated_fraction")).toDouble();
    if (got.outputSaturatedFraction != saturated)
        return QStringLiteral("output saturated fraction %1, want %2")
            .arg(got.outputSaturatedFraction)
            .arg(saturated);
    return {};
}

initviz::TrainingConfig configOf(const QJsonObject& want)
{
    initviz::TrainingConfig config;
    config.init
        = *initviz::parseInitScheme(want.value(QStringLiteral("init")).toString().toStdString());
    config.activation = *initviz::parseActivation(
        want.value(QStringLiteral("activation")).toString().toStdString());
    config.seed = static_cast<std::uint32_t>(want.value(QStringLiteral("seed")).toInt());
    config.learningRate = want.value(QStringLiteral("learning_rate")).toDouble();
    config.layerDims.clear();
    for (const QJsonValue& width : want.value(QStringLiteral("layer_dims")).toArray())
        config.layerDims.push_back(width.toInt());
    return config;
}

/// Every field bit for bit (the live statistics and measureNetwork run the same code on the same
/// pass).
QString compareBits(const NetworkStatistics& got, const NetworkStatistics& want)
{
    using initviz::test::sameBits;
    if (got.iteration != want.iteration || got.layers.size() != want.layers.size())
        return QStringLiteral("iteration %1 / %2 layers, want %3 / %4")
            .arg(got.iteration)
            .arg(got.layers.size())
            .arg(want.iteration)
            .arg(want.layers.size());
    for (std::size_t l = 0; l < got.layers.size(); ++l) {
        const LayerStatistics& a = got.layers[l];
        const LayerStatistics& b = want.layers[l];
        const double pairs[][2] = {{a.activationMean, b.activationMean},
                                   {a.activationStd, b.activationStd},
                                   {a.deadFraction, b.deadFraction},
                                   {a.saturatedFraction, b.saturatedFraction},
                                   {a.weightStd, b.weightStd},
                                   {a.gradientNorm, b.gradientNorm},
                                   {a.deltaStd, b.deltaStd},
                                   {a.histogramLow, b.histogramLow},
                                   {a.histogramHigh, b.histogramHigh}};
        for (std::size_t f = 0; f < std::size(pairs); ++f) {
            if (!sameBits(pairs[f][0], pairs[f][1]))
                return QStringLiteral("layer %1 field %2: %3")
                    .arg(l + 1)
                    .arg(f)
                    .arg(initviz::test::bitsMismatch(pairs[f][0], pairs[f][1]));
        }
        if (a.layer != b.layer || a.histogram != b.histogram)
            return QStringLiteral("layer %1: number or histogram differs").arg(l + 1);
    }
    if (!sameBits(got.outputSaturatedFraction, want.outputSaturatedFraction))
        return QStringLiteral("output saturated fraction differs");
    return {};
}
} // namespace

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
            empty = empty && s.statistics.layers.empty();
        };
        (void)initviz::train(config, initviz::makeDatasets({}), hooks);
        QVERIFY(empty);
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
