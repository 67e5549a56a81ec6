// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom window (issue #3): what a teacher sees after pressing Start, Stop, closing the
// window mid-run, typing bad input, and the scripted and export paths. Runs on the offscreen
// platform; every QSignalSpy watches an object of this (the GUI) thread.
#include "ui/boundary_panel.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/figure_export.h"
#include "ui/launcher.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"
#include "ui/understanding_panel.h"

#include "core/datasets.h"
#include "core/text.h"
#include "core/trainer.h"
#include "skip.h"
#include "slowdown.h"
#include "test_parts.h"
#include "window_test.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using initviz::CostPoint;
using initviz::InitScheme;
using initviz::test::allRunsIn;
using initviz::test::cell;
using initviz::test::child;
using initviz::test::makeWindow;
using initviz::test::typeInto;
using initviz::ui::BoundaryPanel;
using initviz::ui::LaunchOptions;
using initviz::ui::MainWindow;

namespace {

/// Counts the paint events of the object it filters.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject* /*watched*/, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
// Max-speed runs take well under a second; the margin is for a loaded CI machine.
constexpr int kTrainingTimeoutMs = 60'000;
// Issue #3: Stop takes effect within 100 ms; closing mid-run exits within a second.
constexpr qint64 kStopDeadlineMs = 100;
constexpr qint64 kCloseDeadlineMs = 1000;
// Issue #3: the event loop never stalls more than 50 ms while four runs train. That is what the
// release build (the ci preset) is held to; sanitizer builds, whose instrumented painting runs
// about three times slower, are held to three times that.
#ifdef INITVIZ_SANITIZED
constexpr qint64 kSanitizerSlowdown = 3;
#else
constexpr qint64 kSanitizerSlowdown = 1;
#endif
constexpr qint64 kMaxStallMs = 50 * kSanitizerSlowdown;
constexpr int kStallProbeMs = 5;
constexpr int kStallWatchMs = 1500; // three watches fit in a 6 s classroom-pace run
constexpr int kStallWatches = 3;
constexpr int kStartStopCycles = 200; // issue 5 (issue 3 asked for 50)
// Issue #3: paced, the notebook's 15000 iterations take about 5-8 s, and the boundary is redrawn
// at least 10 times a second while it trains.
constexpr double kPacedMinSeconds = 5.0;
constexpr double kPacedMaxSeconds = 8.0;
constexpr double kMinBoundaryRedrawsPerSecond = 10.0;
constexpr int kPacedTimeoutMs = 20'000;
constexpr double kRelativeTolerance = 1e-9;

// notebook-outputs.md: the He run's printed costs, iterations 0, 1000, ..., 14000.
const std::vector<double> kNotebookHeCosts{
    0.8830537463419761,  0.6879825919728063,  0.6751286264523371,  0.6526117768893805,
    0.6082958970572938,  0.5304944491717495,  0.4138645817071794,  0.3117803464844441,
    0.23696215330322562, 0.1859728720920684,  0.15015556280371808, 0.12325079292273551,
    0.09917746546525937, 0.08457055954024283, 0.07357895962677366};
constexpr double kNotebookZerosCost = 0.6931471805599453;

bool closeRelative(double actual, double expected)
{
    return std::abs(actual - expected) <= kRelativeTolerance * std::abs(expected);
}

/// A window with the notebook's settings (nothing remembered), shown, at the given speed.
void selectOnly(MainWindow& window, const std::vector<InitScheme>& schemes)
{
    for (const initviz::InitSchemeInfo& info : initviz::initSchemes()) {
        auto* box = window.form()->findChild<QCheckBox*>(QStringLiteral("init_%1").arg(
            QString::fromLatin1(info.name.data(), static_cast<qsizetype>(info.name.size()))));
        QVERIFY(box);
        const bool wanted = std::find(schemes.begin(), schemes.end(), info.scheme) != schemes.end();
        if (box->isChecked() != wanted)
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(box->isChecked(), wanted);
    }
}

void clickStart(MainWindow& window)
{
    QPushButton* start = window.form()->startButton();
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void heRunReproducesTheNotebook();
    void threeRunsSideBySide_data();
    void threeRunsSideBySide();
    void infiniteCostIsAMarkerNotARange();
    void nanCostMarksTheRunDiverged();
    void logScaleToggle();
    void pacedRunIsWatchable();
    void stopTakesEffectQuickly();
    void closingMidRunJoinsEveryThread();
    void quickStartStopCycles();
    void spaceStartsAndStops();
    void eventLoopNeverStallsWhileFourRunsTrain();
    void invalidInputKeepsStartDisabled_data();
    void invalidInputKeepsStartDisabled();
    void badInputIsRejectedInline_data();
    void badInputIsRejectedInline();
    void extremeInputCompletes_data();
    void extremeInputCompletes();
    void numberFieldShowsWhatItHolds();
    void hostileSettingsAreIgnored_data();
    void hostileSettingsAreIgnored();
    void settingsAreRemembered();
    void restoreNotebookSettings();
    void zerosWeightsShowIdenticalRows();
    void presenterModeEnlargesText();
    void exportCostsWritesCsv();
    void exportFigureFromTheWindow();
    void exportOntoAFullDevice();
    void sixteenRunsOnTheWindowsThreads();
    void sixteenRunsSideBySideInTheWindow();
    void exportIntoAReadOnlyFolderKeepsThePreviousFile();
    void scriptedModeWritesScreenshot();
    void scriptedModeReportsUnwritableScreenshot();
    void comparisonFigureExport_data();
    void comparisonFigureExport();
    void comparisonFigureFailsCleanly_data();
    void comparisonFigureFailsCleanly();

private:
    QTemporaryDir scratch_;
};

void TestMainWindow::initTestCase()
{
    initviz::test::prepareWindowTest("tst_mainwindow");
    QVERIFY(scratch_.isValid());
    QFile plain(scratch_.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
}

void TestMainWindow::heRunReproducesTheNotebook()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    clickStart(*window);

    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    QCOMPARE(window->boundaryPanels().size(), std::size_t{1});
    const QCPGraph* graph = window->costView().graph(0);
    QVERIFY(graph);
    QCOMPARE(graph->dataCount(), static_cast<int>(kNotebookHeCosts.size()));
    for (int i = 0; i < graph->dataCount(); ++i) {
        const auto point = graph->data()->at(i);
        QCOMPARE(point->key, i * 1000.0);
        QVERIFY2(
            closeRelative(point->value, kNotebookHeCosts[static_cast<std::size_t>(i)]),
            qPrintable(
                QStringLiteral("cost at %1: %2").arg(point->key).arg(point->value, 0, 'g', 17)));
    }
    QCOMPARE(cell(*window, 0, MainWindow::ModelColumn),
             QStringLiteral("3-layer NN with He initialization"));
    QCOMPARE(cell(*window, 0, MainWindow::TrainAccuracyColumn), QStringLiteral("99.3%"));
    QCOMPARE(cell(*window, 0, MainWindow::TestAccuracyColumn), QStringLiteral("96%"));
    QCOMPARE(cell(*window, 0, MainWindow::CommentColumn), QStringLiteral("recommended method"));
    QVERIFY(window->boundaryPanels().front()->view().hasBoundary());
    QCOMPARE(window->boundaryPanels().front()->view().accuracyText(),
             QStringLiteral("Train 99.3%  \u00b7  Test 96%"));
}

void TestMainWindow::threeRunsSideBySide_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("trainAccuracy");
    QTest::addColumn<QString>("testAccuracy");
    QTest::addColumn<QString>("comment");

