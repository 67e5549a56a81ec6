// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, the visuals and numbers half: projector-strong colours measured on a rendered panel,
// readable run colours, a diverged run marked alike everywhere, number fields that keep
// what was typed (and read it as the user's locale writes numbers, issue 13), the final cost after
// the last iteration, Space, a view that fits the data, redraws on new data, the PDF's metadata.
// Runs on the offscreen platform; every QSignalSpy watches an object of this (the GUI) thread.
#include "ui/boundary_panel.h"
#include "ui/boundary_view.h"
#include "ui/comparison_figure.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/main_window.h"
#include "ui/plot_style.h"

#include "core/datasets.h"
#include "core/trainer.h"
#include "window_test.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

using initviz::CostPoint;
using initviz::InitScheme;
using initviz::test::allRunsIn;
using initviz::test::cell;
using initviz::test::child;
using initviz::test::selectOnly;
using initviz::test::typeInto;
using initviz::ui::BoundaryPanel;
using initviz::ui::MainWindow;

Q_DECLARE_METATYPE(initviz::InitScheme)
Q_DECLARE_METATYPE(initviz::ui::ClassPalette)

namespace {
constexpr int kTrainingTimeoutMs = 60'000;
// WCAG AA for normal text.
constexpr double kReadableText = 4.5;
// "Clearly red": the red channel above both others by this much (0..255); likewise blue.
constexpr int kClearHueMargin = 60;

/// The window at 1366x768 (its colours are measured on panels of that size).
std::unique_ptr<MainWindow> makeWindow()
{
    return initviz::test::makeWindow(initviz::ui::Speed::Maximum, QSize(1366, 768));
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// Gives `widget` the keyboard focus in its (offscreen) window.
bool focus(QWidget* widget)
{
    widget->window()->activateWindow();
    QApplication::setActiveWindow(widget->window());
    widget->setFocus(Qt::OtherFocusReason);
    return QTest::qWaitFor([widget] { return QApplication::focusWidget() == widget; });
}

/// A data set laid out for measuring colours: label-0 points at x = -0.75 and label-1 points at
/// x = 0.75 (each on its own predicted region), and one of each on the other side.
initviz::DatasetPair colourProbe()
{
    initviz::DatasetPair data;
    data.train.X.resize(2, 4);
    data.train.Y.resize(1, 4);
    const double points[4][3]
        = {{-0.75, 0.5, 0}, {0.75, 0.5, 1}, {0.75, -0.5, 0}, {-0.75, -0.5, 1}};
    for (int i = 0; i < 4; ++i) {
        data.train.X(0, i) = points[i][0];
        data.train.X(1, i) = points[i][1];
        data.train.Y(0, i) = points[i][2];
    }
    data.test.X.resize(2, 0);
    data.test.Y.resize(1, 0);
    return data;
}

/// P(blue) = 0.1 left of x = 0 and 0.9 right of it.
initviz::DecisionGrid halfAndHalf(double limit)
{
    initviz::DecisionGrid grid;
    grid.spec = initviz::ui::boundaryViewGrid(limit, 61);
    for (int row = 0; row < grid.spec.rows; ++row) {
        for (int column = 0; column < grid.spec.columns; ++column)
            grid.probability.push_back(grid.spec.xMin + column * grid.spec.xStep < 0.0 ? 0.1 : 0.9);
    }
    return grid;
}
} // namespace

class TestVisuals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // 4. Colours.
    void regionsAndPointsDifferInLuminance_data();
    void regionsAndPointsDifferInLuminance();
    void colourBlindSafeClassesRecolourEveryPanel();
    void progressTextReadsOnEveryRunColour_data();
    void progressTextReadsOnEveryRunColour();
    // 5. The cost plot (its legend and markers: tst_cost_plot).
    void divergedRunIsMarkedAlike();
    // 6. Numbers.
    void typedTextIsKeptOnFocusChange_data();
    void typedTextIsKeptOnFocusChange();
    void germanNumbersAreReadAsGermanWritesThem_data();
    void germanNumbersAreReadAsGermanWritesThem();
    void germanLearningRateTrainsWhatWasTyped();
    void finalCostIsAfterTheLastIteration();
    void spaceStartsWithoutTogglingACheckbox();
    void viewFitsTheData_data();
    void viewFitsTheData();
    void newDataRedrawsThePanelsAtOnce();
    void pdfHasTitleAndCreator();

private:
    QTemporaryDir scratch_;
};

