// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, the cost plot: a legend that never covers a curve, keeps the runs' order beside the
// plot or below it, and below it takes as many columns as fit (each as wide as its own widest
// entry); a seed's curve a shade of its initialization's colour; one ∞ marker per initialization,
// explained once. Plots alone, on the offscreen platform.
#include "ui/cost_view.h"
#include "ui/plot_style.h"

#include "core/initializers.h"
#include "window_test.h"

#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

using initviz::InitScheme;

namespace {
// The run colours' hue families: a seed's shade keeps its initialization's hue within this.
constexpr int kHueTolerance = 12;
// The notebook's curves in presenter mode on a 1024x768 projector were 80 px wide beside a
// one-column legend; below it, in two columns, they are at least this high.
constexpr int kMinCurvesHeight = 100;

/// Adds the notebook's three runs to `costs`, large random's first cost infinite.
void addNotebookRuns(initviz::ui::CostView& costs)
{
    costs.reset(15000);
    for (const InitScheme scheme : {InitScheme::Zeros, InitScheme::Random, InitScheme::He}) {
        const int run
            = costs.addRun(initviz::ui::schemeTitle(scheme), initviz::ui::runColor(scheme));
        costs.addCosts(
            run,
            {{0, scheme == InitScheme::Random ? std::numeric_limits<double>::infinity() : 0.69},
             {1000, 0.6},
             {14000, 0.07}});
    }
}
} // namespace

class TestCostPlot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void legendNeverCoversTheCurves_data();
    void legendNeverCoversTheCurves();
    void legendKeepsItsOrderBelowAndBeside();
    void legendColumnsTakeTheirOwnWidth();
    void seedsAreShadesOfTheirInitialization();
    void oneInfinityMarkerPerInitialization();
};

void TestCostPlot::initTestCase()
{
    initviz::test::prepareWindowTest("tst_cost_plot");
}

// The legend's entries read in the runs' order, the cost = ∞ entry last, whether it stands
// beside the plot or in rows below it, after it moves either way. Seen to fail: below, then
// beside, it read "Zeros, He, cost = ∞, Large random, Xavier (Glorot)".
void TestCostPlot::legendKeepsItsOrderBelowAndBeside()
{
    QCustomPlot plot;
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    costs.reset(15000);
    QStringList want;
    for (const InitScheme scheme :
         {InitScheme::Zeros, InitScheme::Random, InitScheme::He, InitScheme::Xavier}) {
        const int run
            = costs.addRun(initviz::ui::schemeTitle(scheme), initviz::ui::runColor(scheme), 0, 1);
        costs.addCosts(run, {{0, std::numeric_limits<double>::infinity()}, {1000, 0.69}});
        want << initviz::ui::schemeTitle(scheme);
    }
    const auto entries = [&plot] {
        // Top to bottom, then left to right in each row.
        QList<std::pair<QPoint, QString>> placed;
        for (int i = 0; i < plot.legend->itemCount(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
                placed.append({item->outerRect().topLeft(), item->plottable()->name()});
        }
        std::sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) {
            return a.first.y() != b.first.y() ? a.first.y() < b.first.y()
                                              : a.first.x() < b.first.x();
        });
        QStringList names;
        for (const auto& entry : placed)
            names << entry.second;
        return names;
    };
    for (const auto& [size, below] :
         {std::pair{QSize(900, 160), false}, std::pair{QSize(380, 420), true},
          std::pair{QSize(900, 160), false}}) {
        plot.resize(size);
        plot.setViewport(QRect(QPoint(0, 0), size));
        costs.fitLegend();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(costs.isLegendBelow(), below);
        const QStringList names = entries();
        QCOMPARE(names.size(), want.size() + 1);
        QCOMPARE(names.mid(0, want.size()), want);
        QCOMPARE(QString(names.back()).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                 initviz::ui::CostView::infinityExplanation()); // wrapped beside the plot
    }
}

// Presenter fonts in the cost plot of a 1024x768 projector (about 410 x 250 px): the four entries
// (three runs and cost = ∞ on two lines) fit two columns below the curves only if each column is
// as wide as its own widest entry ("Zeros" and "He" under each other, "Large random" and the
// explanation beside them). Seen to fail with every column as wide as the widest entry: one
// column, so the legend went beside the plot and left the curves 80 px wide.
void TestCostPlot::legendColumnsTakeTheirOwnWidth()
{
    QCustomPlot plot;
    const QSize size(410, 250);
    plot.resize(size);
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    costs.setFonts(initviz::ui::PlotFonts{1.4});
    addNotebookRuns(costs);
    plot.setViewport(QRect(QPoint(0, 0), size));
    costs.fitLegend();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(costs.explainsInfinity());
    QVERIFY(costs.isLegendBelow());
    QCOMPARE(plot.legend->wrap(), 2);
    const QRect legend = costs.legend()->outerRect();
    const QRect curves = costs.axisRect()->rect();
    QVERIFY2(plot.rect().contains(legend) && !curves.intersects(legend),
             qPrintable(QStringLiteral("legend %1x%2 at %3,%4")
                            .arg(legend.width())
                            .arg(legend.height())
                            .arg(legend.x())
                            .arg(legend.y())));
    QVERIFY2(legend.height() >= plot.legend->minimumOuterSizeHint().height(),
             qPrintable(QString::number(legend.height())));
    QVERIFY2(curves.height() >= kMinCurvesHeight && curves.width() >= size.width() / 2,
             qPrintable(QStringLiteral("curves %1x%2").arg(curves.width()).arg(curves.height())));
    // No entry covers another.
    std::vector<QRect> entries;
    for (int i = 0; i < plot.legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem* item = plot.legend->item(i))
            entries.push_back(item->outerRect());
    }
    QCOMPARE(entries.size(), std::size_t{4});
    for (std::size_t a = 0; a < entries.size(); ++a) {
        QVERIFY(legend.contains(entries[a]));
        for (std::size_t b = a + 1; b < entries.size(); ++b)
            QVERIFY(!entries[a].intersects(entries[b]));
    }
}