    QTest::newRow("zeros fails to break symmetry")
        << 0 << QStringLiteral("3-layer NN with zeros initialization") << QStringLiteral("50%")
        << QStringLiteral("50%") << QStringLiteral("fails to break symmetry");
    QTest::newRow("large random: too large weights")
        << 1 << QStringLiteral("3-layer NN with large random initialization")
        << QStringLiteral("83%") << QStringLiteral("86%") << QStringLiteral("too large weights");
    QTest::newRow("He: recommended method")
        << 2 << QStringLiteral("3-layer NN with He initialization") << QStringLiteral("99.3%")
        << QStringLiteral("96%") << QStringLiteral("recommended method");
}

void TestMainWindow::threeRunsSideBySide()
{
    QFETCH(int, run);
    QFETCH(QString, model);
    QFETCH(QString, trainAccuracy);
    QFETCH(QString, testAccuracy);
    QFETCH(QString, comment);

    const auto window = makeWindow();
    clickStart(*window); // the notebook's three are selected on first start
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    const std::vector<BoundaryPanel*> panels = window->boundaryPanels();
    QCOMPARE(panels.size(), std::size_t{3});
    // Side by side: one row, left to right in picker order.
    QCOMPARE(panels[0]->y(), panels[2]->y());
    QVERIFY(panels[0]->x() < panels[1]->x() && panels[1]->x() < panels[2]->x());
    const QStringList titles{QStringLiteral("Model with Zeros initialization"),
                             QStringLiteral("Model with large random initialization"),
                             QStringLiteral("Model with He initialization")};
    QCOMPARE(
        panels[static_cast<std::size_t>(run)]->toolTip().section(QStringLiteral(" \u2014"), 0, 0),
        titles[run]);
    QCOMPARE(panels[static_cast<std::size_t>(run)]->view().trainPointCount(), 300);

    QCOMPARE(cell(*window, run, MainWindow::ModelColumn), model);
    QCOMPARE(cell(*window, run, MainWindow::TrainAccuracyColumn), trainAccuracy);
    QCOMPARE(cell(*window, run, MainWindow::TestAccuracyColumn), testAccuracy);
    QCOMPARE(cell(*window, run, MainWindow::CommentColumn), comment);
    QVERIFY(panels[static_cast<std::size_t>(run)]->progressBar()->text().startsWith(
        QStringLiteral("Done")));
    QCOMPARE(window->costView().runCount(), 3);
}

void TestMainWindow::infiniteCostIsAMarkerNotARange()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::Zeros, InitScheme::Random});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    const initviz::ui::CostView& costs = window->costView();
    // The random init's inf at iteration 0 is a marker; its 14 finite costs are the curve.
    QCOMPARE(costs.infinityMarkerCount(1), 1);
    QCOMPARE(costs.graph(1)->dataCount(), 14);
    QVERIFY(std::isinf(costs.costs(1).front().cost));
    QCOMPARE(costs.infinityMarkerCount(0), 0);
    for (int i = 0; i < costs.graph(0)->dataCount(); ++i)
        QVERIFY(closeRelative(costs.graph(0)->data()->at(i)->value, kNotebookZerosCost));
    const QCPRange range = window->costPlot()->yAxis->range();
    QVERIFY(std::isfinite(range.upper));
    QVERIFY2(range.upper < 1.0, "the axis fits the finite costs, not infinity");
    QCOMPARE(cell(*window, 1, MainWindow::FinalCostColumn).isEmpty(), false);
}

void TestMainWindow::nanCostMarksTheRunDiverged()
{
    // No notebook-like setting reaches NaN (ReLU units die first), so feed the view directly.
    QCustomPlot plot;
    initviz::ui::CostView view(&plot, plot.axisRect(), plot.legend);
    view.reset(100);
    const int run = view.addRun(QStringLiteral("He"), Qt::darkGreen);
    view.addCosts(run, {{0, 0.7}, {10, 0.5}, {20, std::nan("")}, {30, std::nan("")}});
    QVERIFY(view.isDiverged(run));
    QCOMPARE(view.graph(run)->name(), QStringLiteral("He (diverged)"));
    QCOMPARE(view.graph(run)->dataCount(), 2);
    QVERIFY(plot.axisRect()->axis(QCPAxis::atLeft)->range().upper < 1.0);
}

void TestMainWindow::logScaleToggle()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    auto* logScale = child<QCheckBox>(*window, "logScale");
    QTest::mouseClick(logScale, Qt::LeftButton, {}, QPoint(8, logScale->height() / 2));
    QCPAxis* yAxis = window->costPlot()->yAxis;
    QCOMPARE(yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(yAxis->range().lower > 0.0);
    QVERIFY(yAxis->range().lower < kNotebookHeCosts.back());
    QVERIFY(yAxis->range().upper > kNotebookHeCosts.front());
    QTest::mouseClick(logScale, Qt::LeftButton, {}, QPoint(8, logScale->height() / 2));
    QCOMPARE(yAxis->scaleType(), QCPAxis::stLinear);
}

void TestMainWindow::pacedRunIsWatchable()
{
    const auto window = makeWindow(initviz::ui::Speed::Classroom);
    selectOnly(*window, {InitScheme::He});
    QSignalSpy finished(window.get(), &MainWindow::experimentFinished);
    clickStart(*window);
    QElapsedTimer clock;
    clock.start();
    // A live frame repaints the boundary's own layer, not the whole plot (issue 14): counted as
    // the plot's paint events.
    PaintCounter redraws;
    window->boundaryPanels().front()->plot()->installEventFilter(&redraws);
    QVERIFY(finished.wait(kPacedTimeoutMs));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    const double redrawsPerSecond = redraws.paints / seconds;
    qInfo("15000 paced iterations in %.2f s, boundary redrawn %.1f times a second", seconds,
          redrawsPerSecond);
    QVERIFY(seconds >= kPacedMinSeconds);
    QVERIFY(seconds <= kPacedMaxSeconds);
    QVERIFY(redrawsPerSecond >= kMinBoundaryRedrawsPerSecond);
    QCOMPARE(cell(*window, 0, MainWindow::TrainAccuracyColumn), QStringLiteral("99.3%"));
}

void TestMainWindow::stopTakesEffectQuickly()
{
    const auto window = makeWindow(initviz::ui::Speed::Classroom);
    initviz::ui::RunController* controller = window->runController();
    QSignalSpy finished(controller, &initviz::ui::RunController::allFinished);
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(window->costView().costs(2).size() >= 2, kTrainingTimeoutMs);
    QVERIFY(controller->isRunning());

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(window->form()->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(static_cast<int>(kStopDeadlineMs * 10)));
    const qint64 elapsed = clock.elapsed();
    qInfo("Stop took effect in %lld ms", static_cast<long long>(elapsed));
    // The sanitizer builds paint several times slower: there the bound is kSlowdown times
    // issue 3's (ASan once measured 109 ms while another test ran beside it).
    QVERIFY2(elapsed <= kStopDeadlineMs * initviz::test::kSlowdown,
             qPrintable(QStringLiteral("Stop took %1 ms").arg(elapsed)));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.front().front().toBool(), true);
    QVERIFY(!controller->isRunning());
    window->flushRedraws();
    for (int run = 0; run < window->runCount(); ++run) {
        QCOMPARE(window->runState(run), MainWindow::RunState::Stopped);
        // The bar shows "Stopped at 7,300" when narrow; its tooltip always has the whole text.
        QVERIFY(window->boundaryPanels()[static_cast<std::size_t>(run)]
                    ->progressBar()
                    ->toolTip()
                    .startsWith(QStringLiteral("Stopped at iteration")));
        QVERIFY(cell(*window, run, MainWindow::CommentColumn).contains(QStringLiteral("stopped")));
    }
    QVERIFY(window->form()->startButton()->isEnabled());
    QCOMPARE(window->form()->startButton()->text(), QStringLiteral("Start"));
    QTRY_COMPARE(controller->threadCount(), 0);
}

