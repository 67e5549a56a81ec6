// SPDX-License-Identifier: GPL-3.0-or-later
// The core's messages as templates and arguments (issue 13): the English is substituted in one
// pass, and the checks the window shows throw a UserError whose English is, byte for byte, what
// the core printed before its messages became translatable (the command line still prints it).
#include "core/dataset_csv.h"
#include "core/datasets.h"
#include "core/depth_experiment.h"
#include "core/diagnosis.h"
#include "core/experiment.h"
#include "core/message.h"
#include "core/text.h"
#include "core/trainer.h"

#include <QTest>

#include <functional>
#include <limits>
#include <string>

using initviz::Message;
using initviz::MessageArg;

namespace {
/// What `action` threw: its what(), and whether it was a UserError (the window translates those).
struct Thrown {
    QString what;
    bool userError = false;
};

Thrown thrownBy(const std::function<void()>& action)
{
    try {
        action();
    } catch (const initviz::UserError& error) {
        return {QString::fromStdString(error.what()), true};
    } catch (const std::exception& error) {
        return {QString::fromStdString(error.what()), false};
    }
    return {QStringLiteral("(nothing thrown)"), false};
}
} // namespace

class TestMessage : public QObject {
    Q_OBJECT

private slots:
    void substitutesInOnePass()
    {
        // An argument holding a placeholder is never substituted again.
        const Message swapped{"%1 then %2", {MessageArg::text("%2"), MessageArg::text("%1")}};
        QCOMPARE(QString::fromStdString(swapped.english()), QStringLiteral("%2 then %1"));
        const Message echoed{"layer %1 is not a whole number: %2",
                             {MessageArg::integer(2), MessageArg::text("'%1%2%3'")}};
        QCOMPARE(QString::fromStdString(echoed.english()),
                 QStringLiteral("layer 2 is not a whole number: '%1%2%3'"));
        // Placeholders may repeat and come in any order.
        const Message repeated{"%2-%1-%2", {MessageArg::integer(1), MessageArg::integer(2)}};
        QCOMPARE(QString::fromStdString(repeated.english()), QStringLiteral("2-1-2"));
    }

    void keepsWhatIsNotAPlaceholder()
    {
        const Message message{"%3 of 100% at %x, %0 and %%1", {MessageArg::text("a")}};
        QCOMPARE(QString::fromStdString(message.english()),
                 QStringLiteral("%3 of 100% at %x, %0 and %a"));
        QCOMPARE(QString::fromStdString(Message("ends with %").english()),
                 QStringLiteral("ends with %"));
    }

    void nestsMessages()
    {
        const Message line{
            "line %1: %2",
            {MessageArg::integer(7),
             MessageArg::nested({"label %1 must be 0 or 1", {MessageArg::text("\"2\"")}})}};
        QCOMPARE(QString::fromStdString(line.english()),
                 QStringLiteral("line 7: label \"2\" must be 0 or 1"));
    }

    void printsArgumentsAsTheCoreAlwaysHas_data()
    {
        QTest::addColumn<std::string>("english");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << MessageArg::integer(-3).english() << "-3";
        QTest::newRow("numpy's last seed")
            << MessageArg::integer(std::numeric_limits<std::uint32_t>::max()).english()
            << "4294967295";
        QTest::newRow("Python's repr") << MessageArg::real(0.01).english() << "0.01";
        QTest::newRow("Python's repr of a whole number")
            << MessageArg::real(-1.0).english() << "-1.0";
        QTest::newRow("Python's repr, exponent") << MessageArg::real(1e-5).english() << "1e-05";
        QTest::newRow("%.3g") << MessageArg::significant(25025001.0, 3).english() << "2.5e+07";
        QTest::newRow("%.4g") << MessageArg::significant(0.693147, 4).english() << "0.6931";
        QTest::newRow("percent, one decimal") << MessageArg::percent(0.335, 1).english() << "33.5%";
        QTest::newRow("percent, whole") << MessageArg::percent(0.96, 0).english() << "96%";
        QTest::newRow("text") << MessageArg::text("'abc'").english() << "'abc'";
    }

