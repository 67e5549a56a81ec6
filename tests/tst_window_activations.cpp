// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, the window's activations: the picker trains initializations x activations, each run
// equal to the core's train() to the bit, named for its activation; the activations are
// remembered, hostile remembered values ignored, and --activations reaches the form.
#include "ui/boundary_panel.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/experiment_settings.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"

#include "core/datasets.h"
#include "core/trainer.h"
#include "exact.h"
#include "window_test.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using initviz::Activation;
using initviz::InitScheme;
using initviz::test::allRunsIn;
using initviz::test::child;
using initviz::test::typeInto;
using initviz::ui::MainWindow;

namespace {
constexpr int kTrainingTimeoutMs = 60'000;

void setChecked(MainWindow& window, const char* name, bool checked)
{
    auto* box = child<QCheckBox>(*window.form(), name);
    if (box->isChecked() != checked)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(box->isChecked(), checked);
}
} // namespace

class TestWindowActivations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_window_activations"); }
    void heAndXavierWithTanhTrainAsTheCore();
    void activationsAreRemembered();
    void hostileActivationsAreIgnored_data();
    void hostileActivationsAreIgnored();
    void launchActivationsReachTheForm();
};

// Issue 10's window test: He and Xavier with ReLU and tanh, chosen in the form, each run's costs
// and accuracies equal to train() with the same configuration, bit for bit.
void TestWindowActivations::heAndXavierWithTanhTrainAsTheCore()
{
    QSettings().clear();
    MainWindow window;
    window.form()->setSpeed(initviz::ui::Speed::Maximum);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char* name : {"init_zeros", "init_random"})
        setChecked(window, name, false);
    for (const char* name : {"init_he", "init_xavier", "activation_tanh"})
        setChecked(window, name, true);
    QVERIFY(child<QCheckBox>(*window.form(), "activation_relu")->isChecked()); // the default
    typeInto(child<QWidget>(*window.form(), "iterations"), QStringLiteral("1500"));
    QVERIFY2(window.form()->isValid(), qPrintable(window.form()->validationError()));
    const initviz::ui::ExperimentSettings settings = window.form()->settings();
    QCOMPARE(settings.activations, (std::vector<Activation>{Activation::Relu, Activation::Tanh}));

    QSignalSpy finished(window.runController(), &initviz::ui::RunController::runFinished);
    QTest::mouseClick(window.form()->startButton(), Qt::LeftButton);
    QCOMPARE(window.runCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(window, MainWindow::RunState::Finished), kTrainingTimeoutMs);
    QCOMPARE(finished.count(), 4);

    const initviz::DatasetPair data = initviz::makeDatasets(settings.data);
    const std::vector<initviz::TrainingConfig> configs = settings.runConfigs();
    std::map<int, initviz::TrainingResult> results;
    for (const QList<QVariant>& arguments : finished)
        results[arguments.at(0).toInt()] = arguments.at(1).value<initviz::TrainingResult>();
    QCOMPARE(results.size(), std::size_t{4});
    for (int run = 0; run < 4; ++run) {
        const initviz::TrainingConfig& config = configs[static_cast<std::size_t>(run)];
        const initviz::TrainingResult alone = initviz::train(config, data);
        const initviz::TrainingResult& shown = results.at(run);
        QCOMPARE(shown.config.activation, config.activation);
        QCOMPARE(shown.config.init, config.init);
        QCOMPARE_BITS(shown.trainAccuracy, alone.trainAccuracy);
        QCOMPARE_BITS(shown.testAccuracy, alone.testAccuracy);
        const std::vector<initviz::CostPoint>& costs = window.costView().costs(run);
        QCOMPARE(costs.size(), alone.costs.size());
        for (std::size_t i = 0; i < costs.size(); ++i) {
            QCOMPARE(costs[i].iteration, alone.costs[i].iteration);
            QCOMPARE_BITS(costs[i].cost, alone.costs[i].cost);
        }
    }
    // ReLU and tanh train apart: the activation did reach the trainer.
    QVERIFY(
        !initviz::test::sameBits(results.at(0).costs.back().cost, results.at(1).costs.back().cost));

    // Names say the activation when it is not ReLU; a row per initialization, a column per
    // activation.
    const std::vector<initviz::ui::BoundaryPanel*> panels = window.boundaryPanels();
    QCOMPARE(panels.size(), std::size_t{4});
    QCOMPARE(panels[0]->view().title(), QStringLiteral("He"));
    QCOMPARE(panels[1]->view().title(), QStringLiteral("He, tanh"));
    QCOMPARE(panels[2]->view().title(), QStringLiteral("Xavier (Glorot)"));
    QCOMPARE(panels[3]->view().title(), QStringLiteral("Xavier (Glorot), tanh"));
    QCOMPARE(panels[0]->y(), panels[1]->y());
    QVERIFY(panels[2]->y() > panels[1]->y());
    QCOMPARE(window.costView().legendText(1), QStringLiteral("He, tanh"));
    QCOMPARE(window.costView().legendEntryCount(), 4);
    QCOMPARE(window.costView().graph(1)->pen().style(), Qt::DashLine);
    QCOMPARE(window.costView().graph(0)->pen().style(), Qt::SolidLine);
    QCOMPARE(initviz::test::cell(window, 1, MainWindow::ModelColumn),
             QStringLiteral("3-layer NN with He initialization, tanh"));
    // Issue 11: the measured verdict, not the scheme's fixed text (Xavier with tanh, on this
    // short run, keeps its cost above 0.6: tst_diagnosis checks the rule against the numbers).
    QCOMPARE(initviz::test::cell(window, 3, MainWindow::CommentColumn),
             QStringLiteral("learning stalled"));
    window.close();
}