void TestCostPlot::legendNeverCoversTheCurves_data()
{
    QTest::addColumn<int>("schemes");
    QTest::addColumn<int>("seeds");
    QTest::addColumn<QSize>("size");
    QTest::newRow("1 run") << 1 << 1 << QSize(700, 220);
    QTest::newRow("the notebook's 3") << 3 << 1 << QSize(700, 220);
    QTest::newRow("all 8 initializations") << 8 << 1 << QSize(900, 260);
    QTest::newRow("16 runs: 4 x 4 seeds") << 4 << 4 << QSize(700, 200);
    QTest::newRow("16 runs: 8 x 2 seeds, presenter fonts") << 8 << 2 << QSize(1200, 330);
}

void TestCostPlot::legendNeverCoversTheCurves()
{
    QFETCH(int, schemes);
    QFETCH(int, seeds);
    QFETCH(QSize, size);
    QCustomPlot plot;
    plot.resize(size);
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("presenter")))
        costs.setFonts(initviz::ui::PlotFonts{1.4});
    costs.reset(15000);
    const auto all = initviz::initSchemes();
    for (int s = 0; s < schemes; ++s) {
        for (int k = 0; k < seeds; ++k) {
            const InitScheme scheme = all[static_cast<std::size_t>(s)].scheme;
            const int run = costs.addRun(initviz::ui::schemeTitle(scheme),
                                         initviz::ui::runColor(scheme), k, seeds);
            costs.addCosts(run,
                           {{0, std::numeric_limits<double>::infinity()},
                            {1000, 0.69},
                            {14000, 0.05 + 0.01 * s}});
        }
    }
    plot.setViewport(QRect(QPoint(0, 0), size));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QRect curves = costs.axisRect()->rect();
    const QRect legend = costs.legend()->outerRect();
    QVERIFY2(!curves.intersects(legend),
             qPrintable(QStringLiteral("legend %1,%2 %3x%4 over the plot %5,%6 %7x%8")
                            .arg(legend.x())
                            .arg(legend.y())
                            .arg(legend.width())
                            .arg(legend.height())
                            .arg(curves.x())
                            .arg(curves.y())
                            .arg(curves.width())
                            .arg(curves.height())));
    QVERIFY(plot.rect().contains(legend));
    // The curves keep most of the width.
    QVERIFY2(curves.width() >= size.width() * 0.55, qPrintable(QString::number(curves.width())));
    QCOMPARE(costs.legendEntryCount(), schemes);
}

void TestCostPlot::seedsAreShadesOfTheirInitialization()
{
    QCustomPlot plot;
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    const QColor he = initviz::ui::runColor(InitScheme::He);
    std::vector<QColor> pens;
    for (int k = 0; k < 4; ++k)
        pens.push_back(costs.graph(costs.addRun(QStringLiteral("He"), he, k, 4))->pen().color());
    QCOMPARE(costs.legendEntryCount(), 1);
    QCOMPARE(costs.legendText(0), QStringLiteral("He (4 seeds)"));
    for (std::size_t a = 0; a < pens.size(); ++a) {
        QVERIFY2(std::abs(pens[a].hsvHue() - he.hsvHue()) <= kHueTolerance,
                 qPrintable(pens[a].name()));
        for (std::size_t b = a + 1; b < pens.size(); ++b)
            QVERIFY2(pens[a] != pens[b], "every seed its own shade");
    }
    // Darkest to lightest, in seed order.
    for (std::size_t a = 1; a < pens.size(); ++a)
        QVERIFY(pens[a].lightness() > pens[a - 1].lightness());
}

void TestCostPlot::oneInfinityMarkerPerInitialization()
{
    QCustomPlot plot;
    initviz::ui::CostView costs(&plot, plot.axisRect(), plot.legend);
    costs.reset(15000);
    const double inf = std::numeric_limits<double>::infinity();
    for (int k = 0; k < 4; ++k) {
        const int run = costs.addRun(QStringLiteral("Large random"),
                                     initviz::ui::runColor(InitScheme::Random), k, 4);
        costs.addCosts(run, {{0, inf}, {1000, 0.6}});
    }
    const int he = costs.addRun(QStringLiteral("He"), initviz::ui::runColor(InitScheme::He));
    costs.addCosts(he, {{0, 0.88}, {1000, inf}, {2000, inf}});
    QCOMPARE(costs.infinityLabelCount(), 2); // large random's (not four) and He's
    int labels = 0;
    for (int i = 0; i < plot.itemCount(); ++i) {
        const auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        labels += text && text->text() == QStringLiteral("\u221e") ? 1 : 0;
    }
    QCOMPARE(labels, 2);
    QVERIFY(costs.explainsInfinity());
    QStringList legend;
    for (int i = 0; i < plot.legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
            legend << item->plottable()->name().replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    QVERIFY2(legend.contains(QStringLiteral("cost = \u221e (sigmoid saturated)")),
             qPrintable(legend.join(QLatin1String(" | "))));
    QCOMPARE(legend.size(), 3); // two initializations and the explanation
    QCOMPARE(legend.last(), QStringLiteral("cost = \u221e (sigmoid saturated)"));
}

QTEST_MAIN(TestCostPlot)
#include "tst_cost_plot.moc"
