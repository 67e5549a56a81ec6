// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden activations (issue 10): every table entry against the numpy reference's golden run
// (tests/reference/golden/activation_<name>.json; a missing file fails), the deep
// He/Xavier x ReLU/tanh grid, backward against finite differences for every activation and
// several depths, and the kernels against plain Eigen.
#include "core/activations.h"
#include "core/dataset_kinds.h"
#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/text.h"
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
#include <set>
#include <string>
#include <vector>

using initviz::Activation;
using initviz::Matrix;
using initviz::RowVector;

namespace {
constexpr double kCostTolerance = 1e-9; // relative, as tst_golden
constexpr double kChaoticAccuracySpread = 0.05;
constexpr double kFiniteDifferenceStep = 1e-6;
constexpr double kGradientTolerance = 1e-6;
// The vector tanh and sigmoid are within a few ulps of the C library's, sums run in another order.
constexpr double kKernelTolerance = 1e-12;
// The vector tanh against std::tanh, in units in the last place of the result.
constexpr double kTanhUlps = 3.0;
#ifdef INITVIZ_SANITIZED
constexpr int kSanitizedIterations = 100; // see checkAgainstGolden
#endif

double ulp(double x)
{
    return std::nextafter(std::abs(x), std::numeric_limits<double>::infinity()) - std::abs(x);
}

QJsonObject golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString qName(std::string_view name)
{
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

// How much of a golden run a C++ run can reproduce. Deep nets are chaotic: the numpy reference
// itself, with W1 scaled by (1 + 1e-15), moves its cost at iteration 2000 of He + tanh on
// 2,20x10,1 from 0.0875 to 0.0518, and Xavier + tanh's train accuracy from 0.99 to 0.9933 (both
// checked by hand with tests/reference/notebook_reference.py); the C++ kernels sum in another
// order, an ulp apart each step (and 1e-15 more on every tanh moved Xavier + tanh's train
// accuracy to 0.967). So such runs are held to numpy's checkpoints only while the trajectory is
// insensitive, and to its accuracies within kChaoticAccuracySpread: "tanh trains", not its digits.
struct Reproducible {
    int costsUpTo = std::numeric_limits<int>::max(); ///< checkpoints held to kCostTolerance
    bool exactAccuracies = true; ///< else within kChaoticAccuracySpread
};

// Trains what the golden file describes and compares: costs within kCostTolerance, accuracies and
// predictions exactly (or as `reproducible` allows).
void checkAgainstGolden(const QJsonObject& expected, Reproducible reproducible = {},
                        initviz::DatasetKind kind = initviz::DatasetKind::Circles)
{
    QVERIFY2(!expected.isEmpty(), "golden file missing");
    initviz::TrainingConfig config;
    config.init = *initviz::parseInitScheme(
        expected.value(QStringLiteral("init")).toString().toStdString());
    config.activation = *initviz::parseActivation(
        expected.value(QStringLiteral("activation")).toString().toStdString());
    config.iterations = expected.value(QStringLiteral("iterations")).toInt();
    config.seed = static_cast<std::uint32_t>(expected.value(QStringLiteral("seed")).toInt());
    config.learningRate = expected.value(QStringLiteral("learning_rate")).toDouble();
    config.layerDims.clear();
    for (const QJsonValue& width : expected.value(QStringLiteral("layers")).toArray())
        config.layerDims.push_back(width.toInt());
    QJsonArray costs = expected.value(QStringLiteral("costs")).toArray();
    QVERIFY(costs.size() >= 2);
    config.costEvery = costs.at(1).toObject().value(QStringLiteral("iteration")).toInt();
#ifdef INITVIZ_SANITIZED
    // Under the sanitizers (which look for memory errors and undefined behaviour, not for other
    // numbers) the run stops after 100 iterations, and its first cost is compared: every kernel
    // of the run has then run a hundred times. The whole runs, accuracies and predictions
    // included, are compared in the ci build. (The full runs took 590 s of CI's ASan stage.)
    config.iterations = std::min(config.iterations, kSanitizedIterations);
    costs = QJsonArray{costs.at(0)};
#endif

    const initviz::TrainingResult result
        = initviz::train(config, initviz::makeDatasets(initviz::defaultDatasetOptions(kind)));
    QCOMPARE(qsizetype(result.costs.size()), costs.size());
    for (qsizetype i = 0; i < costs.size(); ++i) {
        const QJsonObject point = costs.at(i).toObject();
        if (point.value(QStringLiteral("iteration")).toInt() > reproducible.costsUpTo)
            break;
        const double want = point.value(QStringLiteral("cost")).toDouble();
        const double got = result.costs[std::size_t(i)].cost;
        QCOMPARE(result.costs[std::size_t(i)].iteration,
                 point.value(QStringLiteral("iteration")).toInt());
        QVERIFY2(std::abs(got - want) <= kCostTolerance * std::abs(want),
                 qPrintable(QStringLiteral("iteration %1: %2 vs numpy %3")
                                .arg(point.value(QStringLiteral("iteration")).toInt())
                                .arg(QString::fromStdString(initviz::formatPython(got)))
                                .arg(QString::fromStdString(initviz::formatPython(want)))));
    }
#ifdef INITVIZ_SANITIZED
    return; // the accuracies are the whole run's
#endif
    const double trainAccuracy = expected.value(QStringLiteral("train_accuracy")).toDouble();
    const double testAccuracy = expected.value(QStringLiteral("test_accuracy")).toDouble();
    if (!reproducible.exactAccuracies) {
        QVERIFY2(std::abs(result.trainAccuracy - trainAccuracy) <= kChaoticAccuracySpread,
                 qPrintable(QStringLiteral("train %1 vs numpy %2")
                                .arg(result.trainAccuracy)
                                .arg(trainAccuracy)));
        QVERIFY2(
            std::abs(result.testAccuracy - testAccuracy) <= kChaoticAccuracySpread,
            qPrintable(
                QStringLiteral("test %1 vs numpy %2").arg(result.testAccuracy).arg(testAccuracy)));
        return;
    }
    QCOMPARE_BITS(result.trainAccuracy, trainAccuracy);
    QCOMPARE_BITS(result.testAccuracy, testAccuracy);
    QCOMPARE(QString::fromStdString(initviz::formatPredictions(result.trainPredictions)),
             expected.value(QStringLiteral("train_predictions")).toString());
    QCOMPARE(QString::fromStdString(initviz::formatPredictions(result.testPredictions)),
             expected.value(QStringLiteral("test_predictions")).toString());
}

// g(Z) and g'(A) written plainly, as the numpy reference does.
Matrix activate(Activation activation, const Matrix& Z)
{
    switch (activation) {
    case Activation::Relu:
        return Z.cwiseMax(0.0);
    case Activation::Tanh:
        return Z.array().tanh().matrix();
    case Activation::Sigmoid:
        return (1.0 / (1.0 + (-Z.array()).exp())).matrix();
    case Activation::LeakyRelu:
        return Z.unaryExpr([](double z) { return z > 0.0 ? z : initviz::kLeakyReluSlope * z; });
    }
    return {};
}

Matrix derivative(Activation activation, const Matrix& A)
{
    switch (activation) {
    case Activation::Relu:
        return (A.array() > 0.0).cast<double>().matrix();
    case Activation::Tanh:
        return (1.0 - A.array().square()).matrix();
    case Activation::Sigmoid:
        return (A.array() * (1.0 - A.array())).matrix();
    case Activation::LeakyRelu:
        return A.unaryExpr([](double a) { return a > 0.0 ? 1.0 : initviz::kLeakyReluSlope; });
    }
    return {};
}

struct PlainPass {
    RowVector A;
    initviz::Gradients gradients;
};

PlainPass plainForwardBackward(const initviz::Parameters& p, Activation g,
                               const initviz::Dataset& data)
{
    const std::size_t L = p.layerCount();
    std::vector<Matrix> A{data.X};
    for (std::size_t l = 0; l < L; ++l) {
        Matrix Z = p.W[l] * A.back();
        Z.colwise() += p.b[l];
        if (l + 1 < L)
            A.push_back(activate(g, Z));
        else
            A.push_back((1.0 / (1.0 + (-Z.array()).exp())).matrix());
    }
    PlainPass pass;
    pass.A = A.back();
    pass.gradients.dW.resize(L);
    pass.gradients.db.resize(L);
    Matrix dZ = (A.back() - data.Y) / static_cast<double>(data.size());
    for (std::size_t l = L; l-- > 0;) {
        pass.gradients.dW[l] = dZ * A[l].transpose();
        pass.gradients.db[l] = dZ.rowwise().sum();
        if (l > 0)
            dZ = ((p.W[l].transpose() * dZ).array() * derivative(g, A[l]).array()).matrix();
    }
    return pass;
}

double relativeDifference(const Matrix& a, const Matrix& b)
{
    const double scale = std::max(1e-300, b.cwiseAbs().maxCoeff());
    return (a - b).cwiseAbs().maxCoeff() / scale;
}

double costOf(const initviz::Parameters& parameters, Activation g, const initviz::Dataset& data)
{
    initviz::Network network(parameters, g);
    return initviz::notebookCost(network.forward(data.X), data.Y);
}

void addActivationColumn()
{
    QTest::addColumn<int>("activation");
}
} // namespace

class TestActivations : public QObject {
    Q_OBJECT

private slots:
    void tableEntriesAreComplete()
    {
        std::set<std::string_view> names;
        for (const initviz::ActivationInfo& info : initviz::activations()) {
            QVERIFY(names.insert(info.name).second);
            QVERIFY(!info.title.empty() && !info.formula.empty() && !info.help.empty());
            QVERIFY(info.meantFor == initviz::InitScheme::He
                    || info.meantFor == initviz::InitScheme::Xavier);
            QCOMPARE(int(initviz::activationInfo(info.activation).activation),
                     int(info.activation));
            QCOMPARE(initviz::parseActivation(info.name), std::optional(info.activation));
        }
        QCOMPARE(initviz::activations().front().activation, Activation::Relu); // the default
        QCOMPARE(initviz::parseActivation("TanH"), std::optional(Activation::Tanh));
        QCOMPARE(initviz::parseActivation("Leaky-ReLU"), std::optional(Activation::LeakyRelu));
        QVERIFY(!initviz::parseActivation("softplus").has_value());
        QVERIFY(!initviz::parseActivation("").has_value());
    }

