// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, item 5: the measured diagnosis. A table of runs, each with the verdict it must get and
// a piece of the evidence that earned it.
#include "core/datasets.h"
#include "core/diagnosis.h"
#include "core/experiment.h"
#include "core/trainer.h"

#include <QTest>

#include <string>
#include <vector>

using namespace initviz;

Q_DECLARE_METATYPE(std::vector<int>)

class TestDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<std::vector<int>>("layers");
        QTest::addColumn<int>("activation");
        QTest::addColumn<double>("learningRate");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<double>("noise");
        QTest::addColumn<int>("trainSamples");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("evidence");

        const auto relu = static_cast<int>(Activation::Relu);
        const std::vector<int> notebook{2, 10, 5, 1};
        // The notebook's three runs, on its defaults: its table, because the measurements say so.
        QTest::newRow("notebook zeros") << static_cast<int>(InitScheme::Zeros) << notebook << relu
                                        << 0.01 << 15000 << 0.05 << 300 << "symmetry"
                                        << "W1: 10 identical rows at the start and at the end";
        QTest::newRow("notebook random x10")
            << static_cast<int>(InitScheme::Random) << notebook << relu << 0.01 << 15000 << 0.05
            << 300 << "saturated-output"
            << "cost inf at iteration 0";
        QTest::newRow("notebook he") << static_cast<int>(InitScheme::He) << notebook << relu << 0.01
                                     << 15000 << 0.05 << 300 << "trains-well"
                                     << "final cost";
        // He is no guarantee: too narrow a network, or too large a step.
        QTest::newRow("he 2,3,1 2000 iterations")
            << static_cast<int>(InitScheme::He) << std::vector<int>{2, 3, 1} << relu << 0.01 << 2000
            << 0.05 << 300 << "stalled"
            << "over the last half";
        QTest::newRow("he learning rate 1000")
            << static_cast<int>(InitScheme::He) << notebook << relu << 1000.0 << 1000 << 0.05 << 300
            << "diverged"
            << "";
        std::vector<int> deep{2};
        deep.insert(deep.end(), 10, 10);
        deep.push_back(1);
        QTest::newRow("small random, 10 hidden layers")
            << static_cast<int>(InitScheme::Small) << deep << relu << 0.01 << 100 << 0.05 << 300
            << "vanishing"
            << "in layer 10 at the start";
        std::vector<int> deepWide{2};
        deepWide.insert(deepWide.end(), 10, 20);
        deepWide.push_back(1);
        QTest::newRow("xavier, deep relu") << static_cast<int>(InitScheme::Xavier) << deepWide
                                           << relu << 0.01 << 100 << 0.05 << 300 << "vanishing"
                                           << "in layer 10 at the start";
        // The noise 0.3 at 30000 iterations does not overfit: the notebook's network
        // cannot even fit the noisy circles (train 62%), so it measures a stall.
        QTest::newRow("he noise 0.3, 30000 iterations")
            << static_cast<int>(InitScheme::He) << notebook << relu << 0.01 << 30000 << 0.3 << 300
            << "stalled"
            << "lowest 0.61";
        // Overfitting: few noisy train points and a wide network learn them by heart.
        QTest::newRow("he, 20 noisy points, 2,50,50,1")
            << static_cast<int>(InitScheme::He) << std::vector<int>{2, 50, 50, 1} << relu << 0.1
            << 5000 << 0.3 << 20 << "overfitting"
            << "train accuracy 100%, test accuracy 57%";
    }

    void verdicts()
    {
        QFETCH(int, scheme);
        QFETCH(std::vector<int>, layers);
        QFETCH(int, activation);
        QFETCH(double, learningRate);
        QFETCH(int, iterations);
        QFETCH(double, noise);
        QFETCH(int, trainSamples);
        QFETCH(QString, code);
        QFETCH(QString, evidence);

        DatasetOptions options;
        options.noise = noise;
        options.trainSamples = trainSamples;
        const DatasetPair data = makeDatasets(options);
        TrainingConfig config;
        config.init = static_cast<InitScheme>(scheme);
        config.activation = static_cast<Activation>(activation);
        config.layerDims = layers;
        config.learningRate = learningRate;
        config.iterations = iterations;
        config.costEvery = std::min(1000, iterations / 10);
        const TrainingResult result = train(config, data);
        const Diagnosis diagnosis = diagnoseRun(result, data.train.X, data.train.Y);
        const std::string english = diagnosis.evidence.english();
        qInfo("%s: %s (%s), train %.3f test %.3f", diagnosis.code.c_str(), diagnosis.text.c_str(),
              english.c_str(), result.trainAccuracy, result.testAccuracy);
        QCOMPARE(QString::fromStdString(diagnosis.code), code);
        QVERIFY2(QString::fromStdString(english).contains(evidence), english.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
