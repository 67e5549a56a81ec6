// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 in the window: the Data box's kinds, your own points from a CSV file and clicked into
// the panels, and the view that follows them. Runs on the offscreen platform.
#include "ui/boundary_panel.h"
#include "ui/cost_view.h"
#include "ui/dataset_text.h"
#include "ui/experiment_form.h"
#include "ui/experiment_settings.h"
#include "ui/main_window.h"

#include "core/dataset_kinds.h"
#include "core/datasets.h"
#include "core/trainer.h"
#include "exact.h"
#include "window_test.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>
#include <vector>

using initviz::DatasetKind;
using initviz::InitScheme;
using initviz::test::makeWindow;
using initviz::test::selectOnly;
using initviz::ui::BoundaryPanel;
using initviz::ui::MainWindow;

namespace {
QtMessageHandler defaultHandler = nullptr;

/// The offscreen platform warns about every dock widget; nothing a test can act on.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

constexpr int kTrainingTimeoutMs = 60'000;
// Short runs: the numbers are compared bit for bit, not the notebook's length.
constexpr int kIterations = 1500;

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

bool allFinished(const MainWindow& window)
{
    for (int run = 0; run < window.runCount(); ++run) {
        if (window.runState(run) != MainWindow::RunState::Finished)
            return false;
    }
    return window.runCount() > 0;
}

/// Where the data point (x1, x2) is on a panel's plot, in the plot's pixels.
QPoint pixelOf(BoundaryPanel& panel, double x1, double x2)
{
    QCPAxisRect* rect = panel.view().axisRect();
    return {static_cast<int>(std::lround(rect->axis(QCPAxis::atBottom)->coordToPixel(x1))),
            static_cast<int>(std::lround(rect->axis(QCPAxis::atLeft)->coordToPixel(x2)))};
}

/// How close a clicked point lands: two pixels of a panel's plot in data units (a click is a
/// whole pixel, and QCustomPlot's pixel edges are half a pixel off its coordinates' centres).
double clickTolerance(BoundaryPanel& panel)
{
    return 2.0 * 2.0 * panel.view().viewLimit() / panel.view().axisRect()->width();
}

void clickAt(MainWindow& window, int panel, double x1, double x2,
             Qt::KeyboardModifiers modifiers = {})
{
    BoundaryPanel* target = window.boundaryPanels().at(static_cast<std::size_t>(panel));
    QTest::mouseClick(target->plot(), Qt::LeftButton, modifiers, pixelOf(*target, x1, x2));
    QCoreApplication::processEvents(); // the edit is queued
}

long long trainSize(const MainWindow& window)
{
    return window.shownData() ? window.shownData()->train.size() : -1;
}

bool everyPanelShows(const MainWindow& window, long long points)
{
    for (BoundaryPanel* panel : window.boundaryPanels()) {
        if (panel->view().trainPointCount() != points)
            return false;
    }
    return !window.boundaryPanels().empty();
}

bool everyPanelViews(const MainWindow& window, double limit)
{
    for (BoundaryPanel* panel : window.boundaryPanels()) {
        if (panel->view().viewLimit() != limit)
            return false;
    }
    return !window.boundaryPanels().empty();
}

/// Accepts the next message box and keeps its text.
void catchMessageBox(QString* text)
{
    QTimer::singleShot(50, [text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            catchMessageBox(text);
        }
    });
}
} // namespace

