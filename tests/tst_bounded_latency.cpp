// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: Stop and closing are bounded on every network the window accepts, not only on the
// notebook's: a network of a million parameters (2-1000-1000-1), whose one iteration and one
// live boundary used to take seconds to minutes, stops and closes within a second; so does one
// at the limit of 10^7 parameters (2-3159-3159-1) while its weights are drawn and while its
// final cost, predictions and statistics are computed, which could not be interrupted before.
//
// Mutations seen to fail: the trainer's final pass and predictions without the stop token
// (finalStop = {} in core/trainer.cpp) together with measureNetwork without it (measureStop = {}
// in ui/run_worker.cpp) fail all four boundedAtTheLimit rows (3.6 to 6.5 s); initializeParameters
// ignoring its token does not fail them on the development machine (ten million draws take
// 0.3 s: 680 to 730 ms), tst_trainer's stopDuringInitializationEndsTheDraws catches it;
// figureBoundaryGrid ignoring the network fails figureGridFollowsTheNetwork.
#include "ui/comparison_figure.h"
#include "ui/experiment_form.h"
#include "ui/experiment_settings.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"
#include "ui/run_worker.h"

#include "slowdown.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using initviz::InitScheme;
using initviz::ui::MainWindow;

namespace {
// Issue 15: the bound README promises for every accepted network.
constexpr qint64 kStopBoundMs = 1000;
constexpr qint64 kCloseBoundMs = 1000;
// Long enough for every run to be deep inside an iteration or a boundary evaluation.
constexpr int kTrainBeforeStopMs = 1500;
// Under AddressSanitizer one iteration at the 10^7-parameter limit took 120-128 s on the 2-core
// CI machine: the sanitizer builds wait four times as long, as for every bound (tests/slowdown.h).
constexpr int kTrainingTimeoutMs = 60'000 * initviz::test::kSlowdown;
const std::vector<int> kLargeLayers{2, 1000, 1000, 1};
// The live boundary of the notebook's network, as the window asks for it.
constexpr int kFullGridSide = 200;
// At most this many multiply-adds per live boundary evaluation (run_worker.cpp's budget).
constexpr double kLiveBoundaryBudget = 1e8;
// The largest network of two equal hidden layers the core accepts (9,995,077 parameters; 3160
// wide makes 10,001,401, over the limit of 10^7).
const std::vector<int> kLimitLayers{2, 3159, 3159, 1};
// compare --plot's figure: the notebook's 301 x 301 points, at most 1e9 multiply-adds a boundary.
constexpr int kFigureGridSide = 301;
constexpr double kFigureBoundaryBudget = 1e9;
// Stopped this soon after Start, a run at the limit is still drawing its ten million weights.
constexpr int kDuringInitializationMs = 100;
// The largest generated sets the window accepts (core/datasets.cpp's kMaxSamples), and the
// longest the event loop may wait while they are generated (the ticker below fires every 10 ms).
constexpr int kLargestSet = 1'000'000;
constexpr int kTickMs = 10;
constexpr qint64 kMaxGenerationStallMs = 200;

/// The notebook's three initializations on 2-1000-1000-1 at maximum speed, started.
std::unique_ptr<MainWindow> startLargeExperiment()
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>();
    initviz::ui::ExperimentSettings settings;
    settings.training.layerDims = kLargeLayers;
    window->form()->setSettings(settings);
    window->form()->setSpeed(initviz::ui::Speed::Maximum);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    QPushButton* start = window->form()->startButton();
    if (!start->isEnabled())
        qFatal("Start is disabled: %s", qPrintable(window->form()->validationError()));
    QTest::mouseClick(start, Qt::LeftButton);
    QTest::qWait(kTrainBeforeStopMs);
    return window;
}

/// One He run of `layers`, one iteration, at maximum speed: shown, not started.
std::unique_ptr<MainWindow> limitExperiment()
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>();
    initviz::ui::ExperimentSettings settings;
    settings.schemes = {InitScheme::He};
    settings.training.layerDims = kLimitLayers;
    settings.training.iterations = 1;
    window->form()->setSettings(settings);
    window->form()->setSpeed(initviz::ui::Speed::Maximum);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (!window->form()->startButton()->isEnabled())
        qFatal("Start is disabled: %s", qPrintable(window->form()->validationError()));
    return window;
}

