// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, the window's Depth panel: its curves are the core's depth experiment on the form's
// initializations and data, bit for bit; the sliders and the forward/backward choice redraw it;
// "Train this deep network" puts 2, W, ..., W, 1 into the form.
#include "ui/depth_view.h"
#include "ui/experiment_form.h"
#include "ui/main_window.h"

#include "core/depth_experiment.h"
#include "exact.h"
#include "window_test.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTest>
#include <qcustomplot.h>

using initviz::DepthResult;
using initviz::DepthSettings;
using initviz::InitScheme;
using initviz::test::child;
using initviz::ui::DepthView;
using initviz::ui::MainWindow;

namespace {
// Width 100 x depth 100 under the sanitizers: a few seconds.
constexpr int kComputeTimeoutMs = 60'000;
// The notebook's experiment: zeros, large random and He on its circles.
DepthResult coreDepth(int width, int depth)
{
    DepthSettings settings;
    settings.schemes = {InitScheme::Zeros, InitScheme::Random, InitScheme::He};
    settings.width = width;
    settings.depth = depth;
    const auto data = initviz::Experiment::notebook().makeData();
    return initviz::runDepthExperiment(settings, data->train.X, data->train.Y);
}

// Graph g of the view's plot holds exactly the finite, positive values of `want` at layers 1..
void checkGraph(const QCPGraph& graph, const std::vector<double>& want)
{
    int drawn = 0;
    for (std::size_t l = 0; l < want.size(); ++l) {
        if (!(want[l] > 0.0 && std::isfinite(want[l])))
            continue; // a log axis draws no 0 (zeros) and no overflow
        QVERIFY(drawn < graph.dataCount());
        const auto point = graph.data()->at(drawn);
        QCOMPARE(point->key, static_cast<double>(l + 1));
        QVERIFY2(initviz::test::sameBits(point->value, want[l]),
                 qPrintable(initviz::test::bitsMismatch(point->value, want[l])));
        ++drawn;
    }
    QCOMPARE(graph.dataCount(), drawn);
}
} // namespace

class TestWindowDepth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_window_depth"); }
    void curvesAreTheCoresAndFollowTheSliders();
    void trainButtonPutsTheNetworkIntoTheForm();
    void computesOffTheGuiThreadLatestWins();
    void finishComputingDrawsTheLatestSettingsAtOnce();
};

void TestWindowDepth::curvesAreTheCoresAndFollowTheSliders()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.depthDock()->isVisible()); // closed until asked for: computes nothing
    window.depthDock()->show();
    DepthView* view = window.depthView();
    auto* plot = child<QCustomPlot>(*view, "depthPlot");
    QTRY_COMPARE(plot->graphCount(), 3);

    DepthResult want = coreDepth(initviz::kDepthDefaultWidth, initviz::kDepthDefaultDepth);
    for (int g = 0; g < 3; ++g)
        checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].forwardStd);
    QCOMPARE(plot->graph(0)->dataCount(), 0); // zeros: every std is 0
    QCOMPARE(plot->graph(2)->dataCount(), initviz::kDepthDefaultDepth + 1);

    child<QSlider>(*view, "depthDepthSlider")->setValue(30);
    child<QSlider>(*view, "depthWidthSlider")->setValue(50);
    QTRY_COMPARE(plot->graph(2)->dataCount(), 31);
    want = coreDepth(50, 30);
    for (int g = 0; g < 3; ++g)
        checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].forwardStd);

    QTest::mouseClick(child<QRadioButton>(*view, "depthBackward"), Qt::LeftButton);
    QVERIFY(view->showsBackward());
    for (int g = 0; g < 3; ++g)
        checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].backwardStd);

    // Shallower, then deeper again: the view's experiment reuses its draws and layers, and
    // still shows the core's bits.
    for (const int depth : {12, 41}) {
        child<QSlider>(*view, "depthDepthSlider")->setValue(depth);
        QTRY_COMPARE(plot->graph(2)->dataCount(), depth + 1);
        want = coreDepth(50, depth);
        for (int g = 0; g < 3; ++g)
            checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].backwardStd);
    }
}

void TestWindowDepth::trainButtonPutsTheNetworkIntoTheForm()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.depthDock()->show();
    DepthView* view = window.depthView();
    child<QSlider>(*view, "depthDepthSlider")->setValue(4);
    child<QSlider>(*view, "depthWidthSlider")->setValue(7);
    QTest::mouseClick(child<QPushButton>(*view, "depthTrain"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(*window.form(), "layers")->text(), QStringLiteral("2,7,7,7,7,1"));
    QCOMPARE(window.form()->settings().training.layerDims, (std::vector<int>{2, 7, 7, 7, 7, 1}));
}

// A wide, deep network computes on a thread of its own: recompute() returns with the old curves
// still drawn, and settings changed meanwhile are computed next, so the last ones win.
void TestWindowDepth::computesOffTheGuiThreadLatestWins()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.depthDock()->show();
    DepthView* view = window.depthView();
    auto* plot = child<QCustomPlot>(*view, "depthPlot");
    QTRY_VERIFY(plot->graphCount() == 3 && !view->isComputing());
    QCOMPARE(plot->graph(2)->dataCount(), initviz::kDepthDefaultDepth + 1);

    child<QSlider>(*view, "depthWidthSlider")->setValue(100);
    child<QSlider>(*view, "depthDepthSlider")->setValue(100);
    view->recompute(); // now, not after the debounce
    QVERIFY(view->isComputing());
    QCOMPARE(plot->graph(2)->dataCount(), initviz::kDepthDefaultDepth + 1); // not drawn yet
    child<QSlider>(*view, "depthDepthSlider")->setValue(12);
    view->recompute(); // under way: queued
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), kComputeTimeoutMs);
    QCOMPARE(plot->graph(2)->dataCount(), 13);
    const DepthResult want = coreDepth(100, 12);
    for (int g = 0; g < 3; ++g)
        checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].forwardStd);
}

// What a screenshot waits for (MainWindow::saveScreenshot): settings still in the slider's
// debounce and a computation under way are both done and drawn when finishComputing() returns,
// without the event loop running (seen to fail with the debounce not flushed, the old curves
// then drawn, and with the queued result not delivered, the view still computing).
void TestWindowDepth::finishComputingDrawsTheLatestSettingsAtOnce()
{
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.depthDock()->show();
    DepthView* view = window.depthView();
    auto* plot = child<QCustomPlot>(*view, "depthPlot");
    QTRY_VERIFY(plot->graphCount() == 3 && !view->isComputing());

    child<QSlider>(*view, "depthWidthSlider")->setValue(100);
    child<QSlider>(*view, "depthDepthSlider")->setValue(100);
    view->recompute(); // under way
    child<QSlider>(*view, "depthDepthSlider")->setValue(17); // still in the debounce
    view->finishComputing();
    QVERIFY(!view->isComputing());
    QCOMPARE(plot->graph(2)->dataCount(), 18);
    const DepthResult want = coreDepth(100, 17);
    for (int g = 0; g < 3; ++g)
        checkGraph(*plot->graph(g), want.curves[static_cast<std::size_t>(g)].forwardStd);
}

QTEST_MAIN(TestWindowDepth)
#include "tst_window_depth.moc"