void TestVisuals::initTestCase()
{
    initviz::test::prepareWindowTest("tst_visuals");
    QVERIFY(scratch_.isValid());
}

void TestVisuals::cleanup()
{
    initviz::ui::setClassPalette(initviz::ui::ClassPalette::Notebook);
    QLocale::setDefault(QLocale::c());
    QSettings().clear();
}

// The stated margin (README: "Projector-strong colours"), measured on pixels of a rendered
// panel: each point's fill against both regions and against the other class's fill, and each
// point's edge ring against the region around it.
void TestVisuals::regionsAndPointsDifferInLuminance_data()
{
    QTest::addColumn<initviz::ui::ClassPalette>("palette");
    QTest::newRow("notebook") << initviz::ui::ClassPalette::Notebook;
    // Issue 13: Okabe & Ito's orange and blue, circles and squares.
    QTest::newRow("colour-blind safe") << initviz::ui::ClassPalette::ColourBlindSafe;
}

void TestVisuals::regionsAndPointsDifferInLuminance()
{
    QFETCH(initviz::ui::ClassPalette, palette);
    initviz::ui::setClassPalette(palette);
    QCustomPlot plot;
    plot.plotLayout()->clear();
    auto* cell = new QCPLayoutGrid;
    plot.plotLayout()->addElement(0, 0, cell);
    initviz::ui::BoundaryView view(&plot, cell, QStringLiteral("probe"));
    const initviz::DatasetPair data = colourProbe();
    view.setDataset(data);
    view.setBoundary(halfAndHalf(view.viewLimit()));
    const QImage image = plot.toPixmap(400, 420, 1.0).toImage();
    QCPAxis* x = view.axisRect()->axis(QCPAxis::atBottom);
    QCPAxis* y = view.axisRect()->axis(QCPAxis::atLeft);
    const auto pixel = [&](double px, double py) {
        return QColor(image.pixel(static_cast<int>(std::lround(x->coordToPixel(px))),
                                  static_cast<int>(std::lround(y->coordToPixel(py)))));
    };
    const QColor redRegion = pixel(-1.0, 1.2);
    const QColor blueRegion = pixel(1.0, 1.2);
    const QColor redOnRed = pixel(-0.75, 0.5);
    const QColor blueOnBlue = pixel(0.75, 0.5);
    const QColor redOnBlue = pixel(0.75, -0.5);
    const QColor blueOnRed = pixel(-0.75, -0.5);

    // The regions as the notebook's contourf: clearly red (or orange), clearly blue.
    QVERIFY2(redRegion.red() > redRegion.blue() + kClearHueMargin
                 && redRegion.red() > redRegion.green() + kClearHueMargin,
             qPrintable(redRegion.name()));
    QVERIFY2(blueRegion.blue() > blueRegion.red() + kClearHueMargin, qPrintable(blueRegion.name()));
    // What was drawn is what boundaryColors() says (the test measures the real thing).
    QCOMPARE(redRegion.name(), initviz::ui::boundaryColors().region[0].name());
    QCOMPARE(redOnRed.name(), redOnBlue.name());

    using initviz::ui::contrastRatio;
    using initviz::ui::kMinimumBoundaryContrast;
    const struct {
        const char* what;
        QColor a;
        QColor b;
    } pairs[] = {
        {"red point on the red region", redOnRed, redRegion},
        {"red point on the blue region", redOnBlue, blueRegion},
        {"blue point on the blue region", blueOnBlue, blueRegion},
        {"blue point on the red region", blueOnRed, redRegion},
        {"red point and blue point", redOnRed, blueOnBlue},
    };
    for (const auto& pair : pairs) {
        const double ratio = contrastRatio(pair.a, pair.b);
        QVERIFY2(ratio >= kMinimumBoundaryContrast,
                 qPrintable(QStringLiteral("%1: %2 vs %3, contrast %4")
                                .arg(QLatin1String(pair.what), pair.a.name(), pair.b.name())
                                .arg(ratio)));
    }
    // Each point's edge: somewhere on its ring, a pixel contrasting with the region at least
    // 3:1 (WCAG's figure for graphics).
    const auto ringContrast = [&](double px, double py, const QColor& region) {
        const int cx = static_cast<int>(std::lround(x->coordToPixel(px)));
        const int cy = static_cast<int>(std::lround(y->coordToPixel(py)));
        double best = 1.0;
        for (int dy = -5; dy <= 5; ++dy) {
            for (int dx = -5; dx <= 5; ++dx)
                best = std::max(best, contrastRatio(QColor(image.pixel(cx + dx, cy + dy)), region));
        }
        return best;
    };
    QVERIFY(ringContrast(-0.75, 0.5, redRegion) >= 3.0);
    QVERIFY(ringContrast(0.75, 0.5, blueRegion) >= 3.0);
}