    void printsArgumentsAsTheCoreAlwaysHas()
    {
        QFETCH(std::string, english);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(english), expected);
    }

    // The English of the converted checks, as the core wrote it before issue 13's templates.
    void convertedChecksKeepTheirEnglish()
    {
        initviz::TrainingConfig badRate;
        badRate.learningRate = -1.0;
        initviz::TrainingConfig tooLarge;
        tooLarge.layerDims = {2, 5000, 5000, 1};
        initviz::TrainingConfig tooManyCosts;
        tooManyCosts.iterations = 2'000'000;
        tooManyCosts.costEvery = 1;
        initviz::Experiment manySeeds;
        manySeeds.seedCount = 6;
        initviz::Experiment manyActivations;
        manyActivations.activations = {initviz::Activation::Relu, initviz::Activation::Tanh};
        manyActivations.seedCount = 3;
        initviz::Experiment pastLastSeed;
        pastLastSeed.training.seed = std::numeric_limits<std::uint32_t>::max();
        pastLastSeed.seedCount = 2;
        initviz::DatasetOptions oneTrainPoint;
        oneTrainPoint.trainSamples = 1;
        initviz::DepthSettings noWidth;
        noWidth.schemes = {initviz::InitScheme::He};
        noWidth.width = 0;

        const struct {
            const char* name;
            std::function<void()> action;
            QString english;
        } checks[] = {
            {"layers, not a number", [] { (void)initviz::parseLayers("2,abc,1"); },
             QStringLiteral("layer 2 is not a whole number: 'abc'")},
            {"layers, empty", [] { (void)initviz::parseLayers(" "); },
             QStringLiteral("layers are empty; give widths like 2,10,5,1")},
            {"layers, width 0", [] { (void)initviz::parseLayers("2,0,1"); },
             QStringLiteral("layer 2 has width 0; every layer needs at least 1 unit")},
            {"layers, first not 2", [] { (void)initviz::parseLayers("3,1"); },
             QStringLiteral("the first layer must be 2 (the points have two coordinates), got 3")},
            {"seeds, backwards", [] { (void)initviz::parseSeeds("5-3", 100); },
             QStringLiteral("the range '5-3' runs backwards")},
            {"seeds, listed twice", [] { (void)initviz::parseSeeds("1,1", 100); },
             QStringLiteral("seed 1 is listed twice")},
            {"learning rate", [&badRate] { initviz::validate(badRate, 300); },
             QStringLiteral("learning rate must be a finite number > 0 (got -1.0)")},
            {"too many parameters", [&tooLarge] { initviz::validate(tooLarge, 300); },
             QStringLiteral("layers 2,5000,5000,1 need 2.5e+07 parameters; the limit is 1e+07")},
            {"too many cost points", [&tooManyCosts] { initviz::validate(tooManyCosts, 300); },
             QStringLiteral("a cost every 1 of 2000000 iterations makes 2000000 cost points; the "
                            "limit is 1000000, so raise the cost interval")},
            {"too many runs", [&manySeeds] { manySeeds.validate(); },
             QStringLiteral("3 initializations with 6 seeds each make 18 runs; the window trains "
                            "at most 16 side by side")},
            {"too many runs with activations", [&manyActivations] { manyActivations.validate(); },
             QStringLiteral("3 initializations with 2 activations and 3 seeds each make 18 runs; "
                            "the window trains at most 16 side by side")},
            {"past numpy's last seed", [&pastLastSeed] { pastLastSeed.validate(); },
             QStringLiteral("2 seeds from 4294967295 run past 4294967295, numpy's last seed")},
            {"train samples", [&oneTrainPoint] { initviz::validate(oneTrainPoint); },
             QStringLiteral("train set: sample count must be at least 2 (got 1)")},
            {"depth width", [&noWidth] { noWidth.validate(); },
             QStringLiteral("the width must be between 1 and 1000 units, not 0")},
            {"data file, missing column", [] { (void)initviz::parseDataCsv("1,2\n"); },
             QStringLiteral("line 1: missing columns: 2 fields; expected 3 (x1,x2,label)")},
            {"data file, label", [] { (void)initviz::parseDataCsv("x1;x2;label\n1;2;3\n"); },
             QStringLiteral("line 2: label \"3\" must be 0 or 1")},
            {"data file, one class", [] { (void)initviz::parseDataCsv("1,2,1\n3,4,1\n"); },
             QStringLiteral("line 2: every point has label 1; both classes, 0 and 1, are needed")},
        };
        for (const auto& check : checks) {
            const Thrown thrown = thrownBy(check.action);
            QVERIFY2(thrown.userError, check.name);
            QCOMPARE(thrown.what, check.english);
        }
    }

    // The symmetry verdict's evidence, as `initviz compare` printed it before issue 13.
    void diagnosisEvidenceKeepsItsEnglish()
    {
        const initviz::DatasetPair data = initviz::makeDatasets(initviz::DatasetOptions());
        initviz::TrainingConfig config;
        config.init = initviz::InitScheme::Zeros;
        config.iterations = 10;
        config.costEvery = 5;
        const initviz::TrainingResult result = initviz::train(config, data);
        const initviz::Diagnosis diagnosis
            = initviz::diagnoseRun(result, data.train.X, data.train.Y);
        QCOMPARE(QString::fromStdString(diagnosis.code), QStringLiteral("symmetry"));
        QCOMPARE(QString::fromStdString(diagnosis.evidence.english()),
                 QStringLiteral("W1: 10 identical rows at the start and at the end"));
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
