// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: pause, resume and step. A paused run holds inside its training thread; stepped or
// resumed, it goes on as if never paused: its weights and costs at every pause are those of an
// uninterrupted run stopped there, bit for bit, and so is its end after 100 pauses. The window's
// keys (Space, Shift+Space, the arrows), buttons and status follow.
#include "exact.h"
#include "window_test.h"

#include "ui/control_strip.h"
#include "ui/experiment_form.h"
#include "ui/run_controller.h"

#include "core/datasets.h"
#include "core/trainer.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

using initviz::InitScheme;
using initviz::Parameters;
using initviz::TrainingConfig;
using initviz::test::bitsMismatch;
using initviz::test::child;
using initviz::test::sameBits;
using initviz::ui::MainWindow;
using initviz::ui::RunController;
using initviz::ui::RunProgress;

namespace {

constexpr int kWaitMs = 60'000;

std::vector<TrainingConfig> notebookRuns(int iterations)
{
    std::vector<TrainingConfig> runs;
    for (InitScheme scheme : {InitScheme::Zeros, InitScheme::Random, InitScheme::He}) {
        TrainingConfig config;
        config.init = scheme;
        config.iterations = iterations;
        runs.push_back(config);
    }
    return runs;
}

/// Every weight and bias of `got` has the bits of `want`'s, and the shapes agree.
QString parameterMismatch(const Parameters& got, const Parameters& want)
{
    if (got.W.size() != want.W.size() || got.b.size() != want.b.size())
        return QStringLiteral("layer counts differ");
    for (std::size_t l = 0; l < want.W.size(); ++l) {
        if (got.W[l].rows() != want.W[l].rows() || got.W[l].cols() != want.W[l].cols()
            || got.b[l].size() != want.b[l].size())
            return QStringLiteral("layer %1: shapes differ").arg(l + 1);
        for (Eigen::Index k = 0; k < want.W[l].size(); ++k)
            if (!sameBits(got.W[l].data()[k], want.W[l].data()[k]))
                return QStringLiteral("W%1[%2]: %3")
                    .arg(l + 1)
                    .arg(k)
                    .arg(bitsMismatch(got.W[l].data()[k], want.W[l].data()[k]));
        for (Eigen::Index k = 0; k < want.b[l].size(); ++k)
            if (!sameBits(got.b[l][k], want.b[l][k]))
                return QStringLiteral("b%1[%2]: %3")
                    .arg(l + 1)
                    .arg(k)
                    .arg(bitsMismatch(got.b[l][k], want.b[l][k]));
    }
    return {};
}

/// What the controller has said about each run: the last progress, its costs, its result.
struct Recorder {
    explicit Recorder(RunController& controller)
    {
        QObject::connect(&controller, &RunController::progressed,
                         [this](int run, const RunProgress& progress) {
                             last[run] = progress;
                             for (const initviz::CostPoint& point : progress.costs)
                                 costs[run].push_back(point);
                         });
        QObject::connect(
            &controller, &RunController::runFinished,
            [this](int run, const initviz::TrainingResult& result) { results[run] = result; });
    }
    std::map<int, RunProgress> last;
    std::map<int, std::vector<initviz::CostPoint>> costs;
    std::map<int, initviz::TrainingResult> results;
};

} // namespace

class TestPause : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void steppedRunsEqualUninterruptedOnes();
    void hundredPausesGiveTheUninterruptedResult();
    void stopEndsAPausedRun();
    void keysButtonsAndStatus();
};

void TestPause::initTestCase()
{
    initviz::test::prepareWindowTest("tst_pause");
}