void TestMainWindow::closingMidRunJoinsEveryThread()
{
    QSettings().clear();
    auto* window = new MainWindow;
    window->form()->setSpeed(initviz::ui::Speed::Slow);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Issue 5: four runs training when the window closes.
    selectOnly(*window, {InitScheme::Zeros, InitScheme::Random, InitScheme::He, InitScheme::LeCun});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(!window->costView().costs(0).empty(), kTrainingTimeoutMs);
    std::vector<QPointer<QThread>> threads;
    for (QThread* thread : window->runController()->findChildren<QThread*>())
        threads.emplace_back(thread);
    QCOMPARE(threads.size(), std::size_t{4});
    QVERIFY(threads.front()->isRunning());

    QElapsedTimer clock;
    clock.start();
    QVERIFY(window->close());
    delete window; // joins the training threads
    const qint64 elapsed = clock.elapsed();
    qInfo("closed mid-run in %lld ms", static_cast<long long>(elapsed));
    QVERIFY2(elapsed <= kCloseDeadlineMs,
             qPrintable(QStringLiteral("closing took %1 ms").arg(elapsed)));
    for (const QPointer<QThread>& thread : threads)
        QVERIFY2(thread.isNull(), "every thread is finished and deleted with the window");
}

void TestMainWindow::quickStartStopCycles()
{
    const auto window = makeWindow(initviz::ui::Speed::Classroom);
    initviz::ui::RunController* controller = window->runController();
    for (int cycle = 0; cycle < kStartStopCycles; ++cycle) {
        clickStart(*window);
        if (cycle % 3 == 0) {
            QTest::qWait(1);
            clickStart(*window); // Restart while running
        }
        QTest::qWait(cycle % 5);
        window->stop();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), kTrainingTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(controller->threadCount(), 0, kTrainingTimeoutMs);
    QVERIFY(allRunsIn(*window, MainWindow::RunState::Stopped));
    QCOMPARE(window->boundaryPanels().size(), std::size_t{3});

    // The window still trains to the notebook's numbers afterwards.
    window->form()->setSpeed(initviz::ui::Speed::Maximum);
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    QCOMPARE(cell(*window, 2, MainWindow::TrainAccuracyColumn), QStringLiteral("99.3%"));
}

void TestMainWindow::spaceStartsAndStops()
{
    const auto window = makeWindow(initviz::ui::Speed::Classroom);
    window->activateWindow();
    window->resultsTable()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Space);
    QTRY_VERIFY(window->isRunning());
    // Issue 12: Space pauses a running experiment (tst_pause); Shift+Space stops it.
    QTest::keyClick(window.get(), Qt::Key_Space);
    QTRY_VERIFY(window->isPaused());
    QTest::keyClick(window.get(), Qt::Key_Space, Qt::ShiftModifier);
    QTRY_VERIFY(!window->isRunning());
    QVERIFY(allRunsIn(*window, MainWindow::RunState::Stopped));
}

void TestMainWindow::eventLoopNeverStallsWhileFourRunsTrain()
{
    const auto window = makeWindow(initviz::ui::Speed::Classroom);
    selectOnly(*window, {InitScheme::Zeros, InitScheme::Random, InitScheme::He, InitScheme::LeCun});
    clickStart(*window);
    QTRY_VERIFY(!window->costView().costs(3).empty());

    // A timer that should fire every few ms: the longest gap is the longest stall. A stall of
    // ours recurs in every watch; one from another process on a busy machine does not, so the
    // best of a few watches is judged.
    QStringList watches;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int watch = 0; watch < kStallWatches && best > kMaxStallMs; ++watch) {
        qint64 longest = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer probe;
        probe.setInterval(kStallProbeMs);
        connect(&probe, &QTimer::timeout, this,
                [&] { longest = std::max(longest, sinceTick.restart()); });
        probe.start();
        QTest::qWait(kStallWatchMs);
        probe.stop();
        QVERIFY(window->isRunning());
        best = std::min(best, longest);
        watches << QStringLiteral("%1 ms").arg(longest);
    }
    qInfo("longest event-loop gap while four runs trained: %s",
          qPrintable(watches.join(QStringLiteral(", then "))));
    QVERIFY2(best <= kMaxStallMs,
             qPrintable(QStringLiteral("the event loop stalled in every watch: %1")
                            .arg(watches.join(QStringLiteral(", ")))));
    window->stop();
    QTRY_VERIFY(!window->isRunning());
}

void TestMainWindow::invalidInputKeepsStartDisabled_data()
{
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("messageLabel");

    QTest::newRow("empty layers") << QString() << QStringLiteral("layersMessage");
    QTest::newRow("not a number") << QStringLiteral("2,ten,1") << QStringLiteral("layersMessage");
    QTest::newRow("first width is not 2")
        << QStringLiteral("3,10,1") << QStringLiteral("layersMessage");
    QTest::newRow("last width is not 1")
        << QStringLiteral("2,10,2") << QStringLiteral("layersMessage");
    QTest::newRow("a zero width") << QStringLiteral("2,0,1") << QStringLiteral("layersMessage");
    QTest::newRow("a network too large for the core")
        << QStringLiteral("2,5000,5000,1") << QStringLiteral("validationMessage");
}

void TestMainWindow::invalidInputKeepsStartDisabled()
{
    QFETCH(QString, layers);
    QFETCH(QString, messageLabel);

    const auto window = makeWindow();
    auto* field = child<QLineEdit>(*window, "layers");
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, layers);
    QCOMPARE(field->text(), layers);

    QPushButton* start = window->form()->startButton();
    QVERIFY(!start->isEnabled());
    auto* message = child<QLabel>(*window, qPrintable(messageLabel));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    // Neither the button nor the Space shortcut starts anything.
    QTest::mouseClick(start, Qt::LeftButton);
    window->startPauseResume();
    QVERIFY(!window->isRunning());

    field->setText(QStringLiteral("2,10,5,1"));
    QVERIFY(start->isEnabled());
    QVERIFY(!message->isVisible());
}

namespace {
/// What a field shows: a number field's text, or the layers text.
QString shownText(QWidget* field)
{
    if (const auto* box = qobject_cast<QAbstractSpinBox*>(field))
        return box->text();
    return qobject_cast<QLineEdit*>(field)->text();
}

/// A field that is marked as holding no value (tinted or outlined red).
bool isMarked(const QWidget* field)
{
    return !field->styleSheet().isEmpty();
}

/// "2,1,1,...,1,1": `hidden` hidden layers of one unit.
QString narrowLayers(int hidden)
{
    QStringList widths{QStringLiteral("2")};
    for (int layer = 0; layer < hidden + 1; ++layer)
        widths << QStringLiteral("1");
    return widths.join(QLatin1Char(','));
}

// A window that trains in a blink: 100 iterations, a cost every 10.
const QString kFewIterations = QStringLiteral("100");
const QString kCostEvery = QStringLiteral("10");
// The `field` of the row that unticks every initialization.
const QString kNoInitialization = QStringLiteral("inits");
} // namespace

