// SPDX-License-Identifier: GPL-3.0-or-later
// How a run's panel draws. Issue 14: a live frame repaints only the predicted regions
// (BoundaryView::replotBoundary: the fill's own buffered layer), and looks exactly as a whole
// replot would. Where a title too wide for its panel breaks, in English and Chinese.
#include "ui/boundary_panel.h"
#include "ui/boundary_view.h"
#include "ui/plot_style.h"

#include "core/datasets.h"
#include "core/decision_grid.h"
#include "core/initializers.h"

#include <QApplication>
#include <QImage>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>
#include <optional>

namespace {

/// P(blue) = `left` left of x = `split` and 1 - `left` right of it.
initviz::DecisionGrid split(double limit, double at, double left)
{
    initviz::DecisionGrid grid;
    grid.spec = initviz::ui::boundaryViewGrid(limit, 61);
    for (int row = 0; row < grid.spec.rows; ++row) {
        for (int column = 0; column < grid.spec.columns; ++column)
            grid.probability.push_back(grid.spec.xMin + column * grid.spec.xStep < at ? left
                                                                                      : 1.0 - left);
    }
    return grid;
}

/// What the plot shows on screen (its widget painted, buffers composed).
QImage shown(QCustomPlot* plot)
{
    return plot->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// Counts the repaints of one layer's paint buffer, by the layer's draws of its layerables.
class DrawCounter : public QCPLayerable {
public:
    DrawCounter(QCustomPlot* plot, QCPLayer* layer)
        : QCPLayerable(plot)
    {
        setLayer(layer);
    }
    int draws = 0;

protected:
    void applyDefaultAntialiasingHint(QCPPainter* /*painter*/) const override { }
    void draw(QCPPainter* /*painter*/) override { ++draws; }
};

} // namespace

class TestLiveFrame : public QObject {
    Q_OBJECT

private slots:
    void liveFrameRepaintsOnlyTheFill();
    void liveFrameLooksAsAWholeReplot();
    void titleBreaksAtItsComma_data();
    void titleBreaksAtItsComma();
};

void TestLiveFrame::titleBreaksAtItsComma_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("wrapped");
    QTest::newRow("a run of seeds") << QStringLiteral("He, seed 4") << QStringLiteral("He\nseed 4");
    QTest::newRow("Chinese: its full-width comma")
        << QStringLiteral("\u5927\u968f\u673a\uff0c\u79cd\u5b50 1")
        << QStringLiteral("\u5927\u968f\u673a\n\u79cd\u5b50 1");
    QTest::newRow("no comma: before the last word")
        << QStringLiteral("Model with He initialization")
        << QStringLiteral("Model with He\ninitialization");
}

void TestLiveFrame::titleBreaksAtItsComma()
{
    QFETCH(QString, title);
    QFETCH(QString, wrapped);
    QCustomPlot plot;
    plot.plotLayout()->clear();
    auto* cell = new QCPLayoutGrid;
    plot.plotLayout()->addElement(0, 0, cell);
    initviz::ui::BoundaryView view(&plot, cell, title);
    const auto shown = [&plot] {
        for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
            if (auto* text = qobject_cast<QCPTextElement*>(element))
                return text->text();
        }
        return QString();
    };
    QCOMPARE(shown(), title);
    view.setTitleWrapped(true);
    QCOMPARE(shown(), wrapped);
    view.setTitleWrapped(false);
    QCOMPARE(shown(), title);
}

