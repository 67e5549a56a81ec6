// SPDX-License-Identifier: GPL-3.0-or-later
// The depth experiment (issue 11, item 4): every layer's std of A_l and dZ_l at initialization
// against the numpy reference (tests/reference/depth_experiment.py, golden files depth_*.json;
// a missing file fails), the lesson the Depth view shows (on ReLU, He stays flat through 50
// layers while Xavier and LeCun shrink and large random explodes), and the settings' checks.
#include "core/dataset_kinds.h"
#include "core/datasets.h"
#include "core/depth_experiment.h"
#include "exact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>

using initviz::Activation;
using initviz::DepthResult;
using initviz::DepthSettings;
using initviz::InitScheme;

namespace {
constexpr double kRelativeTolerance = 1e-12; // issue 11: at iteration 0
// A saturated tanh or sigmoid (large random weights) takes g'(z) = 1 - a^2 or a (1 - a) from
// a = +-1 - tiny: the vectorised kernels' a, within an ulp or two of numpy's, moves g' by
// ulp(1) / tiny. Measured: up to 1.1e-11 relative on large random at depth 10.
constexpr double kSaturatedTolerance = 1e-10;
// The sigmoid output's A_L: values in (0, 1), its std known to about ulp(0.5) per entry, so a
// tiny std (an output stuck near a constant) is compared absolutely: measured up to 3e-15.
constexpr double kOutputAbsoluteTolerance = 1e-14;
// The lesson, over 50 ReLU layers of width 100: He's forward std stays within this factor of
// layer 1's, and its backward std within this factor of its smallest; Xavier and LeCun end below
// 1 / kShrinks of layer 1, large random above kExplodes times. (At width 20 He drifts further: the
// log of the std is a random walk whose steps shrink as 1 / width; seed 3 ends at 1/40.)
constexpr int kLessonDepth = 50;
constexpr int kLessonWidth = 100;
constexpr double kFlatFactor = 3.0;
constexpr double kShrinks = 100.0;
constexpr double kExplodes = 1e10;

QJsonObject golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The reference writes non-finite values as the strings "inf", "-inf" and "nan".
double number(const QJsonValue& value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        return text.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                 : std::numeric_limits<double>::infinity();
    }
    return value.toDouble();
}

bool agrees(double actual, double expected, double tolerance, bool outputLayer)
{
    if (outputLayer && std::abs(actual - expected) <= kOutputAbsoluteTolerance)
        return true;
    if (std::isnan(expected) || std::isinf(expected))
        return std::isnan(expected) ? std::isnan(actual) : actual == expected;
    return std::abs(actual - expected)
        <= tolerance * std::max(std::abs(actual), std::abs(expected));
}

const initviz::Dataset& notebookTrainSet()
{
    static const initviz::DatasetPair data = initviz::makeDatasets({});
    return data.train;
}

DepthResult lesson()
{
    DepthSettings settings;
    settings.schemes = {InitScheme::He, InitScheme::Xavier, InitScheme::LeCun, InitScheme::Random};
    settings.depth = kLessonDepth;
    settings.width = kLessonWidth;
    return initviz::runDepthExperiment(settings, notebookTrainSet().X, notebookTrainSet().Y);
}
} // namespace

class TestDepth : public QObject {
    Q_OBJECT

private slots:
    void againstNumpy_data()
    {
        QTest::addColumn<QString>("file");
        // Kept: one DepthExperiment computes half the depth, then a little deeper (or the same),
        // then the golden's depth, so the last reuses draws and layers the first two computed.
        QTest::addColumn<bool>("kept");
        for (const bool kept : {false, true}) {
            const char* how = kept ? ", after other depths" : "";
            QTest::addRow("width 20, depth 10, every activation%s", how)
                << "depth_w20_d10.json" << kept;
            QTest::addRow("width 20, depth 50, ReLU%s", how) << "depth_w20_d50.json" << kept;
            QTest::addRow("width 3, depth 4, seed 1%s", how) << "depth_w3_d4.json" << kept;
            QTest::addRow("issue 11's size: width 100, depth 100, (leaky) ReLU%s", how)
                << "depth_w100_d100.json" << kept;
            QTest::addRow("width 2, depth 100, seed 1: underflow%s", how)
                << "depth_w2_d100.json" << kept;
        }
    }

