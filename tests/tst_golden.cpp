// SPDX-License-Identifier: GPL-3.0-or-later
// Every scheme against the numpy reference's output (tests/reference/golden, made by
// tests/reference/generate_golden.sh): the notebook's three and the five InitViz adds.
#include "core/datasets.h"
#include "core/text.h"
#include "core/trainer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {
constexpr double kCostTolerance = 1e-9; // relative
constexpr double kRandomCostTolerance = 0.03; // relative: saturated sigmoids amplify last bits
constexpr double kCoordinateTolerance = 1e-12;

QJsonDocument golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

double costValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString() == QLatin1String("inf") ? std::numeric_limits<double>::infinity()
                                                        : std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}
} // namespace

class TestGolden : public QObject {
    Q_OBJECT

private slots:
    void everySchemeMatchesNumpy_data()
    {
        QTest::addColumn<QString>("scheme");
        for (const initviz::InitSchemeInfo& info : initviz::initSchemes())
            QTest::newRow(info.name.data())
                << QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
    }

    void everySchemeMatchesNumpy()
    {
        QFETCH(QString, scheme);
        const QJsonObject expected = golden(scheme + QStringLiteral(".json")).object();
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        initviz::TrainingConfig config;
        config.init = *initviz::parseInitScheme(scheme.toStdString());
        const initviz::TrainingResult result = initviz::train(config, initviz::makeDatasets({}));

        const QJsonArray costs = expected.value(QStringLiteral("costs")).toArray();
        QCOMPARE(qsizetype(result.costs.size()), costs.size());
        const bool saturated = config.init == initviz::InitScheme::Random;
        for (qsizetype i = 0; i < costs.size(); ++i) {
            const QJsonObject point = costs.at(i).toObject();
            const double want = costValue(point.value(QStringLiteral("cost")));
            const double got = result.costs[std::size_t(i)].cost;
            QCOMPARE(result.costs[std::size_t(i)].iteration,
                     point.value(QStringLiteral("iteration")).toInt());
            if (std::isinf(want)) {
                QCOMPARE(got, want);
                continue;
            }
            const double tolerance = saturated ? kRandomCostTolerance : kCostTolerance;
            QVERIFY2(std::abs(got - want) <= tolerance * std::abs(want),
                     qPrintable(QStringLiteral("iteration %1: %2 vs numpy %3")
                                    .arg(point.value(QStringLiteral("iteration")).toInt())
                                    .arg(QString::fromStdString(initviz::formatPython(got)))
                                    .arg(QString::fromStdString(initviz::formatPython(want)))));
        }
        QCOMPARE(result.trainAccuracy, expected.value(QStringLiteral("train_accuracy")).toDouble());
        QCOMPARE(result.testAccuracy, expected.value(QStringLiteral("test_accuracy")).toDouble());
        QCOMPARE(QString::fromStdString(initviz::formatPredictions(result.trainPredictions)),
                 expected.value(QStringLiteral("train_predictions")).toString());
        QCOMPARE(QString::fromStdString(initviz::formatPredictions(result.testPredictions)),
                 expected.value(QStringLiteral("test_predictions")).toString());
    }

    void initialWeightsMatchNumpyBitForBit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QList<int>>("layers");
        for (const initviz::InitSchemeInfo& info : initviz::initSchemes()) {
            const QString name = QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
            QTest::addRow("%s [2,4,1]", info.name.data())
                << QStringLiteral("init_%1_2_4_1.json").arg(name) << name << QList<int>{2, 4, 1};
        }
        QTest::newRow("notebook's random [3,2,1]") << "init_random_3_2_1.json"
                                                   << "random" << QList<int>{3, 2, 1};
        QTest::newRow("notebook's he [3,1,2]") << "init_he_3_1_2.json"
                                               << "he" << QList<int>{3, 1, 2};
    }

    void initialWeightsMatchNumpyBitForBit()
    {
        QFETCH(QString, file);
        QFETCH(QString, scheme);
        QFETCH(QList<int>, layers);
        const QJsonObject expected = golden(file).object();
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        const std::vector<int> dims(layers.begin(), layers.end());
        const initviz::Parameters p = initviz::initializeParameters(
            dims, *initviz::parseInitScheme(scheme.toStdString()), 3);
        const QJsonArray W = expected.value(QStringLiteral("W")).toArray();
        QCOMPARE(qsizetype(p.W.size()), W.size());
        for (qsizetype l = 0; l < W.size(); ++l) {
            const QJsonArray rows = W.at(l).toArray();
            QCOMPARE(qsizetype(p.W[std::size_t(l)].rows()), rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QJsonArray row = rows.at(r).toArray();
                for (qsizetype c = 0; c < row.size(); ++c)
                    QCOMPARE(p.W[std::size_t(l)](r, c), row.at(c).toDouble()); // exact
            }
        }
    }

    void everyPointMatchesSklearn()
    {
        const QJsonObject expected = golden(QStringLiteral("dataset.json")).object();
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        const initviz::DatasetPair data = initviz::makeDatasets({});
        for (const auto& [key, set] : {std::pair{QStringLiteral("train"), &data.train},
                                       std::pair{QStringLiteral("test"), &data.test}}) {
            const QJsonArray points = expected.value(key).toArray();
            QCOMPARE(points.size(), qsizetype(set->size()));
            for (qsizetype i = 0; i < points.size(); ++i) {
                const QJsonArray point = points.at(i).toArray();
                QVERIFY(std::abs(set->X(0, i) - point.at(0).toDouble()) <= kCoordinateTolerance);
                QVERIFY(std::abs(set->X(1, i) - point.at(1).toDouble()) <= kCoordinateTolerance);
                QCOMPARE(set->Y(i), point.at(2).toDouble());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
