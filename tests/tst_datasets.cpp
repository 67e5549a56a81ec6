// SPDX-License-Identifier: GPL-3.0-or-later
// sklearn's make_circles under numpy's global generator, as the notebook's load_dataset() calls it.
// Expected points: shared/reference/notebook-outputs.md.
#include "core/dataset_kinds.h"
#include "core/datasets.h"

#include "exact.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <stdexcept>

namespace {
// Coordinates are compared within 1e-12: cos/sin may differ from numpy's in the last bit.
constexpr double kCoordinateTolerance = 1e-12;

double countOnes(const initviz::RowVector& Y)
{
    return Y.sum();
}
} // namespace

class TestDatasets : public QObject {
    Q_OBJECT

private slots:
    void notebookTrainSetStartsWithItsPoints_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("x2");
        QTest::addColumn<double>("label");
        QTest::newRow("first") << 0 << -0.07741354010048114 << 0.8526022642742743 << 1.0;
        QTest::newRow("second") << 1 << 0.43186959584803564 << -0.8721450395952107 << 0.0;
        QTest::newRow("third") << 2 << 0.07916502322979652 << 0.8406610985900007 << 1.0;
    }

    void notebookTrainSetStartsWithItsPoints()
    {
        QFETCH(int, index);
        QFETCH(double, x1);
        QFETCH(double, x2);
        QFETCH(double, label);
        const initviz::DatasetPair data = initviz::makeDatasets({});
        QVERIFY(std::abs(data.train.X(0, index) - x1) <= kCoordinateTolerance);
        QVERIFY(std::abs(data.train.X(1, index) - x2) <= kCoordinateTolerance);
        QCOMPARE(data.train.Y(index), label);
    }

    void notebookTestSetStartsWithItsPoint()
    {
        const initviz::DatasetPair data = initviz::makeDatasets({});
        QVERIFY(std::abs(data.test.X(0, 0) - -0.5242373850862545) <= kCoordinateTolerance);
        QVERIFY(std::abs(data.test.X(1, 0) - -0.6091036148461817) <= kCoordinateTolerance);
        QCOMPARE(data.test.Y(0), 1.0);
    }

    void notebookSetsAreBalancedAndShaped()
    {
        const initviz::DatasetPair data = initviz::makeDatasets({});
        QCOMPARE(data.train.X.rows(), Eigen::Index(2));
        QCOMPARE(data.train.size(), Eigen::Index(300));
        QCOMPARE(data.test.size(), Eigen::Index(100));
        QCOMPARE(countOnes(data.train.Y), 150.0);
        QCOMPARE(countOnes(data.test.Y), 50.0);
    }

    void oddCountsPutTheExtraPointInside_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("inner");
        QTest::newRow("3 points") << 3 << 2.0;
        QTest::newRow("7 points") << 7 << 4.0;
        QTest::newRow("301 points") << 301 << 151.0;
        QTest::newRow("2 points") << 2 << 1.0;
    }

    void oddCountsPutTheExtraPointInside()
    {
        QFETCH(int, samples);
        QFETCH(double, inner);
        initviz::NumpyRandom rng(1);
        const initviz::Dataset data = initviz::makeCircles(samples, 0.0, 0.8, rng);
        QCOMPARE(data.size(), Eigen::Index(samples));
        QCOMPARE(countOnes(data.Y), inner);
        // Without noise, the points lie exactly on their circle: radius 1 outside, 0.8 inside.
        for (Eigen::Index k = 0; k < data.size(); ++k) {
            const double radius = data.X.col(k).norm();
            QVERIFY(std::abs(radius - (data.Y(k) == 1.0 ? 0.8 : 1.0)) < 1e-12);
        }
    }

    void rejectsTooFewSamplesBadNoiseAndBadFactor_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("noise");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("one sample") << 1 << 0.05 << 0.8 << "at least 2";
        QTest::newRow("negative noise") << 300 << -0.1 << 0.8 << "noise";
        QTest::newRow("nan noise") << 300 << std::nan("") << 0.8 << "noise";
        QTest::newRow("factor one") << 300 << 0.05 << 1.0 << "factor";
        QTest::newRow("negative factor") << 300 << 0.05 << -0.5 << "factor";
    }

    void rejectsTooFewSamplesBadNoiseAndBadFactor()
    {
        QFETCH(int, samples);
        QFETCH(double, noise);
        QFETCH(double, factor);
        QFETCH(QString, messagePart);
        initviz::DatasetOptions options;
        options.trainSamples = samples;
        options.noise = noise;
        options.factor = factor;
        try {
            (void)initviz::makeDatasets(options);
            QFAIL("bad data set options were accepted");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(messagePart), error.what());
        }
    }

    // Issue 10: each kind validates the parameters it uses, and only those.
    void eachKindValidatesItsOwnParameters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("noise");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("spread");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        QTest::newRow("blobs spread 0") << "blobs" << 0.05 << 0.8 << 0.0 << "spread";
        QTest::newRow("blobs spread inf") << "blobs" << 0.05 << 0.8 << qInf() << "spread";
        QTest::newRow("blobs ignores noise") << "blobs" << -1.0 << 2.0 << 0.5 << "";
        QTest::newRow("moons noise nan") << "moons" << std::nan("") << 0.8 << 0.5 << "noise";
        QTest::newRow("moons ignores factor") << "moons" << 0.1 << 5.0 << -1.0 << "";
        QTest::newRow("xor noise -1") << "xor" << -1.0 << 0.8 << 0.5 << "noise";
        QTest::newRow("spiral noise -1") << "spiral" << -1.0 << 0.8 << 0.5 << "noise";
        QTest::newRow("circles factor 1") << "circles" << 0.05 << 1.0 << 0.5 << "factor";
        QTest::newRow("circles ignores spread") << "circles" << 0.05 << 0.8 << -1.0 << "";
    }

    void eachKindValidatesItsOwnParameters()
    {
        QFETCH(QString, kind);
        QFETCH(double, noise);
        QFETCH(double, factor);
        QFETCH(double, spread);
        QFETCH(QString, messagePart);
        const std::optional<initviz::DatasetKind> parsed
            = initviz::parseDatasetKind(kind.toStdString());
        QVERIFY(parsed);
        initviz::DatasetOptions options = initviz::defaultDatasetOptions(*parsed);
        options.noise = noise;
        options.factor = factor;
        options.spread = spread;
        try {
            const initviz::DatasetPair data = initviz::makeDatasets(options);
            QVERIFY2(messagePart.isEmpty(), "bad options were accepted");
            QCOMPARE(data.train.size(), Eigen::Index(300));
        } catch (const std::invalid_argument& error) {
            QVERIFY2(!messagePart.isEmpty(), error.what());
            QVERIFY2(QString::fromUtf8(error.what()).contains(messagePart), error.what());
        }
    }

    void everyKindHasAUniqueNameAndItsOwnDefaults()
    {
        QSet<QString> names;
        for (const initviz::DatasetKindInfo& info : initviz::datasetKinds()) {
            const QString name = QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
            QVERIFY(!names.contains(name));
            names.insert(name);
            QCOMPARE(initviz::parseDatasetKind(info.name), std::optional{info.kind});
            QCOMPARE(&initviz::datasetKindInfo(info.kind), &info);
            QVERIFY(!info.title.empty() && !info.help.empty() && info.generate);
            QVERIFY(initviz::datasetKindNames().find(info.name) != std::string_view::npos);
        }
        QVERIFY(!initviz::parseDatasetKind("squares"));
        // The notebook's circles stay the default, unchanged.
        const initviz::DatasetOptions notebook;
        QCOMPARE(notebook.kind, initviz::DatasetKind::Circles);
        QCOMPARE_BITS(notebook.noise, 0.05);
        QCOMPARE_BITS(notebook.factor, 0.8);
    }

    // One view rule for the panels, the figures and the benchmark: the notebook's circles keep
    // [-1.5, 1.5]^2; data reaching farther gets a wider square (4% margin, a whole tick step).
    void viewFitsTheData_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("halfWidth");
        QTest::newRow("circles") << "circles" << 1.5;
        QTest::newRow("xor") << "xor" << 1.5;
        QTest::newRow("spiral") << "spiral" << 1.5;
        // The farthest coordinates, from golden/dataset_<kind>.json: moons 2.136 * 1.04 = 2.22,
        // tick step 1 (about a third of it, rounded to 1, 2, 2.5 or 5 x 10^k), so 3; blobs
        // 3.054 * 1.04 = 3.18, step 2, so 4.
        QTest::newRow("moons") << "moons" << 3.0;
        QTest::newRow("blobs") << "blobs" << 4.0;
    }

    void viewFitsTheData()
    {
        QFETCH(QString, kind);
        QFETCH(double, halfWidth);
        const initviz::DatasetPair data = initviz::makeDatasets(
            initviz::defaultDatasetOptions(*initviz::parseDatasetKind(kind.toStdString())));
        const double view = initviz::viewHalfWidth(data);
        QCOMPARE_BITS(view, halfWidth);
        for (const initviz::Dataset* set : {&data.train, &data.test})
            QVERIFY(set->X.cwiseAbs().maxCoeff() <= view);
    }
};

QTEST_APPLESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
