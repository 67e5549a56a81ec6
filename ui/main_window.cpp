// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom window: builds the central area, the docks and the status bar, and wires the
// views to the session (main_window_runs.cpp); each job lives in its own main_window_*.cpp.
#include "ui/main_window.h"

#include "ui/accessibility.h"
#include "ui/boundary_panel.h"
#include "ui/control_strip.h"
#include "ui/cost_view.h"
#include "ui/data_generator.h"
#include "ui/experiment_form.h"
#include "ui/launcher.h"
#include "ui/panel_grid.h"
#include "ui/run_controller.h"
#include "ui/save_file.h"
#include "ui/timeline_bar.h"
#include "ui/understanding_panel.h"
#include "ui/window_fit.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

// Q_INIT_RESOURCE cannot be called inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(initviz);
}

namespace initviz::ui {

namespace {
// Redraws are coalesced: at most one repaint of everything per tick (~40 per second).
constexpr int kRedrawIntervalMs = 25;
// Settings typed into the form are previewed (data set, panels) once typing pauses.
constexpr int kPreviewDelayMs = 150;
constexpr int kFormWidth = 270;
constexpr int kUnderstandingWidth = 330;
// Data first: the panels take the height up to their ideal before the cost plot and the table
// get more than their minimum.
constexpr int kBoundariesStretch = 100;
constexpr int kBottomStretch = 1;
constexpr int kMinimumCostHeight = 180;
constexpr int kMinimumBottomWidth = 160;
// The cost plot's and the table's shares of the width under the panels.
constexpr int kCostStretch = 3;
constexpr int kResultsStretch = 2;
constexpr int kSplitterUnit = 1000;

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(const LaunchOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , controller_(new RunController(this))
    , dataGenerator_(new DataGenerator(this))
    , baseFont_(font())
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    // The platform appends the application's display name ("... \u2014 InitViz").
    setWindowTitle(tr("Weight initialization, live"));
    setWindowIcon(QIcon(QStringLiteral(":/initviz/initviz.png")));
    resize(defaultWindowSize());

    buildCentralArea();
    buildDocks();
    buildMenus();
    presenter_ = std::make_unique<PresenterMode>(
        this, formDock_, [this](bool presenting) { applyFonts(presenting); });
    strip_ = new ControlStrip(form_, formDock_->toggleViewAction(),
                              understandingDock_->toggleViewAction(), this);
    addToolBar(Qt::TopToolBarArea, strip_);
    connect(formDock_->toggleViewAction(), &QAction::toggled, this,
            &MainWindow::updateStripVisibility);

    statusText_ = new QLabel;
    statusText_->setObjectName(QStringLiteral("statusText"));
    // A long message is cut at the window's edge rather than widening the window.
    statusText_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusText_->setMinimumWidth(1);
    rateText_ = new QLabel;
    rateText_->setObjectName(QStringLiteral("rateText"));
    statusBar()->addWidget(statusText_, 1);
    statusBar()->addPermanentWidget(rateText_);

    redrawTimer_.setSingleShot(true);
    redrawTimer_.setInterval(kRedrawIntervalMs);
    connect(&redrawTimer_, &QTimer::timeout, this, &MainWindow::redraw);
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(kPreviewDelayMs);
    connect(&previewTimer_, &QTimer::timeout, this, &MainWindow::refreshPreview);
    connect(dataGenerator_, &DataGenerator::generated, this, &MainWindow::onDataGenerated);
    connect(dataGenerator_, &DataGenerator::failed, this, [this](const QString& message) {
        startWhenGenerated_ = false;
        statusText_->setText(message);
    });

    connect(controller_, &RunController::started, this, &MainWindow::onStarted);
    connect(controller_, &RunController::progressed, this, &MainWindow::onProgress);
    connect(controller_, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(controller_, &RunController::runDiagnosed, this,
            [this](int index, const QString& code, const QString& evidence) {
                if (Run* run = runAt(index)) {
                    run->diagnosisCode = code;
                    run->diagnosisEvidence = evidence;
                }
            });
    connect(controller_, &RunController::runFailed, this, &MainWindow::onRunFailed);
    connect(controller_, &RunController::allFinished, this, &MainWindow::onAllFinished);

    connect(form_, &ExperimentForm::startClicked, this, &MainWindow::start);
    connect(form_, &ExperimentForm::stopClicked, this, &MainWindow::stop);
    connect(form_, &ExperimentForm::restoreNotebookClicked, this,
            &MainWindow::restoreNotebookSettings);
    connect(form_, &ExperimentForm::clearPointsClicked, this, &MainWindow::clearPoints);
    connect(form_, &ExperimentForm::speedChanged, this, [this](Speed speed) {
        controller_->setIterationsPerSecond(iterationsPerSecond(speed));
    });
    connect(form_, &ExperimentForm::settingsChanged, this, &MainWindow::onFormChanged);
    connect(understanding_, &UnderstandingPanel::currentRunChanged, this, &MainWindow::selectRun);

    applyLaunchOptions(options);
    // Issue 15: settings are saved as they change, so a SIGTERM or a crash loses none.
    if (!scripted_) {
        const auto save = [this] { saveRememberedSettings(false); };
        connect(form_, &ExperimentForm::settingsChanged, this, save);
        connect(form_, &ExperimentForm::speedChanged, this, save);
        connect(showTestPoints_, &QCheckBox::toggled, this, save);
        connect(logScale_, &QCheckBox::toggled, this, save);
        connect(colourBlindAction_, &QAction::toggled, this, save);
    }
    updateStripVisibility();
    controller_->setIterationsPerSecond(iterationsPerSecond(form_->speed()));
    refreshPreview();
    updateActions();
    updateStatus();
    describeControls(this);
    if (options.start)
        QTimer::singleShot(0, this, &MainWindow::start);
    else if (quitWhenDone_) // issue 15: nothing to wait for, so grab the window and quit
        QTimer::singleShot(0, this, &MainWindow::finishScript);
}

MainWindow::~MainWindow()
{
    // Join the training threads before anything they report to is torn down.
    delete controller_;
    controller_ = nullptr;
    // ~QWidget closes the window, which hides the docks and toggles their view actions: by then
    // this is no longer a MainWindow, so nothing may call back into it (UBSan: bad downcast).
    for (QDockWidget* dock : {formDock_, understandingDock_, layersDock_, depthDock_}) {
        disconnect(dock, nullptr, this, nullptr);
        disconnect(dock->toggleViewAction(), nullptr, this, nullptr);
    }
    // Nor may their resizes reach eventFilter (the cost view is gone before the plot).
    bottom_->removeEventFilter(this);
    costPlot_->removeEventFilter(this);
}

// ---------------------------------------------------------------------------------------------
// Construction

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::buildCentralArea()
{
    // Decision boundaries: one panel per run, side by side, taking the largest share.
    boundariesSection_ = new QWidget;
    boundariesSection_->setObjectName(QStringLiteral("boundariesSection"));
    auto* boundariesLayout = new QVBoxLayout(boundariesSection_);
    boundariesLayout->setContentsMargins(0, 0, 0, 0);
    boundariesHeader_ = new QWidget;
    auto* boundariesHeader = new QHBoxLayout(boundariesHeader_);
    boundariesHeader->setContentsMargins(0, 0, 0, 0);
    QLabel* boundariesTitle = sectionTitle(tr("Decision boundaries"));
    boundariesHeader->addWidget(boundariesTitle);
    classLegend_ = new QLabel;
    classLegend_->setObjectName(QStringLiteral("classLegend"));
    updateClassLegend();
    // The legend gives way to the panels in a narrow window.
    classLegend_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    classLegend_->setMinimumWidth(0);
    boundariesHeader->addWidget(classLegend_, 1);
    showTestPoints_ = new QCheckBox(tr("Show test points"));
    showTestPoints_->setObjectName(QStringLiteral("showTestPoints"));
    showTestPoints_->setToolTip(tr("Draw the test set as hollow circles (T)"));
    boundariesHeader->addWidget(showTestPoints_);
    boundariesLayout->addWidget(boundariesHeader_);
    panelGrid_ = new PanelGrid;
    boundariesTitle->setBuddy(panelGrid_); // the accessible name of its scroll area
    boundariesLayout->addWidget(panelGrid_, 1);
    connect(panelGrid_, &PanelGrid::idealHeightChanged, this, &MainWindow::updateSectionHeights);

    // Cost curves.
    costSection_ = new QWidget;
    costSection_->setMinimumWidth(kMinimumBottomWidth);
    auto* costLayout = new QVBoxLayout(costSection_);
    costLayout->setContentsMargins(0, 0, 0, 0);
    auto* costHeader = new QHBoxLayout;
    //: Section title: the plot of the training cost (loss) per iteration
    costHeader->addWidget(sectionTitle(tr("Cost")));
    // Issue 12: the timeline, between the title and Log scale.
    timeline_ = new TimelineBar;
    costHeader->addWidget(timeline_, 1);
    logScale_ = new QCheckBox(tr("Log scale"));
    logScale_->setObjectName(QStringLiteral("logScale"));
    logScale_->setToolTip(tr("Logarithmic cost axis (L)"));
    costHeader->addWidget(logScale_);
    costLayout->addLayout(costHeader);
    costPlot_ = new QCustomPlot;
    costPlot_->setObjectName(QStringLiteral("costPlot"));
    costPlot_->setAutoAddPlottableToLegend(false);
    costPlot_->setMinimumHeight(kMinimumCostHeight);
    costPlot_->setToolTip(tr("The cost at every checkpoint, as the notebook prints it. "
                             "\u221e marker: %1.")
                              .arg(CostView::infinityExplanation()));
    costView_ = std::make_unique<CostView>(costPlot_, costPlot_->axisRect(), costPlot_->legend);
    costLayout->addWidget(costPlot_, 1);
    costPlot_->installEventFilter(this); // its width places the legend (CostView::fitLegend)

    // The notebook's conclusion table.
    resultsSection_ = new QWidget;
    resultsSection_->setMinimumWidth(kMinimumBottomWidth);
    auto* resultsLayout = new QVBoxLayout(resultsSection_);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    QLabel* resultsTitle = sectionTitle(tr("Results"));
    resultsLayout->addWidget(resultsTitle);
    table_ = new ResultsTable;
    resultsTitle->setBuddy(table_); // its accessible name
    resultsLayout->addWidget(table_, 1);
    connect(table_, &ResultsTable::idealHeightChanged, this, &MainWindow::updateSectionHeights);
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        const int index = table_->firstRunOfRow(row);
        // Keeps the selected run when it is one of the row's (several seeds or activations).
        if (index >= 0 && index < runCount() && table_->rowOfRun(selectedRun_) != row)
            setSelectedRun(index);
    });