// Issue 5, the window half of the bad-input table: each number field, the layers and the picker.
// Every row is typed like a user; the form names the field, Start (button and Space) does nothing,
// and putting the value back enables Start again.
void TestMainWindow::badInputIsRejectedInline_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageLabel");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("marked"); // the field itself is marked red

    const auto row = [](const char* name, const char* field, const QString& text, const char* label,
                        const char* part, bool marked) {
        QTest::newRow(name) << QString::fromLatin1(field) << text << QString::fromLatin1(label)
                            << QString::fromLatin1(part) << marked;
    };
    // A number field's text that is no value in its range: named under Start.
    const auto number
        = [&](const char* name, const char* field, const char* text, const char* part) {
              row(name, field, QString::fromLatin1(text), "validationMessage", part, true);
          };
    // Layers the core cannot parse: named under the field.
    const auto layers = [&](const char* name, const QString& text, const char* part) {
        row(name, "layers", text, "layersMessage", part, true);
    };
    // Values fine one by one that the core rejects together: its message under Start.
    const auto core = [&](const char* name, const char* field, const char* text, const char* part) {
        row(name, field, QString::fromLatin1(text), "validationMessage", part, false);
    };

    number("learning rate 0", "learningRate", "0", "Learning rate");
    number("learning rate -1", "learningRate", "-1", "Learning rate");
    number("learning rate nan", "learningRate", "nan", "Learning rate");
    number("learning rate inf", "learningRate", "inf", "Learning rate");
    number("learning rate abc", "learningRate", "abc", "Learning rate");
    number("learning rate empty", "learningRate", "", "Learning rate is empty");
    number("learning rate 1e301", "learningRate", "1e301", "Learning rate");
    number("learning rate 1e-11", "learningRate", "1e-11", "Learning rate");
    number("learning rate 0,001 (a comma)", "learningRate", "0,001", "Learning rate");
    number("iterations 0", "iterations", "0", "Iterations");
    number("iterations -5", "iterations", "-5", "Iterations");
    number("iterations 2^31", "iterations", "2147483648", "Iterations");
    number("iterations 99999999999", "iterations", "99999999999", "Iterations");
    number("iterations empty", "iterations", "", "Iterations is empty");
    number("iterations 1.5", "iterations", "1.5", "Iterations");
    number("iterations 1e3", "iterations", "1e3", "Iterations");
    core("iterations 2^31-1, a cost every 1000", "iterations", "2147483647", "cost points");
    number("cost every 0", "costEvery", "0", "Cost every");
    number("cost every -1", "costEvery", "-1", "Cost every");
    number("cost every empty", "costEvery", "", "Cost every is empty");
    number("weight seed -1", "seed", "-1", "Weight seed");
    number("weight seed 2^32", "seed", "4294967296", "Weight seed");
    number("weight seed 1.5", "seed", "1.5", "Weight seed");
    number("seed count 0", "seedCount", "0", "Seed count");
    number("seed count 17", "seedCount", "17", "Seed count");
    number("seed count empty", "seedCount", "", "Seed count is empty");
    core("3 initializations x 6 seeds", "seedCount", "6", "at most 16");
    number("train seed -1", "trainSeed", "-1", "Train seed");
    number("train seed 2^32", "trainSeed", "4294967296", "Train seed");
    number("test seed 1.5", "testSeed", "1.5", "Test seed");
    number("test seed abc", "testSeed", "abc", "Test seed");
    number("a 1-point train set", "trainSamples", "1", "Train samples");
    number("train samples 0", "trainSamples", "0", "Train samples");
    number("train samples 1000001", "trainSamples", "1000001", "Train samples");
    number("train samples -3", "trainSamples", "-3", "Train samples");
    number("a 1-point test set", "testSamples", "1", "Test samples");
    number("test samples empty", "testSamples", "", "Test samples is empty");
    number("noise -0.1", "noise", "-0.1", "Noise");
    number("noise nan", "noise", "nan", "Noise");
    number("noise inf", "noise", "inf", "Noise");
    number("noise 1e7", "noise", "1e7", "Noise");
    number("factor 1", "factor", "1", "Factor");
    number("factor 1.5", "factor", "1.5", "Factor");
    number("factor -0.2", "factor", "-0.2", "Factor");
    layers("layers 2,1e3,1", QStringLiteral("2,1e3,1"), "Layer 2 is not a whole number");
    layers("layers 2,-3,1", QStringLiteral("2,-3,1"), "Layer 2 has width -3");
    layers("layers 2,2147483648,1", QStringLiteral("2,2147483648,1"), "Layer 2 is too wide");
    layers("1000 hidden layers", narrowLayers(1000), "more than 1000 layers");
    core("layers 2,100000000,1", "layers", "2,100000000,1", "parameters");
    core("no initialization selected", "inits", "", "initialization");
}

void TestMainWindow::badInputIsRejectedInline()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, messageLabel);
    QFETCH(QString, messagePart);
    QFETCH(bool, marked);

    const auto window = makeWindow();
    initviz::ui::ExperimentForm* form = window->form();
    QPushButton* start = form->startButton();
    auto* message = child<QLabel>(*window, qPrintable(messageLabel));
    QVERIFY(start->isEnabled());
    QVERIFY(!message->isVisible());

    QWidget* input = nullptr;
    QString before;
    if (field == kNoInitialization) {
        QVERIFY(!marked);
        selectOnly(*window, {});
    } else {
        input = child<QWidget>(*window, qPrintable(field));
        before = shownText(input);
        typeInto(input, text);
        // What was typed stays: no keystroke is refused, no value is silently kept.
        QCOMPARE(shownText(input), text);
        QCOMPARE(isMarked(input), marked);
    }

    QVERIFY(!form->isValid());
    QVERIFY(!start->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(message->text()));
    QVERIFY2(form->validationError().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(form->validationError()));
    // The status bar says the same, never "Ready".
    auto* status = child<QLabel>(*window, "statusText");
    QVERIFY2(status->text().startsWith(QStringLiteral("Cannot start: ")),
             qPrintable(status->text()));
    // Neither the button nor the Space shortcut starts anything.
    QTest::mouseClick(start, Qt::LeftButton);
    window->startPauseResume();
    QVERIFY(!window->isRunning());
    for (int run = 0; run < window->runCount(); ++run)
        QCOMPARE(window->runState(run), MainWindow::RunState::Ready);

    // Putting the value back enables Start and clears the message and the mark.
    if (input)
        typeInto(input, before);
    else
        selectOnly(*window, {InitScheme::Zeros, InitScheme::Random, InitScheme::He});
    QVERIFY2(form->isValid(), qPrintable(form->validationError()));
    QVERIFY(start->isEnabled());
    QVERIFY(!message->isVisible());
    QVERIFY2(!status->text().startsWith(QStringLiteral("Cannot start")),
             qPrintable(status->text()));
    if (input)
        QVERIFY(!isMarked(input));
    QVERIFY(form->settings() == initviz::ui::ExperimentSettings::notebook());
}