// Issue 13: View → Colour-blind-safe classes recolours and reshapes every panel at once, says so
// in the legend above them, is remembered, and goes back. Seen to fail with
// BoundaryPanel::applyClassPalette not called on the toggle.
void TestVisuals::colourBlindSafeClassesRecolourEveryPanel()
{
    using initviz::ui::BoundaryPanel;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::vector<BoundaryPanel*> panels = window.boundaryPanels();
    QVERIFY(!panels.empty());
    const auto shapes = [&](QCPScatterStyle::ScatterShape red, QCPScatterStyle::ScatterShape blue,
                            QRgb region) {
        for (BoundaryPanel* panel : panels) {
            const initviz::ui::BoundaryView& view = panel->view();
            if (view.trainPoints(0)->scatterStyle().shape() != red
                || view.trainPoints(1)->scatterStyle().shape() != blue
                || view.colorMap()->gradient().color(0.0, QCPRange(0.0, 1.0)) != QColor(region))
                return false;
        }
        return true;
    };
    QVERIFY(shapes(QCPScatterStyle::ssCircle, QCPScatterStyle::ssCircle, 0xd53e4f));
    auto* action = window.findChild<QAction*>(QStringLiteral("colourBlindAction"));
    QVERIFY(action);
    auto* legend = initviz::test::child<QLabel>(window, "classLegend");
    QVERIFY(legend->text().contains(QStringLiteral("(red)")));

    action->trigger();
    QVERIFY(shapes(QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, 0xe69f00));
    QVERIFY2(legend->text().contains(QStringLiteral("orange, circles")),
             qPrintable(legend->text()));
    QCOMPARE(QSettings().value(QStringLiteral("display/colourBlindSafeClasses")).toBool(), true);

    action->trigger();
    QVERIFY(shapes(QCPScatterStyle::ssCircle, QCPScatterStyle::ssCircle, 0xd53e4f));
    QCOMPARE(QSettings().value(QStringLiteral("display/colourBlindSafeClasses")).toBool(), false);
}

void TestVisuals::progressTextReadsOnEveryRunColour_data()
{
    QTest::addColumn<InitScheme>("scheme");
    for (const initviz::InitSchemeInfo& info : initviz::initSchemes())
        QTest::newRow(info.name.data()) << info.scheme;
}

// The text over a run's progress bar (the part filled in its colour) and the legend's text.
void TestVisuals::progressTextReadsOnEveryRunColour()
{
    QFETCH(InitScheme, scheme);
    const initviz::DatasetPair data = initviz::makeDatasets({});
    BoundaryPanel panel(scheme, std::nullopt, data);
    const QPalette palette = panel.progressBar()->palette();
    QCOMPARE(palette.color(QPalette::Highlight), initviz::ui::runColor(scheme));
    const double onBar = initviz::ui::contrastRatio(palette.color(QPalette::Highlight),
                                                    palette.color(QPalette::HighlightedText));
    QVERIFY2(onBar >= kReadableText, qPrintable(QString::number(onBar)));
    // Rendered: the bar full, its text's pixels include one at least that far from the colour.
    panel.resize(300, 340);
    panel.setProgress(1, 1, QStringLiteral("Done \u2014 15,000 iterations"));
    const QImage bar = panel.progressBar()->grab().toImage();
    double best = 1.0;
    for (int py = 0; py < bar.height(); ++py) {
        for (int px = 0; px < bar.width(); ++px)
            best = std::max(best,
                            initviz::ui::contrastRatio(QColor(bar.pixel(px, py)),
                                                       initviz::ui::runColor(scheme)));
    }
    QVERIFY2(best >= kReadableText, qPrintable(QString::number(best)));

    QCustomPlot plot;
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    costs.addRun(initviz::ui::schemeTitle(scheme), initviz::ui::runColor(scheme));
    const QColor legendText = plot.legend->item(0)->textColor();
    QVERIFY(initviz::ui::contrastRatio(legendText, Qt::white) >= kReadableText);
}