    // One row per table entry: an activation without activation_<name>.json fails here.
    void everyActivationMatchesNumpy_data()
    {
        QTest::addColumn<QString>("name");
        for (const initviz::ActivationInfo& info : initviz::activations())
            QTest::newRow(info.name.data()) << qName(info.name);
    }

    void everyActivationMatchesNumpy()
    {
        QFETCH(QString, name);
        checkAgainstGolden(golden(QStringLiteral("activation_") + name + QStringLiteral(".json")));
    }

    // Issue 10's "Done when": 2,20x10,1, lr 0.01, 5000 iterations on the circles. Xavier + ReLU
    // stalls at 0.69 (65%), so it stays reproducible throughout; He + ReLU reaches 100% train
    // accuracy and 94% test, which hold exactly; the others are chaotic past iteration 1000.
    void deepHeXavierReluTanhMatchNumpy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("costsUpTo");
        QTest::addColumn<bool>("exactAccuracies");
        QTest::newRow("He, ReLU") << "deep_he_relu.json" << 1000 << true;
        QTest::newRow("He, tanh") << "deep_he_tanh.json" << 1000 << false;
        QTest::newRow("Xavier, ReLU") << "deep_xavier_relu.json" << 5000 << true;
        QTest::newRow("Xavier, tanh") << "deep_xavier_tanh.json" << 1000 << false;
    }