    void againstNumpy()
    {
        QFETCH(QString, file);
        QFETCH(bool, kept);
        const QJsonObject expected = golden(file);
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        const QJsonArray curves = expected.value(QLatin1String("curves")).toArray();
        QVERIFY(!curves.isEmpty());

        DepthSettings settings;
        settings.schemes.clear();
        settings.activations.clear();
        for (const QJsonValue& value : curves) {
            const QJsonObject curve = value.toObject();
            const auto scheme = initviz::parseInitScheme(
                curve.value(QLatin1String("init")).toString().toStdString());
            const auto activation = initviz::parseActivation(
                curve.value(QLatin1String("activation")).toString().toStdString());
            QVERIFY(scheme && activation);
            if (std::find(settings.schemes.begin(), settings.schemes.end(), *scheme)
                == settings.schemes.end())
                settings.schemes.push_back(*scheme);
            if (std::find(settings.activations.begin(), settings.activations.end(), *activation)
                == settings.activations.end())
                settings.activations.push_back(*activation);
        }
        settings.width = expected.value(QLatin1String("width")).toInt();
        settings.depth = expected.value(QLatin1String("depth")).toInt();
        settings.seed = static_cast<std::uint32_t>(expected.value(QLatin1String("seed")).toInt());
        const auto& data = notebookTrainSet();
        DepthResult result;
        if (kept) {
            initviz::DepthExperiment experiment;
            DepthSettings before = settings;
            for (const int depth : {std::max(1, settings.depth / 2),
                                    std::min(initviz::kDepthMaxDepth, settings.depth + 3)}) {
                before.depth = depth;
                (void)experiment.run(before, data.X, data.Y);
            }
            result = experiment.run(settings, data.X, data.Y);
        } else {
            result = initviz::runDepthExperiment(settings, data.X, data.Y);
        }
        QCOMPARE(result.curves.size(), static_cast<std::size_t>(curves.size()));
        QCOMPARE(result.depth, settings.depth);

        // The reference lists schemes, then activations: the order runDepthExperiment promises.
        for (qsizetype c = 0; c < curves.size(); ++c) {
            const QJsonObject curve = curves.at(c).toObject();
            const initviz::DepthCurve& actual = result.curves[static_cast<std::size_t>(c)];
            const QString which = curve.value(QLatin1String("init")).toString() + QLatin1Char(' ')
                + curve.value(QLatin1String("activation")).toString();
            QCOMPARE(initviz::schemeInfo(actual.scheme).name,
                     curve.value(QLatin1String("init")).toString().toStdString());
            const bool saturates = actual.scheme == InitScheme::Random
                && (actual.activation == Activation::Tanh
                    || actual.activation == Activation::Sigmoid);
            const double tolerance = saturates ? kSaturatedTolerance : kRelativeTolerance;
            for (const auto& [key, values] :
                 {std::pair{QLatin1String("forward_std"), &actual.forwardStd},
                  std::pair{QLatin1String("backward_std"), &actual.backwardStd}}) {
                const QJsonArray reference = curve.value(key).toArray();
                QCOMPARE(values->size(), static_cast<std::size_t>(settings.depth) + 1);
                QCOMPARE(values->size(), static_cast<std::size_t>(reference.size()));
                for (qsizetype l = 0; l < reference.size(); ++l) {
                    const double want = number(reference.at(l));
                    const double got = (*values)[static_cast<std::size_t>(l)];
                    QVERIFY2(agrees(got, want, tolerance, l + 1 == reference.size()),
                             qPrintable(QStringLiteral("%1 %2 layer %3: %4, numpy %5")
                                            .arg(which, key)
                                            .arg(l + 1)
                                            .arg(got, 0, 'g', 17)
                                            .arg(want, 0, 'g', 17)));
                }
            }
        }
    }