// Learning rate 1000: He's costs become infinite and it ends diverged. Legend, panel and table say
// the same word.
void TestVisuals::divergedRunIsMarkedAlike()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    typeInto(child<QWidget>(*window, "learningRate"), QStringLiteral("1000"));
    typeInto(child<QWidget>(*window, "iterations"), QStringLiteral("3000"));
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    const QString word = QStringLiteral("diverged");
    QVERIFY2(window->costView().legendText(0).contains(word),
             qPrintable(window->costView().legendText(0)));
    QVERIFY(window->costView().explainsInfinity());
    QVERIFY2(window->boundaryPanels().front()->view().accuracyText().contains(word),
             qPrintable(window->boundaryPanels().front()->view().accuracyText()));
    QVERIFY2(cell(*window, 0, MainWindow::CommentColumn).contains(word),
             qPrintable(cell(*window, 0, MainWindow::CommentColumn)));
    QVERIFY(window->boundaryPanels().front()->progressBar()->text().startsWith(
        QStringLiteral("Diverged")));
}

void TestVisuals::typedTextIsKeptOnFocusChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("learning rate abc") << QStringLiteral("learningRate") << QStringLiteral("abc");
    QTest::newRow("learning rate 0,05 in English (a group separator)")
        << QStringLiteral("learningRate") << QStringLiteral("0,05");
    QTest::newRow("iterations 1.5") << QStringLiteral("iterations") << QStringLiteral("1.5");
    QTest::newRow("iterations 15,000 (a group separator)")
        << QStringLiteral("iterations") << QStringLiteral("15,000");
    QTest::newRow("noise -1") << QStringLiteral("noise") << QStringLiteral("-1");
    QTest::newRow("train seed empty") << QStringLiteral("trainSeed") << QString();
}

// Typing then Tab (focus moves on), then Return, then clicking elsewhere: the text stays, marked
// and explained, and nothing starts, until the user fixes it.
void TestVisuals::typedTextIsKeptOnFocusChange()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const auto window = makeWindow();
    auto* input = child<QAbstractSpinBox>(*window, qPrintable(field));
    QVERIFY(focus(input));
    const QString before = input->text();
    typeInto(input, text);
    QTest::keyClick(input, Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() != input);
    QCOMPARE(input->text(), text);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->text(), text);
    QVERIFY(focus(window->resultsTable()));
    QCOMPARE(input->text(), text);

    QVERIFY(!input->styleSheet().isEmpty()); // marked
    auto* message = child<QLabel>(*window, "validationMessage");
    QVERIFY(!message->isHidden()); // shown (the form may be scrolled or collapsed)
    QVERIFY2(message->text().contains(text.isEmpty() ? QStringLiteral("empty") : text),
             qPrintable(message->text()));
    QVERIFY(!window->form()->startButton()->isEnabled());
    QTest::keyClick(window->resultsTable(), Qt::Key_Space);
    QTest::qWait(50);
    QVERIFY(!window->isRunning());

    // Fixed: accepted, the mark and the message gone.
    typeInto(input, before);
    QVERIFY(window->form()->isValid());
    QVERIFY(input->styleSheet().isEmpty());
    QVERIFY(window->form()->settings() == initviz::ui::ExperimentSettings::notebook());
}