// Paused at a cost checkpoint, then stepped 1 and 1000 iterations: at each pause every run's
// weights are those of the core's train() run for exactly that many iterations, and the costs
// so far its checkpoints, bit for bit (seen to fail with the trainer's breakpoint compared with i
// instead of i + 1, and with it read before the checkpoint's report, which had the runs step past
// 1001 to 1025).
void TestPause::steppedRunsEqualUninterruptedOnes()
{
    const auto data = std::make_shared<const initviz::DatasetPair>(initviz::makeDatasets({}));
    const std::vector<TrainingConfig> runs = notebookRuns(15000);
    RunController controller;
    Recorder recorder(controller);
    QSignalSpy paused(&controller, &RunController::paused);
    controller.setIterationsPerSecond(2000); // slow enough to pause well before the end
    controller.start(runs, data, initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 20, 20));
    controller.pause();
    QVERIFY(paused.wait(kWaitMs));
    const int first = paused.takeFirst().at(0).toInt();
    QVERIFY2(first >= 0 && first < 15000, qPrintable(QString::number(first)));

    std::vector<initviz::TrainingResult> whole;
    for (const TrainingConfig& config : runs)
        whole.push_back(initviz::train(config, *data));
    const int checkpoint = (first / 1000 + 1) * 1000;
    for (const int target : {checkpoint, checkpoint + 1, checkpoint + 1001}) {
        if (target == checkpoint)
            controller.stepToNextCheckpoint();
        else
            controller.step(target == checkpoint + 1 ? 1 : 1000);
        QVERIFY(paused.wait(kWaitMs));
        QCOMPARE(paused.takeFirst().at(0).toInt(), target);
        QCOMPARE(controller.pausedAt(), target);
        for (int run = 0; run < static_cast<int>(runs.size()); ++run) {
            const RunProgress& progress = recorder.last.at(run);
            QVERIFY(progress.held);
            QCOMPARE(progress.iteration, target);
            QVERIFY(progress.parameters);
            TrainingConfig upTo = runs[static_cast<std::size_t>(run)];
            upTo.iterations = target;
            const initviz::TrainingResult want = initviz::train(upTo, *data);
            const QString mismatch = parameterMismatch(*progress.parameters, want.finalParameters);
            QVERIFY2(
                mismatch.isEmpty(),
                qPrintable(QStringLiteral("run %1 at %2: %3").arg(run).arg(target).arg(mismatch)));
            // The checkpoints so far, the pause's own included: the whole run's up to `target`.
            const std::vector<initviz::CostPoint>& got = recorder.costs[run];
            const std::vector<initviz::CostPoint>& all = whole[static_cast<std::size_t>(run)].costs;
            const auto upToTarget = static_cast<std::size_t>(target / 1000 + 1);
            QCOMPARE(got.size(), upToTarget);
            for (std::size_t k = 0; k < got.size(); ++k) {
                QCOMPARE(got[k].iteration, all[k].iteration);
                QVERIFY2(sameBits(got[k].cost, all[k].cost),
                         qPrintable(bitsMismatch(got[k].cost, all[k].cost)));
            }
        }
    }
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), kWaitMs);
}

// Pause and resume 100 times while three runs train: each ends with the uninterrupted run's
// weights, costs and accuracies, bit for bit (seen to hang without PauseGate's resume count: a
// run still waking from one pause held on at the next, below its new pause point).
void TestPause::hundredPausesGiveTheUninterruptedResult()
{
    const auto data = std::make_shared<const initviz::DatasetPair>(initviz::makeDatasets({}));
    const std::vector<TrainingConfig> runs = notebookRuns(15000);
    RunController controller;
    Recorder recorder(controller);
    QSignalSpy paused(&controller, &RunController::paused);
    QSignalSpy finished(&controller, &RunController::allFinished);
    controller.setIterationsPerSecond(5000);
    controller.start(runs, data, initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 20, 20));
    int pauses = 0;
    std::vector<int> pausedAt;
    for (; pauses < 100; ++pauses) {
        controller.pause();
        QVERIFY(paused.wait(kWaitMs));
        pausedAt.push_back(paused.takeFirst().at(0).toInt());
        controller.resume();
        QTest::qWait(2);
    }
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false); // not stopped
    // The pauses moved on through the run.
    QVERIFY(std::is_sorted(pausedAt.begin(), pausedAt.end()));
    QVERIFY2(pausedAt.back() > pausedAt.front(), "every pause at the same iteration");
    for (int run = 0; run < static_cast<int>(runs.size()); ++run) {
        const initviz::TrainingResult want
            = initviz::train(runs[static_cast<std::size_t>(run)], *data);
        const initviz::TrainingResult& got = recorder.results.at(run);
        QCOMPARE(got.iterationsDone, 15000);
        const QString mismatch = parameterMismatch(got.finalParameters, want.finalParameters);
        QVERIFY2(mismatch.isEmpty(),
                 qPrintable(QStringLiteral("run %1: %2").arg(run).arg(mismatch)));
        QCOMPARE(got.costs.size(), want.costs.size());
        for (std::size_t k = 0; k < got.costs.size(); ++k)
            QVERIFY2(sameBits(got.costs[k].cost, want.costs[k].cost),
                     qPrintable(bitsMismatch(got.costs[k].cost, want.costs[k].cost)));
        QVERIFY(sameBits(got.trainAccuracy, want.trainAccuracy));
        QVERIFY(sameBits(got.testAccuracy, want.testAccuracy));
    }
}

