// SPDX-License-Identifier: GPL-3.0-or-later
// The decision grid: the notebook's plot_decision_boundary grid, and the same predictions as
// predict() point by point, however the grid is split into blocks and threads.
#include "core/decision_grid.h"
#include "core/trainer.h"
#include "slowdown.h"

#include <QTest>

#include <chrono>
#include <cstring>
#include <stdexcept>
#include <stop_token>
#include <thread>

using initviz::InitScheme;

namespace {
// Issue 15: Stop takes effect within a second on every network the program accepts (within
// four under the sanitizers, which run the product several times slower: 2.2 s under TSan on an
// AVX2 machine).
constexpr double kStopBoundSeconds = 1.0 * initviz::test::kSlowdown;
constexpr int kStopAfterMs = 100;
constexpr int kSmallGridSide = 6;

initviz::TrainingResult trainedHe()
{
    initviz::TrainingConfig config;
    config.iterations = 2000;
    return initviz::train(config, initviz::makeDatasets({}));
}
} // namespace

class TestDecisionGrid : public QObject {
    Q_OBJECT

private slots:
    void notebookGridHasNumpysShape()
    {
        // np.arange(min - 1, max + 1, 0.01) for each coordinate of the notebook's train set:
        // 175,130 points, as the numpy reference counts them.
        const initviz::DatasetPair data = initviz::makeDatasets({});
        const initviz::GridSpec spec = initviz::notebookGrid(data.train.X);
        QCOMPARE(qint64(spec.columns) * spec.rows, qint64(175130));
        QCOMPARE(spec.xMin, data.train.X.row(0).minCoeff() - 1.0);
        QCOMPARE(spec.yMin, data.train.X.row(1).minCoeff() - 1.0);
        QCOMPARE(spec.xStep, 0.01);
    }

    void gridAgreesWithPointPredictions_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::newRow("live 200 x 200 (one thread)") << 200 << 200;
        QTest::newRow("odd 7 x 3") << 7 << 3;
        QTest::newRow("large 401 x 399 (threaded)") << 401 << 399;
    }

    void gridAgreesWithPointPredictions()
    {
        QFETCH(int, columns);
        QFETCH(int, rows);
        const initviz::TrainingResult he = trainedHe();
        const initviz::GridSpec spec = initviz::displayGrid(-1.5, 1.5, -1.2, 1.4, columns, rows);
        const initviz::DecisionGrid grid = initviz::evaluateGrid(he.finalParameters, spec);
        QCOMPARE(grid.probability.size(), std::size_t(columns) * std::size_t(rows));
        // Every grid point, predicted on its own, gives the same probability.
        initviz::Matrix points(2, Eigen::Index(columns) * rows);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                points(0, Eigen::Index(r) * columns + c) = spec.xMin + c * spec.xStep;
                points(1, Eigen::Index(r) * columns + c) = spec.yMin + r * spec.yStep;
            }
        }
        const initviz::RowVector expected
            = initviz::predictProbabilities(he.finalParameters, points);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                QCOMPARE(grid.at(r, c), expected(Eigen::Index(r) * columns + c));
        }
        // The display grid spans its bounds inclusively.
        QCOMPARE(spec.xMin + (columns - 1) * spec.xStep, 1.5);
    }

    // Issue 15: a large network's grid is evaluated in small blocks (and its products in
    // slices); every point still gets exactly the probability it gets predicted on its own.
    void largeNetworkGridIsExact()
    {
        const initviz::Parameters parameters
            = initviz::initializeParameters(std::vector<int>{2, 1000, 1000, 1}, InitScheme::He, 3);
        const initviz::GridSpec spec
            = initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, kSmallGridSide, kSmallGridSide);
        const initviz::DecisionGrid grid = initviz::evaluateGrid(parameters, spec);
        QVERIFY(grid.complete);
        // All points in one batch: the same SIMD lanes as the grid's blocks of 32.
        initviz::Matrix points(2, Eigen::Index(spec.columns) * spec.rows);
        for (int r = 0; r < spec.rows; ++r) {
            for (int c = 0; c < spec.columns; ++c) {
                points(0, Eigen::Index(r) * spec.columns + c) = spec.xMin + c * spec.xStep;
                points(1, Eigen::Index(r) * spec.columns + c) = spec.yMin + r * spec.yStep;
            }
        }
        const initviz::RowVector alone = initviz::predictProbabilities(parameters, points);
        for (int r = 0; r < spec.rows; ++r) {
            for (int c = 0; c < spec.columns; ++c) {
                const double expected = alone(Eigen::Index(r) * spec.columns + c);
                const double inGrid = grid.at(r, c);
                QVERIFY(std::memcmp(&expected, &inGrid, sizeof expected) == 0);
            }
        }
    }

    // Issue 15: Stop ends a grid evaluation within the bound, however large the network: the
    // grid is then marked incomplete and holds nothing.
    void stopEndsAnEvaluationEarly()
    {
        const initviz::Parameters parameters
            = initviz::initializeParameters(std::vector<int>{2, 3000, 3000, 1}, InitScheme::He, 3);
        std::stop_source stopped;
        stopped.request_stop();
        const initviz::GridSpec small = initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 4, 4);
        const initviz::DecisionGrid none
            = initviz::evaluateGrid(parameters, small, stopped.get_token());
        QVERIFY(!none.complete);
        QVERIFY(none.probability.empty());

        // 160,000 points x 9 million multiply-adds: many minutes, split over threads.
        const initviz::GridSpec large = initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 400, 400);
        std::stop_source stop;
        std::chrono::steady_clock::time_point requested;
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(kStopAfterMs));
            requested = std::chrono::steady_clock::now();
            stop.request_stop();
        });
        const initviz::DecisionGrid grid
            = initviz::evaluateGrid(parameters, large, stop.get_token());
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - requested).count();
        stopper.join();
        qInfo("grid stopped %.3f s after the request", seconds);
        QVERIFY(!grid.complete);
        QVERIFY(seconds <= kStopBoundSeconds);
    }

    void trainedHeSeparatesTheCircles()
    {
        // What a student sees: blue (inner circle) at the centre, red outside.
        const initviz::TrainingResult he = initviz::train({}, initviz::makeDatasets({}));
        const initviz::DecisionGrid grid = initviz::evaluateGrid(
            he.finalParameters, initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 3, 3));
        QVERIFY(grid.at(1, 1) > 0.5); // (0, 0)
        QVERIFY(grid.at(0, 0) < 0.5); // (-1.5, -1.5)
        QVERIFY(grid.at(2, 2) < 0.5); // (1.5, 1.5)
    }

    void rejectsUnusableGrids()
    {
        const initviz::TrainingResult he = trainedHe();
        initviz::GridSpec empty;
        empty.columns = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)initviz::evaluateGrid(he.finalParameters, empty));
        initviz::GridSpec huge;
        huge.columns = 100000;
        huge.rows = 100000;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)initviz::evaluateGrid(he.finalParameters, huge));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)initviz::displayGrid(1, 0, 0, 1, 10, 10));
        const initviz::Parameters threeInputs
            = initviz::initializeParameters(std::vector<int>{3, 1}, initviz::InitScheme::He, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)initviz::evaluateGrid(threeInputs, initviz::GridSpec{}));
    }
};

QTEST_APPLESS_MAIN(TestDecisionGrid)
#include "tst_decision_grid.moc"