    void deepHeXavierReluTanhMatchNumpy()
    {
        QFETCH(QString, file);
        QFETCH(int, costsUpTo);
        QFETCH(bool, exactAccuracies);
        checkAgainstGolden(golden(file), {costsUpTo, exactAccuracies});
    }

    // The same 2x2 on the moons at their default noise (0.1): no run is chaotic there, so every
    // checkpoint holds to kCostTolerance and every accuracy and prediction exactly.
    void deepMoonsMatchNumpy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("He, ReLU") << "deep_moons_he_relu.json";
        QTest::newRow("He, tanh") << "deep_moons_he_tanh.json";
        QTest::newRow("Xavier, ReLU") << "deep_moons_xavier_relu.json";
        QTest::newRow("Xavier, tanh") << "deep_moons_xavier_tanh.json";
    }

    void deepMoonsMatchNumpy()
    {
        QFETCH(QString, file);
        checkAgainstGolden(golden(file), {}, initviz::DatasetKind::Moons);
    }

    void backwardMatchesFiniteDifferences_data()
    {
        addActivationColumn();
        QTest::addColumn<QList<int>>("dims");
        for (const initviz::ActivationInfo& info : initviz::activations()) {
            for (const QList<int>& dims :
                 {QList<int>{2, 3, 1}, QList<int>{2, 10, 5, 1}, QList<int>{2, 4, 4, 4, 4, 4, 1}}) {
                QTest::addRow("%s, %lld layers", info.name.data(),
                              static_cast<long long>(dims.size() - 1))
                    << int(info.activation) << dims;
            }
        }
    }

    void backwardMatchesFiniteDifferences()
    {
        QFETCH(int, activation);
        QFETCH(QList<int>, dims);
        const auto g = static_cast<Activation>(activation);
        const std::vector<int> layerDims(dims.begin(), dims.end());
        initviz::NumpyRandom rng(5);
        const initviz::Dataset data = initviz::makeCircles(31, 0.1, 0.5, rng);
        initviz::Parameters p
            = initviz::initializeParameters(layerDims, initviz::InitScheme::He, 11);
        for (auto& b : p.b)
            b.setConstant(0.05);

        initviz::Network network(p, g);
        network.forward(data.X);
        const initviz::Gradients analytic = network.backward(data.X, data.Y);

        const auto numeric = [&](const auto& entry) {
            initviz::Parameters plus = p;
            initviz::Parameters minus = p;
            entry(plus) += kFiniteDifferenceStep;
            entry(minus) -= kFiniteDifferenceStep;
            return (costOf(plus, g, data) - costOf(minus, g, data)) / (2 * kFiniteDifferenceStep);
        };
        double worst = 0.0;
        double largest = 0.0;
        for (std::size_t l = 0; l < p.layerCount(); ++l) {
            for (Eigen::Index i = 0; i < p.W[l].size(); ++i) {
                const double estimate
                    = numeric([&](initviz::Parameters& q) -> double& { return q.W[l](i); });
                worst = std::max(worst, std::abs(estimate - analytic.dW[l](i)));
                largest = std::max(largest, std::abs(analytic.dW[l](i)));
            }
            for (Eigen::Index i = 0; i < p.b[l].size(); ++i) {
                const double estimate
                    = numeric([&](initviz::Parameters& q) -> double& { return q.b[l](i); });
                worst = std::max(worst, std::abs(estimate - analytic.db[l](i)));
            }
        }
        QVERIFY(largest > 1e-4); // a gradient to check, not all zeros
        QVERIFY2(worst < kGradientTolerance, qPrintable(QString::number(worst)));
    }

    // Narrow (unrolled) and wide kernels, sample counts off the register block.
    void kernelsMatchPlainEigen_data()
    {
        addActivationColumn();
        QTest::addColumn<QList<int>>("dims");
        QTest::addColumn<int>("samples");
        for (const initviz::ActivationInfo& info : initviz::activations()) {
            QTest::addRow("%s notebook on 300", info.name.data())
                << int(info.activation) << QList<int>{2, 10, 5, 1} << 300;
            QTest::addRow("%s narrow on 33", info.name.data())
                << int(info.activation) << QList<int>{2, 12, 7, 1} << 33;
            QTest::addRow("%s wide on 65", info.name.data())
                << int(info.activation) << QList<int>{2, 16, 3, 40, 1} << 65;
        }
    }

    void kernelsMatchPlainEigen()
    {
        QFETCH(int, activation);
        QFETCH(QList<int>, dims);
        QFETCH(int, samples);
        const auto g = static_cast<Activation>(activation);
        const std::vector<int> layerDims(dims.begin(), dims.end());
        initviz::NumpyRandom rng(2);
        const initviz::Dataset batch = initviz::makeCircles(samples, 0.1, 0.6, rng);
        initviz::Parameters p
            = initviz::initializeParameters(layerDims, initviz::InitScheme::He, 4);
        for (auto& b : p.b)
            b.setConstant(-0.02);

        initviz::Network network(p, g);
        const RowVector A = network.forward(batch.X);
        const initviz::Gradients& fast = network.backward(batch.X, batch.Y);
        const PlainPass plain = plainForwardBackward(p, g, batch);
        QVERIFY(relativeDifference(A, plain.A) < kKernelTolerance);
        for (std::size_t l = 0; l < p.layerCount(); ++l) {
            QVERIFY2(relativeDifference(fast.dW[l], plain.gradients.dW[l]) < kKernelTolerance,
                     qPrintable(QStringLiteral("dW%1").arg(l + 1)));
            QVERIFY2(relativeDifference(fast.db[l], plain.gradients.db[l]) < kKernelTolerance,
                     qPrintable(QStringLiteral("db%1").arg(l + 1)));
        }
        // Prediction and the decision grid follow the same activation, to the bit.
        QVERIFY(relativeDifference(initviz::predictProbabilities(p, batch.X, g), A) == 0.0);
        initviz::GridSpec spec;
        spec.columns = 7;
        spec.rows = 5;
        spec.xStep = 0.3;
        spec.yStep = 0.5;
        const initviz::DecisionGrid grid = initviz::evaluateGrid(p, spec, {}, g);
        Matrix points(2, spec.columns * spec.rows);
        for (int row = 0; row < spec.rows; ++row) {
            for (int column = 0; column < spec.columns; ++column) {
                points(0, row * spec.columns + column) = spec.xMin + column * spec.xStep;
                points(1, row * spec.columns + column) = spec.yMin + row * spec.yStep;
            }
        }
        const RowVector expected = initviz::predictProbabilities(p, points, g);
        for (int row = 0; row < spec.rows; ++row) {
            for (int column = 0; column < spec.columns; ++column)
                QCOMPARE_BITS(grid.at(row, column), expected(row * spec.columns + column));
        }
    }

    // The vector tanh against the C library's: relative precision near 0, exactly +-1 where
    // it saturates, NaN through.
    void vectorTanhMatchesTheCLibrary()
    {
        // A 1,1,1 net with W1 = W2 = 1 and no bias: its logit Z_2 is tanh(x) exactly.
        initviz::Parameters p;
        p.W = {Matrix::Ones(1, 1), Matrix::Ones(1, 1)};
        p.b = {initviz::Vector::Zero(1), initviz::Vector::Zero(1)};
        initviz::Network network(p, Activation::Tanh);
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> z{0.0,   -0.0, 1e-300, 1e-9,  -1e-5, 0.34, -0.35, 0.36,
                              -19.0, 20.0, 349.0,  360.0, -800., inf,  -inf};
        for (double v = -6.0; v <= 6.0; v += 0.00731)
            z.push_back(v);
        Matrix X(1, static_cast<Eigen::Index>(z.size()));
        for (std::size_t i = 0; i < z.size(); ++i)
            X(0, static_cast<Eigen::Index>(i)) = z[i];
        network.forward(X);
        for (std::size_t i = 0; i < z.size(); ++i) {
            const double got = network.logits()(static_cast<Eigen::Index>(i));
            const double want = std::tanh(z[i]);
            if (want == 0.0)
                QVERIFY(got == 0.0); // the logit's sum turns -0 into +0
            else if (std::abs(want) == 1.0)
                QCOMPARE_BITS(got, want);
            else
                QVERIFY2(std::abs(got - want) <= kTanhUlps * ulp(want),
                         qPrintable(QStringLiteral("tanh(%1): %2 vs %3")
                                        .arg(z[i], 0, 'g', 17)
                                        .arg(got, 0, 'g', 17)
                                        .arg(want, 0, 'g', 17)));
        }
        Matrix nan(1, 1);
        nan << std::numeric_limits<double>::quiet_NaN();
        QVERIFY(std::isnan(network.forward(nan)(0)));
    }
};

QTEST_APPLESS_MAIN(TestActivations)
#include "tst_activations.moc"