// The other half: extreme values the core accepts. They train (100 iterations at full speed) and
// finish, and a run that blows up is reported as diverged, as on the command line.
void TestMainWindow::extremeInputCompletes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("schemes"); // the runs, by name
    QTest::addColumn<QString>("outcomes"); // per run: "done" or "diverged"

    const auto row = [](const char* name, const char* field, const QString& text,
                        const char* schemes, const char* outcomes) {
        QTest::newRow(name) << QString::fromLatin1(field) << text << QString::fromLatin1(schemes)
                            << QString::fromLatin1(outcomes);
    };
    // Zeros cannot diverge: every gradient but the output bias is zero, and that one is zero on
    // balanced data.
    row("learning rate 1e300", "learningRate", QStringLiteral("1e300"), "zeros,random,he",
        "done,diverged,diverged");
    row("learning rate 1e-10", "learningRate", QStringLiteral("1e-10"), "zeros,he", "done,done");
    row("layers 2,1: no hidden layer", "layers", QStringLiteral("2,1"), "zeros,random,he",
        "done,done,done");
    row("200 hidden layers of one unit", "layers", narrowLayers(200), "zeros,random,he",
        "done,done,done");
    row("iterations 1", "iterations", QStringLiteral("1"), "zeros,he", "done,done");
    row("a cost every 2^31-1, beyond the iterations", "costEvery", QStringLiteral("2147483647"),
        "zeros,he", "done,done");
    row("a 2-point train set", "trainSamples", QStringLiteral("2"), "zeros,random,he",
        "done,done,done");
    row("a 2-point test set", "testSamples", QStringLiteral("2"), "zeros,random,he",
        "done,done,done");
    row("noise 1e6", "noise", QStringLiteral("1e6"), "zeros,random,he", "done,done,done");
    row("factor 0", "factor", QStringLiteral("0"), "zeros,random,he", "done,done,done");
    row("factor 0.9999999999", "factor", QStringLiteral("0.9999999999"), "zeros,he", "done,done");
    row("weight seed 2^32-1", "seed", QStringLiteral("4294967295"), "he", "done");
    row("train seed 2^32-1", "trainSeed", QStringLiteral("4294967295"), "he", "done");
}

void TestMainWindow::extremeInputCompletes()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, schemes);
    QFETCH(QString, outcomes);

    std::vector<InitScheme> runs;
    for (const QString& name : schemes.split(QLatin1Char(',')))
        runs.push_back(initviz::parseInitScheme(name.toStdString()).value());
    const QStringList expected = outcomes.split(QLatin1Char(','));
    QCOMPARE(static_cast<std::size_t>(expected.size()), runs.size());

    const auto window = makeWindow();
    selectOnly(*window, runs);
    typeInto(child<QWidget>(*window, "iterations"), kFewIterations);
    typeInto(child<QWidget>(*window, "costEvery"), kCostEvery);
    auto* input = child<QWidget>(*window, qPrintable(field));
    typeInto(input, text);
    QCOMPARE(shownText(input), text);
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    QVERIFY(!isMarked(input));
    QVERIFY(!child<QLabel>(*window, "validationMessage")->isVisible());

    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    QCOMPARE(window->runCount(), static_cast<int>(runs.size()));
    const std::vector<BoundaryPanel*> panels = window->boundaryPanels();
    for (int run = 0; run < window->runCount(); ++run) {
        const bool diverged = expected[run] == QLatin1String("diverged");
        const QString progress = panels[static_cast<std::size_t>(run)]->progressBar()->text();
        QVERIFY2(
            progress.startsWith(diverged ? QStringLiteral("Diverged") : QStringLiteral("Done")),
            qPrintable(progress));
        QCOMPARE(cell(*window, run, MainWindow::CommentColumn).contains(QStringLiteral("diverged")),
                 diverged);
    }
    // Still responsive: the form takes the next experiment at once.
    QVERIFY(!window->isRunning());
    QVERIFY(window->form()->startButton()->isEnabled());
    typeInto(input, QStringLiteral("x"));
    QVERIFY(!window->form()->startButton()->isEnabled());
}

// A number field with text that is no value keeps it on focus-out and Return (issue 9: Qt would
// silently put the last value back), marked and explained, until the user fixes it; what it
// shows is what the form holds once it is valid.
void TestMainWindow::numberFieldShowsWhatItHolds()
{
    const auto window = makeWindow();
    initviz::ui::ExperimentForm* form = window->form();
    auto* rate = child<QAbstractSpinBox>(*window, "learningRate");
    auto* message = child<QLabel>(*window, "validationMessage");

    typeInto(rate, QStringLiteral("abc"));
    QVERIFY(message->isVisible());
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(rate, &focusOut);
    QCOMPARE(rate->text(), QStringLiteral("abc"));
    QVERIFY(message->isVisible());
    QVERIFY(isMarked(rate));
    QVERIFY(!form->startButton()->isEnabled());

    // 1e30 is accepted on the way to 1e301; Return keeps the text, and Start stays disabled.
    typeInto(rate, QStringLiteral("1e301"));
    QVERIFY(!form->isValid());
    QTest::keyClick(rate, Qt::Key_Return);
    QVERIFY(!form->isValid());
    QCOMPARE(rate->text(), QStringLiteral("1e301"));
    typeInto(rate, QStringLiteral("1e30"));
    QTest::keyClick(rate, Qt::Key_Return);
    QVERIFY(form->isValid());
    QCOMPARE(rate->text(), QStringLiteral("1e+30"));
    QCOMPARE(form->settings().training.learningRate, 1e30);

    // Arrows step from the value, and clear the mark.
    typeInto(rate, QStringLiteral("-"));
    QVERIFY(!form->isValid());
    rate->stepUp();
    QVERIFY(form->isValid());
    QVERIFY(!message->isVisible());

    // The window's learning rates span what the command line accepts up to 1e300, and keep their
    // exact values: typed, stored, and read back.
    for (const double value : {0.01, 1e-10, 1e300, 0.1 + 0.2}) {
        typeInto(rate, QString::number(value, 'g', 17));
        QVERIFY2(form->isValid(), qPrintable(form->validationError()));
        QCOMPARE(form->settings().training.learningRate, value);
    }
    initviz::ui::ExperimentSettings settings = form->settings();
    settings.training.learningRate = 1e300;
    form->setSettings(settings);
    QCOMPARE(rate->text(), QStringLiteral("1e+300"));
    QCOMPARE(form->settings().training.learningRate, 1e300);
    settings.training.learningRate = 0.01;
    form->setSettings(settings);
    QCOMPARE(rate->text(), QStringLiteral("0.01"));
    QCOMPARE(form->settings().training.learningRate, 0.01);
    {
        QSettings store;
        initviz::ui::RememberedSettings remembered;
        remembered.experiment.training.learningRate = 1e300;
        initviz::ui::saveSettings(store, remembered);
        QCOMPARE(initviz::ui::loadSettings(store).experiment.training.learningRate, 1e300);
    }

    // Seeds span 0..2^32-1 and stay whole.
    auto* seed = child<QAbstractSpinBox>(*window, "seed");
    typeInto(seed, QStringLiteral("4294967295"));
    QVERIFY(form->isValid());
    QCOMPARE(form->settings().training.seed, 4294967295U);

    // Closing with text that is no value: the window hides first, and nothing reaches the
    // half-destroyed window.
    typeInto(rate, QStringLiteral("abc"));
    QVERIFY(!form->isValid());
}