// Stop while paused ends every run at once, stopped where it held.
void TestPause::stopEndsAPausedRun()
{
    const auto data = std::make_shared<const initviz::DatasetPair>(initviz::makeDatasets({}));
    RunController controller;
    Recorder recorder(controller);
    QSignalSpy paused(&controller, &RunController::paused);
    QSignalSpy finished(&controller, &RunController::allFinished);
    controller.setIterationsPerSecond(2000);
    controller.start(notebookRuns(15000), data, initviz::displayGrid(-1.5, 1.5, -1.5, 1.5, 20, 20));
    controller.pause();
    QVERIFY(paused.wait(kWaitMs));
    const int at = paused.takeFirst().at(0).toInt();
    controller.stop();
    QVERIFY(!controller.isPaused());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    for (int run = 0; run < 3; ++run) {
        QVERIFY(recorder.results.at(run).cancelled);
        QCOMPARE(recorder.results.at(run).iterationsDone, at);
    }
}

// Space starts, pauses and resumes; the arrows step while paused; Shift+Space stops. The form's
// and the strip's buttons and the status bar say so.
void TestPause::keysButtonsAndStatus()
{
    const auto window = initviz::test::shownWindow();
    window->form()->setSpeed(initviz::ui::Speed::Slow);
    window->activateWindow();
    window->resultsTable()->setFocus();
    auto* status = child<QLabel>(*window, "statusText");
    initviz::ui::ExperimentForm* form = window->form();
    const initviz::ui::ControlStrip* strip = window->controlStrip();

    QVERIFY(!form->pauseButton()->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Space);
    QTRY_VERIFY(window->isRunning());
    QVERIFY(form->pauseButton()->isEnabled());
    QVERIFY(strip->pauseButton()->isEnabled());
    QVERIFY(strip->stopButton()->isEnabled()); // the strip follows the form
    QVERIFY(!form->stepButton()->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(window->pausedAt() >= 0, kWaitMs);
    const int at = window->pausedAt();
    QTRY_VERIFY(status->text().startsWith(
        QStringLiteral("Paused at iteration %1").arg(initviz::ui::formatCount(at))));
    QCOMPARE(form->pauseButton()->text(), QStringLiteral("Resume"));
    QCOMPARE(strip->pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(form->stepButton()->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(window->pausedAt(), at + 1, kWaitMs);
    QTest::keyClick(window.get(), Qt::Key_Right, Qt::ShiftModifier);
    const int costEvery = window->form()->settings().training.costEvery;
    QTRY_COMPARE_WITH_TIMEOUT(window->pausedAt(), ((at + 1) / costEvery + 1) * costEvery, kWaitMs);
    QTest::mouseClick(form->stepButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->pausedAt(), ((at + 1) / costEvery + 1) * costEvery + 1,
                              kWaitMs);

    QTest::keyClick(window.get(), Qt::Key_Space);
    QTRY_VERIFY(!window->isPaused());
    QVERIFY(window->isRunning());
    QCOMPARE(form->pauseButton()->text(), QStringLiteral("Pause"));
    QTest::keyClick(window.get(), Qt::Key_Space, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isRunning(), kWaitMs);
    QVERIFY(initviz::test::allRunsIn(*window, MainWindow::RunState::Stopped));
    QVERIFY(!strip->stopButton()->isEnabled());
}

QTEST_MAIN(TestPause)
#include "tst_pause.moc"