// The points' layer is not redrawn for a new boundary; the fill's is. Seen to fail with
// replotBoundary replotting the whole plot (the points' layer drawn again), and with the colour
// map left on the "main" layer (its layer not buffered: whole replots).
void TestLiveFrame::liveFrameRepaintsOnlyTheFill()
{
    const initviz::DatasetPair data = initviz::makeDatasets({});
    initviz::ui::BoundaryPanel panel(initviz::InitScheme::He, std::nullopt, data);
    panel.resize(400, 440);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    initviz::ui::BoundaryView& view = panel.view();
    QCustomPlot* plot = panel.plot();
    QCOMPARE(view.colorMap()->layer()->mode(), QCPLayer::lmBuffered);
    QVERIFY(view.colorMap()->layer()->index() < plot->layer(QStringLiteral("main"))->index());

    auto* points = new DrawCounter(plot, plot->layer(QStringLiteral("main")));
    auto* fill = new DrawCounter(plot, view.colorMap()->layer());
    view.setBoundary(split(view.viewLimit(), 0.0, 0.1));
    view.replotBoundary(); // the first shows the fill: a whole replot (queued)
    QTRY_VERIFY(points->draws > 0);
    const int pointDraws = points->draws;
    const int fillDraws = fill->draws;
    for (int frame = 1; frame <= 5; ++frame) {
        view.setBoundary(split(view.viewLimit(), 0.1 * frame, 0.1));
        view.replotBoundary();
        QCoreApplication::processEvents();
    }
    QCOMPARE(fill->draws, fillDraws + 5);
    QCOMPARE(points->draws, pointDraws);

    // Anything else that changed since the last frame is drawn with the next: the points'
    // layer too (the test points shown, or new points).
    view.setTestPointsVisible(true);
    view.setBoundary(split(view.viewLimit(), 0.6, 0.1));
    view.replotBoundary();
    QTRY_VERIFY(points->draws > pointDraws);
    int drawn = points->draws;
    view.setDataset(initviz::makeDatasets({}));
    view.setBoundary(split(view.viewLimit(), 0.7, 0.1));
    view.replotBoundary();
    QTRY_VERIFY(points->draws > drawn);
    drawn = points->draws;

    // Hiding the fill (an empty grid) changes the background too: a whole replot.
    view.setBoundary(initviz::DecisionGrid{});
    view.replotBoundary();
    QTRY_VERIFY(points->draws > drawn);
}

// A live frame (the fill's layer repainted alone) is pixel for pixel what a whole replot of the
// same boundary shows, and the points stay above the regions. Seen to fail with the fill's layer
// added above "main" (the regions then cover the points) and with the axis rect left on "main"
// (its background then covers the regions).
void TestLiveFrame::liveFrameLooksAsAWholeReplot()
{
    const initviz::DatasetPair data = initviz::makeDatasets({});
    initviz::ui::BoundaryPanel live(initviz::InitScheme::He, std::nullopt, data);
    initviz::ui::BoundaryPanel whole(initviz::InitScheme::He, std::nullopt, data);
    for (initviz::ui::BoundaryPanel* panel : {&live, &whole}) {
        panel->resize(400, 440);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
    }
    live.view().setBoundary(split(live.view().viewLimit(), -0.5, 0.2));
    live.view().replotBoundary();
    QCoreApplication::processEvents();
    live.plot()->replot(QCustomPlot::rpImmediateRefresh);
    // The live frame: the boundary moves, only the fill's layer is repainted.
    const initviz::DecisionGrid next = split(live.view().viewLimit(), 0.3, 0.2);
    live.view().setBoundary(next);
    live.view().replotBoundary();
    QCoreApplication::processEvents();
    whole.view().setBoundary(next);
    whole.plot()->replot(QCustomPlot::rpImmediateRefresh);

    const QImage liveImage = shown(live.plot());
    const QImage wholeImage = shown(whole.plot());
    QCOMPARE(liveImage.size(), wholeImage.size());
    QVERIFY(liveImage == wholeImage);
    const QCPAxis* x = whole.view().axisRect()->axis(QCPAxis::atBottom);
    const QCPAxis* y = whole.view().axisRect()->axis(QCPAxis::atLeft);
    // The regions are drawn (away from the points, the corners show them)...
    const auto regionAt = [&](double px, double py) {
        return QColor(liveImage.pixel(static_cast<int>(std::lround(x->coordToPixel(px))),
                                      static_cast<int>(std::lround(y->coordToPixel(py)))));
    };
    QCOMPARE(regionAt(-1.4, 1.4).name(), initviz::ui::boundaryColors().region[0].name());
    QCOMPARE(regionAt(1.4, -1.4).name(), initviz::ui::boundaryColors().region[1].name());
    // ...and the points are on top: the pixel at a train point's centre is not the region's.
    int pointsSeen = 0;
    for (Eigen::Index i = 0; i < data.train.size(); ++i) {
        const int px = static_cast<int>(std::lround(x->coordToPixel(data.train.X(0, i))));
        const int py = static_cast<int>(std::lround(y->coordToPixel(data.train.X(1, i))));
        const QColor region
            = initviz::ui::boundaryColors().region[data.train.X(0, i) < 0.3 ? 0 : 1];
        if (QColor(liveImage.pixel(px, py)) != region)
            ++pointsSeen;
    }
    QVERIFY2(pointsSeen > data.train.size() * 9 / 10, qPrintable(QString::number(pointsSeen)));
}

QTEST_MAIN(TestLiveFrame)
#include "tst_live_frame.moc"