    // What the Depth view must show on ReLU: He flat, Xavier and LeCun vanishing, large random
    // exploding, both forward and backward.
    void reluLesson()
    {
        const DepthResult result = lesson();
        QCOMPARE(result.curves.size(), std::size_t{4});
        const auto lastHidden = static_cast<std::size_t>(kLessonDepth - 1);
        for (const initviz::DepthCurve& curve : result.curves) {
            const auto& forward = curve.forwardStd;
            const double ratio = forward[lastHidden] / forward[0];
            const std::string name(initviz::schemeInfo(curve.scheme).name);
            switch (curve.scheme) {
            case InitScheme::He:
                for (std::size_t l = 0; l <= lastHidden; ++l) {
                    QVERIFY2(forward[l] < kFlatFactor * forward[0]
                                 && forward[l] > forward[0] / kFlatFactor,
                             qPrintable(QStringLiteral("He, layer %1: std %2, layer 1 %3")
                                            .arg(l + 1)
                                            .arg(forward[l])
                                            .arg(forward[0])));
                }
                {
                    const auto hidden = std::span(curve.backwardStd).first(lastHidden + 1);
                    const auto [low, high] = std::minmax_element(hidden.begin(), hidden.end());
                    QVERIFY2(
                        *high < kFlatFactor * *low,
                        qPrintable(QStringLiteral("He backward: %1 to %2").arg(*low).arg(*high)));
                }
                break;
            case InitScheme::Xavier:
            case InitScheme::LeCun:
                QVERIFY2(ratio < 1.0 / kShrinks, qPrintable(QString::fromStdString(name)));
                // the gradient vanishes towards the input
                QVERIFY(curve.backwardStd[0] < curve.backwardStd[lastHidden] / kShrinks);
                break;
            default:
                QVERIFY2(ratio > kExplodes, qPrintable(QString::fromStdString(name)));
                QVERIFY(curve.backwardStd[0] > curve.backwardStd[lastHidden] * kExplodes);
            }
        }
    }

    // The experiment keeps its buffers for the next one (the view recomputes as its sliders
    // move): a computation after another, of another size and with other activations, gives the
    // same bits as the first time.
    void repeatsGiveTheSameBits()
    {
        DepthSettings big;
        big.schemes = {InitScheme::Zeros,         InitScheme::Random, InitScheme::He,
                       InitScheme::LeCun,         InitScheme::Xavier, InitScheme::HeUniform,
                       InitScheme::XavierUniform, InitScheme::Small};
        big.activations = {Activation::Relu, Activation::LeakyRelu};
        big.width = 60;
        big.depth = 40;
        DepthSettings other = big;
        other.width = 37;
        other.depth = 13;
        other.activations = {Activation::Tanh, Activation::Relu};
        const auto& data = notebookTrainSet();
        const DepthResult first = initviz::runDepthExperiment(big, data.X, data.Y);
        (void)initviz::runDepthExperiment(other, data.X, data.Y);
        const DepthResult again = initviz::runDepthExperiment(big, data.X, data.Y);
        QCOMPARE(again.curves.size(), first.curves.size());
        for (std::size_t c = 0; c < first.curves.size(); ++c) {
            for (std::size_t l = 0; l < first.curves[c].forwardStd.size(); ++l) {
                QCOMPARE_BITS(again.curves[c].forwardStd[l], first.curves[c].forwardStd[l]);
                QCOMPARE_BITS(again.curves[c].backwardStd[l], first.curves[c].backwardStd[l]);
            }
        }
    }