void TestMainWindow::hostileSettingsAreIgnored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("learning rate not a number")
        << QStringLiteral("experiment/learningRate") << QVariant(QStringLiteral("nan"));
    QTest::newRow("negative learning rate")
        << QStringLiteral("experiment/learningRate") << QVariant(-1.0);
    QTest::newRow("iterations negative") << QStringLiteral("experiment/iterations") << QVariant(-5);
    QTest::newRow("iterations beyond int")
        << QStringLiteral("experiment/iterations") << QVariant(QStringLiteral("99999999999999"));
    QTest::newRow("layers garbage")
        << QStringLiteral("experiment/layers") << QVariant(QStringLiteral("2,abc,;rm -rf"));
    QTest::newRow("layers too large for memory")
        << QStringLiteral("experiment/layers") << QVariant(QStringLiteral("2,100000,100000,1"));
    QTest::newRow("cost interval making a million points")
        << QStringLiteral("experiment/costEvery") << QVariant(0);
    QTest::newRow("unknown initialization")
        << QStringLiteral("experiment/inits") << QVariant(QStringLiteral("evil,,,"));
    QTest::newRow("seed beyond 32 bits")
        << QStringLiteral("experiment/seed") << QVariant(QStringLiteral("4294967296"));
    QTest::newRow("seed count of 0") << QStringLiteral("experiment/seedCount") << QVariant(0);
    QTest::newRow("seed count of a million")
        << QStringLiteral("experiment/seedCount") << QVariant(1'000'000);
    QTest::newRow("seed count 16 with three initializations: 48 runs")
        << QStringLiteral("experiment/seedCount") << QVariant(16);
    QTest::newRow("factor of 1") << QStringLiteral("dataset/factor") << QVariant(1.0);
    QTest::newRow("one sample") << QStringLiteral("dataset/trainSamples") << QVariant(1);
    QTest::newRow("geometry is not a byte array")
        << QStringLiteral("window/geometry") << QVariant(QStringLiteral("garbage"));
    QTest::newRow("geometry is random bytes")
        << QStringLiteral("window/geometry") << QVariant(QByteArray(64, '\xff'));
    QTest::newRow("state is random bytes")
        << QStringLiteral("window/state") << QVariant(QByteArray("\x00\x00\x00\xff\x01", 5));
    QTest::newRow("speed unknown")
        << QStringLiteral("display/speed") << QVariant(QStringLiteral("ludicrous"));
    QTest::newRow("bool as a list")
        << QStringLiteral("display/logScale") << QVariant(QStringList{QStringLiteral("a")});
}

void TestMainWindow::hostileSettingsAreIgnored()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);

    QSettings().clear();
    {
        QSettings store;
        store.setValue(key, value);
    }
    MainWindow window;
    window.show();
    QVERIFY(window.form()->isValid());
    QVERIFY(window.form()->startButton()->isEnabled());
    // What a corrupt value would have set falls back to the notebook's.
    const initviz::ui::ExperimentSettings settings = window.form()->settings();
    QCOMPARE(settings.schemes.size(), std::size_t{3});
    QCOMPARE(settings.training.learningRate, 0.01);
    QCOMPARE(settings.training.iterations, 15000);
    QCOMPARE(settings.training.layerDims, (std::vector<int>{2, 10, 5, 1}));
    QCOMPARE(settings.data.trainSamples, 300);
    QCOMPARE(settings.data.factor, 0.8);
    QCOMPARE(settings.seedCount, 1);
    QCOMPARE(window.form()->speed(), initviz::ui::Speed::Classroom);
}

void TestMainWindow::settingsAreRemembered()
{
    QSettings().clear();
    {
        MainWindow window;
        window.show();
        selectOnly(window, {InitScheme::He, InitScheme::LeCun});
        child<QLineEdit>(window, "layers")->setText(QStringLiteral("2,8,1"));
        child<QSpinBox>(window, "seedCount")->setValue(4);
        window.form()->setSpeed(initviz::ui::Speed::Fast);
        QVERIFY(window.close());
    }
    MainWindow window;
    const initviz::ui::ExperimentSettings settings = window.form()->settings();
    QCOMPARE(settings.schemes, (std::vector<InitScheme>{InitScheme::He, InitScheme::LeCun}));
    QCOMPARE(settings.training.layerDims, (std::vector<int>{2, 8, 1}));
    QCOMPARE(settings.seedCount, 4);
    QCOMPARE(window.form()->speed(), initviz::ui::Speed::Fast);
}

void TestMainWindow::restoreNotebookSettings()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::Small});
    child<QLineEdit>(*window, "layers")->setText(QStringLiteral("2,3,1"));
    QTest::mouseClick(child<QPushButton>(*window, "restoreButton"), Qt::LeftButton);
    QVERIFY(window->form()->settings() == initviz::ui::ExperimentSettings::notebook());
}

void TestMainWindow::zerosWeightsShowIdenticalRows()
{
    const auto window = makeWindow();
    window->understandingPanel()->setCurrentScheme(InitScheme::Zeros);
    const auto maps = window->understandingPanel()->weightMaps();
    QCOMPARE(maps.size(), std::size_t{3}); // W1, W2, W3
    QCOMPARE(maps[0]->matrix().rows(), 10);
    QCOMPARE(maps[0]->matrix().cols(), 2);
    QVERIFY(maps[0]->matrix().isZero(0.0));
    const QList<QLabel*> labels = window->understandingPanel()->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().startsWith(QStringLiteral("All 10 rows are identical"));
    }));

    window->understandingPanel()->setCurrentScheme(InitScheme::He);
    const auto heMaps = window->understandingPanel()->weightMaps();
    // notebook-outputs.md: initialize_parameters_he starts from randn * sqrt(2 / n_{l-1}).
    QVERIFY(!heMaps[0]->matrix().isZero(0.0));
    QVERIFY(heMaps[0]->matrix().row(0) != heMaps[0]->matrix().row(1));
}

void TestMainWindow::presenterModeEnlargesText()
{
    const auto window = makeWindow();
    const qreal normal = window->font().pointSizeF();
    QTest::keyClick(window.get(), Qt::Key_F11);
    QVERIFY(window->isPresenterMode());
    QVERIFY(window->font().pointSizeF() > normal * 1.2);
    QTRY_VERIFY(window->isFullScreen());
    QTest::keyClick(window.get(), Qt::Key_F11);
    QVERIFY(!window->isPresenterMode());
    QCOMPARE(window->font().pointSizeF(), normal);
}