void TestVisuals::germanNumbersAreReadAsGermanWritesThem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("messagePart");

    const auto row = [](const char* name, const char* field, const char* text, bool accepted,
                        double value, const char* part) {
        QTest::newRow(name) << QString::fromLatin1(field) << QString::fromUtf8(text) << accepted
                            << value << QString::fromUtf8(part);
    };
    row("0,05: German", "learningRate", "0,05", true, 0.05, "");
    row("0.05: the C form, only one reading", "learningRate", "0.05", true, 0.05, "");
    row("1,5e-3", "learningRate", "1,5e-3", true, 1.5e-3, "");
    row("1.000: 1 or 1000? refused", "learningRate", "1.000", false, 0.0, "group separator");
    row("1.000,5: grouped, refused", "learningRate", "1.000,5", false, 0.0, "group separator");
    row("noise 0,3", "noise", "0,3", true, 0.3, "");
    row("iterations 15.000: refused, never 15", "iterations", "15.000", false, 0.0,
        "group separator");
    row("iterations 1,5", "iterations", "1,5", false, 0.0, "whole number");
    row("iterations 2000", "iterations", "2000", true, 2000.0, "");
    row("weight seed 1.000", "seed", "1.000", false, 0.0, "group separator");
}

// Issue 13 item 2, the fields: German shows and accepts "0,01", the C form "0.01" too where it
// cannot mean anything else, and a group separator is refused, never dropped or taken as a decimal
// point.
void TestVisuals::germanNumbersAreReadAsGermanWritesThem()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(double, value);
    QFETCH(QString, messagePart);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto window = makeWindow();
    QCOMPARE(child<QAbstractSpinBox>(*window, "learningRate")->text(), QStringLiteral("0,01"));
    QCOMPARE(child<QAbstractSpinBox>(*window, "factor")->text(), QStringLiteral("0,8"));
    auto* input = child<QAbstractSpinBox>(*window, qPrintable(field));
    typeInto(input, text);
    QCOMPARE(input->text(), text);
    initviz::ui::ExperimentForm* form = window->form();
    QCOMPARE(form->isValid(), accepted);
    if (!accepted) {
        QVERIFY2(form->validationError().contains(messagePart),
                 qPrintable(form->validationError()));
        return;
    }
    const initviz::ui::ExperimentSettings settings = form->settings();
    const double held = field == QLatin1String("learningRate") ? settings.training.learningRate
        : field == QLatin1String("noise")                      ? settings.data.noise
                                                               : settings.training.iterations;
    QVERIFY2(sameBits(held, value), qPrintable(QString::number(held, 'g', 17)));
}

// Typed "0,05" under a German locale trains 0.05: the window's costs are those of the core's run
// with 0.05, bit for bit.
void TestVisuals::germanLearningRateTrainsWhatWasTyped()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    typeInto(child<QWidget>(*window, "learningRate"), QStringLiteral("0,05"));
    typeInto(child<QWidget>(*window, "iterations"), QStringLiteral("300"));
    typeInto(child<QWidget>(*window, "costEvery"), QStringLiteral("100"));
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    initviz::TrainingConfig config;
    config.learningRate = 0.05;
    config.iterations = 300;
    config.costEvery = 100;
    const initviz::TrainingResult expected = initviz::train(config, initviz::makeDatasets({}));
    const std::vector<CostPoint>& shown = window->costView().costs(0);
    QCOMPARE(shown.size(), expected.costs.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
        QVERIFY(sameBits(shown[i].cost, expected.costs[i].cost));
}

// 1000 iterations and a cost every 1000: the only checkpoint is iteration 0's, but the table's
// Final cost is the cost after iteration 1000.
void TestVisuals::finalCostIsAfterTheLastIteration()
{
    const auto window = makeWindow();
    selectOnly(*window, {InitScheme::He});
    typeInto(child<QWidget>(*window, "iterations"), QStringLiteral("1000"));
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);

    initviz::TrainingConfig config;
    config.iterations = 1000;
    const initviz::TrainingResult expected = initviz::train(config, initviz::makeDatasets({}));
    QCOMPARE(expected.costs.size(), std::size_t{1});
    QCOMPARE(window->costView().costs(0).size(), std::size_t{1}); // the checkpoints unchanged
    QCOMPARE(cell(*window, 0, MainWindow::FinalCostColumn),
             initviz::ui::formatCost(expected.finalCost.cost));
    QVERIFY(cell(*window, 0, MainWindow::FinalCostColumn)
            != initviz::ui::formatCost(expected.costs.front().cost));
    const QString tip = window->resultsTable()->item(0, MainWindow::FinalCostColumn)->toolTip();
    QVERIFY2(tip.contains(initviz::ui::formatCount(1000)), qPrintable(tip));
}