    // One DepthExperiment through a session of slider moves and form changes gives, at every
    // step, the bits of an experiment computed afresh.
    void keptGivesFreshBits()
    {
        const auto& notebook = notebookTrainSet();
        const initviz::DatasetPair moons = [] {
            return initviz::makeDatasets(
                initviz::defaultDatasetOptions(initviz::DatasetKind::Moons));
        }();
        DepthSettings settings;
        settings.schemes = {InitScheme::Zeros,         InitScheme::Random, InitScheme::He,
                            InitScheme::LeCun,         InitScheme::Xavier, InitScheme::HeUniform,
                            InitScheme::XavierUniform, InitScheme::Small};
        settings.activations = {Activation::Relu};
        settings.width = 30;
        settings.depth = 10;
        struct Step {
            const char* what;
            std::function<void(DepthSettings&)> change;
            const initviz::Dataset* data;
        };
        const std::vector<Step> steps{
            {"first", [](DepthSettings&) {}, &notebook},
            {"deeper", [](DepthSettings& s) { s.depth = 40; }, &notebook},
            {"shallower", [](DepthSettings& s) { s.depth = 7; }, &notebook},
            {"one layer", [](DepthSettings& s) { s.depth = 1; }, &notebook},
            {"deepest", [](DepthSettings& s) { s.depth = 100; }, &notebook},
            {"fewer schemes", [](DepthSettings& s) { s.schemes = {InitScheme::He}; }, &notebook},
            {"uniform only, shallower",
             [](DepthSettings& s) {
                 s.schemes = {InitScheme::XavierUniform};
                 s.depth = 20;
             },
             &notebook},
            {"every scheme again, deeper",
             [&](DepthSettings& s) {
                 s.schemes = settings.schemes;
                 s.depth = 60;
             },
             &notebook},
            {"leaky ReLU and tanh",
             [](DepthSettings& s) {
                 s.activations = {Activation::LeakyRelu, Activation::Tanh};
             },
             &notebook},
            {"ReLU again", [](DepthSettings& s) { s.activations = {Activation::Relu}; }, &notebook},
            {"wider", [](DepthSettings& s) { s.width = 31; }, &notebook},
            {"another seed", [](DepthSettings& s) { s.seed = 4; }, &notebook},
            {"another train set", [](DepthSettings&) {}, &moons.train},
            {"back to the first", [](DepthSettings& s) { s.depth = 10; }, &notebook},
        };
        initviz::DepthExperiment experiment;
        for (const Step& step : steps) {
            step.change(settings);
            const DepthResult kept = experiment.run(settings, step.data->X, step.data->Y);
            const DepthResult fresh
                = initviz::runDepthExperiment(settings, step.data->X, step.data->Y);
            QVERIFY2(kept.curves.size() == fresh.curves.size(), step.what);
            for (std::size_t c = 0; c < fresh.curves.size(); ++c) {
                QCOMPARE(kept.curves[c].forwardStd.size(), fresh.curves[c].forwardStd.size());
                for (std::size_t l = 0; l < fresh.curves[c].forwardStd.size(); ++l) {
                    const auto where = QStringLiteral("%1: curve %2 layer %3")
                                           .arg(QLatin1String(step.what))
                                           .arg(c)
                                           .arg(l + 1);
                    QVERIFY2(initviz::test::sameBits(kept.curves[c].forwardStd[l],
                                                     fresh.curves[c].forwardStd[l]),
                             qPrintable(where + QStringLiteral(" forward")));
                    QVERIFY2(initviz::test::sameBits(kept.curves[c].backwardStd[l],
                                                     fresh.curves[c].backwardStd[l]),
                             qPrintable(where + QStringLiteral(" backward")));
                }
            }
        }
    }

    void zerosStayZero()
    {
        DepthSettings settings;
        settings.schemes = {InitScheme::Zeros};
        const DepthResult result
            = initviz::runDepthExperiment(settings, notebookTrainSet().X, notebookTrainSet().Y);
        const initviz::DepthCurve& curve = result.curves.front();
        for (int l = 0; l < settings.depth; ++l) {
            QCOMPARE_BITS(curve.forwardStd[static_cast<std::size_t>(l)], 0.0);
            QCOMPARE_BITS(curve.backwardStd[static_cast<std::size_t>(l)], 0.0);
        }
        QVERIFY(curve.backwardStd.back() > 0.0); // dZ_L = (0.5 - Y) / m
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("noSchemes");
        QTest::addColumn<QString>("message");
        QTest::newRow("width 0") << 0 << 10 << false << "width must be between 1 and 1000";
        QTest::newRow("width 1001") << 1001 << 10 << false << "width must be between 1 and 1000";
        QTest::newRow("depth 0") << 20 << 0 << false << "depth must be between 1 and 100";
        QTest::newRow("depth 101") << 20 << 101 << false << "depth must be between 1 and 100";
        QTest::newRow("no scheme") << 20 << 10 << true << "at least one initialization";
    }

    void refusesBadSettings()
    {
        QFETCH(int, width);
        QFETCH(int, depth);
        QFETCH(bool, noSchemes);
        QFETCH(QString, message);
        DepthSettings settings;
        if (!noSchemes)
            settings.schemes = {InitScheme::He};
        settings.width = width;
        settings.depth = depth;
        try {
            (void)initviz::runDepthExperiment(settings, notebookTrainSet().X, notebookTrainSet().Y);
            QFAIL("no error");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
        }
    }

    void layerDims()
    {
        QCOMPARE(initviz::depthLayerDims(5, 3), (std::vector<int>{2, 5, 5, 5, 1}));
        QCOMPARE(initviz::depthLayerDims(20, 1), (std::vector<int>{2, 20, 1}));
    }
};

QTEST_APPLESS_MAIN(TestDepth)
#include "tst_depth.moc"