void TestMainWindow::exportCostsWritesCsv()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::Random, InitScheme::He});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    const QString path = scratch_.filePath(QStringLiteral("costs.csv"));
    QString error;
    QVERIFY2(window->exportCosts(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 15 + 15);
    QCOMPARE(lines[0], QStringLiteral("run,seed,iteration,cost"));
    QCOMPARE(lines[1], QStringLiteral("random,3,0,inf"));
    QCOMPARE(lines[16], QStringLiteral("he,3,0,0.8830537463419761"));

    QVERIFY(!window->exportCosts(QStringLiteral("/nonexistent-directory/costs.csv"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-directory/costs.csv")));
}

void TestMainWindow::exportFigureFromTheWindow()
{
    const auto window = makeWindow();
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    for (const QString& name : {QStringLiteral("window.png"), QStringLiteral("window.pdf")}) {
        const QString path = scratch_.filePath(name);
        QString error;
        QVERIFY2(window->exportFigure(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    QVERIFY(!QImage(scratch_.filePath(QStringLiteral("window.png"))).isNull());
}

// Issue 5: every export of the window sent to /dev/full (through links named as the exports
// expect) fails with the device's reason, leaves the device a device, and the window goes on.
void TestMainWindow::exportOntoAFullDevice()
{
    const QString device = QStringLiteral("/dev/full");
    if (!QFileInfo::exists(device))
        INITVIZ_SKIP_OR_FAIL(QStringLiteral("this machine has no /dev/full"));
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    using Export = bool (*)(MainWindow&, const QString&, QString*);
    const std::vector<std::pair<QString, Export>> exports{
        {QStringLiteral("figure.png"),
         [](MainWindow& w, const QString& path, QString* error) {
             return w.exportFigure(path, error);
         }},
        {QStringLiteral("figure.pdf"),
         [](MainWindow& w, const QString& path, QString* error) {
             return w.exportFigure(path, error);
         }},
        {QStringLiteral("costs.csv"),
         [](MainWindow& w, const QString& path, QString* error) {
             return w.exportCosts(path, error);
         }},
        {QStringLiteral("screenshot.png"),
         [](MainWindow& w, const QString& path, QString* error) {
             return w.saveScreenshot(path, error);
         }},
    };
    for (const auto& [name, exportTo] : exports) {
        const QString path = scratch_.filePath(QStringLiteral("full-") + name);
        QVERIFY(QFile::link(device, path));
        QString error;
        QVERIFY2(!exportTo(*window, path, &error), qPrintable(name));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    struct stat status { };
    QCOMPARE(::stat("/dev/full", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
    QString error;
    QVERIFY2(window->exportCosts(scratch_.filePath(QStringLiteral("after.csv")), &error),
             qPrintable(error));
}

// Issue 5: the 16-run comparison on the window's run controller: sixteen threads at once (four
// initializations, four seeds each) all report, each run exactly the core's, and no thread is
// left; then sixteen more are stopped at once.
void TestMainWindow::sixteenRunsOnTheWindowsThreads()
{
    using initviz::ui::RunController;
    RunController controller;
    controller.setIterationsPerSecond(0.0);
    const auto data = std::make_shared<const initviz::DatasetPair>(initviz::makeDatasets({}));
    std::vector<initviz::TrainingConfig> configs;
    for (const InitScheme scheme :
         {InitScheme::Zeros, InitScheme::Random, InitScheme::He, InitScheme::Xavier}) {
        for (std::uint32_t seed = 1; seed <= 4; ++seed) {
            initviz::TrainingConfig config;
            config.init = scheme;
            config.seed = seed;
            config.iterations = 3000;
            configs.push_back(config);
        }
    }
    const initviz::GridSpec grid = initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 60, 60);
    QSignalSpy finished(&controller, &RunController::runFinished);
    QSignalSpy failed(&controller, &RunController::runFailed);
    QSignalSpy all(&controller, &RunController::allFinished);
    controller.start(configs, data, grid);
    QCOMPARE(controller.threadCount(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, kTrainingTimeoutMs);
    QCOMPARE(all.at(0).at(0).toBool(), false);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 16);
    std::vector<bool> reported(configs.size(), false);
    for (const QList<QVariant>& arguments : finished) {
        const int run = arguments.at(0).toInt();
        QVERIFY(run >= 0 && run < 16 && !reported[static_cast<std::size_t>(run)]);
        reported[static_cast<std::size_t>(run)] = true;
        const auto result = arguments.at(1).value<initviz::TrainingResult>();
        const initviz::TrainingResult alone
            = initviz::train(configs[static_cast<std::size_t>(run)], *data);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.config.seed, configs[static_cast<std::size_t>(run)].seed);
        QCOMPARE(result.trainAccuracy, alone.trainAccuracy);
        QCOMPARE(result.testAccuracy, alone.testAccuracy);
        QCOMPARE(result.costs.size(), alone.costs.size());
        for (std::size_t i = 0; i < alone.costs.size(); ++i)
            QCOMPARE(result.costs[i].cost, alone.costs[i].cost);
    }
    QTRY_COMPARE(controller.threadCount(), 0);

    // Sixteen paced runs, stopped together.
    controller.setIterationsPerSecond(100.0);
    controller.start(configs, data, grid);
    QTest::qWait(50);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(all.count(), 2, 5'000);
    QCOMPARE(all.at(1).at(0).toBool(), true);
    QTRY_COMPARE(controller.threadCount(), 0);
}

// Issue 5: the 16-run comparison in the window, as a teacher sets it up: four initializations,
// weight seed 1 and a seed count of 4. Every run is shown (a row of panels per initialization),
// trains to the end and reports what the core gives; seed 3 of He is the notebook's He run.
void TestMainWindow::sixteenRunsSideBySideInTheWindow()
{
    const auto window = makeWindow();
    selectOnly(*window,
               {InitScheme::Zeros, InitScheme::Random, InitScheme::He, InitScheme::Xavier});
    typeInto(child<QWidget>(*window, "seed"), QStringLiteral("1"));
    typeInto(child<QWidget>(*window, "seedCount"), QStringLiteral("4"));
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    const initviz::ui::ExperimentSettings settings = window->form()->settings();
    QCOMPARE(settings.seedCount, 4);
    clickStart(*window);
    QCOMPARE(window->runCount(), 16);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    const std::vector<initviz::ui::BoundaryPanel*> panels = window->boundaryPanels();
    QCOMPARE(panels.size(), std::size_t{16});
    QCOMPARE(panels[0]->view().title(), QStringLiteral("Zeros, seed 1"));
    QCOMPARE(panels[10]->view().title(), QStringLiteral("He, seed 3"));
    QCOMPARE(panels[15]->view().title(), QStringLiteral("Xavier (Glorot), seed 4"));
    // A row per initialization: He's four panels side by side, under large random's.
    QCOMPARE(panels[8]->y(), panels[11]->y());
    QVERIFY(panels[8]->y() > panels[7]->y());
    // Issue 9: a row per initialization summarizes its four seeds; each seed is in the tooltip.
    QCOMPARE(window->resultsTable()->rowCount(), 4);
    QCOMPARE(cell(*window, 2, MainWindow::ModelColumn),
             QStringLiteral("3-layer NN with He initialization, 4 seeds"));
    const auto seedLine = [&window](int run, MainWindow::ResultColumn column) {
        return window->resultsTable()
            ->item(run / 4, column)
            ->toolTip()
            .split(QLatin1Char('\n'))
            .value(run % 4);
    };
    QCOMPARE(seedLine(10, MainWindow::TrainAccuracyColumn), QStringLiteral("seed 3: 99.3%"));
    QCOMPARE(seedLine(10, MainWindow::TestAccuracyColumn), QStringLiteral("seed 3: 96%"));
    const initviz::DatasetPair data = initviz::makeDatasets(settings.data);
    const std::vector<initviz::TrainingConfig> configs = settings.runConfigs();
    for (const int run : {0, 5, 15}) {
        const initviz::TrainingResult alone
            = initviz::train(configs[static_cast<std::size_t>(run)], data);
        QCOMPARE(seedLine(run, MainWindow::TrainAccuracyColumn),
                 QStringLiteral("seed %1: %2")
                     .arg(configs[static_cast<std::size_t>(run)].seed)
                     .arg(initviz::ui::formatPercent(alone.trainAccuracy)));
        QCOMPARE(window->costView().costs(run).size(), alone.costs.size());
        QCOMPARE(window->costView().costs(run).back().cost, alone.costs.back().cost);
    }
    // One legend entry per initialization.
    QCOMPARE(window->costView().legendEntryCount(), 4);
    // Clicking a panel shows that run's own initial weights, and frames that panel alone (on its
    // title: a click inside the plot would also add a point, issue 10).
    QTest::mouseClick(panels[5]->plot(), Qt::LeftButton, {},
                      QPoint(panels[5]->plot()->width() / 2, 3));
    initviz::ui::UnderstandingPanel* understanding = window->understandingPanel();
    QCOMPARE(understanding->currentScheme(), InitScheme::Random);
    QCOMPARE(understanding->currentSeed(), 2U);
    QVERIFY(understanding->weightMaps().front()->matrix()
            == initviz::initializeParameters(settings.training.layerDims, InitScheme::Random, 2)
                   .W.front());
    for (std::size_t i = 0; i < panels.size(); ++i)
        QCOMPARE(panels[i]->isSelected(), i == 5);
    // The exports carry every run, with its seed.
    const QString csv = scratch_.filePath(QStringLiteral("sixteen.csv"));
    QString error;
    QVERIFY2(window->exportCosts(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 16 * 15);
    QVERIFY(lines.contains(QStringLiteral("he,3,0,0.8830537463419761")));
    QVERIFY(lines.contains(QStringLiteral("xavier,4,14000,")
                           + QString::fromStdString(initviz::formatPython(
                               initviz::train(configs[15], data).costs.back().cost))));
    QVERIFY2(window->exportFigure(scratch_.filePath(QStringLiteral("sixteen.png")), &error),
             qPrintable(error));
    QVERIFY(!QImage(scratch_.filePath(QStringLiteral("sixteen.png"))).isNull());

    // Seeds must stay within numpy's range, and the window trains at most sixteen runs.
    typeInto(child<QWidget>(*window, "seed"), QStringLiteral("4294967295"));
    QVERIFY(!window->form()->isValid());
    QVERIFY2(window->form()->validationError().contains(QStringLiteral("past 4294967295")),
             qPrintable(window->form()->validationError()));
}

namespace {
/// Runs as `nobody` (real and effective) until destroyed, when the process was root; root may
/// write into any folder. The saved ID stays root, so the destructor can switch back.
class AsNobodyWhileRoot {
public:
    AsNobodyWhileRoot()
        : active_(::geteuid() == 0)
    {
        constexpr uid_t kNobody = 65534;
        if (active_)
            active_ = ::setresuid(kNobody, kNobody, 0) == 0;
    }
    ~AsNobodyWhileRoot()
    {
        if (active_ && ::setresuid(0, 0, 0) != 0)
            qFatal("could not switch back to root");
    }
    AsNobodyWhileRoot(const AsNobodyWhileRoot&) = delete;
    AsNobodyWhileRoot& operator=(const AsNobodyWhileRoot&) = delete;

private:
    bool active_;
};
} // namespace

// Issue 5: exporting into a read-only folder (a write-protected USB stick) over last week's
// files says the folder is read-only and leaves those files as they were.
void TestMainWindow::exportIntoAReadOnlyFolderKeepsThePreviousFile()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    clickStart(*window);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    QTemporaryDir base;
    QVERIFY(base.isValid());
    const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(base.path(), readable | QFile::WriteOwner));
    const QString folder = base.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkdir(folder));
    const QStringList names{QStringLiteral("figure.png"), QStringLiteral("figure.pdf"),
                            QStringLiteral("costs.csv")};
    const QByteArray previous("last week's export");
    for (const QString& name : names) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(previous), previous.size());
    }
    QVERIFY(QFile::setPermissions(folder, readable));
    {
        const AsNobodyWhileRoot nobody;
        // A container without CAP_SETUID cannot drop root: then nothing here can be read-only.
        if (::geteuid() == 0)
            INITVIZ_SKIP_OR_FAIL(QStringLiteral("as root, cannot switch to nobody here (no "
                                                "CAP_SETUID?)"));
        for (const QString& name : names) {
            const QString path = folder + QLatin1Char('/') + name;
            QString error;
            const bool written = name.endsWith(QLatin1String(".csv"))
                ? window->exportCosts(path, &error)
                : window->exportFigure(path, &error);
            QVERIFY2(!written, qPrintable(path));
            QVERIFY2(error.contains(QStringLiteral("the folder %1 is read-only").arg(folder)),
                     qPrintable(error));
        }
    }
    for (const QString& name : names) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), previous);
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), names.size());
    QVERIFY(QFile::setPermissions(folder, readable | QFile::WriteOwner));
}