class TestWindowData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        defaultHandler = qInstallMessageHandler(quietOffscreenNoise);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InitVizTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window_data"));
        QSettings().clear();
        QVERIFY(scratch_.isValid());
    }

    void cleanup() { QSettings().clear(); }

    // The Data box shows the fields the kind uses, with the kind's defaults from the core's table.
    void formShowsTheKindsFields()
    {
        const auto window = makeWindow();
        initviz::ui::ExperimentForm& form = *window->form();
        auto* kind = child<QComboBox>(form, "datasetKind");
        QCOMPARE(kind->count(), static_cast<int>(initviz::datasetKinds().size()));
        QVERIFY(initviz::ui::everyDatasetTitleIsTranslatable());
        for (QWidget* control : std::initializer_list<QWidget*>{
                 kind, child<QWidget>(form, "spread"), child<QWidget>(form, "clearPointsButton"),
                 child<QWidget>(form, "generatedDataButton")}) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty());
        }
        for (const initviz::DatasetKindInfo& info : initviz::datasetKinds()) {
            kind->setCurrentIndex(kind->findData(static_cast<int>(info.kind)));
            const std::pair<const char*, unsigned> parameters[]
                = {{"noise", initviz::kUsesNoise},
                   {"factor", initviz::kUsesFactor},
                   {"spread", initviz::kUsesSpread}};
            for (const auto& [name, bit] : parameters) {
                QCOMPARE(child<QAbstractSpinBox>(form, name)->isVisibleTo(&form),
                         (info.parameters & bit) != 0);
            }
            const initviz::DatasetOptions data = form.settings().data;
            QCOMPARE(data.kind, info.kind);
            if (info.parameters & initviz::kUsesNoise)
                QCOMPARE_BITS(data.noise, info.noise);
            if (info.parameters & initviz::kUsesSpread)
                QCOMPARE_BITS(data.spread, info.spread);
            QVERIFY(form.isValid());
        }
    }

    // Issue 10: moons and tanh chosen in the form train to the numbers `initviz train --dataset
    // moons --activation tanh` prints: the core's train() on the same options, bit for bit.
    void moonsWithTanhTrainLikeTheCommandLine()
    {
        const auto window = makeWindow();
        initviz::ui::ExperimentForm& form = *window->form();
        auto* kind = child<QComboBox>(form, "datasetKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(DatasetKind::Moons)));
        child<QSpinBox>(form, "iterations")->setValue(kIterations);
        selectOnly(*window, {InitScheme::He, InitScheme::Xavier});
        child<QCheckBox>(form, "activation_tanh")->setChecked(true);
        child<QCheckBox>(form, "activation_relu")->setChecked(false);
        QVERIFY(form.isValid());
        QTest::mouseClick(form.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(*window), kTrainingTimeoutMs);

        // `initviz train --dataset moons --activation tanh --iterations 1500 --init he|xavier`.
        const initviz::DatasetPair moons
            = initviz::makeDatasets(initviz::defaultDatasetOptions(DatasetKind::Moons));
        QCOMPARE(window->shownData()->train.size(), moons.train.size());
        QVERIFY(window->shownData()->train.X == moons.train.X);
        const InitScheme schemes[] = {InitScheme::He, InitScheme::Xavier};
        for (int run = 0; run < 2; ++run) {
            initviz::TrainingConfig config;
            config.iterations = kIterations;
            config.init = schemes[run];
            config.activation = initviz::Activation::Tanh;
            const initviz::TrainingResult expected = initviz::train(config, moons);
            const std::vector<initviz::CostPoint>& costs = window->costView().costs(run);
            QCOMPARE(costs.size(), expected.costs.size());
            for (std::size_t i = 0; i < costs.size(); ++i)
                QCOMPARE_BITS(costs[i].cost, expected.costs[i].cost);
        }
    }

    // Click adds a red point, Shift+click a blue one, Ctrl+click removes the nearest: in the
    // train set of every panel, and Start trains on it.
    void clicksEditTheTrainSetOfEveryPanel()
    {
        const auto window = makeWindow();
        selectOnly(*window, {InitScheme::Zeros, InitScheme::Random, InitScheme::He});
        const long long before = trainSize(*window);
        QCOMPARE(before, 300);
        const std::vector<BoundaryPanel*> panels = window->boundaryPanels();
        QCOMPARE(panels.size(), 3U);
        QVERIFY(!panels[1]->plot()->statusTip().isEmpty());
        const double tolerance = clickTolerance(*panels[1]);

        clickAt(*window, 1, 0.5, -0.25);
        QTRY_COMPARE(trainSize(*window), before + 1);
        const initviz::Dataset& red = window->shownData()->train;
        QCOMPARE(red.Y(before), 0.0);
        QVERIFY(std::abs(red.X(0, before) - 0.5) <= tolerance);
        QVERIFY(std::abs(red.X(1, before) + 0.25) <= tolerance);
        QVERIFY(everyPanelShows(*window, before + 1));
        QVERIFY(window->form()->ownData() == window->shownData());
        QVERIFY(child<QLabel>(*window->form(), "ownDataText")->text().contains("301"));
        QVERIFY(!child<QAbstractSpinBox>(*window->form(), "noise")->isVisibleTo(window->form()));

        clickAt(*window, 2, -1.0, 1.0, Qt::ShiftModifier);
        QTRY_COMPARE(trainSize(*window), before + 2);
        const initviz::Dataset& blue = window->shownData()->train;
        QCOMPARE(blue.Y(before + 1), 1.0);
        QVERIFY(std::abs(blue.X(0, before + 1) + 1.0) <= tolerance);
        QVERIFY(std::abs(blue.X(1, before + 1) - 1.0) <= tolerance);
        QVERIFY(everyPanelShows(*window, before + 2));

        // Ctrl+click next to the red point removes it, and only it.
        clickAt(*window, 0, 0.5 + tolerance, -0.25, Qt::ControlModifier);
        QTRY_COMPARE(trainSize(*window), before + 1);
        const initviz::Dataset& edited = window->shownData()->train;
        QCOMPARE(edited.Y(before), 1.0);
        QVERIFY(everyPanelShows(*window, before + 1));
        for (Eigen::Index k = 0; k < edited.size(); ++k)
            QVERIFY(std::abs(edited.X(0, k) - 0.5) > tolerance
                    || std::abs(edited.X(1, k) + 0.25) > tolerance);

        // Start trains every run on the edited points.
        child<QSpinBox>(*window->form(), "iterations")->setValue(kIterations);
        selectOnly(*window, {InitScheme::He});
        const initviz::DatasetPair points = *window->shownData();
        QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(*window), kTrainingTimeoutMs);
        QCOMPARE(window->shownData()->train.size(), before + 1);
        initviz::TrainingConfig config;
        config.iterations = kIterations;
        config.init = InitScheme::He;
        const initviz::TrainingResult expected = initviz::train(config, points);
        QCOMPARE_BITS(window->costView().costs(0).back().cost, expected.costs.back().cost);

        // Back to the generated data.
        QTest::mouseClick(child<QPushButton>(*window->form(), "generatedDataButton"),
                          Qt::LeftButton);
        QVERIFY(!window->form()->ownData());
        QTRY_COMPARE(trainSize(*window), before);
    }

    // While runs train the points stay; the status bar says why.
    void clicksWhileRunningChangeNothing()
    {
        const auto window = makeWindow(initviz::ui::Speed::Slow);
        selectOnly(*window, {InitScheme::He});
        QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
        QTRY_VERIFY(window->isRunning());
        const auto shown = window->shownData();
        clickAt(*window, 0, 0.25, 0.25);
        QCoreApplication::processEvents();
        QCOMPARE(window->shownData(), shown);
        QCOMPARE(trainSize(*window), 300);
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Stop the runs")));
        window->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isRunning(), kTrainingTimeoutMs);
    }

    // Every panel's view follows the points: wider for a point near the edge, the notebook's
    // [-1.5, 1.5]² again once the points are cleared.
    void viewFollowsThePoints()
    {
        const auto window = makeWindow();
        QVERIFY(everyPanelViews(*window, initviz::kNotebookViewHalfWidth));
        clickAt(*window, 0, 1.45, -1.45, Qt::ShiftModifier);
        QTRY_COMPARE(trainSize(*window), 301);
        // 1.45 * 1.04 > 1.5: the core's rule rounds up to the next tick step.
        const double wider = initviz::viewHalfWidth(*window->shownData());
        QCOMPARE(wider, 2.0);
        QVERIFY(everyPanelViews(*window, wider));

        QTest::mouseClick(child<QPushButton>(*window->form(), "clearPointsButton"), Qt::LeftButton);
        QTRY_COMPARE(trainSize(*window), 0);
        QVERIFY(everyPanelShows(*window, 0));
        QVERIFY(everyPanelViews(*window, initviz::kNotebookViewHalfWidth));
        QVERIFY(!window->form()->isValid());
        QVERIFY(!window->form()->startButton()->isEnabled());
        QVERIFY(window->form()->validationError().contains(QLatin1String("no train points")));
        // Points of both labels make it trainable again.
        clickAt(*window, 0, -0.5, 0.0);
        clickAt(*window, 0, 0.5, 0.0, Qt::ShiftModifier);
        QTRY_COMPARE(trainSize(*window), 2);
        QTRY_VERIFY(window->form()->isValid());
        QVERIFY(everyPanelShows(*window, 2));
    }

    // A bad file: a message naming the line and the reason, and nothing changes.
    void badCsvShowsTheMessageAndChangesNothing()
    {
        const auto window = makeWindow();
        const QString path = scratch_.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x1,x2,label\n0.5,0.5,0\n1,abc,1\n");
        file.close();
        const auto before = window->shownData();
        const initviz::ui::ExperimentSettings settings = window->form()->settings();

        QString error;
        QVERIFY(!window->openData(path, &error));
        QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("bad.csv")), qPrintable(error));
        QString shown;
        catchMessageBox(&shown);
        window->openDataFile(path);
        QVERIFY2(shown.contains(QLatin1String("line 3")), qPrintable(shown));
        QVERIFY(shown.contains(error));
        // The same points, exactly (the preview may have rebuilt them meanwhile, as a new object
        // from the same settings: the message box runs an event loop).
        const auto after = window->shownData();
        QVERIFY(after && before);
        QVERIFY(after->train.X == before->train.X && after->train.Y == before->train.Y);
        QVERIFY(after->test.X == before->test.X && after->test.Y == before->test.Y);
        QVERIFY(!window->form()->ownData());
        QVERIFY(window->form()->settings() == settings);
    }

    // Save data, then Open data: the same points, bit for bit.
    void saveThenOpenIsExact()
    {
        const auto window = makeWindow();
        clickAt(*window, 0, 0.123456789, -0.987654321, Qt::ShiftModifier);
        QTRY_COMPARE(trainSize(*window), 301);
        const initviz::Dataset saved = window->shownData()->train;
        const QString path = scratch_.filePath(QStringLiteral("points.csv"));
        QString error;
        QVERIFY2(window->saveData(path, &error), qPrintable(error));

        QVERIFY(window->form()->ownData());
        window->form()->setOwnData(nullptr); // back to the generated points first
        QVERIFY2(window->openData(path, &error), qPrintable(error));
        const initviz::DatasetPair& opened = *window->shownData();
        QCOMPARE(opened.train.size(), saved.size());
        for (Eigen::Index k = 0; k < saved.size(); ++k) {
            QCOMPARE_BITS(opened.train.X(0, k), saved.X(0, k));
            QCOMPARE_BITS(opened.train.X(1, k), saved.X(1, k));
            QCOMPARE_BITS(opened.train.Y(k), saved.Y(k));
        }
        QCOMPARE(opened.test.size(), 0);
        QVERIFY(everyPanelShows(*window, saved.size()));
        QVERIFY(child<QLabel>(*window->form(), "ownDataText")->text().contains("301"));
    }

    // `initviz --dataset blobs --spread 0.7`: the command line's data options fill the Data box.
    void launchOptionsChooseTheKind()
    {
        QSettings().clear();
        initviz::ui::LaunchOptions options;
        options.overrideSettings = true;
        options.data = initviz::defaultDatasetOptions(DatasetKind::Blobs);
        options.data.spread = 0.7;
        const auto window = std::make_unique<MainWindow>(options);
        initviz::ui::ExperimentForm& form = *window->form();
        QCOMPARE(form.settings().data.kind, DatasetKind::Blobs);
        QCOMPARE_BITS(form.settings().data.spread, 0.7);
        QVERIFY(child<QAbstractSpinBox>(form, "spread")->isVisibleTo(&form));
        QVERIFY(!child<QAbstractSpinBox>(form, "noise")->isVisibleTo(&form));
        QCOMPARE(child<QComboBox>(form, "datasetKind")->currentText(),
                 initviz::ui::datasetTitle(DatasetKind::Blobs));
        QCOMPARE(window->shownData()->train.size(), 300);
        QVERIFY(window->shownData()->train.X == initviz::makeDatasets(options.data).train.X);
    }

    // The kind and the spread are remembered; hostile values are ignored.
    void kindAndSpreadAreRemembered()
    {
        {
            QSettings store;
            initviz::ui::RememberedSettings remembered;
            remembered.experiment.data = initviz::defaultDatasetOptions(DatasetKind::Blobs);
            remembered.experiment.data.spread = 0.75;
            initviz::ui::saveSettings(store, remembered);
        }
        {
            QSettings store;
            const initviz::DatasetOptions data = initviz::ui::loadSettings(store).experiment.data;
            QCOMPARE(data.kind, DatasetKind::Blobs);
            QCOMPARE_BITS(data.spread, 0.75);
        }
        for (const char* hostile : {"../../blobs", "", "nan", "-1", "1e400", "0"}) {
            QSettings store;
            store.setValue(QStringLiteral("dataset/kind"), QString::fromLatin1(hostile));
            store.setValue(QStringLiteral("dataset/spread"), QString::fromLatin1(hostile));
            const initviz::DatasetOptions data = initviz::ui::loadSettings(store).experiment.data;
            QCOMPARE(data.kind, DatasetKind::Circles);
            QCOMPARE_BITS(data.spread, initviz::DatasetOptions().spread);
        }
        QSettings store;
        store.setValue(QStringLiteral("dataset/kind"), QStringLiteral("spiral"));
        const auto window = std::make_unique<MainWindow>();
        QCOMPARE(window->form()->settings().data.kind, DatasetKind::Spiral);
    }

private:
    QTemporaryDir scratch_;
};

QTEST_MAIN(TestWindowData)
#include "tst_window_data.moc"