// Space with a checkbox focused starts the runs (and Shift+Space stops them) and leaves the
// checkbox as it was; in a text field it types a space.
void TestVisuals::spaceStartsWithoutTogglingACheckbox()
{
    const auto window = makeWindow();
    window->form()->setSpeed(initviz::ui::Speed::Classroom);
    for (const char* name : {"showTestPoints", "init_he", "stableLoss"}) {
        auto* box = child<QCheckBox>(*window, name);
        QVERIFY(focus(box));
        const bool checked = box->isChecked();
        QTest::keyClick(box, Qt::Key_Space);
        QTRY_VERIFY2(window->isRunning(), name);
        QCOMPARE(box->isChecked(), checked);
        QTest::keyClick(box, Qt::Key_Space, Qt::ShiftModifier);
        QTRY_VERIFY2(!window->isRunning(), name);
        QCOMPARE(box->isChecked(), checked);
        // The key delivered straight to the checkbox, as from the platform once no shortcut has
        // taken it (a spontaneous event skips the shortcut map), still starts and stops.
        for (int press = 0; press < 2; ++press) {
            const Qt::KeyboardModifiers modifiers = press == 0 ? Qt::NoModifier : Qt::ShiftModifier;
            QKeyEvent down(QEvent::KeyPress, Qt::Key_Space, modifiers, QStringLiteral(" "));
            QKeyEvent up(QEvent::KeyRelease, Qt::Key_Space, modifiers, QStringLiteral(" "));
            QSpontaneKeyEvent::setSpontaneous(&down);
            QSpontaneKeyEvent::setSpontaneous(&up);
            QApplication::instance()->notify(box, &down);
            QApplication::instance()->notify(box, &up);
            QTRY_COMPARE(window->isRunning(), press == 0);
            QCOMPARE(box->isChecked(), checked);
        }
    }
    // A focused button is not clicked either.
    auto* restore = child<QPushButton>(*window, "restoreButton");
    QVERIFY(focus(restore));
    QSignalSpy clicked(restore, &QPushButton::clicked);
    QTest::keyClick(restore, Qt::Key_Space);
    QTRY_VERIFY(window->isRunning());
    QTest::keyClick(restore, Qt::Key_Space, Qt::ShiftModifier);
    QTRY_VERIFY(!window->isRunning());
    QCOMPARE(clicked.count(), 0);

    auto* layers = child<QLineEdit>(*window, "layers");
    QVERIFY(focus(layers));
    layers->end(false);
    QTest::keyClick(layers, Qt::Key_Space);
    QTest::qWait(50);
    QVERIFY(!window->isRunning());
    QCOMPARE(layers->text(), QStringLiteral("2,10,5,1 "));
}

void TestVisuals::viewFitsTheData_data()
{
    QTest::addColumn<double>("noise");
    QTest::addColumn<bool>("notebookView");
    QTest::newRow("the notebook's data: exactly [-1.5, 1.5]") << 0.05 << true;
    QTest::newRow("noise 0") << 0.0 << true;
    QTest::newRow("noise 0.3: wider") << 0.3 << false;
    QTest::newRow("noise 2: much wider") << 2.0 << false;
}