void TestWindowActivations::activationsAreRemembered()
{
    QSettings store;
    store.clear();
    initviz::ui::RememberedSettings remembered;
    remembered.experiment.schemes = {InitScheme::He, InitScheme::Xavier};
    remembered.experiment.activations = {Activation::Tanh, Activation::LeakyRelu};
    initviz::ui::saveSettings(store, remembered);
    const initviz::ui::RememberedSettings loaded = initviz::ui::loadSettings(store);
    QCOMPARE(loaded.experiment.activations, remembered.experiment.activations);
    QVERIFY(loaded.experiment == remembered.experiment);
    // And through the window: what the form showed comes back at the next start.
    store.clear();
    {
        MainWindow window;
        setChecked(window, "activation_sigmoid", true);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.form()->settings().activations,
             (std::vector<Activation>{Activation::Relu, Activation::Sigmoid}));
}

void TestWindowActivations::hostileActivationsAreIgnored_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<std::vector<Activation>>("expected");
    const std::vector<Activation> relu{Activation::Relu};
    QTest::newRow("unknown name") << QVariant(QStringLiteral("softmax")) << relu;
    QTest::newRow("empty") << QVariant(QString()) << relu;
    QTest::newRow("only commas") << QVariant(QStringLiteral(",,,")) << relu;
    QTest::newRow("a number") << QVariant(42) << relu;
    QTest::newRow("huge") << QVariant(QString(100'000, QLatin1Char('x'))) << relu;
    QTest::newRow("unknown names skipped, order the picker's")
        << QVariant(QStringLiteral("tanh,bogus,RELU,tanh"))
        << std::vector<Activation>{Activation::Relu, Activation::Tanh};
}

void TestWindowActivations::hostileActivationsAreIgnored()
{
    QFETCH(QVariant, value);
    QFETCH(std::vector<Activation>, expected);
    QSettings store;
    store.clear();
    store.setValue(QStringLiteral("experiment/activations"), value);
    QCOMPARE(initviz::ui::loadSettings(store).experiment.activations, expected);
}

// `initviz --activations relu,tanh` sets the window's activations.
void TestWindowActivations::launchActivationsReachTheForm()
{
    QSettings().clear();
    initviz::ui::LaunchOptions options;
    options.overrideSettings = true;
    options.inits = {InitScheme::He, InitScheme::Xavier};
    options.activations = {Activation::Relu, Activation::Tanh};
    MainWindow window(options);
    QCOMPARE(window.form()->settings().activations, options.activations);
    QVERIFY(child<QCheckBox>(*window.form(), "activation_tanh")->isChecked());
    QVERIFY(!child<QCheckBox>(*window.form(), "activation_sigmoid")->isChecked());
}

QTEST_MAIN(TestWindowActivations)
#include "tst_window_activations.moc"