    // The cost plot and the table side by side under the panels: the panels keep the height.
    bottom_ = new QSplitter(Qt::Horizontal);
    bottom_->setObjectName(QStringLiteral("bottomSplitter"));
    bottom_->setChildrenCollapsible(false);
    bottom_->addWidget(costSection_);
    bottom_->addWidget(resultsSection_);
    bottom_->setStretchFactor(0, kCostStretch);
    bottom_->setStretchFactor(1, kResultsStretch);
    bottom_->setSizes({kCostStretch * kSplitterUnit, kResultsStretch * kSplitterUnit});
    bottom_->installEventFilter(this);
    connect(bottom_, &QSplitter::splitterMoved, this, [this] { bottomMovedByUser_ = true; });

    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 4);
    centralLayout->addWidget(boundariesSection_, kBoundariesStretch);
    centralLayout->addWidget(bottom_, kBottomStretch);
    setCentralWidget(central);

    connect(showTestPoints_, &QCheckBox::toggled, this, [this](bool visible) {
        for (BoundaryPanel* panel : boundaryPanels()) {
            panel->view().setTestPointsVisible(visible);
            panel->plot()->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    connect(logScale_, &QCheckBox::toggled, this, [this](bool logarithmic) {
        costView_->setLogScale(logarithmic);
        costPlot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

void MainWindow::buildDocks()
{
    form_ = new ExperimentForm;
    form_->setObjectName(QStringLiteral("experimentForm"));
    auto* formScroll = new QScrollArea;
    formScroll_ = formScroll;
    formScroll->setWidget(form_);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    //: Dock title: the experiment settings form
    formDock_ = new QDockWidget(tr("Experiment"), this);
    formDock_->setObjectName(QStringLiteral("experimentDock"));
    // Closed, the form is the strip along the top (ControlStrip).
    formDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    formDock_->setWidget(formScroll);
    formDock_->toggleViewAction()->setText(tr("&Experiment settings"));
    formDock_->toggleViewAction()->setIconText(tr("Settings"));
    formDock_->toggleViewAction()->setObjectName(QStringLiteral("experimentDockAction"));
    formDock_->toggleViewAction()->setStatusTip(
        tr("The experiment's settings beside the panels; closed, Start and the initializations "
           "are a strip along the top"));
    addDockWidget(Qt::LeftDockWidgetArea, formDock_);

    understanding_ = new UnderstandingPanel;
    understanding_->setObjectName(QStringLiteral("understandingPanel"));
    auto* understandingScroll = new QScrollArea;
    understandingScroll_ = understandingScroll;
    understandingScroll->setWidget(understanding_);
    understandingScroll->setWidgetResizable(true);
    understandingScroll->setFrameShape(QFrame::NoFrame);
    //: Dock title: panel explaining what the initializations do
    understandingDock_ = new QDockWidget(tr("Understanding"), this);
    understandingDock_->setObjectName(QStringLiteral("understandingDock"));
    understandingDock_->setFeatures(QDockWidget::DockWidgetMovable
                                    | QDockWidget::DockWidgetClosable);
    understandingDock_->setWidget(understandingScroll);
    // Its heat maps scroll sideways rather than widen the window past its minimum.
    understandingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    addDockWidget(Qt::RightDockWidgetArea, understandingDock_);
    resizeDocks({formDock_, understandingDock_}, {kFormWidth, kUnderstandingWidth}, Qt::Horizontal);
    // Closed until the user opens it (View menu or the strip): the panels keep the width.
    understandingDock_->hide();
    understandingDock_->toggleViewAction()->setObjectName(QStringLiteral("understandingAction"));
    buildLayersDock();
    buildDepthDock();
}

void MainWindow::setVisible(bool visible)
{
    if (visible && !fittedToScreen_ && !geometryRemembered_) {
        // The first start: a size that fits the screen the window opens on.
        const QScreen* target = screen() ? screen() : QGuiApplication::primaryScreen();
        if (target) {
            const FirstStartLayout layout = firstStartLayout(target->availableGeometry());
            setGeometry(layout.maximized ? target->availableGeometry() : layout.geometry);
            if (layout.maximized)
                setWindowState(windowState() | Qt::WindowMaximized);
            formDock_->setVisible(layout.formBesidePanels);
            updateStripVisibility();
        }
    }
    fittedToScreen_ = fittedToScreen_ || visible;
    QMainWindow::setVisible(visible);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == bottom_ && event->type() == QEvent::Resize)
        balanceBottom();
    if (watched == costPlot_ && event->type() == QEvent::Resize)
        costView_->fitLegend();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maySetAside(true)) { // issue 12: Cancel keeps the window open
        event->ignore();
        return;
    }
    // Stop asks the workers to finish; the controller's destructor (with this window's) joins
    // them, which takes at most one iteration each.
    controller_->stop();
    if (!scripted_)
        saveRememberedSettings();
    event->accept();
}

void MainWindow::updateClassLegend()
{
    const BoundaryColors& colors = boundaryColors();
    if (classPalette() == ClassPalette::ColourBlindSafe) {
        classLegend_->setText(
            tr("<span style='color:%1'>&#9679;</span> label 0 (orange, circles) &nbsp; "
               "<span style='color:%2'>&#9632;</span> label 1 (blue, squares) &nbsp; "
               "background: the predicted label")
                .arg(colors.region[0].name(), colors.region[1].name()));
        classLegend_->setToolTip(
            tr("Filled marks: train points (label 0: dark circles with a white ring; label 1: "
               "light squares with a dark ring). Hollow marks: test points. The background is "
               "the network's prediction: orange where it predicts 0, blue where it predicts 1."));
        return;
    }
    classLegend_->setText(tr("<span style='color:%1'>&#9632;</span> label 0 (red) &nbsp; "
                             "<span style='color:%2'>&#9632;</span> label 1 (blue) &nbsp; "
                             "background: the predicted label")
                              .arg(colors.region[0].name(), colors.region[1].name()));
    classLegend_->setToolTip(tr("Filled dots: train points (red: dark with a white ring; blue: "
                                "light with a dark ring). Hollow circles: test points. The "
                                "background is the network's prediction: red where it predicts "
                                "0, blue where it predicts 1."));
}

} // namespace initviz::ui