void TestMainWindow::scriptedModeWritesScreenshot()
{
    QSettings().clear();
    LaunchOptions options;
    options.start = true;
    options.maxSpeed = true;
    options.quitWhenDone = true;
    options.screenshotPath = scratch_.filePath(QStringLiteral("scripted.png"));
    QCOMPARE(initviz::ui::runWindow(options), 0);
    const QImage shot(options.screenshotPath);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 1000);
    QVERIFY(shot.height() >= 600);
}

void TestMainWindow::scriptedModeReportsUnwritableScreenshot()
{
    LaunchOptions options;
    options.start = true;
    options.maxSpeed = true;
    options.quitWhenDone = true;
    options.overrideSettings = true;
    options.inits = {InitScheme::He};
    options.training.iterations = 100;
    options.screenshotPath = QStringLiteral("/nonexistent-directory/shot.png");
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral("nonexistent-directory/shot.png")));
    QCOMPARE(initviz::ui::runWindow(options), 2);
}

void TestMainWindow::comparisonFigureExport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("PNG image") << QStringLiteral("compare.png") << QByteArray("\x89PNG");
    QTest::newRow("PDF document") << QStringLiteral("compare.pdf") << QByteArray("%PDF");
}

void TestMainWindow::comparisonFigureExport()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);

    const initviz::DatasetPair data = initviz::makeDatasets({});
    std::vector<initviz::TrainingResult> results;
    for (const InitScheme scheme : {InitScheme::Zeros, InitScheme::Random, InitScheme::He}) {
        initviz::TrainingConfig config;
        config.init = scheme;
        results.push_back(initviz::train(config, data));
    }
    const QString path = scratch_.filePath(fileName);
    QString error;
    QVERIFY2(initviz::ui::exportComparisonFigure(results, data, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 10'000);
    QCOMPARE(file.read(magic.size()), magic);
}

void TestMainWindow::comparisonFigureFailsCleanly_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unwritable directory") << QStringLiteral("/nonexistent-directory/figure.png");
    QTest::newRow("unknown format") << scratch_.filePath(QStringLiteral("figure.jpg"));
    QTest::newRow("parent is a file") << scratch_.filePath(QStringLiteral("plain-file/figure.png"));
}

void TestMainWindow::comparisonFigureFailsCleanly()
{
    QFETCH(QString, path);
    const initviz::DatasetPair data = initviz::makeDatasets({});
    initviz::TrainingConfig config;
    config.iterations = 10;
    const std::vector<initviz::TrainingResult> results{initviz::train(config, data)};
    QString error;
    QVERIFY(!initviz::ui::exportComparisonFigure(results, data, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

// The functions that measure time: ctest runs them alone (tst_mainwindow_timing), the others
// beside other tests (tests/test_parts.h).
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(
        &test,
        initviz::test::partArguments(test, QCoreApplication::arguments(),
                                     {QStringLiteral("closingMidRunJoinsEveryThread"),
                                      QStringLiteral("eventLoopNeverStallsWhileFourRunsTrain"),
                                      QStringLiteral("pacedRunIsWatchable"),
                                      QStringLiteral("stopTakesEffectQuickly")}));
}
#include "tst_mainwindow.moc"