double multiplyAdds(const initviz::GridSpec& grid, const std::vector<int>& layers)
{
    double perPoint = 0.0;
    for (std::size_t l = 1; l < layers.size(); ++l)
        perPoint += static_cast<double>(layers[l]) * layers[l - 1];
    return perPoint * grid.columns * grid.rows;
}
} // namespace

class TestBoundedLatency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InitVizTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_bounded_latency"));
    }

    void cleanup() { QSettings().clear(); }

    // The live grid keeps the notebook network's full resolution and shrinks for a large one,
    // over the same square.
    void liveBoundaryAdaptsToTheNetwork()
    {
        const initviz::GridSpec full
            = initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, kFullGridSide, kFullGridSide);
        const initviz::GridSpec notebook = initviz::ui::liveBoundaryGrid(full, {2, 10, 5, 1});
        QCOMPARE(notebook.columns, kFullGridSide);
        QCOMPARE(notebook.rows, kFullGridSide);
        const initviz::GridSpec large = initviz::ui::liveBoundaryGrid(full, kLargeLayers);
        qInfo("2-1000-1000-1: live boundary of %d x %d points", large.columns, large.rows);
        QVERIFY(large.columns < kFullGridSide);
        QVERIFY(large.columns >= 2);
        QVERIFY(multiplyAdds(large, kLargeLayers) <= kLiveBoundaryBudget);
        QCOMPARE(large.xMin, full.xMin);
        QCOMPARE(large.yMin, full.yMin);
        QCOMPARE(large.xMin + large.xStep * (large.columns - 1), 1.5);
    }

    // compare --plot's figure keeps the notebook network's full grid and shrinks for a large one.
    void figureGridFollowsTheNetwork()
    {
        const initviz::DatasetPair data = initviz::makeDatasets({});
        const initviz::GridSpec notebook = initviz::ui::figureBoundaryGrid(data, {2, 10, 5, 1});
        QCOMPARE(notebook.columns, kFigureGridSide);
        QCOMPARE(notebook.rows, kFigureGridSide);
        const initviz::GridSpec limit = initviz::ui::figureBoundaryGrid(data, kLimitLayers);
        qInfo("2-3159-3159-1: figure boundary of %d x %d points", limit.columns, limit.rows);
        QVERIFY(limit.columns < kFigureGridSide);
        QVERIFY(multiplyAdds(limit, kLimitLayers) <= kFigureBoundaryBudget);
        QCOMPARE(limit.xMin, notebook.xMin);
        QCOMPARE(limit.yMin, notebook.yMin);
        QVERIFY(std::abs(limit.xMin + limit.xStep * (limit.columns - 1)
                         - (notebook.xMin + notebook.xStep * (notebook.columns - 1)))
                < 1e-12);
    }

    void boundedAtTheLimit_data()
    {
        QTest::addColumn<bool>("atTheEnd");
        QTest::addColumn<bool>("close");
        QTest::newRow("Stop during initialization") << false << false;
        QTest::newRow("close during initialization") << false << true;
        // Not in the sanitizer builds: there one iteration at the limit takes two minutes before
        // the run reaches its end (about 250 s of the ASan stage for these two rows); the ci
        // build runs them.
        if (initviz::test::kSlowdown == 1) {
            QTest::newRow("Stop at the end of the run") << true << false;
            QTest::newRow("close at the end of the run") << true << true;
        }
    }

    // At the limit, drawing the weights takes about a second and the final cost, predictions and
    // statistics about as long as the iteration itself: Stop and closing stay within a second in
    // both. "At the end" is when the run's last progress (iteration 1 of 1) has reached the
    // window: the worker has then begun the final cost, predictions and measurements.
    void boundedAtTheLimit()
    {
        QFETCH(bool, atTheEnd);
        QFETCH(bool, close);
        auto window = limitExperiment();
        initviz::ui::RunController* controller = window->runController();
        QSignalSpy progressed(controller, &initviz::ui::RunController::progressed);
        QSignalSpy finished(controller, &initviz::ui::RunController::allFinished);
        QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
        QVERIFY(controller->isRunning());
        if (atTheEnd) {
            QTRY_VERIFY_WITH_TIMEOUT(
                !progressed.isEmpty()
                    && progressed.back().at(1).value<initviz::ui::RunProgress>().iteration == 1,
                kTrainingTimeoutMs);
        } else {
            QTest::qWait(kDuringInitializationMs);
            QVERIFY(progressed.isEmpty()); // not a single snapshot yet: still initializing
        }
        QVERIFY(controller->isRunning());
        QPointer<QThread> thread = controller->findChildren<QThread*>().value(0);
        QVERIFY(!thread.isNull());
        QElapsedTimer clock;
        clock.start();
        if (close) {
            QVERIFY(window->close());
            window.reset(); // joins the training thread
            QVERIFY(thread.isNull());
        } else {
            QTest::mouseClick(window->form()->stopButton(), Qt::LeftButton);
            QVERIFY(finished.wait(kTrainingTimeoutMs));
        }
        const qint64 elapsed = clock.elapsed();
        qInfo("2-3159-3159-1: %s in %lld ms", QTest::currentDataTag(),
              static_cast<long long>(elapsed));
        // The sanitizer builds allow four times the bound (tests/slowdown.h), as everywhere.
        const qint64 bound = (close ? kCloseBoundMs : kStopBoundMs) * initviz::test::kSlowdown;
        QVERIFY2(elapsed <= bound, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    }

    // Issue 15: the largest data sets the window accepts (10^6 points each) are generated off the
    // GUI thread: the event loop keeps turning meanwhile, and the points are makeDatasets' own.
    // Mutation seen to fail: ui/data_generator.cpp's kPointsMadeAtOnce raised to 10^7 (the sets
    // made at once on the GUI thread: the event loop stood still meanwhile).
    void largestDataIsGeneratedOffTheGuiThread()
    {
        QSettings().clear();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        initviz::ui::ExperimentSettings settings;
        settings.data.trainSamples = kLargestSet;
        settings.data.testSamples = kLargestSet;
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        bool sawGenerating = false;
        QTimer ticker;
        ticker.setInterval(kTickMs);
        connect(&ticker, &QTimer::timeout, &window, [&] {
            const qint64 gap = sinceTick.restart();
            if (window.isGeneratingData()) {
                sawGenerating = true;
                longestGap = std::max(longestGap, gap);
            }
        });
        sinceTick.start();
        ticker.start();
        window.form()->setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(window.shownData()
                                     && window.shownData()->train.size() == kLargestSet,
                                 kTrainingTimeoutMs);
        ticker.stop();
        qInfo("2 x 10^6 points generated; the event loop waited at most %lld ms meanwhile",
              static_cast<long long>(longestGap));
        QVERIFY(sawGenerating);
        QVERIFY2(
            longestGap <= kMaxGenerationStallMs * initviz::test::kSlowdown,
            qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longestGap)));
        const initviz::DatasetPair expected = initviz::makeDatasets(settings.data);
        const initviz::DatasetPair& shown = *window.shownData();
        QVERIFY(shown.train.X == expected.train.X && shown.train.Y == expected.train.Y);
        QVERIFY(shown.test.X == expected.test.X && shown.test.Y == expected.test.Y);
    }

    void stopEndsEveryRunWithinASecond()
    {
        const auto window = startLargeExperiment();
        initviz::ui::RunController* controller = window->runController();
        QVERIFY(controller->isRunning());
        QSignalSpy finished(controller, &initviz::ui::RunController::allFinished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window->form()->stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTrainingTimeoutMs));
        const qint64 elapsed = clock.elapsed();
        qInfo("2-1000-1000-1: Stop ended every run in %lld ms", static_cast<long long>(elapsed));
        QVERIFY2(elapsed <= kStopBoundMs,
                 qPrintable(QStringLiteral("Stop took %1 ms").arg(elapsed)));
        QCOMPARE(finished.front().front().toBool(), true);
        for (int run = 0; run < window->runCount(); ++run)
            QCOMPARE(window->runState(run), MainWindow::RunState::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(controller->threadCount(), 0, static_cast<int>(kStopBoundMs));
    }

    void closingExitsWithinASecond()
    {
        auto window = startLargeExperiment();
        std::vector<QPointer<QThread>> threads;
        for (QThread* thread : window->runController()->findChildren<QThread*>())
            threads.emplace_back(thread);
        QCOMPARE(threads.size(), std::size_t{3});
        QVERIFY(window->runController()->isRunning());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->close());
        window.reset(); // joins the training threads
        const qint64 elapsed = clock.elapsed();
        qInfo("2-1000-1000-1: closed mid-run in %lld ms", static_cast<long long>(elapsed));
        QVERIFY2(elapsed <= kCloseBoundMs,
                 qPrintable(QStringLiteral("closing took %1 ms").arg(elapsed)));
        for (const QPointer<QThread>& thread : threads)
            QVERIFY(thread.isNull());
    }
};

QTEST_MAIN(TestBoundedLatency)
#include "tst_bounded_latency.moc"