// Every point inside the view, in the window's panels and in the exported figure's (which use the
// same view and evaluate their boundary over it).
void TestVisuals::viewFitsTheData()
{
    QFETCH(double, noise);
    QFETCH(bool, notebookView);
    const auto window = makeWindow();
    typeInto(child<QWidget>(*window, "noise"), QString::number(noise));
    QVERIFY2(window->form()->isValid(), qPrintable(window->form()->validationError()));
    initviz::DatasetOptions options;
    options.noise = noise;
    const initviz::DatasetPair data = initviz::makeDatasets(options);
    double farthest = 0.0;
    for (const initviz::Dataset* set : {&data.train, &data.test})
        farthest = std::max(farthest, set->X.cwiseAbs().maxCoeff());

    QTRY_VERIFY(!window->boundaryPanels().empty()
                && window->boundaryPanels().front()->view().viewLimit() >= farthest);
    const initviz::ui::BoundaryView& view = window->boundaryPanels().front()->view();
    for (const QCPAxis::AxisType side : {QCPAxis::atBottom, QCPAxis::atLeft}) {
        const QCPRange range = view.axisRect()->axis(side)->range();
        if (notebookView) {
            QVERIFY(sameBits(range.lower, -1.5));
            QVERIFY(sameBits(range.upper, 1.5));
        } else {
            QVERIFY2(range.lower < -farthest && range.upper > farthest,
                     qPrintable(QStringLiteral("%1..%2, a point at %3")
                                    .arg(range.lower)
                                    .arg(range.upper)
                                    .arg(farthest)));
            QVERIFY2(range.upper < 2.0 * farthest, "fits, not lost in empty space");
        }
    }
    // The figure's boundary grid spans the same view.
    const initviz::GridSpec grid = initviz::ui::figureBoundaryGrid(data, {2, 10, 5, 1});
    QVERIFY(sameBits(grid.xMin, -view.viewLimit()));
    QVERIFY(sameBits(grid.yMin, -view.viewLimit()));
    QVERIFY(std::abs(grid.xMin + grid.xStep * (grid.columns - 1) - view.viewLimit()) < 1e-12);
    // The figure draws with the same view.
    QCustomPlot figure;
    auto* cellGrid = new QCPLayoutGrid;
    figure.plotLayout()->clear();
    figure.plotLayout()->addElement(0, 0, cellGrid);
    initviz::ui::BoundaryView figureView(&figure, cellGrid, QStringLiteral("figure"));
    figureView.setDataset(data);
    QVERIFY(sameBits(figureView.viewLimit(), view.viewLimit()));
}

// Changing data settings after a run, or restoring the notebook's, shows the new points at once.
void TestVisuals::newDataRedrawsThePanelsAtOnce()
{
    const auto window = makeWindow();
    QTest::mouseClick(window->form()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(allRunsIn(*window, MainWindow::RunState::Finished),
                             kTrainingTimeoutMs);
    typeInto(child<QWidget>(*window, "trainSamples"), QStringLiteral("200"));
    typeInto(child<QWidget>(*window, "noise"), QStringLiteral("0.3"));
    // After the typing pause, not at the next Start.
    QTRY_COMPARE(window->boundaryPanels().front()->view().trainPointCount(), 200);
    QVERIFY(window->boundaryPanels().front()->view().viewLimit() > 1.5);
    QVERIFY(allRunsIn(*window, MainWindow::RunState::Ready));

    QTest::mouseClick(child<QPushButton>(*window, "restoreButton"), Qt::LeftButton);
    // At once: no event loop turn in between.
    for (BoundaryPanel* panel : window->boundaryPanels()) {
        QCOMPARE(panel->view().trainPointCount(), 300);
        QCOMPARE(panel->view().viewLimit(), 1.5);
    }
}

void TestVisuals::pdfHasTitleAndCreator()
{
    const initviz::DatasetPair data = initviz::makeDatasets({});
    initviz::ui::FigureRun run;
    run.costs = {{0, 0.7}, {1000, 0.5}};
    const QString path = scratch_.filePath(QStringLiteral("figure.pdf"));
    QString error;
    QVERIFY2(initviz::ui::writeComparisonFigure({run}, data, {}, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    // Qt writes the info strings as UTF-16BE with a byte-order mark, in hex or literal form.
    const auto hasInfo = [&pdf](const char* key, const QString& value) {
        QByteArray utf16("\xfe\xff", 2);
        for (const QChar c : value) {
            utf16.append(static_cast<char>(c.unicode() >> 8));
            utf16.append(static_cast<char>(c.unicode() & 0xff));
        }
        const qsizetype at = pdf.indexOf(QByteArray("/") + key);
        if (at < 0)
            return false;
        const QByteArray after = pdf.mid(at, 400);
        return after.contains(value.toLatin1()) || after.contains(utf16)
            || after.toLower().contains(utf16.toHex());
    };
    QVERIFY2(hasInfo("Title", QStringLiteral("Initialization comparison")),
             pdf.left(2000).constData());
    QVERIFY(hasInfo("Creator", QStringLiteral("InitViz")));
}

QTEST_MAIN(TestVisuals)
#include "tst_visuals.moc"
