// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: `initviz inspect`, run as a user runs it. Its JSON has exactly the keys, equals
// measureNetwork bit for bit (the numbers print as shortest repr, so they parse back exactly), and
// the numpy reference (tests/reference/golden/stats_*.json) within the tolerances; bad
// input exits 2 with a message.
#include "cli_process.h"
#include "core/datasets.h"
#include "core/layer_stats.h"
#include "core/trainer.h"
#include "exact.h"
#include "layer_stats_golden.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace initviz::test;

namespace {
constexpr int kExitUsage = 2;

using Outcome = initviz::test::CliOutcome;
using initviz::test::runInitviz;

/// The printed statistics; `keys` gets the first difference from the key list.
NetworkStatistics parsed(const QJsonObject& object, QString& keys)
{
    const QStringList top{QStringLiteral("diagnosis"), QStringLiteral("iteration"),
                          QStringLiteral("layers"), QStringLiteral("output_saturated_fraction")};
    const QStringList perLayer{
        QStringLiteral("activation_mean"),    QStringLiteral("activation_std"),
        QStringLiteral("dead_fraction"),      QStringLiteral("delta_std"),
        QStringLiteral("gradient_norm"),      QStringLiteral("layer"),
        QStringLiteral("saturated_fraction"), QStringLiteral("weight_std")};
    if (object.keys() != top) // QJsonObject::keys() is sorted
        keys = QStringLiteral("top-level keys ") + object.keys().join(QLatin1Char(','));
    NetworkStatistics statistics;
    statistics.iteration = object.value(QStringLiteral("iteration")).toInt(-1);
    statistics.outputSaturatedFraction
        = object.value(QStringLiteral("output_saturated_fraction")).toDouble(-1.0);
    for (const QJsonValue& value : object.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject layer = value.toObject();
        if (layer.keys() != perLayer && keys.isEmpty())
            keys = QStringLiteral("layer keys ") + layer.keys().join(QLatin1Char(','));
        const auto number
            = [&](const char* key) { return layer.value(QLatin1String(key)).toDouble(-1.0); };
        LayerStatistics l;
        l.layer = layer.value(QStringLiteral("layer")).toInt(-1);
        l.activationMean = number("activation_mean");
        l.activationStd = number("activation_std");
        l.deadFraction = number("dead_fraction");
        l.saturatedFraction = number("saturated_fraction");
        l.weightStd = number("weight_std");
        l.gradientNorm = number("gradient_norm");
        l.deltaStd = number("delta_std");
        statistics.layers.push_back(l);
    }
    return statistics;
}
} // namespace

class TestCliInspect : public QObject {
    Q_OBJECT

private slots:
    void jsonMatchesMeasureNetworkAndNumpy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("He") << QStringLiteral("stats_he_relu_0.json") << QStringList{};
        QTest::newRow("zeros") << QStringLiteral("stats_zeros_relu_0.json")
                               << QStringList{QStringLiteral("--init"), QStringLiteral("zeros")};
        QTest::newRow("large random")
            << QStringLiteral("stats_random_relu_0.json")
            << QStringList{QStringLiteral("--init"), QStringLiteral("random")};
        QTest::newRow("deep Xavier tanh")
            << QStringLiteral("stats_deep_xavier_tanh_0.json")
            << QStringList{QStringLiteral("--init"),       QStringLiteral("xavier"),
                           QStringLiteral("--activation"), QStringLiteral("tanh"),
                           QStringLiteral("--layers"),     QStringLiteral("2,20,20,20,20,20,1")};
        QTest::newRow("He after 1000 iterations")
            << QStringLiteral("stats_he_relu_1000.json")
            << QStringList{QStringLiteral("--iteration"), QStringLiteral("1000")};
    }

    void jsonMatchesMeasureNetworkAndNumpy()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        const QJsonObject want = golden(file);
        QVERIFY2(!want.isEmpty(), "golden file missing");
        const Outcome outcome = runInitviz(
            QStringList{QStringLiteral("inspect"), QStringLiteral("--json")} + arguments);
        QVERIFY2(outcome.finished && outcome.exitCode == 0, qPrintable(outcome.err));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QString keys;
        const NetworkStatistics printed = parsed(document.object(), keys);
        QVERIFY2(keys.isEmpty(), qPrintable(keys));

        // measureNetwork, in this process, of the weights after the same number of updates
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
        const NetworkStatistics measured = initviz::measureNetwork(
            parameters, config.activation, data.train.X, data.train.Y, iterations);
        NetworkStatistics withoutHistograms = measured;
        for (LayerStatistics& layer : withoutHistograms.layers) {
            layer.histogramLow = 0.0;
            layer.histogramHigh = 0.0;
        }
        const QString bits = compareBits(printed, withoutHistograms, false);
        QVERIFY2(bits.isEmpty(), qPrintable(bits));
        const QString numpy = compareWithGolden(
            printed, want, iterations == 0 ? kAtInitialization : kAfterTraining, false);
        QVERIFY2(numpy.isEmpty(), qPrintable(numpy));
    }

    void textIsATable()
    {
        const Outcome outcome = runInitviz({QStringLiteral("inspect")});
        QVERIFY2(outcome.finished && outcome.exitCode == 0, qPrintable(outcome.err));
        const QString text = QString::fromUtf8(outcome.out);
        QVERIFY2(text.startsWith(QStringLiteral("Layers of He, ReLU, layers 2,10,5,1, seed 3 at "
                                                "initialization (train set, 300 points)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 (output)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("49.8%")), qPrintable(text)); // layer 1's dead ReLUs
    }

    void badInputExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative iteration")
            << QStringList{QStringLiteral("--iteration"), QStringLiteral("-1")}
            << QStringLiteral("--iteration must be at least 0");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--iteration"), QStringLiteral("ten")}
            << QStringLiteral("--iteration");
        QTest::newRow("--iterations")
            << QStringList{QStringLiteral("--iterations"), QStringLiteral("5")}
            << QStringLiteral("use --iteration N");
        QTest::newRow("--inits") << QStringList{QStringLiteral("--inits"), QStringLiteral("he")}
                                 << QStringLiteral("use --init to choose one");
        QTest::newRow("bad layers")
            << QStringList{QStringLiteral("--layers"), QStringLiteral("3,1")}
            << QStringLiteral("the first layer must be 2");
    }

    void badInputExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = runInitviz(QStringList{QStringLiteral("inspect")} + arguments);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.exitCode, kExitUsage);
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.startsWith(QStringLiteral("initviz: "))
                     && outcome.err.contains(message),
                 qPrintable(outcome.err));
    }
};

QTEST_APPLESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
